/**
 * The next plan document as data: title page, sections in plan order (numbered like the plan,
 * from the projects' own numbers), units, and each project's fields in the chosen template and
 * language. Renderers (Word) only lay it out; tests compare it with what the importer reads back.
 */
import type { Plan, Project, StrategicGoal } from '../model';
import type { Benefit } from '../benefits/model';
import type { Proposal } from '../proposals/model';
import { benefitLine, plannedBenefitsOf } from './benefitText';
import type { DocumentDecisions } from './planDecisions';
import { planDecisions } from './planDecisions';
import { compareNumbers } from '../portfolio/numbering';
import { CATEGORY, keyOf } from '../vocabulary';
import type { DocumentLanguage } from './documentLabels';
import { label } from './documentLabels';

export type DocumentTemplate = 'short' | 'full';

export interface DocumentImpactItem {
  letter: 'a' | 'b' | 'c' | 'd';
  label: string;
  text: string;
}

export interface DocumentField {
  label: string;
  /** Paragraphs of the value ('' when the field is empty). */
  text: string;
  /** The information-management assessment's a)–d) items under this field. */
  items?: DocumentImpactItem[];
}

export interface DocumentProject {
  number: string;
  title: string;
  description: string;
  /** Fields in template order. */
  fields: DocumentField[];
  /** Where the document places it (what an import reads back). */
  categoryKey: 'infrastructure' | 'cityWide' | 'serviceArea' | null;
  serviceArea: string | null;
  unit: string | null;
  /** The project in the portfolio. */
  id: number | null;
}

export interface DocumentUnit {
  number: string;
  heading: string;
  projects: DocumentProject[];
}

export interface DocumentSection {
  number: string;
  heading: string;
  projects: DocumentProject[];
  units: DocumentUnit[];
}

export interface PlanDocument {
  language: DocumentLanguage;
  template: DocumentTemplate;
  organisation: string;
  title: string;
  period: string;
  date: string;
  intro: string;
  introHeading: string;
  introNumber: string | null;
  contentsHeading: string;
  sections: DocumentSection[];
  /** The steering group's decisions on proposals in the plan's round, after the sections; null when none. */
  decisions: DocumentDecisions | null;
}

export interface PlanDocumentOptions {
  language: DocumentLanguage;
  template: DocumentTemplate;
  /** Introduction text; the language's default when omitted. */
  intro?: string;
  /** "YYYY-MM-DD" */
  date: string;
  /** The site's proposals: the decisions of the plan's round are listed after the projects. */
  proposals?: readonly Proposal[];
  /**
   * The site's benefits: in the full template each project with confirmed (not draft) benefits
   * gets a "Suunnitellut hyödyt" field listing them; the importer reads it back as the project's
   * benefits text.
   */
  benefits?: readonly Benefit[];
}

/**
 * Text as the document lays it out: a line that follows a bullet ("- ") line starts a new
 * paragraph (a list ends with its last bullet). Only whitespace changes.
 */
export function documentText(text: string | null): string {
  return (text ?? '').replace(/\r\n?/g, '\n').replace(/(^|\n)(- [^\n]*)\n(?=[^\n-])/g, '$1$2\n\n').trim();
}

function sectionHeading(categoryKey: DocumentProject['categoryKey'], serviceArea: string | null, language: DocumentLanguage): string {
  switch (categoryKey) {
    case 'infrastructure':
      return label('sectionInfrastructure', language);
    case 'cityWide':
      return label('sectionCityWide', language);
    case 'serviceArea':
      return serviceArea ? `${label('sectionServiceArea', language)}, ${language === 'en' ? serviceArea : serviceArea.toLocaleLowerCase('fi')}` : label('sectionServiceArea', language);
    default:
      return serviceArea ? `${label('sectionOther', language)}, ${serviceArea.toLocaleLowerCase('fi')}` : label('sectionOther', language);
  }
}

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === undefined || n > (counts.get(best) ?? 0)) {
      best = v;
    }
  }
  return best;
}

