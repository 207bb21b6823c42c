/**
 * The steering group's meeting pack as data: the agenda header, the portfolio summary (projects by
 * status, estimated and actual costs, the RAG overview), what changed since the previous meeting,
 * red and amber projects with their latest report, the decisions the reports ask for, and the
 * reports missing. Renderers (Word) only lay it out, in the language chosen here.
 *
 * Only published reports count: a draft is its author's work in progress. For a meeting already
 * held the pack describes the state on the meeting's day (reports after it are left out).
 */
import type { ActualCost, Cadence, Day, Meeting, StatusReport } from '../followup/model';
import { DEFAULT_REPORT_WEEKS } from '../followup/model';
import { actualsByProject, overruns } from '../followup/actuals';
import { addDays, cadenceMeetings, reportDue, reportsExpected } from '../followup/cadence';
import type { ProjectChange } from '../followup/changes';
import { changesSince } from '../followup/changes';
import { currentStatus, latestReports } from '../followup/reports';
import type { Project } from '../model';
import type { Benefit, Measurement } from '../benefits/model';
import { measurementDue } from '../benefits/due';
import { financialComparison } from '../benefits/portfolio';
import { progressOf } from '../benefits/progress';
import { benefitStatusKey } from '../benefits/vocabulary';
import { benefitStatusText } from './documentLabels';
import { withUnit } from './benefitText';
import { compareNumbers } from '../portfolio/numbering';
import type { RangeTotal } from '../portfolio/totals';
import { computeTotals } from '../portfolio/totals';
import type { RagKey, StatusKey } from '../vocabulary';
import { keyOf, RAG, STATUS } from '../vocabulary';
import type { DocumentLanguage } from './documentLabels';
import { documentText } from './planDocument';
import type { MeetingPackLabel } from './meetingPackLabels';
import { packDay, packEuro, packLabel, packMonth, RAG_SYMBOL, RAG_TEXT, STATUS_TEXT } from './meetingPackLabels';

/** A RAG value as the pack shows it: shape and word (and the key, for the renderer's colour). */
export interface PackRag {
  key: RagKey | null;
  symbol: string;
  text: string;
}

export interface PackField {
  label: string;
  text: string;
}

/** A table: header row and rows of cells, as plain text. */
export interface PackTable {
  header: string[];
  rows: string[][];
}

export interface PackRagCount {
  rag: PackRag;
  count: number;
}

export interface PackChange {
  kind: ProjectChange['kind'];
  projectId: number;
  project: string;
  label: string;
  details: string;
}

export interface PackAttentionProject {
  projectId: number;
  heading: string;
  rag: PackRag;
  /** Overall, schedule, cost and scope RAG, progress and report day, as label and value. */
  facts: { label: string; value: string; rag?: PackRag }[];
  /** Report date and author, or that the project has no published report. */
  source: string;
  /** Summary, achieved, next steps, risks: the ones given. */
  fields: PackField[];
}

export interface PackDecision {
  projectId: number;
  project: string;
  text: string;
  reported: string;
}

export interface PackMissing {
  projectId: number;
  project: string;
  manager: string;
  lastReport: string;
  dueSince: string;
}

export interface PackBenefitDue {
  benefitId: number | null;
  project: string;
  benefit: string;
  owner: string;
  reason: 'targetPassed' | 'intervalPassed';
  since: string;
}

export interface PackBenefitClosed {
  benefitId: number | null;
  project: string;
  benefit: string;
  status: 'realised' | 'notRealised';
}

export interface PackBenefits {
  heading: string;
  due: { heading: string; table: PackTable; items: PackBenefitDue[]; empty: string };
  closed: { heading: string; table: PackTable; items: PackBenefitClosed[]; empty: string };
  /** Financial benefits against the projects' costs: estimates, labelled so. */
  financial: { heading: string; note: string; table: PackTable; projectIds: number[]; empty: string };
}

export interface MeetingPack {
  language: DocumentLanguage;
  title: string;
  subject: string;
  footer: string;
  agenda: { heading: string; facts: PackField[]; agendaLabel: string; items: string[]; notesLabel: string; notes: string };
  summary: { heading: string; byStatusHeading: string; byStatus: PackTable; totalsHeading: string; totals: PackTable; ragHeading: string; rag: PackRagCount[]; ragLabels: { rag: string; count: string } };
  changes: { heading: string; intro: string; table: PackTable; items: PackChange[]; empty: string };
  attention: { heading: string; projects: PackAttentionProject[]; empty: string };
  decisions: { heading: string; table: PackTable; items: PackDecision[]; empty: string };
  missing: { heading: string; table: PackTable; items: PackMissing[]; empty: string };
  /** Benefits realisation (issue 21); null when the pack was made without the benefit lists. */
  benefits: PackBenefits | null;
}

