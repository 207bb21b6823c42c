/**
 * The investment plan for the budget work as an Excel workbook: one row per approved project or
 * proposal with its investment and recurring cost by year, a totals row, and the conventions
 * written out under the table (how a range was read, how the investment was spread), so the
 * finance office reads the figures as the estimates they are. Labels come from the caller (the UI
 * language); the model is `investmentPlan` (src/domain/proposals/investmentPlan.ts).
 */
import { Workbook } from 'exceljs';
import type { InvestmentNote, InvestmentPlan } from '../domain/proposals/investmentPlan';

export interface InvestmentPlanLabels {
  sheet: string;
  title: string;
  number: string;
  name: string;
  serviceArea: string;
  kind: string;
  kindProject: string;
  kindProposal: string;
  investment: string;
  /** "Investment {0}" with the year. */
  investmentYear: (year: number) => string;
  /** "Recurring {0}" with the year. */
  recurringYear: (year: number) => string;
  notes: string;
  total: string;
  note: Readonly<Record<InvestmentNote, string>>;
  conventions: readonly string[];
}

const EUROS = '#,##0 "€"';

export function investmentPlanWorkbook(plan: InvestmentPlan, labels: InvestmentPlanLabels): Workbook {
  const workbook = new Workbook();
  workbook.title = labels.title;
  const sheet = workbook.addWorksheet(labels.sheet, { views: [{ state: 'frozen', ySplit: 2, xSplit: 2 }] });
  sheet.addRow([labels.title]).font = { bold: true, size: 14 };
  const header = [labels.number, labels.name, labels.serviceArea, labels.kind, labels.investment, ...plan.years.map(labels.investmentYear), ...plan.years.map(labels.recurringYear), labels.notes];
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  for (const row of plan.rows) {
    sheet.addRow([
      row.number ?? '',
      row.title,
      row.serviceArea ?? '',
      row.kind === 'project' ? labels.kindProject : labels.kindProposal,
      row.investment,
      ...row.investmentByYear,
      ...row.recurringByYear,
      row.notes.map((n) => labels.note[n]).join('; ')
    ]);
  }
  const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
  const totals = sheet.addRow([
    '',
    labels.total,
    '',
    '',
    sum(plan.rows.map((r) => r.investment ?? 0)),
    ...plan.totals.investmentByYear,
    ...plan.totals.recurringByYear,
    ''
  ]);
  totals.font = { bold: true };
  const firstMoney = 5;
  const lastMoney = firstMoney + plan.years.length * 2;
  for (let column = firstMoney; column <= lastMoney; column++) {
    sheet.getColumn(column).numFmt = EUROS;
    sheet.getColumn(column).width = 14;
  }
  sheet.getColumn(1).width = 8;
  sheet.getColumn(2).width = 48;
  sheet.getColumn(3).width = 24;
  sheet.getColumn(4).width = 12;
  sheet.getColumn(lastMoney + 1).width = 40;
  sheet.addRow([]);
  for (const line of labels.conventions) {
    sheet.addRow([line]).font = { italic: true };
  }
  return workbook;
}
