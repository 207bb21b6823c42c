/**
 * @jest-environment node
 */
import { Workbook } from 'exceljs';
import { emptyProject } from '../domain/model';
import { investmentPlan, sourceOfProject } from '../domain/proposals/investmentPlan';
import type { InvestmentPlanLabels } from './investmentPlanXlsx';
import { investmentPlanWorkbook } from './investmentPlanXlsx';

const LABELS: InvestmentPlanLabels = {
  sheet: 'Investoinnit',
  title: 'Investointisuunnitelma: 2027–2028',
  number: 'Nro',
  name: 'Hanke',
  serviceArea: 'Palveluala',
  kind: 'Lähde',
  kindProject: 'Hanke',
  kindProposal: 'Ehdotus',
  investment: 'Investointi yhteensä',
  investmentYear: (y) => `Investointi ${y}`,
  recurringYear: (y) => `Jatkuvat ${y}`,
  notes: 'Huomiot',
  total: 'Yhteensä',
  note: { noSchedule: 'ei aikataulua', noStart: 'ei alkua', noEnd: 'ei loppua', endBeforeStart: 'loppu ennen alkua', noInvestment: 'ei investointia', noRecurring: 'ei jatkuvia', outsideRange: 'ulkopuolella' },
  conventions: ['Ylärajat.']
};

describe('investment plan workbook', () => {
  it('writes a row per source with its years, a totals row, the notes and the conventions', async () => {
    const network = { ...emptyProject('Koulujen verkko'), id: 1, number: '4.1', schedule: { ...emptyProject().schedule, start: '2027-01', end: '2028-06' }, costs: { text: '', investmentMin: null, investmentMax: 100_001, recurringPerYearMin: null, recurringPerYearMax: 5_000 } };
    const unknown = { ...emptyProject('Ajanvaraus'), id: 2, number: '4.2' };
    const plan = investmentPlan([sourceOfProject(network), sourceOfProject(unknown)], { from: 2027, to: 2029 });
    const workbook = investmentPlanWorkbook(plan, LABELS);
    // written and read back as Excel would
    const read = await new Workbook().xlsx.load(await workbook.xlsx.writeBuffer());
    const sheet = read.worksheets[0];
    const rows = (sheet?.getSheetValues() ?? []).filter(Array.isArray).map((r) => (r as unknown[]).slice(1));
    expect(rows[1]).toEqual(['Nro', 'Hanke', 'Palveluala', 'Lähde', 'Investointi yhteensä', 'Investointi 2027', 'Investointi 2028', 'Investointi 2029', 'Jatkuvat 2027', 'Jatkuvat 2028', 'Jatkuvat 2029', 'Huomiot']);
    // 100,001 € over two years, the remainder in the last; recurring from the year after the end
    expect(rows[2]).toEqual(['4.1', 'Koulujen verkko', '', 'Hanke', 100_001, 50_000, 50_001, 0, 0, 0, 5_000, '']);
    // unknown figures stay empty, never 0, and say why
    expect(rows[3]?.slice(4, 11).every((v) => v === undefined || v === null)).toBe(true);
    expect(String(rows[3]?.[11])).toContain('ei aikataulua');
    expect(rows[4]?.slice(1, 11)).toEqual(['Yhteensä', '', '', 100_001, 50_000, 50_001, 0, 0, 0, 5_000]);
    expect(rows[5]).toEqual(['Ylärajat.']);
  });
});
