/**
 * @jest-environment node
 */
import { emptyProject } from '../domain/model';
import type { Project } from '../domain/model';
import { portfolioWorkbook } from './xlsxExport';

const projects: Project[] = [
  { ...emptyProject('Asianhallinnan uusiminen'), id: 1, number: '1.1', costs: { ...emptyProject().costs, investmentMin: 50_000, investmentMax: 100_000 } },
  { ...emptyProject('Verkon uusiminen'), id: 2, number: '1.2' }
];

function headerIndex(sheet: NonNullable<ReturnType<ReturnType<typeof portfolioWorkbook>['getWorksheet']>>, start: string): number {
  const values = sheet.getRow(1).values as unknown[];
  return values.findIndex((v) => typeof v === 'string' && v.startsWith(start));
}

describe('the workbook’s actual costs', () => {
  it('adds the actuals over the plan’s years and the overrun beside the estimates', () => {
    const figures = new Map([[1, { investment: 120_000, recurring: { year: 2026, value: 8_000 }, overruns: [{ measure: 'investment' as const, actual: 120_000, estimateMax: 100_000 }] }]]);
    const book = portfolioWorkbook(projects, [], [], null, 'fi', { figures, years: { from: 2025, to: 2026 } });
    const sheet = book.worksheets[0];
    if (!sheet) {
      throw new Error('no sheet');
    }
    const investment = headerIndex(sheet, 'Toteutunut investointi 2025–2026');
    const overrun = headerIndex(sheet, 'Toteuma yli arvion ylärajan');
    expect(investment).toBeGreaterThan(0);
    expect(sheet.getRow(2).getCell(investment).value).toBe(120_000);
    expect(sheet.getRow(2).getCell(overrun).value).toBe('investointi');
    expect(sheet.getRow(3).getCell(investment).value).toBeNull();
    expect(sheet.getRow(3).getCell(overrun).value).toBeNull();
  });

  it('leaves the columns out when the follow-up was not read', () => {
    const sheet = portfolioWorkbook(projects, [], [], null, 'sv').worksheets[0];
    if (!sheet) {
      throw new Error('no sheet');
    }
    expect(headerIndex(sheet, 'Investeringsutfall')).toBe(-1);
  });
});