export interface MeetingPackFollowUp {
  reports: readonly StatusReport[];
  actuals: readonly ActualCost[];
  meetings: readonly Meeting[];
  cadence: Cadence;
}

export interface MeetingPackInput {
  /** The portfolio's projects (PortfolioData fits). */
  portfolio: { projects: readonly Project[] };
  /** Reports, actuals, meetings and the cadence (FollowUpData fits). */
  followUp: MeetingPackFollowUp;
  meeting: Meeting;
  /** The meeting changes are counted from, or its day; by default the body's meeting before. */
  previous?: Meeting | Day;
  language: DocumentLanguage;
  today: Day;
  /** When each project was created (SharePoint's Created), by id: finds the new projects. */
  created?: ReadonlyMap<number, Day>;
  /** The benefit lists (BenefitData fits); without them the pack has no benefits section. */
  benefits?: { benefits: readonly Benefit[]; measurements: readonly Measurement[] };
}

/**
 * The first year whose actual costs the pack needs: a project's overrun sums its whole spend, so
 * from the earliest start among the projects (and never later than the meeting's or today's year).
 */
export function actualsFromYear(projects: readonly Pick<Project, 'schedule'>[], meeting: Pick<Meeting, 'date'>, today: Day): number {
  const years = projects.map((p) => (p.schedule.start ? Number(p.schedule.start.slice(0, 4)) : NaN)).filter((y) => Number.isFinite(y));
  return Math.min(Number(today.slice(0, 4)), Number(meeting.date.slice(0, 4)), ...years);
}

/** The meeting of the same body before this one, if the meetings list has one. */
export function previousMeetingOf(meeting: Meeting, meetings: readonly Meeting[]): Meeting | undefined {
  return cadenceMeetings({ kind: 'meetings', body: meeting.body }, meetings)
    .filter((m) => m.date < meeting.date && m !== meeting && (meeting.id === null || m.id !== meeting.id))
    .pop();
}

/**
 * The day changes are counted from: the previous meeting's, else one reporting period before
 * the meeting (the cadence's weeks, or six).
 */
export function changesFrom(meeting: Meeting, previous: Meeting | Day | undefined, cadence: Cadence): Day {
  if (typeof previous === 'string') {
    return previous;
  }
  if (previous) {
    return previous.date;
  }
  const weeks = cadence.kind === 'weeks' ? cadence.weeks : DEFAULT_REPORT_WEEKS;
  return addDays(meeting.date, -7 * Math.max(1, Math.round(weeks)));
}

function ragOf(value: string | null, language: DocumentLanguage): PackRag {
  const key = keyOf(RAG, value) ?? null;
  if (key === null) {
    // a city's own RAG word is shown as written
    return { key, symbol: RAG_SYMBOL.none, text: value && value.trim() !== '' ? value : RAG_TEXT.none[language] };
  }
  return { key, symbol: RAG_SYMBOL[key], text: RAG_TEXT[key][language] };
}

export function ragText(rag: PackRag): string {
  return `${rag.symbol} ${rag.text}`;
}

function statusText(value: string | null, language: DocumentLanguage): string {
  const key = keyOf(STATUS, value);
  return key ? STATUS_TEXT[key][language] : value && value.trim() !== '' ? value : packLabel('noStatus', language);
}

function projectName(project: Project): string {
  return project.number ? `${project.number} ${project.title}` : project.title;
}

function byNumber(a: Project, b: Project): number {
  return compareNumbers(a.number, b.number) || a.title.localeCompare(b.title, 'fi');
}

function euroOrNone(value: number | null, language: DocumentLanguage): string {
  return value === null ? packLabel('none', language) : packEuro(value, language);
}

function rangeText(range: RangeTotal, language: DocumentLanguage): string {
  if (range.estimated === 0) {
    return packLabel('noEstimate', language);
  }
  const value =
    range.maxOpen && range.max === range.min
      ? packLabel('atLeast', language, packEuro(range.min, language))
      : range.min === range.max
        ? packEuro(range.min, language)
        : `${packEuro(range.min, language)} – ${packEuro(range.max, language)}${range.maxOpen ? '+' : ''}`;
  return range.unknown > 0 ? `${value} (${packLabel('unknownCount', language, range.unknown)})` : value;
}

