/**
 * The portfolio as an Excel workbook (exceljs): one row per project with every field (original
 * texts and structured values), frozen header, filters, widths and euro formats; and a summary
 * sheet with investment and recurring costs by service area (formulas over the project rows) and
 * by year.
 */
import type { Worksheet } from 'exceljs';
import { Workbook } from 'exceljs';
import { PROJECT_FIELDS } from '../data/sharepoint/schema/projectsList';
import type { DocumentLanguage } from '../domain/export/documentLabels';
import { benefitStatusText, benefitTypeText, label } from '../domain/export/documentLabels';
import type { Benefit, Measurement } from '../domain/benefits/model';
import { measurementDue } from '../domain/benefits/due';
import { progressOf } from '../domain/benefits/progress';
import type { Day } from '../domain/followup/model';
import { compareNumbers } from '../domain/portfolio/numbering';
import type { ProjectActualFigures, YearRange } from '../domain/followup/portfolioFacts';
import type { Plan, Project, StrategicGoal } from '../domain/model';
import { groupedOrder, groupProjects } from '../domain/portfolio/grouping';
import { costsByYear } from '../domain/portfolio/totals';

const EURO = '#,##0 "€"';

type Cell = string | number | boolean | null;

interface Column {
  /** Schema field name, or a key of its own for columns that are not one field. */
  key: string;
  header: string;
  width: number;
  value: (p: Project) => Cell;
  euro?: boolean;
}

function fieldTitle(name: string, language: DocumentLanguage): string {
  const field = PROJECT_FIELDS.find((f) => f.name === name);
  if (!field) {
    throw new Error(`No field ${name} in the schema`);
  }
  return field.title[language];
}

/** Actual costs (toteuma) over the plan's years, when the follow-up has been read. */
export interface WorkbookActuals {
  figures: ReadonlyMap<number, ProjectActualFigures>;
  years: YearRange;
}

function actualColumns(language: DocumentLanguage, actuals: WorkbookActuals | undefined): Column[] {
  if (!actuals) {
    return [];
  }
  const { from, to } = actuals.years;
  const years = from === to ? String(from) : `${from}–${to}`;
  const of = (p: Project): ProjectActualFigures | undefined => (p.id === null ? undefined : actuals.figures.get(p.id));
  return [
    { key: 'ActualInvestment', header: `${label('columnActualInvestment', language)} ${years}`, width: 16, value: (p) => of(p)?.investment ?? null, euro: true },
    { key: 'ActualRecurring', header: label('columnActualRecurring', language), width: 16, value: (p) => of(p)?.recurring?.value ?? null, euro: true },
    { key: 'ActualRecurringYear', header: label('columnActualRecurringYear', language), width: 10, value: (p) => of(p)?.recurring?.year ?? null },
    {
      key: 'ActualOverrun',
      header: label('columnActualOverrun', language),
      width: 22,
      value: (p) =>
        (of(p)?.overruns ?? []).map((o) => (o.measure === 'investment' ? label('overrunInvestment', language) : `${label('overrunRecurring', language)} ${o.year}`)).join('; ') || null
    }
  ];
}

