/**
 * npm run export-plan -- --plan <title or id> --format docx|xlsx --out <file>
 *                        [--site <url> | --standin <url>] [--lang fi|sv|en] [--template full|short]
 * npm run export-plan -- --format meeting [--meeting <date|id|title>] [--previous <date|id|title>]
 *                        [--lang|--language fi|sv|en] [--out <file.docx|file.pdf>] [--pdf]
 *                        [--plan <title or id>] [--today <date>] [--site <url> | --standin <url>]
 *
 * Writes the plan document (Word) or the portfolio workbook (Excel) of one plan, or the steering
 * group's meeting pack (Word, and PDF through LibreOffice when it is installed), from a
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
import { exportMeetingPack } from './lib/meetingPackCli';

const args = readArgs(process.argv.slice(2));
const site = args.values.get('site') ?? args.values.get('standin') ?? 'http://localhost:4321/sites/salkku';

const MEETING_USAGE =
  'Usage: npm run export-plan -- --format meeting [--meeting <date|id|title>] [--previous <date|id|title>] [--lang fi|sv|en] [--out <file.docx|file.pdf>] [--pdf] [--plan <title or id>] [--today <YYYY-MM-DD>] [--site <url> | --standin <url>]';

async function meeting(language: DocumentLanguage): Promise<void> {
  const today = args.values.get('today') ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
    console.error(`--today takes a day as YYYY-MM-DD, not "${today}".\n${MEETING_USAGE}`);
    process.exit(2);
  }
  const repository = cliRepository(site);
  const wantedPlan = args.values.get('plan');
  let planId: number | null = null;
  if (wantedPlan !== undefined) {
    const plans = (await repository.load({ detail: 'summary' })).plans;
    const plan = plans.find((p) => String(p.id) === wantedPlan || p.title.trim().toLowerCase() === wantedPlan.trim().toLowerCase());
    if (!plan) {
      console.error(`No plan "${wantedPlan}". Plans on the site:\n${plans.map((p) => `  ${p.id}: ${p.title}`).join('\n')}`);
      process.exit(1);
    }
    planId = plan.id;
  }
  const result = await exportMeetingPack(repository, {
    meeting: args.values.get('meeting'),
    previous: args.values.get('previous'),
    language,
    out: args.values.get('out'),
    pdf: args.flags.has('pdf'),
    planId,
    today
  });
  const { pack } = result;
  console.log(
    `Wrote ${result.files.join(' and ')}: "${pack.title}" (${language}), ${pack.changes.items.length} changes, ${pack.attention.projects.length} red or amber projects, ${pack.decisions.items.length} decisions, ${pack.missing.items.length} reports missing.`
  );
  if (result.pdfMissing !== null) {
    console.error(result.pdfMissing);
    process.exit(3);
  }
}

async function main(): Promise<void> {
  const wanted = args.values.get('plan');
  const formatArg = args.values.get('format');
  const out = args.values.get('out');
  const language = (['fi', 'sv', 'en'].find((l) => l === (args.values.get('lang') ?? args.values.get('language'))) ?? 'fi') as DocumentLanguage;
  if (formatArg === 'meeting') {
    await meeting(language);
    return;
  }
  const template = args.values.get('template') === 'short' ? 'short' : 'full';
  if (!wanted || (formatArg !== 'docx' && formatArg !== 'xlsx') || !out) {
    console.error(`Usage: npm run export-plan -- --plan <title or id> --format docx|xlsx --out <file> [--site <url> | --standin <url>] [--lang fi|sv|en] [--template full|short]\n   or: ${MEETING_USAGE.slice('Usage: '.length)}`);
    process.exit(2);
  }
  const repository = cliRepository(site);
  const data = await repository.load();
  const plan = data.plans.find((p) => String(p.id) === wanted || p.title.trim().toLowerCase() === wanted.trim().toLowerCase());
  if (!plan) {
    console.error(`No plan "${wanted}". Plans on the site:\n${data.plans.map((p) => `  ${p.id}: ${p.title}`).join('\n')}`);
    process.exit(1);
  }
  const projects = data.projects.filter((p) => p.planIds.includes(plan.id ?? -1));
  if (formatArg === 'docx') {
    const { proposals } = await repository.proposals.loadProposals();
    // a site without the benefit lists answers with none
    const { benefits } = await repository.benefits.loadBenefits();
    const document = buildPlanDocument(projects, plan, data.goals, { language, template, date: new Date().toISOString().slice(0, 10), proposals, benefits });
    fs.writeFileSync(out, await Packer.toBuffer(planDocx(document)));
  } else {
    const { benefits, measurements } = await repository.benefits.loadBenefits();
    const book = portfolioWorkbook(projects, data.plans, data.goals, plan.id, language, undefined, { benefits, measurements, today: new Date().toISOString().slice(0, 10) });
    fs.writeFileSync(out, Buffer.from(await book.xlsx.writeBuffer()));
  }
  console.log(`Wrote ${out}: "${plan.title}", ${projects.length} projects (${formatArg}, ${language}${formatArg === 'docx' ? `, ${template} template` : ''}).`);
}

main().catch(failWith(site));