const STATUS_ORDER: readonly StatusKey[] = ['proposed', 'approved', 'inProgress', 'postponed', 'done', 'cancelled'];

function summarySection(projects: readonly Project[], input: MeetingPackInput, asOf: Day, latest: ReadonlyMap<number, StatusReport>): MeetingPack['summary'] {
  const { language } = input;
  const L = (key: MeetingPackLabel, ...values: (string | number)[]): string => packLabel(key, language, ...values);
  const counts = new Map<string, number>();
  for (const p of projects) {
    const name = statusText(p.status, language);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const known = STATUS_ORDER.map((k) => STATUS_TEXT[k][language]);
  const names = [...counts.keys()].sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    return (ia < 0 ? known.length : ia) - (ib < 0 ? known.length : ib) || a.localeCompare(b, 'fi');
  });
  const byStatus: PackTable = {
    header: [L('status'), L('count')],
    rows: [...names.map((name) => [name, String(counts.get(name) ?? 0)]), [L('total'), String(projects.length)]]
  };
  const underWay = projects.filter(reportsExpected);
  const estimates = computeTotals(underWay);
  const year = Number(asOf.slice(0, 4));
  const ids = new Set(projects.map((p) => p.id));
  const actuals = input.followUp.actuals.filter((a) => ids.has(a.projectId));
  const thisYear = actuals.filter((a) => a.year === year);
  const sum = (values: (number | null)[]): number | null => (values.some((v) => v !== null) ? values.reduce<number>((t, v) => t + (v ?? 0), 0) : null);
  const byProject = actualsByProject(actuals);
  const overrunning = projects.filter((p) => p.id !== null && overruns(p, byProject.get(p.id)).length > 0).length;
  const totals: PackTable = {
    header: [L('measure'), L('value')],
    rows: [
      [L('estimateInvestment'), rangeText(estimates.investment, language)],
      [L('estimateRecurring'), rangeText(estimates.recurring, language)],
      [L('actualInvestment', year), euroOrNone(sum(thisYear.map((a) => a.investment)), language)],
      [L('actualRecurring', year), euroOrNone(sum(thisYear.map((a) => a.recurring)), language)],
      [L('overrunCount'), String(overrunning)]
    ]
  };
  const ragCounts = new Map<RagKey | 'none', number>([['red', 0], ['amber', 0], ['green', 0], ['none', 0]]);
  for (const p of underWay) {
    const key = keyOf(RAG, currentStatus(p, p.id === null ? undefined : latest.get(p.id)).rag) ?? 'none';
    ragCounts.set(key, (ragCounts.get(key) ?? 0) + 1);
  }
  const rag = [...ragCounts].map(([key, count]) => ({ rag: key === 'none' ? ragOf(null, language) : ragOf(RAG[key], language), count }));
  return {
    heading: L('summaryHeading'),
    byStatusHeading: L('byStatus'),
    byStatus,
    totalsHeading: L('totalsHeading'),
    totals,
    ragHeading: L('ragHeading'),
    rag,
    ragLabels: { rag: L('rag'), count: L('count') }
  };
}

const CHANGE_ORDER: readonly ProjectChange['kind'][] = ['new', 'completed', 'cancelled', 'ragChanged', 'scheduleMoved', 'costChanged'];

function changeText(change: ProjectChange, language: DocumentLanguage): { label: string; details: string } {
  const L = (key: MeetingPackLabel, ...values: (string | number)[]): string => packLabel(key, language, ...values);
  switch (change.kind) {
    case 'new':
      return { label: L('changeNew'), details: L('createdOn', packDay(change.created, language)) };
    case 'ragChanged':
      return { label: L('changeRag'), details: `${ragText(ragOf(change.from, language))} → ${ragText(ragOf(change.to, language))}` };
    case 'scheduleMoved': {
      const moved = change.months === null || change.months === 0 ? '' : ` (${L(change.months > 0 ? 'monthsLater' : 'monthsEarlier', Math.abs(change.months))})`;
      return { label: L('changeSchedule'), details: `${L('endMonth', packMonth(change.from, language), packMonth(change.to, language))}${moved}` };
    }
    case 'costChanged':
      return { label: L('changeCost'), details: L(change.measure === 'investment' ? 'investmentChange' : 'recurringChange', euroOrNone(change.from, language), euroOrNone(change.to, language)) };
    case 'completed':
      return { label: L('changeCompleted'), details: '' };
    case 'cancelled':
      return { label: L('changeCancelled'), details: '' };
  }
}

