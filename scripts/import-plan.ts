/**
 * npm run --silent import-plan -- <file> [--json] [--site <url> | --standin <url>] [--dry-run]
 *
 * Reads an IT action plan (.docx, .md or plain text) with the domain parser. --json prints the
 * parsed plan as JSON; otherwise a readable summary. With --site (SharePoint Online, see README
 * for the access token) or --standin (the local stand-in, e.g. http://localhost:4321/sites/salkku)
 * the projects are written to the lists, idempotently; --dry-run shows what would be written.
 */
import * as fs from 'fs';
import * as path from 'path';
import { importPlan } from '../src/data/contract/importPlan';
import { parsePlanDocx } from '../src/domain/import/docx';
import type { ImportedPlan } from '../src/domain/import/importModel';
import { parsePlanText } from '../src/domain/import/parsePlanDocument';
import { cliRepository, failWith, readArgs } from './lib/cliRepository';

async function readPlan(file: string): Promise<ImportedPlan> {
  const name = path.basename(file);
  if (/\.docx$/i.test(file)) {
    const buffer = fs.readFileSync(file);
    return parsePlanDocx(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer, { fileName: name });
  }
  return parsePlanText(fs.readFileSync(file, 'utf8'), { fileName: name });
}

function pad(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function summary(plan: ImportedPlan): string {
  const lines = [
    `Plan: ${plan.plan.title ?? '(no title)'} · ${plan.plan.organisation ?? '(no organisation)'} · ${plan.plan.periodStart ?? '?'} – ${plan.plan.periodEnd ?? '?'}`,
    `Projects: ${plan.projects.length}`,
    '',
    `${pad('No.', 8)} ${pad('Title', 46)} ${pad('Service area / unit', 30)} ${pad('Schedule', 17)} ${pad('Investment €', 16)} Warnings`
  ];
  for (const p of plan.projects) {
    const schedule = p.schedule.start || p.schedule.end ? `${p.schedule.start ?? '?'}–${p.schedule.end ?? '?'}` : '–';
    const costs = p.costs.investmentMin !== null || p.costs.investmentMax !== null ? `${p.costs.investmentMin ?? '?'}–${p.costs.investmentMax ?? '?'}` : '–';
    lines.push(`${pad(p.number ?? '–', 8)} ${pad(p.title, 46)} ${pad([p.serviceArea, p.unit].filter((v) => v).join(' / ') || '–', 30)} ${pad(schedule, 17)} ${pad(costs, 16)} ${p.warnings.map((w) => w.code).join(', ')}`);
  }
  if (plan.warnings.length > 0) {
    lines.push('', `Document warnings: ${plan.warnings.map((w) => `${w.code}${w.detail ? ` (${w.detail.slice(0, 60)})` : ''}`).join('; ')}`);
  }
  return lines.join('\n');
}

const args = readArgs(process.argv.slice(2));
const site = args.values.get('site') ?? args.values.get('standin');

async function main(): Promise<void> {
  const file = args.positional[0];
  if (!file) {
    console.error('Usage: npm run --silent import-plan -- <file.docx|.md|.txt> [--json] [--site <url> | --standin <url>] [--dry-run]');
    process.exit(2);
  }
  const plan = await readPlan(file);
  if (!site) {
    console.log(args.flags.has('json') ? JSON.stringify(plan, null, 2) : summary(plan));
    return;
  }
  const report = await importPlan(cliRepository(site), plan, {
    dryRun: args.flags.has('dry-run'),
    fallbackTitle: path.basename(file).replace(/\.[^.]+$/, ''),
    onProgress: (done, total) => process.stderr.write(`\r${done} / ${total}`)
  });
  process.stderr.write('\n');
  if (args.flags.has('json')) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  for (const action of report.actions) {
    console.log(`${report.dryRun ? 'would ' : ''}${action.kind.padEnd(10)} ${action.number ?? '–'} ${action.title}`);
  }
  console.log(
    `\nPlan "${report.plan.title}" (${report.plan.action === 'create' ? (report.dryRun ? 'would be created' : 'created') : 'existing'}): ${report.created} new, ${report.updated} updated, ${report.carriedOver} carried over, ${report.unchanged} unchanged; ${report.writes} write(s)${report.dryRun ? ' (dry run)' : ''}.`
  );
}

main().catch(failWith(site));