function columns(language: DocumentLanguage, plans: readonly Plan[], goals: readonly StrategicGoal[], actuals?: WorkbookActuals): Column[] {
  const f = (name: string, width: number, value: (p: Project) => Cell, euro = false): Column => ({ key: name, header: fieldTitle(name, language), width, value, euro });
  const names = (ids: readonly number[], list: readonly { id: number | null; title: string }[]): string =>
    ids.map((id) => list.find((x) => x.id === id)?.title ?? String(id)).join('; ');
  return [
    f('ProjectNumber', 9, (p) => p.number),
    f('Title', 44, (p) => p.title),
    f('Category', 24, (p) => p.category),
    f('ServiceArea', 22, (p) => p.serviceArea),
    f('OrgUnit', 24, (p) => p.unit),
    { key: 'plans', header: label('columnPlans', language), width: 30, value: (p) => names(p.planIds, plans) },
    f('ProjectStatus', 14, (p) => p.status),
    f('Rag', 12, (p) => p.rag),
    f('RagComment', 30, (p) => p.ragComment),
    f('Progress', 10, (p) => p.progress),
    f('ProjectDescription', 60, (p) => p.description),
    f('WhatChanges', 50, (p) => p.impacts.economic.text),
    f('ImpactEconomic', 16, (p) => p.impacts.economic.level),
    { key: 'goals', header: label('columnGoals', language), width: 34, value: (p) => names(p.goalIds, goals) },
    f('StrategicBackground', 34, (p) => p.strategicBackground),
    f('ScheduleText', 30, (p) => p.schedule.text),
    f('ScheduleStart', 11, (p) => p.schedule.start),
    f('ScheduleEnd', 11, (p) => p.schedule.end),
    f('ScheduleOngoing', 10, (p) => p.schedule.ongoing),
    f('ScheduleOpenEnd', 10, (p) => p.schedule.openEnd),
    f('ScheduleRecurring', 10, (p) => p.schedule.recurring),
    f('ScheduleAlternatives', 10, (p) => p.schedule.alternatives),
    f('ScheduleUncertain', 10, (p) => p.schedule.uncertain),
    f('Likelihood', 26, (p) => p.likelihood),
    f('LikelihoodNote', 30, (p) => p.likelihoodNote),
    f('ScheduleOwner', 16, (p) => p.scheduleOwner),
    f('CostText', 40, (p) => p.costs.text),
    f('InvestmentMin', 14, (p) => p.costs.investmentMin, true),
    f('InvestmentMax', 14, (p) => p.costs.investmentMax, true),
    f('RecurringMin', 14, (p) => p.costs.recurringPerYearMin, true),
    f('RecurringMax', 14, (p) => p.costs.recurringPerYearMax, true),
    ...actualColumns(language, actuals),
    f('FundingNote', 28, (p) => p.fundingNote),
    f('Resources', 28, (p) => p.resources),
    f('MandatoryByLaw', 10, (p) => p.mandatoryByLaw),
    f('ImpactOrganisation', 16, (p) => p.impacts.organisation.level),
    f('ImpactOrganisationNote', 40, (p) => p.impacts.organisation.text),
    f('ImpactSecurity', 16, (p) => p.impacts.security.level),
    f('ImpactSecurityNote', 40, (p) => p.impacts.security.text),
    f('ImpactDataUse', 16, (p) => p.impacts.dataUse.level),
    f('ImpactDataUseNote', 40, (p) => p.impacts.dataUse.text),
    f('ImpactCaseMgmt', 16, (p) => p.impacts.caseManagement.level),
    f('ImpactCaseMgmtNote', 40, (p) => p.impacts.caseManagement.text),
    f('AssessmentStatus', 14, (p) => p.assessmentStatus),
    f('AssessedBy', 20, (p) => p.assessedBy?.title ?? null),
    f('AssessedOn', 12, (p) => p.assessedOn),
    f('ProjectManager', 20, (p) => p.projectManager?.title ?? null),
    f('Systems', 30, (p) => p.systems)
  ];
}

function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function projectsSheet(book: Workbook, projects: readonly Project[], cols: readonly Column[], language: DocumentLanguage): Worksheet {
  const sheet = book.addWorksheet(label('sheetProjects', language), { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  sheet.columns = cols.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width, style: c.euro ? { numFmt: EURO } : {} }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  for (const p of projects) {
    sheet.addRow(cols.map((c) => c.value(p)));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: cols.length } };
  return sheet;
}