function changesSection(projects: readonly Project[], reports: readonly StatusReport[], since: Day, input: MeetingPackInput): MeetingPack['changes'] {
  const { language } = input;
  const byId = new Map(projects.map((p) => [p.id, p]));
  const order = (p: Project | undefined, q: Project | undefined): number => (p && q ? byNumber(p, q) : 0);
  const changes = changesSince({ projects, reports, since, created: input.created ?? new Map() })
    .map((change, index) => ({ change, index }))
    .sort((a, b) => CHANGE_ORDER.indexOf(a.change.kind) - CHANGE_ORDER.indexOf(b.change.kind) || order(byId.get(a.change.projectId), byId.get(b.change.projectId)) || a.index - b.index)
    .map(({ change }): PackChange => {
      const project = byId.get(change.projectId);
      return { kind: change.kind, projectId: change.projectId, project: project ? projectName(project) : String(change.projectId), ...changeText(change, language) };
    });
  return {
    heading: packLabel('changesHeading', language),
    intro: packLabel('changesIntro', language, packDay(since, language)),
    table: { header: [packLabel('project', language), packLabel('change', language), packLabel('details', language)], rows: changes.map((c) => [c.project, c.label, c.details]) },
    items: changes,
    empty: packLabel('changesNone', language)
  };
}

function attentionProject(project: Project & { id: number }, report: StatusReport | undefined, language: DocumentLanguage): PackAttentionProject {
  const L = (key: MeetingPackLabel, ...values: (string | number)[]): string => packLabel(key, language, ...values);
  const status = currentStatus(project, report);
  const rag = ragOf(status.rag, language);
  const facts: PackAttentionProject['facts'] = [{ label: L('overall'), value: ragText(rag), rag }];
  if (report) {
    const aspects: [MeetingPackLabel, string | null][] = [
      ['scheduleRag', report.scheduleRag],
      ['costRag', report.costRag],
      ['scopeRag', report.scopeRag]
    ];
    for (const [key, value] of aspects) {
      if (value !== null) {
        const aspect = ragOf(value, language);
        facts.push({ label: L(key), value: ragText(aspect), rag: aspect });
      }
    }
  }
  if (status.progress !== null) {
    facts.push({ label: L('progress'), value: `${status.progress} %` });
  }
  if (project.projectManager) {
    facts.push({ label: L('projectManager'), value: project.projectManager.title });
  }
  const source = report ? [L('reportOf', packDay(report.date, language)), report.author && report.author.title.trim() !== '' ? L('reportBy', report.author.title) : ''].filter((s) => s !== '').join(', ') : L('noReport');
  const given: [MeetingPackLabel, string | null][] = report
    ? [
        ['summary', report.summary],
        ['achieved', report.achieved],
        ['nextSteps', report.nextSteps],
        ['risks', report.risks]
      ]
    : [['summary', project.ragComment]];
  const fields = given.map(([key, text]) => ({ label: L(key), text: documentText(text) })).filter((f) => f.text !== '');
  return { projectId: project.id, heading: projectName(project), rag, facts, source, fields };
}

function attentionSection(projects: readonly Project[], latest: ReadonlyMap<number, StatusReport>, language: DocumentLanguage): MeetingPack['attention'] {
  const rank = (key: RagKey | undefined): number => (key === 'red' ? 0 : key === 'amber' ? 1 : 2);
  const items = projects
    .filter((p): p is Project & { id: number } => p.id !== null)
    .map((p) => ({ project: p, report: latest.get(p.id), key: keyOf(RAG, currentStatus(p, latest.get(p.id)).rag) }))
    .filter((x) => x.key === 'red' || x.key === 'amber')
    .filter((x) => keyOf(STATUS, x.project.status) !== 'done' && keyOf(STATUS, x.project.status) !== 'cancelled')
    .sort((a, b) => rank(a.key) - rank(b.key) || byNumber(a.project, b.project));
  return { heading: packLabel('attentionHeading', language), projects: items.map((x) => attentionProject(x.project, x.report, language)), empty: packLabel('attentionNone', language) };
}

