/**
 * npm run --silent import-plan -- <file> [--json] [--site <url> | --standin <url>] [--dry-run] [--unlink <numbers>]
 *
 * Reads an IT action plan (.docx, .md or plain text) with the domain parser. --json prints the
 * parsed plan as JSON; otherwise a readable summary. With --site (SharePoint Online, see README
 * for the access token) or --standin (the local stand-in, e.g. http://localhost:4321/sites/salkku)
 * the projects are written to the lists, idempotently; --dry-run shows what would be written.
 * Every link of an imported project to an earlier plan's item (carried over) is listed with why it
 * matched; --unlink 2.1,3.4 (imported numbers, or #index for the n-th project from 0) creates
 * those projects as new instead. Run the dry run, check the links, then import with the same --unlink.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { ImportReport, LinkedItem } from '../src/data/contract/importPlan';
import { importPlan } from '../src/data/contract/importPlan';
import { addImportDrafts, previewDrafts } from '../src/data/contract/importBenefits';
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

function itemText(item: LinkedItem): string {
  return `item #${item.id ?? '?'} (${item.number ?? '–'} ${item.title}; plans: ${item.plans.map((p) => p.title).join(', ') || '–'})`;
}

/** Each carry-over link (imported number + title → existing item, why) and each link not made. */
function linkLines(report: ImportReport): string[] {
  const lines: string[] = [];
  if (report.links.length > 0) {
    lines.push('', `Links to earlier plans' projects (${report.links.length}):`);
  }
  for (const link of report.links) {
    const why = [
      ...link.matchedOn.map((on) => (on === 'title' ? 'same title' : 'same number, title contains the other')),
      link.serviceArea ? `service area "${link.serviceArea}"` : `category "${link.category ?? '–'}"`,
      ...(link.unit ? [`unit "${link.unit}"`] : []),
      link.organisation ? `organisation "${link.organisation}"` : 'organisation not known on both sides'
    ];
    const state = link.unlinked ? '  [un-linked: created as new]' : '';
    lines.push(`  #${link.index} ${link.number ?? '–'} ${link.title} → ${itemText(link.item)}: ${why.join(', ')}${state}`);
  }
  if (report.ambiguous.length > 0) {
    lines.push('', `Not linked, created as new: several earlier projects fit (${report.ambiguous.length}):`);
  }
  for (const a of report.ambiguous) {
    const why = a.reason === 'several' ? 'fits' : 'is wanted by other imported projects too:';
    lines.push(`  #${a.index} ${a.number ?? '–'} ${a.title} ${why} ${a.candidates.map(itemText).join('; ')}`);
  }
  if (report.links.some((l) => !l.unlinked)) {
    lines.push('', 'To create a linked project as new instead: --unlink <number or #index>[,…]');
  }
  return lines;
}

/** --unlink's value (numbers or #indexes) as indexes of the imported projects. */
function unlinkedIndexes(value: string | undefined, plan: ImportedPlan): Set<number> {
  const wanted = (value ?? '').split(',').map((v) => v.trim()).filter((v) => v !== '');
  const indexes = new Set<number>();
  for (const w of wanted) {
    const found = /^#\d+$/.test(w) ? [Number(w.slice(1))] : plan.projects.flatMap((p, i) => (p.number === w ? [i] : []));
    if (found.length === 0 || found.some((i) => i >= plan.projects.length)) {
      throw new Error(`--unlink ${w}: no imported project has that number or index`);
    }
    found.forEach((i) => indexes.add(i));
  }
  return indexes;
}

/** --unlink takes a value; it is read here so the shared argument reader needs no change. */
function withoutUnlink(argv: readonly string[]): { rest: string[]; unlink: string | undefined } {
  const at = argv.indexOf('--unlink');
  return at < 0 ? { rest: [...argv], unlink: undefined } : { rest: [...argv.slice(0, at), ...argv.slice(at + 2)], unlink: argv[at + 1] };
}

const { rest, unlink } = withoutUnlink(process.argv.slice(2));
const args = readArgs(rest);
const site = args.values.get('site') ?? args.values.get('standin');

async function main(): Promise<void> {
  const file = args.positional[0];
  if (!file) {
    console.error('Usage: npm run --silent import-plan -- <file.docx|.md|.txt> [--json] [--site <url> | --standin <url>] [--dry-run] [--unlink <number or #index>[,…]]');
    process.exit(2);
  }
  const plan = await readPlan(file);
  if (!site) {
    console.log(args.flags.has('json') ? JSON.stringify(plan, null, 2) : summary(plan));
    return;
  }
  const repository = cliRepository(site);
  const report = await importPlan(repository, plan, {
    dryRun: args.flags.has('dry-run'),
    unlinked: unlinkedIndexes(unlink, plan),
    fallbackTitle: path.basename(file).replace(/\.[^.]+$/, ''),
    onProgress: (done, total) => process.stderr.write(`\r${done} / ${total}`)
  });
  process.stderr.write('\n');
  // the projects' texts propose draft benefits (status Luonnos) for a person to confirm
  const drafts = report.dryRun ? await previewDrafts(repository.benefits, plan, report) : null;
  const added = report.dryRun ? null : await addImportDrafts(repository.benefits, plan, report);
  if (args.flags.has('json')) {
    console.log(JSON.stringify({ ...report, draftBenefits: drafts ?? added }, null, 2));
    return;
  }
  for (const action of report.actions) {
    console.log(`${report.dryRun ? 'would ' : ''}${action.kind.padEnd(10)} ${action.number ?? '–'} ${action.title}`);
  }
  linkLines(report).forEach((line) => console.log(line));
  console.log(
    `\nPlan "${report.plan.title}" (${report.plan.action === 'create' ? (report.dryRun ? 'would be created' : 'created') : 'existing'}): ${report.created} new, ${report.updated} updated, ${report.carriedOver} carried over, ${report.unchanged} unchanged; ${report.writes} write(s)${report.dryRun ? ' (dry run)' : ''}.`
  );
  if ((drafts ?? added)?.listsMissing === true) {
    console.log('No draft benefits: the site has no benefit lists yet (schema version 6; run the set-up).');
  } else if (drafts !== null) {
    console.log(`Would propose ${drafts.proposals.reduce((n, p) => n + p.drafts.length, 0)} draft benefit(s) from the projects' texts.`);
  } else if (added !== null) {
    console.log(`Added ${added.added} draft benefit(s) to ${added.projects} project(s); they wait for confirmation in the benefits view.`);
  }
}

main().catch(failWith(site));