function summarySheet(book: Workbook, projects: readonly Project[], cols: readonly Column[], plans: readonly Plan[], planId: number | null, language: DocumentLanguage): void {
  const sheet = book.addWorksheet(label('sheetSummary', language));
  const projectsName = label('sheetProjects', language);
  const col = (key: string): string => columnLetter(cols.findIndex((c) => c.key === key) + 1);
  const last = projects.length + 1;
  const range = (name: string): string => `'${projectsName}'!$${col(name)}$2:$${col(name)}$${last}`;
  const money = ['InvestmentMin', 'InvestmentMax', 'RecurringMin', 'RecurringMax'] as const;
  const getters: Record<(typeof money)[number], (p: Project) => number | null> = {
    InvestmentMin: (p) => p.costs.investmentMin,
    InvestmentMax: (p) => p.costs.investmentMax,
    RecurringMin: (p) => p.costs.recurringPerYearMin,
    RecurringMax: (p) => p.costs.recurringPerYearMax
  };
  const moneyHeaders = [label('summaryInvestmentMin', language), label('summaryInvestmentMax', language), label('summaryRecurringMin', language), label('summaryRecurringMax', language)];
  sheet.columns = [{ width: 34 }, { width: 12 }, { width: 22, style: { numFmt: EURO } }, { width: 22, style: { numFmt: EURO } }, { width: 22, style: { numFmt: EURO } }, { width: 22, style: { numFmt: EURO } }];
  sheet.addRow([label('summaryByArea', language)]).font = { bold: true, size: 13 };
  const header = sheet.addRow([label('summaryArea', language), label('summaryCount', language), ...moneyHeaders]);
  header.font = { bold: true };
  const areas = [...new Set(groupedOrder(groupProjects(projects)).map((p) => p.serviceArea ?? ''))];
  const firstAreaRow = sheet.rowCount + 1;
  for (const area of areas) {
    const members = projects.filter((p) => (p.serviceArea ?? '') === area);
    const row = sheet.addRow([area]);
    const areaCell = `$A$${row.number}`;
    row.getCell(2).value = { formula: `COUNTIF(${range('ServiceArea')},${areaCell})`, result: members.length };
    money.forEach((name, i) => {
      const sum = members.reduce((total, p) => total + (getters[name](p) ?? 0), 0);
      row.getCell(3 + i).value = { formula: `SUMIF(${range('ServiceArea')},${areaCell},${range(name)})`, result: sum };
    });
  }
  const lastAreaRow = sheet.rowCount;
  const total = sheet.addRow([label('summaryTotal', language)]);
  total.font = { bold: true };
  // columns 2–6: the count, then the money columns
  const sums = [projects.length, ...money.map((name) => projects.reduce((t, p) => t + (getters[name](p) ?? 0), 0))];
  sums.forEach((sum, i) => {
    const c = 2 + i;
    const letter = columnLetter(c);
    total.getCell(c).value = { formula: `SUM(${letter}${firstAreaRow}:${letter}${lastAreaRow})`, result: sum };
  });
  sheet.addRow([]);
  sheet.addRow([label('summaryByYear', language)]).font = { bold: true, size: 13 };
  sheet.addRow([label('summaryYear', language), '', ...moneyHeaders]).font = { bold: true };
  const byYear = costsByYear(projects, plans, planId);
  for (const y of byYear.years) {
    sheet.addRow([String(y.year), '', y.investmentMin, y.investmentMax, y.recurringMin, y.recurringMax]);
  }
  if (byYear.unplaced > 0) {
    sheet.addRow([label('summaryUnplaced', language), byYear.unplaced]);
  }
  sheet.addRow([]);
  const note = sheet.addRow([label('summaryNote', language)]);
  note.alignment = { wrapText: true };
  sheet.mergeCells(note.number, 1, note.number, 6);
  note.height = 48;
}

/** The workbook of a set of projects; write it with workbook.xlsx.writeBuffer(). */
/** The benefit lists (issue 21), and the day whose due measurements the sheet shows. */
export interface WorkbookBenefits {
  benefits: readonly Benefit[];
  measurements: readonly Measurement[];
  today: Day;
}

