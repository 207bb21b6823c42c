/**
 * npm run import:accuracy [-- --details] [names...]
 *
 * How faithfully the plan importer reads the customers' documents (../shared/seeds, or
 * SALKKU_SEEDS_DIR; skipped when absent) and our fixtures (test/fixtures/plans): each document
 * is parsed (.txt/.md as text, .docx as the text parsePlanDocx reads) and compared with the careful reader's
 * `<name>.expected.json` (seeds: test/fixtures/seeds-expected). Prints per document a per-field
 * table (correct / wrong / missing / invented / both empty), invented and missing projects,
 * lines of a project's section found in none of its fields, and the share of schedule months
 * right; then a summary. --details lists every difference and lost line. Names limit the run to
 * documents whose file name contains one of them. The figures go to
 * bench-results/import-accuracy.json. It is a report: the exit code is 0.
 */
import * as fs from 'fs';
import * as path from 'path';
import { type AccuracyReport, addCounts, compareImport, emptyCounts, type FieldCounts, readExpectedPlan } from '../src/domain/import/accuracy';
import { docxPlanText } from '../src/domain/import/docx';
import type { ImportedPlan } from '../src/domain/import/importModel';
import { parsePlanText } from '../src/domain/import/parsePlanDocument';

const ROOT = path.resolve(__dirname, '..');
const SEEDS_DIR = process.env.SALKKU_SEEDS_DIR ?? path.resolve(ROOT, '../shared/seeds');
const SEEDS_EXPECTED = path.join(ROOT, 'test/fixtures/seeds-expected');
const FIXTURES = path.join(ROOT, 'test/fixtures/plans');
const OUTPUT = path.join(ROOT, 'bench-results/import-accuracy.json');

interface DocumentEntry {
  name: string;
  kind: 'seed' | 'fixture';
  file: string;
  expectedFile: string;
}

interface DocumentResult {
  name: string;
  kind: 'seed' | 'fixture';
  expectedProjects: number;
  parsedProjects: number;
  report: AccuracyReport;
}

function documents(): DocumentEntry[] {
  const list: DocumentEntry[] = [];
  if (fs.existsSync(SEEDS_DIR)) {
    for (const file of fs.readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort()) {
      const name = file.replace(/\.txt$/, '');
      list.push({ name, kind: 'seed', file: path.join(SEEDS_DIR, file), expectedFile: path.join(SEEDS_EXPECTED, `${name}.expected.json`) });
    }
  } else {
    console.log(`(the customers' documents are not at ${SEEDS_DIR}: seeds skipped; set SALKKU_SEEDS_DIR)\n`);
  }
  for (const file of fs.readdirSync(FIXTURES).filter((name) => /\.(?:txt|md|docx)$/i.test(name)).sort()) {
    const name = file.replace(/\.[^.]+$/, '');
    list.push({ name, kind: 'fixture', file: path.join(FIXTURES, file), expectedFile: path.join(FIXTURES, `${name}.expected.json`) });
  }
  return list;
}