function decisionsSection(projects: readonly Project[], latest: ReadonlyMap<number, StatusReport>, language: DocumentLanguage): MeetingPack['decisions'] {
  const items: PackDecision[] = [...projects]
    .sort(byNumber)
    .flatMap((p) => {
      const report = p.id === null ? undefined : latest.get(p.id);
      const text = documentText(report?.decisionsNeeded ?? null);
      return report && p.id !== null && text !== '' ? [{ projectId: p.id, project: projectName(p), text, reported: packDay(report.date, language) }] : [];
    });
  return {
    heading: packLabel('decisionsHeading', language),
    table: { header: [packLabel('project', language), packLabel('decision', language), packLabel('reported', language)], rows: items.map((d) => [d.project, d.text, d.reported]) },
    items,
    empty: packLabel('decisionsNone', language)
  };
}

function missingSection(projects: readonly Project[], latest: ReadonlyMap<number, StatusReport>, input: MeetingPackInput, asOf: Day): MeetingPack['missing'] {
  const { language } = input;
  const due = projects
    .filter((p): p is Project & { id: number } => p.id !== null)
    .map((p) => ({ project: p, due: reportDue(p, latest.get(p.id), input.followUp.cadence, input.followUp.meetings, asOf) }))
    .filter((x) => x.due.due)
    // never reported first, then the longest overdue
    .sort((a, b) => (a.due.lastReport ?? '').localeCompare(b.due.lastReport ?? '') || byNumber(a.project, b.project));
  const items: PackMissing[] = due.map(({ project, due: d }) => ({
    projectId: project.id,
    project: projectName(project),
    manager: project.projectManager?.title ?? '',
    lastReport: d.lastReport ? packDay(d.lastReport, language) : packLabel('never', language),
    dueSince: d.dueSince ? packDay(d.dueSince, language) : ''
  }));
  return {
    heading: packLabel('missingHeading', language),
    table: {
      header: [packLabel('project', language), packLabel('projectManager', language), packLabel('lastReport', language), packLabel('dueSince', language)],
      rows: items.map((m) => [m.project, m.manager, m.lastReport, m.dueSince])
    },
    items,
    empty: packLabel('missingNone', language)
  };
}

/**
 * Benefits realisation: measurements due on the pack's day (target passed without a measurement,
 * or the interval passed), benefits closed (realised or not) since the previous meeting (their
 * item last changed since then), and the financial benefits against the projects' costs.
 */
