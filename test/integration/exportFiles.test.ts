/**
 * The exported files open where people open them: the Word document converts to PDF in
 * LibreOffice (its first pages are rendered to PNG for a look), and the workbook opens in
 * exceljs and LibreOffice with totals that equal the sums of the project rows.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Packer } from 'docx';
import { Workbook } from 'exceljs';
import type { LocalPortfolio } from '../../scripts/lib/localPortfolio';
import { startLocalPortfolio } from '../../scripts/lib/localPortfolio';
import type { PortfolioData } from '../../src/data/contract/repository.types';
import { buildPlanDocument } from '../../src/domain/export/planDocument';
import type { Project } from '../../src/domain/model';
import { planDocx } from '../../src/export/docxExport';
import { portfolioWorkbook } from '../../src/export/xlsxExport';
import { must } from '../support/must';

const OUT = path.resolve(__dirname, '../../test-results/export');

function libreOffice(args: string[], cwd: string): string {
  try {
    return execFileSync('libreoffice', ['--headless', '--norestore', `-env:UserInstallation=file://${fs.mkdtempSync(path.join(os.tmpdir(), 'salkku-lo-'))}`, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  } catch (error) {
    throw new Error(`LibreOffice failed (install Debian's libreoffice-writer-nogui and libreoffice-calc-nogui): ${String(error)}`);
  }
}

/** Minimal CSV reader for LibreOffice's output (quoted fields, commas). */
function csvRows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => (m[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1));
}

describe('exported files', () => {
  let portfolio: LocalPortfolio;
  let data: PortfolioData;
  let projects: Project[];
  let planId: number;

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    portfolio = await startLocalPortfolio({ data: 'demo', staticRoot: null });
    data = await portfolio.repository.load();
    const plan = data.plans.find((p) => p.periodStart?.startsWith('2023'));
    planId = plan?.id ?? -1;
    projects = data.projects.filter((p) => p.planIds.includes(planId));
  }, 60_000);

  afterAll(async () => {
    await portfolio.close();
  });

  it('converts the Word document to PDF in LibreOffice and renders its first pages', async () => {
    const plan = data.plans.find((p) => p.id === planId);
    const document = buildPlanDocument(projects, plan, data.goals, { language: 'fi', template: 'full', date: '24.11.2026' });
    fs.writeFileSync(path.join(OUT, 'plan.docx'), await Packer.toBuffer(planDocx(document)));
    libreOffice(['--convert-to', 'pdf', 'plan.docx'], OUT);
    const pdf = path.join(OUT, 'plan.pdf');
    expect(fs.statSync(pdf).size).toBeGreaterThan(50_000);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '4', pdf, path.join(OUT, 'plan-page')]);
    expect(fs.readdirSync(OUT).filter((f) => /^plan-page-\d+\.png$/.test(f))).toHaveLength(4);
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '3', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Järvenrannan kaupunki');
    expect(text).toContain('Sisällys');
    expect(text).toMatch(/2\.1 Omaisuudenhallinta Efectessä \(Asset Management\)\.+\d+/);
  }, 180_000);

  it('writes a workbook whose totals equal the sums of the project rows (exceljs and LibreOffice)', async () => {
    const book = portfolioWorkbook(projects, data.plans, data.goals, planId, 'fi');
    const buffer = await book.xlsx.writeBuffer();
    fs.writeFileSync(path.join(OUT, 'portfolio.xlsx'), Buffer.from(buffer));

    const read = new Workbook();
    await read.xlsx.load(buffer);
    const sheet = read.getWorksheet('Hankkeet');
    const summary = read.getWorksheet('Yhteenveto');
    if (!sheet || !summary) {
      throw new Error('sheets missing');
    }
    expect(sheet.rowCount).toBe(projects.length + 1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (title: string): number => headers.indexOf(title) + 1;
    const area = col('Palveluala');
    const money = ['Investointi vähintään (€)', 'Investointi enintään (€)', 'Jatkuvat vähintään (€/v)', 'Jatkuvat enintään (€/v)'].map(col);
    expect(money.every((c) => c > 0)).toBe(true);
    expect(sheet.getColumn(must(money[0], 'a money column')).numFmt).toContain('€');
    const sums = new Map<string, number[]>();
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const key = String(row.getCell(area).value ?? '');
      const current = sums.get(key) ?? [0, 0, 0, 0, 0];
      current[0] += 1;
      money.forEach((c, i) => (current[i + 1] += Number(row.getCell(c).value ?? 0)));
      sums.set(key, current);
    }
    let checked = 0;
    summary.eachRow((row) => {
      const key = String(row.getCell(1).value ?? '');
      const expected = sums.get(key);
      if (expected) {
        const values = [2, 3, 4, 5, 6].map((c) => {
          const v = row.getCell(c).value as { formula?: string; result?: number } | number;
          // exceljs writes a cached formula result of 0 as an empty value: it reads back as undefined
          return typeof v === 'number' ? v : v.formula ? v.result ?? 0 : NaN;
        });
        expect({ key, values }).toEqual({ key, values: expected });
        checked++;
      }
    });
    expect(checked).toBe(sums.size);

    libreOffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', 'portfolio.xlsx'], OUT);
    const csvFile = fs.readdirSync(OUT).find((f) => /^portfolio-Yhteenveto\.csv$/.test(f));
    expect(csvFile).toBeDefined();
    const rows = csvRows(fs.readFileSync(path.join(OUT, csvFile ?? ''), 'utf8'));
    const totalRow = rows.find((r) => r[0] === 'Yhteensä');
    const all = [...sums.values()].reduce((t, v) => t.map((x, i) => x + (v[i] ?? 0)), [0, 0, 0, 0, 0]);
    expect(totalRow?.slice(1, 6).map((v) => Number(v.replace(/[^\d.-]/g, '')))).toEqual(all);
  }, 180_000);
});