function periodText(plan: Plan | undefined): string {
  if (!plan?.periodStart || !plan.periodEnd) {
    return '';
  }
  return `${Number(plan.periodStart.slice(5))}/${plan.periodStart.slice(0, 4)}–${Number(plan.periodEnd.slice(5))}/${plan.periodEnd.slice(0, 4)}`;
}

/** The likelihood as the plans write it: the choice, then its explanation. */
function likelihoodText(p: Project): string {
  return [p.likelihood, p.likelihoodNote].filter((v): v is string => v !== null && v.trim() !== '').join(' – ');
}

function fieldsOf(p: Project, goals: readonly StrategicGoal[], template: DocumentTemplate, language: DocumentLanguage, benefits: readonly Benefit[]): DocumentField[] {
  const goalTitles = p.goalIds.map((id) => goals.find((g) => g.id === id)?.title).filter((t): t is string => t !== undefined);
  const strategy = p.strategicBackground ?? (goalTitles.length > 0 ? goalTitles.join(', ') : '');
  const f = (key: Parameters<typeof label>[0], text: string | null): DocumentField => ({ label: label(key, language), text: documentText(text) });
  if (template === 'short') {
    return [f('whatChanges', p.impacts.economic.text), f('strategicGoal', strategy), f('schedule', p.schedule.text)];
  }
  const items: DocumentImpactItem[] = [
    { letter: 'a', label: label('organisation', language), text: documentText(p.impacts.organisation.text) },
    { letter: 'b', label: label('security', language), text: documentText(p.impacts.security.text) },
    { letter: 'c', label: label('dataUse', language), text: documentText(p.impacts.dataUse.text) },
    { letter: 'd', label: label('caseManagement', language), text: documentText(p.impacts.caseManagement.text) }
  ];
  const planned = plannedBenefitsOf(p.id, benefits);
  const benefitsField = planned.length === 0 ? [] : [f('plannedBenefits', planned.map((b) => `- ${benefitLine(b, language)}`).join('\n'))];
  return [
    f('economic', p.impacts.economic.text),
    { ...f('infoManagement', ''), items },
    f('strategicBackground', strategy),
    f('schedule', p.schedule.text),
    f('likelihood', likelihoodText(p)),
    f('scheduleOwner', p.scheduleOwner),
    f('costs', p.costs.text),
    f('resources', p.resources),
    ...benefitsField
  ];
}

/** A project number split at its dots: the section first. */
type NumberParts = [string, ...string[]];

interface Numbered {
  project: Project;
  parts: NumberParts;
}

/**
 * Projects numbered as in the portfolio. A project without a usable number, or whose number is
 * already taken (by another project or as a unit's number), gets the next free number in its
 * section, so no project is ever left out of the document.
 */
function numberProjects(projects: readonly Project[]): Numbered[] {
  const sorted = [...projects].sort((a, b) => compareNumbers(a.number, b.number));
  const valid = (p: Project): NumberParts | null => {
    const number = p.number?.trim() ?? '';
    if (!/^\d{1,3}(\.\d{1,3}){1,2}$/.test(number)) {
      return null;
    }
    const [section, ...rest] = number.split('.');
    return section === undefined ? null : [section, ...rest];
  };
  const unitPrefixes = new Set(sorted.map(valid).filter((parts): parts is NumberParts => parts !== null && parts.length === 3).map((parts) => parts.slice(0, 2).join('.')));
  const used = new Set<string>(unitPrefixes);
  const numbered: Numbered[] = [];
  const loose: Project[] = [];
  for (const p of sorted) {
    const parts = valid(p);
    const number = parts?.join('.') ?? '';
    // a number already given to a project, or a unit's number used by a project, cannot be reused
    const free = parts !== null && !numbered.some((n) => n.parts.join('.') === number) && (parts.length === 3 || !unitPrefixes.has(number));
    if (parts && free) {
      used.add(number);
      numbered.push({ project: p, parts });
    } else {
      loose.push(p);
    }
  }
  const lastSection = numbered.reduce((max, n) => Math.max(max, Number(n.parts[0])), 1);
  for (const p of loose) {
    const section = valid(p)?.[0] ?? String(lastSection + 1);
    let next = 1;
    while (used.has(`${section}.${next}`)) {
      next++;
    }
    used.add(`${section}.${next}`);
    numbered.push({ project: p, parts: [section, String(next)] });
  }
  return numbered;
}