const DATE = 'd.m.yyyy';

function excelDate(day: string | null): Date | null {
  return day !== null && /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : null;
}

/**
 * "Hyödyt": one row per benefit of the exported projects (drafts included, their status says so):
 * the project, the benefit, its type, indicator and unit, baseline, latest measurement and target
 * with their days, status and its reason, owner, and since when a measurement is due.
 */
function benefitsSheet(book: Workbook, projects: readonly Project[], input: WorkbookBenefits, language: DocumentLanguage): void {
  const byId = new Map(projects.filter((p) => p.id !== null).map((p) => [p.id, p]));
  const rows = input.benefits
    .filter((b) => byId.has(b.projectId))
    .map((b) => ({ benefit: b, project: byId.get(b.projectId) }))
    .sort((a, b) => compareNumbers(a.project?.number ?? null, b.project?.number ?? null) || (a.project?.title ?? '').localeCompare(b.project?.title ?? '', 'fi') || a.benefit.title.localeCompare(b.benefit.title, 'fi'));
  const sheet = book.addWorksheet(label('sheetBenefits', language), { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  const L = (key: Parameters<typeof label>[0]): string => label(key, language);
  sheet.columns = [
    { header: L('benefitColumnProject'), width: 34 },
    { header: L('benefitColumnTitle'), width: 36 },
    { header: L('benefitColumnType'), width: 16 },
    { header: L('benefitColumnIndicator'), width: 24 },
    { header: L('benefitColumnUnit'), width: 8 },
    { header: L('benefitColumnBaseline'), width: 12 },
    { header: L('benefitColumnBaselineDate'), width: 12, style: { numFmt: DATE } },
    { header: L('benefitColumnLatest'), width: 12 },
    { header: L('benefitColumnLatestDate'), width: 12, style: { numFmt: DATE } },
    { header: L('benefitColumnTarget'), width: 12 },
    { header: L('benefitColumnTargetDate'), width: 12, style: { numFmt: DATE } },
    { header: L('benefitColumnStatus'), width: 14 },
    { header: L('benefitColumnReason'), width: 30 },
    { header: L('benefitColumnOwner'), width: 20 },
    { header: L('benefitColumnDue'), width: 14, style: { numFmt: DATE } }
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  for (const { benefit: b, project } of rows) {
    const latest = progressOf(b, input.measurements).latest;
    const due = measurementDue(b, input.measurements, input.today);
    sheet.addRow([
      project ? [project.number, project.title].filter((v) => v).join(' ') : '',
      b.title,
      benefitTypeText(b.type, language) || null,
      b.indicator,
      b.unit,
      b.baseline,
      excelDate(b.baselineDate),
      latest?.value ?? null,
      excelDate(latest?.date ?? null),
      b.target,
      excelDate(b.targetDate),
      benefitStatusText(b.status, language) || null,
      b.statusReason,
      b.owner?.title ?? null,
      excelDate(due?.since ?? null)
    ]);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 15 } };
}

export function portfolioWorkbook(
  projects: readonly Project[],
  plans: readonly Plan[],
  goals: readonly StrategicGoal[],
  planId: number | null,
  language: DocumentLanguage,
  actuals?: WorkbookActuals,
  benefits?: WorkbookBenefits
): Workbook {
  const book = new Workbook();
  book.creator = 'Salkku';
  book.created = new Date();
  // Excel and LibreOffice recalculate the summary's formulas when the file opens
  book.calcProperties.fullCalcOnLoad = true;
  const ordered = groupedOrder(groupProjects(projects));
  const cols = columns(language, plans, goals, actuals);
  projectsSheet(book, ordered, cols, language);
  summarySheet(book, ordered, cols, plans, planId, language);
  if (benefits) {
    benefitsSheet(book, ordered, benefits, language);
  }
  return book;
}