/** The parsed plan and the text its lines are checked against (for .docx, the text the parser reads). */
async function parse(file: string): Promise<{ plan: ImportedPlan; source: string }> {
  const fileName = path.basename(file);
  if (/\.docx$/i.test(file)) {
    // parsePlanDocx is parsePlanText over exactly this text (Word's heading numbers written in)
    const buffer = fs.readFileSync(file);
    const source = await docxPlanText(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
    return { plan: parsePlanText(source, { format: 'markdown', fileName }), source };
  }
  const source = fs.readFileSync(file, 'utf8');
  return { plan: parsePlanText(source, { fileName }), source };
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}

const COUNT_COLUMNS = ['correct', 'wrong', 'missing', 'invented', 'both empty'];

function countCells(counts: FieldCounts): string[] {
  return [counts.correct, counts.wrong, counts.missing, counts.invented, counts.empty].map(String);
}

function percent(right: number, total: number): string {
  return total === 0 ? '–' : `${((100 * right) / total).toFixed(1)} %`;
}

function printDocument(result: DocumentResult, details: boolean): void {
  const { report } = result;
  console.log(`\n## ${result.name} (${result.kind}): ${result.parsedProjects} projects imported, ${result.expectedProjects} expected\n`);
  const rows = Object.entries(report.fields).map(([field, counts]) => [field, ...countCells(counts)]);
  console.log(table(['field', ...COUNT_COLUMNS], [...rows, ['total', ...countCells(report.totals)]]));
  console.log(`\ninvented projects: ${report.inventedProjects.length}${report.inventedProjects.length > 0 ? ` (${report.inventedProjects.join('; ')})` : ''}`);
  console.log(`missing projects: ${report.missingProjects.length}${report.missingProjects.length > 0 ? ` (${report.missingProjects.join('; ')})` : ''}`);
  const unlocated = report.unlocatedSections.length > 0 ? ` (headings not found in the text: ${report.unlocatedSections.join('; ')})` : '';
  console.log(`lost lines: ${report.lostLines.length}${unlocated}`);
  console.log(`schedule months right: ${report.scheduleMonths.right} / ${report.scheduleMonths.expected} (${percent(report.scheduleMonths.right, report.scheduleMonths.expected)})`);
  if (details) {
    report.differences.forEach((d) => console.log(`  ${d.outcome.padEnd(8)} ${d.project} · ${d.field}: expected ${JSON.stringify(d.expected)}, got ${JSON.stringify(d.actual)}`));
    report.lostLines.forEach((lost) => console.log(`  lost     ${lost.project}: ${lost.line.trim().slice(0, 110)}`));
  }
}

function printSummary(results: readonly DocumentResult[]): void {
  const total = emptyCounts();
  const months = { right: 0, expected: 0 };
  const rows = results.map((result) => {
    const { report } = result;
    addCounts(total, report.totals);
    months.right += report.scheduleMonths.right;
    months.expected += report.scheduleMonths.expected;
    return [
      result.name,
      `${result.parsedProjects}/${result.expectedProjects}`,
      ...countCells(report.totals).slice(0, 4),
      String(report.inventedProjects.length),
      String(report.missingProjects.length),
      String(report.lostLines.length),
      percent(report.scheduleMonths.right, report.scheduleMonths.expected)
    ];
  });
  const sum = (pick: (report: AccuracyReport) => number): string => String(results.reduce((acc, result) => acc + pick(result.report), 0));
  const totalRow = [
    'all documents',
    `${results.reduce((acc, r) => acc + r.parsedProjects, 0)}/${results.reduce((acc, r) => acc + r.expectedProjects, 0)}`,
    ...countCells(total).slice(0, 4),
    sum((report) => report.inventedProjects.length),
    sum((report) => report.missingProjects.length),
    sum((report) => report.lostLines.length),
    percent(months.right, months.expected)
  ];
  console.log('\n# Summary\n');
  console.log(table(['document', 'projects got/expected', 'correct', 'wrong', 'missing', 'invented', 'invented proj.', 'missing proj.', 'lost lines', 'schedule months'], [...rows, totalRow]));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const details = args.includes('--details');
  const names = args.filter((arg) => !arg.startsWith('--'));
  const results: DocumentResult[] = [];
  for (const entry of documents().filter((doc) => names.length === 0 || names.some((name) => doc.name.includes(name)))) {
    if (!fs.existsSync(entry.expectedFile)) {
      console.log(`\n## ${entry.name}: no expected JSON (${path.relative(ROOT, entry.expectedFile)}), skipped`);
      continue;
    }
    try {
      const expected = readExpectedPlan(JSON.parse(fs.readFileSync(entry.expectedFile, 'utf8')), path.relative(ROOT, entry.expectedFile));
      const { plan, source } = await parse(entry.file);
      const result = { name: entry.name, kind: entry.kind, expectedProjects: expected.projects.length, parsedProjects: plan.projects.length, report: compareImport(plan, expected, source) };
      results.push(result);
      printDocument(result, details);
    } catch (error) {
      console.log(`\n## ${entry.name}: could not be compared: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  printSummary(results);
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  const json = results.map(({ report, ...result }) => ({ ...result, ...report, pairing: undefined }));
  fs.writeFileSync(OUTPUT, `${JSON.stringify({ generated: new Date().toISOString(), documents: json }, null, 2)}\n`);
  console.log(`\nFigures written to ${path.relative(ROOT, OUTPUT)}.`);
}

main().catch((error: unknown) => {
  console.error(error);
}).finally(() => {
  process.exitCode = 0;
});