function benefitsSection(projects: readonly Project[], input: MeetingPackInput, since: Day, asOf: Day): PackBenefits | null {
  if (!input.benefits) {
    return null;
  }
  const { language } = input;
  const L = (key: MeetingPackLabel, ...values: (string | number)[]): string => packLabel(key, language, ...values);
  // a meeting already held: measurements after its day are left out
  const measurements = input.benefits.measurements.filter((m) => m.date <= asOf);
  const byId = new Map(projects.filter((p) => p.id !== null).map((p) => [p.id, p]));
  const ordered = input.benefits.benefits
    .filter((b) => byId.has(b.projectId))
    .map((b) => ({ benefit: b, project: byId.get(b.projectId) as Project }))
    .sort((a, b) => byNumber(a.project, b.project) || a.benefit.title.localeCompare(b.benefit.title, 'fi'));
  const due: PackBenefitDue[] = ordered.flatMap(({ benefit, project }) => {
    const d = measurementDue(benefit, measurements, asOf);
    return d === null ? [] : [{ benefitId: benefit.id, project: projectName(project), benefit: benefit.title, owner: benefit.owner?.title ?? '', reason: d.reason, since: packDay(d.since, language) }];
  });
  const closedItems = ordered.filter(({ benefit }) => {
    const key = benefitStatusKey(benefit.status);
    const changed = benefit.modified?.slice(0, 10) ?? '';
    return (key === 'realised' || key === 'notRealised') && changed >= since && changed <= asOf;
  });
  const closed: PackBenefitClosed[] = closedItems.map(({ benefit, project }) => ({
    benefitId: benefit.id,
    project: projectName(project),
    benefit: benefit.title,
    status: benefitStatusKey(benefit.status) === 'realised' ? 'realised' : 'notRealised'
  }));
  const closedRows = closedItems.map(({ benefit, project }) => {
    const latest = progressOf(benefit, measurements).latest;
    const measured = latest ? `${withUnit(latest.value, benefit.unit, language)} (${packDay(latest.date, language)})` : '';
    return [projectName(project), benefit.title, benefitStatusText(benefit.status, language), [measured, benefit.statusReason ?? ''].filter((v) => v.trim() !== '').join(' – ')];
  });
  const financial = financialComparison(input.benefits.benefits, measurements, projects, actualsByProject(input.followUp.actuals));
  const perYear = (value: number | null): string => (value === null ? L('none') : L('perYear', packEuro(value, language)));
  const financialRows = financial
    .map((f) => ({ f, project: byId.get(f.projectId) as Project }))
    .sort((a, b) => byNumber(a.project, b.project))
    .map(({ f, project }) => [
      projectName(project),
      perYear(f.yearlyTarget),
      perYear(f.yearlyLatest),
      euroOrNone(f.investmentEstimate, language),
      euroOrNone(f.actualInvestment, language),
      f.recurringEstimate === null ? L('none') : perYear(f.recurringEstimate),
      f.paybackYears === null ? L('none') : L('paybackYears', String(f.paybackYears).replace('.', language === 'en' ? '.' : ','))
    ]);
  return {
    heading: L('benefitsHeading'),
    due: {
      heading: L('benefitsDueHeading'),
      table: { header: [L('project'), L('benefit'), L('benefitOwner'), L('dueReason'), L('dueSince')], rows: due.map((d) => [d.project, d.benefit, d.owner, L(d.reason === 'targetPassed' ? 'dueTargetPassed' : 'dueIntervalPassed'), d.since]) },
      items: due,
      empty: L('benefitsDueNone')
    },
    closed: { heading: L('benefitsClosedHeading', packDay(since, language)), table: { header: [L('project'), L('benefit'), L('benefitStatus'), L('benefitLatest')], rows: closedRows }, items: closed, empty: L('benefitsClosedNone') },
    financial: {
      heading: L('benefitsFinancialHeading'),
      note: L('benefitsFinancialNote'),
      table: { header: [L('project'), L('yearlyTarget'), L('yearlyLatest'), L('investmentEstimate'), L('investmentActual'), L('recurringEstimate'), L('payback')], rows: financialRows },
      projectIds: financial.map((f) => f.projectId),
      empty: L('benefitsFinancialNone')
    }
  };
}

export function buildMeetingPack(input: MeetingPackInput): MeetingPack {
  const { language, meeting } = input;
  const L = (key: MeetingPackLabel, ...values: (string | number)[]): string => packLabel(key, language, ...values);
  // a meeting already held is described as it stood on its day
  const asOf = meeting.date < input.today ? meeting.date : input.today;
  const reports = input.followUp.reports.filter((r) => r.state === 'published' && r.date <= asOf);
  const latest = latestReports(reports);
  const projects = [...input.portfolio.projects].sort(byNumber);
  const previous = input.previous ?? previousMeetingOf(meeting, input.followUp.meetings);
  const since = changesFrom(meeting, previous, input.followUp.cadence);
  const summary = summarySection(projects, input, asOf, latest);
  const changes = changesSection(projects, reports, since, input);
  const attention = attentionSection(projects, latest, language);
  const decisions = decisionsSection(projects, latest, language);
  const missing = missingSection(projects, latest, input, asOf);
  const benefits = benefitsSection(projects, input, since, asOf);
  const facts: PackField[] = [
    { label: L('meeting'), text: meeting.title },
    { label: L('body'), text: meeting.body ?? '' },
    { label: L('date'), text: packDay(meeting.date, language) },
    typeof previous === 'object' ? { label: L('previousMeeting'), text: `${previous.title} (${packDay(previous.date, language)})` } : { label: L('comparedSince'), text: packDay(since, language) },
    { label: L('prepared'), text: packDay(input.today, language) }
  ].filter((f) => f.text.trim() !== '');
  const title = `${L('documentTitle')}: ${meeting.title}`;
  return {
    language,
    title,
    subject: L('subject'),
    footer: L('footer', `${meeting.body ? `${meeting.body} ` : ''}${packDay(meeting.date, language)}`),
    agenda: {
      heading: L('agendaHeading'),
      facts,
      agendaLabel: L('agenda'),
      items: [summary.heading, changes.heading, attention.heading, decisions.heading, missing.heading, ...(benefits ? [benefits.heading] : [])],
      notesLabel: L('notes'),
      notes: documentText(meeting.notes)
    },
    summary,
    changes,
    attention,
    decisions,
    missing,
    benefits
  };
}
