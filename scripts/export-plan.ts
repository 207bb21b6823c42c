/**
 * npm run export-plan -- --plan <title or id> --format docx|xlsx --out <file>
 *                        [--site <url> | --standin <url>] [--lang fi|sv|en] [--template full|short]
 *
 * Writes the plan document (Word) or the portfolio workbook (Excel) of one plan from a
 * SharePoint site (SALKKU_ACCESS_TOKEN, see README) or the local stand-in (default
 * http://localhost:4321/sites/salkku while `npm start` runs).
 */
import * as fs from 'fs';
import { Packer } from 'docx';
import type { DocumentLanguage } from '../src/domain/export/documentLabels';
import { buildPlanDocument } from '../src/domain/export/planDocument';
import { planDocx } from '../src/export/docxExport';
import { portfolioWorkbook } from '../src/export/xlsxExport';
import { cliRepository, failWith, readArgs } from './lib/cliRepository';

const args = readArgs(process.argv.slice(2));
const site = args.values.get('site') ?? args.values.get('standin') ?? 'http://localhost:4321/sites/salkku';

async function main(): Promise<void> {
  const wanted = args.values.get('plan');
  const formatArg = args.values.get('format');
  const out = args.values.get('out');
  const language = (['fi', 'sv', 'en'].find((l) => l === args.values.get('lang')) ?? 'fi') as DocumentLanguage;
  const template = args.values.get('template') === 'short' ? 'short' : 'full';
  if (!wanted || (formatArg !== 'docx' && formatArg !== 'xlsx') || !out) {
    console.error('Usage: npm run export-plan -- --plan <title or id> --format docx|xlsx --out <file> [--site <url> | --standin <url>] [--lang fi|sv|en] [--template full|short]');
    process.exit(2);
  }
  const data = await cliRepository(site).load();
  const plan = data.plans.find((p) => String(p.id) === wanted || p.title.trim().toLowerCase() === wanted.trim().toLowerCase());
  if (!plan) {
    console.error(`No plan "${wanted}". Plans on the site:\n${data.plans.map((p) => `  ${p.id}: ${p.title}`).join('\n')}`);
    process.exit(1);
  }
  const projects = data.projects.filter((p) => p.planIds.includes(plan.id ?? -1));
  if (formatArg === 'docx') {
    const document = buildPlanDocument(projects, plan, data.goals, { language, template, date: new Date().toISOString().slice(0, 10) });
    fs.writeFileSync(out, await Packer.toBuffer(planDocx(document)));
  } else {
    const book = portfolioWorkbook(projects, data.plans, data.goals, plan.id, language);
    fs.writeFileSync(out, Buffer.from(await book.xlsx.writeBuffer()));
  }
  console.log(`Wrote ${out}: "${plan.title}", ${projects.length} projects (${formatArg}, ${language}${formatArg === 'docx' ? `, ${template} template` : ''}).`);
}

main().catch(failWith(site));
