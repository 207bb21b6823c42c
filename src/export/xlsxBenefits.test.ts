/**
 * @jest-environment node
 */
/**
 * The workbook's "Hyödyt" sheet (issue 21): one row per benefit of the exported projects with its
 * baseline, latest measurement and target with their days, status, owner and since when a
 * measurement is due; read back from the written file.
 */
import { Workbook } from 'exceljs';
import { emptyBenefit } from '../domain/benefits/model';
import type { Benefit, Measurement } from '../domain/benefits/model';
import { BENEFIT_STATUS, BENEFIT_TYPE } from '../domain/benefits/vocabulary';
import { emptyProject } from '../domain/model';
import type { Project } from '../domain/model';
import { portfolioWorkbook } from './xlsxExport';

const projects: Project[] = [
  { ...emptyProject('Sähköinen laskujenkäsittely'), id: 1, number: '3.2' },
  { ...emptyProject('Verkkoajanvaraus'), id: 2, number: '3.1' }
];

const owner = { id: 7, title: 'Maija Mittaaja', email: 'maija@example.fi', loginName: 'i:0#.f|membership|maija@example.fi' };
const benefits: Benefit[] = [
  { ...emptyBenefit('Laskun käsittelyaika lyhenee', 1), id: 10, type: BENEFIT_TYPE.timeSaved, indicator: 'Käsittelyaika', unit: 'pv', baseline: 12, baselineDate: '2025-01-15', target: 4, targetDate: '2026-06-30', status: BENEFIT_STATUS.realising, owner, intervalMonths: 6 },
  { ...emptyBenefit('Puhelut vähenevät', 2), id: 11, type: BENEFIT_TYPE.quality, indicator: 'Puheluita', unit: 'kpl/kk', baseline: 900, target: 400, targetDate: '2025-12-31', status: BENEFIT_STATUS.notRealised, statusReason: 'Palvelu otettiin käyttöön vasta syksyllä.' },
  // another project's benefit is not in this export
  { ...emptyBenefit('Muu hyöty', 99), id: 12, status: BENEFIT_STATUS.planned }
];
const measurements: Measurement[] = [
  { id: 1, etag: null, benefitId: 10, date: '2025-07-01', value: 9, note: null, measuredBy: owner },
  { id: 2, etag: null, benefitId: 10, date: '2026-01-10', value: 6.5, note: null, measuredBy: owner }
];

async function benefitsSheet(language: 'fi' | 'en'): Promise<NonNullable<ReturnType<Workbook['getWorksheet']>>> {
  const book = portfolioWorkbook(projects, [], [], null, language, undefined, { benefits, measurements, today: '2026-08-01' });
  const read = new Workbook();
  await read.xlsx.load(await book.xlsx.writeBuffer());
  const sheet = read.getWorksheet(language === 'fi' ? 'Hyödyt' : 'Benefits');
  if (!sheet) {
    throw new Error('no benefits sheet');
  }
  return sheet;
}

function day(value: unknown): string | null {
  return value instanceof Date ? value.toISOString().slice(0, 10) : null;
}

describe('the workbook’s benefits sheet', () => {
  it('lists the exported projects’ benefits in project order with baseline, latest and target, status, owner and what is due', async () => {
    const sheet = await benefitsSheet('fi');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Hanke',
      'Hyöty',
      'Tyyppi',
      'Mittari',
      'Yksikkö',
      'Lähtötaso',
      'Lähtötason päivä',
      'Viimeisin mittaus',
      'Mitattu',
      'Tavoite',
      'Tavoitepäivä',
      'Tila',
      'Tilan perustelu',
      'Hyödyn omistaja',
      'Mittaus erääntynyt'
    ]);
    expect(sheet.rowCount).toBe(3);
    const calls = sheet.getRow(2);
    expect([calls.getCell(1).value, calls.getCell(2).value, calls.getCell(6).value, calls.getCell(8).value, calls.getCell(10).value, calls.getCell(12).value, calls.getCell(13).value]).toEqual([
      '3.1 Verkkoajanvaraus',
      'Puhelut vähenevät',
      900,
      null,
      400,
      'Ei toteutunut',
      'Palvelu otettiin käyttöön vasta syksyllä.'
    ]);
    // closed: nothing is due
    expect(calls.getCell(15).value).toBeNull();
    const invoices = sheet.getRow(3);
    expect([invoices.getCell(1).value, invoices.getCell(3).value, invoices.getCell(5).value, invoices.getCell(8).value, invoices.getCell(14).value]).toEqual(['3.2 Sähköinen laskujenkäsittely', 'Ajansäästö', 'pv', 6.5, 'Maija Mittaaja']);
    expect([day(invoices.getCell(7).value), day(invoices.getCell(9).value), day(invoices.getCell(11).value)]).toEqual(['2025-01-15', '2026-01-10', '2026-06-30']);
    // the target day passed without a measurement on or after it
    expect(day(invoices.getCell(15).value)).toBe('2026-06-30');
    expect(invoices.getCell(7).numFmt).toBe('d.m.yyyy');
  });

  it('writes the choices in the workbook’s language, and no sheet without benefits', async () => {
    const sheet = await benefitsSheet('en');
    expect(sheet.getRow(2).getCell(12).value).toBe('Not realised');
    expect(sheet.getRow(3).getCell(3).value).toBe('Time saved');
    expect(portfolioWorkbook(projects, [], [], null, 'fi').worksheets.map((w) => w.name)).toEqual(['Hankkeet', 'Yhteenveto']);
  });
});