export function buildPlanDocument(projects: readonly Project[], plan: Plan | undefined, goals: readonly StrategicGoal[], options: PlanDocumentOptions): PlanDocument {
  const { language, template } = options;
  const numbered = numberProjects(projects);
  const sectionNumbers = [...new Set(numbered.map((n) => n.parts[0]))].sort((a, b) => Number(a) - Number(b));
  const sections: DocumentSection[] = sectionNumbers.map((sectionNumber) => {
    const members = numbered.filter((n) => n.parts[0] === sectionNumber);
    const categoryKey = mostCommon(members.map((n) => keyOf(CATEGORY, n.project.category) ?? null)) ?? null;
    const serviceArea = mostCommon(members.map((n) => n.project.serviceArea)) ?? null;
    const place = (n: Numbered, unit: string | null): DocumentProject => ({
      number: n.parts.join('.'),
      title: n.project.title,
      description: documentText(n.project.description),
      fields: fieldsOf(n.project, goals, template, language, options.benefits ?? []),
      categoryKey,
      serviceArea,
      unit,
      id: n.project.id
    });
    const unitNumbers = [...new Set(members.filter((n) => n.parts.length === 3).map((n) => n.parts.slice(0, 2).join('.')))].sort(compareNumbers);
    const units: DocumentUnit[] = unitNumbers.map((unitNumber) => {
      const unitMembers = members.filter((n) => n.parts.length === 3 && n.parts.slice(0, 2).join('.') === unitNumber);
      const heading = mostCommon(unitMembers.map((n) => n.project.unit).filter((u): u is string => u !== null && u.trim() !== '')) ?? unitMembers[0]?.project.title ?? '';
      return { number: unitNumber, heading, projects: unitMembers.map((n) => place(n, heading)) };
    });
    return {
      number: sectionNumber,
      heading: sectionHeading(categoryKey, serviceArea, language),
      projects: members.filter((n) => n.parts.length === 2).map((n) => place(n, null)),
      units
    };
  });
  return {
    language,
    template,
    organisation: plan?.organisation ?? '',
    title: plan?.title ?? label('documentTitle', language),
    period: periodText(plan),
    date: options.date,
    intro: documentText(options.intro ?? label('introText', language)),
    introHeading: label('introHeading', language),
    introNumber: sectionNumbers.includes('1') ? null : '1',
    contentsHeading: label('contents', language),
    sections,
    decisions: options.proposals ? planDecisions(options.proposals, projects, plan, language) : null
  };
}

/** A section's leaf projects and units, in number order (as the document lists them). */
export function sectionEntries(section: DocumentSection): ({ kind: 'project'; project: DocumentProject } | { kind: 'unit'; unit: DocumentUnit })[] {
  return [
    ...section.projects.map((project) => ({ kind: 'project' as const, project, number: project.number })),
    ...section.units.map((unit) => ({ kind: 'unit' as const, unit, number: unit.number }))
  ]
    .sort((a, b) => compareNumbers(a.number, b.number))
    .map((entry) => (entry.kind === 'project' ? { kind: 'project', project: entry.project } : { kind: 'unit', unit: entry.unit }));
}

/** Every project of the document in document order. */
export function documentProjects(document: PlanDocument): DocumentProject[] {
  return document.sections.flatMap((s) => {
    const all = [...s.projects, ...s.units.flatMap((u) => u.projects)];
    return all.sort((a, b) => compareNumbers(a.number, b.number));
  });
}
