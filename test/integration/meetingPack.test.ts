/**
 * The steering group's meeting pack from the command line against the stand-in: projects,
 * published and draft reports, actual costs and meetings written through the repositories; the
 * pack exported to Word and to PDF through LibreOffice; the PDF's text holds every section and
 * the right projects (drafts left out), and its pages are rendered to PNG for a look
 * (test-results/meeting-pack).
 */
import { execFile, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import type { FollowUpRepository } from '../../src/data/contract/followUp.types';
import type { Plan, Project } from '../../src/domain/model';
import { emptyCosts, emptyProject, emptySchedule } from '../../src/domain/model';
import type { StatusReport } from '../../src/domain/followup/model';
import { statusReport } from '../support/statusReport';
import { schemaAtVersion } from '../../src/data/sharepoint/schema/schema';
import { provision } from '../../src/data/sharepoint/setup/provision';
import { must } from '../support/must';
import type { Harness } from '../support/standinHarness';
import { SITE_PATH, startHarness } from '../support/standinHarness';

const OUT = path.resolve(__dirname, '../../test-results/meeting-pack');
const ROOT = path.resolve(__dirname, '../..');
const BOARD = 'Tietohallinnon ohjausryhmä';

/** Runs the export command (async: the stand-in answers in this process). */
function exportCommand(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/export-plan.ts', ...args], { cwd: ROOT, timeout: 240_000, env }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    );
  });
}

function report(project: Project, date: string, changes: Partial<StatusReport>): StatusReport {
  return statusReport(must(project.id, 'saved project'), date, changes);
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
}

describe('meeting pack from the command line', () => {
  let h: Harness;
  let followUp: FollowUpRepository;

  beforeAll(async () => {
    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(OUT, { recursive: true });
    h = await startHarness();
    const repo = h.repository();
    await repo.setUp();
    followUp = repo.followUp;
    const plan: Plan = await repo.savePlan({ id: null, etag: null, title: 'TTS 2026–2027', organisation: 'Järvenrannan kaupunki', periodStart: '2026-01', periodEnd: '2027-12', approvedOn: null, status: null });
    const data = { plans: [plan] };
    const base = (title: string, number: string, changes: Partial<Project>): Project => ({ ...emptyProject(title), number, planIds: [plan.id ?? 0], status: 'Käynnissä', serviceArea: 'Tietohallinto', ...changes });
    const schedule = { ...emptySchedule('1/2026–6/2027'), start: '2026-01', end: '2027-06' } as const;
    let records = await repo.saveProject(base('Asianhallinnan uusiminen', '3.1', { schedule, costs: { ...emptyCosts('40 000–50 000 €'), investmentMin: 40_000, investmentMax: 50_000 } }), data);
    const network = await repo.saveProject(base('Verkon uusiminen kouluissa', '2.1', { costs: { ...emptyCosts('noin 15 000 €, jatkossa 2 000 €/v'), investmentMin: 15_000, investmentMax: 15_000, recurringPerYearMin: 2_000, recurringPerYearMax: 2_000 } }), data);
    const printing = await repo.saveProject(base('Tulostuspalvelun kilpailutus', '2.3', {}), data);
    const fresh = await repo.saveProject(base('Sähköisen allekirjoituksen käyttöönotto', '1.1', { status: 'Hyväksytty' }), data);
    const forgotten = await repo.saveProject(base('Kirjaston asiakaskoneiden uusiminen', '5.1', {}), data);

    // the history: 3.1 green before the September meeting, its end month and cost moved since, red now
    await followUp.saveReport(report(records, '2026-08-20', { rag: 'Vihreä', progress: 20, summary: 'Määrittely valmis.' }), records);
    records = await repo.getProject(must(records.id, 'id'));
    const moved = await repo.updateProject(records, { schedule: { ...schedule, text: '1/2026–9/2027', end: '2027-09' }, costs: { ...emptyCosts('40 000–80 000 €'), investmentMin: 40_000, investmentMax: 80_000 } });
    if (moved.kind !== 'saved') {
      throw new Error('conflict');
    }
    records = moved.project;
    await followUp.saveReport(
      report(records, '2026-11-20', {
        rag: 'Punainen',
        scheduleRag: 'Punainen',
        costRag: 'Keltainen',
        scopeRag: 'Vihreä',
        progress: 40,
        summary: 'Integraatio taloushallintoon viivästyy toimittajan resurssipulan vuoksi.',
        achieved: 'Testiympäristö on pystytetty ja pääkäyttäjät koulutettu.',
        nextSteps: 'Toimittaja esittää korjaussuunnitelman joulukuussa.',
        risks: 'Käyttöönotto voi siirtyä syksyyn 2027.',
        decisionsNeeded: 'Hyväksytäänkö 20 000 € lisärahoitus integraatiotyöhön?'
      }),
      records
    );
    await followUp.saveReport(report(network, '2026-11-25', { rag: 'Keltainen', progress: 60, summary: 'Laitetoimitus on kolme viikkoa myöhässä.' }), network);
    // a draft is its author's: neither its red nor its decision is in the pack
    await followUp.saveReport(report(await repo.getProject(must(network.id, 'id')), '2026-11-28', { state: 'draft', rag: 'Punainen', decisionsNeeded: 'Luonnoksen päätösesitys' }), await repo.getProject(must(network.id, 'id')));
    await followUp.saveReport(report(printing, '2026-10-05', { rag: 'Vihreä', progress: 80 }), printing);
    await followUp.saveReport(report(forgotten, '2026-05-04', { rag: 'Vihreä', progress: 10 }), forgotten);
    await followUp.saveActual({ id: null, etag: null, projectId: must(records.id, 'id'), year: 2026, investment: 90_000, recurring: 1_200, note: 'Toimittajan laskut', reportId: null });
    await followUp.saveActual({ id: null, etag: null, projectId: must(network.id, 'id'), year: 2026, investment: 12_000, recurring: null, note: null, reportId: null });
    await followUp.saveMeeting({ id: null, etag: null, title: 'Ohjausryhmä 3/2026', date: '2026-09-15', body: BOARD, notes: null });
    await followUp.saveMeeting({ id: null, etag: null, title: 'Sivistyksen johtoryhmä 11/2026', date: '2026-11-05', body: 'Sivistyspalvelujen johtoryhmä', notes: null });
    await followUp.saveMeeting({ id: null, etag: null, title: 'Ohjausryhmä 4/2026', date: '2026-12-10', body: BOARD, notes: 'Kokous Teamsissa klo 9–11.' });
    await followUp.saveCadence({ kind: 'meetings', body: BOARD });

    // SharePoint's Created: every project existed before September but 1.1, added in October
    const items = h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuProjects')?.items ?? [];
    for (const item of items) {
      item.Created = item.Id === fresh.id ? '2026-10-20T09:00:00Z' : '2025-11-03T09:00:00Z';
    }
  }, 120_000);

  afterAll(async () => {
    await h.close();
  });

  it('writes the pack as Word and PDF in Finnish with every section and the right projects', async () => {
    const docx = path.join(OUT, 'kokousmateriaali-fi.docx');
    const run = await exportCommand(['--format', 'meeting', '--standin', h.siteUrl, '--meeting', '2026-12-10', '--today', '2026-12-01', '--out', docx, '--pdf']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('"Kokousmateriaali: Ohjausryhmä 4/2026" (fi), 4 changes, 2 red or amber projects, 1 decisions, 2 reports missing');
    const pdf = path.join(OUT, 'kokousmateriaali-fi.pdf');
    expect(fs.existsSync(pdf)).toBe(true);

    // the Word file: document language, repeated header rows, title in the properties
    const zip = await JSZip.loadAsync(fs.readFileSync(docx));
    expect(await zip.file('word/styles.xml')?.async('string')).toContain('w:lang w:val="fi-FI"');
    expect((await zip.file('word/document.xml')?.async('string'))?.match(/<w:tblHeader\/>/g)?.length).toBeGreaterThanOrEqual(5);
    expect(await zip.file('docProps/core.xml')?.async('string')).toContain('<dc:title>Kokousmateriaali: Ohjausryhmä 4/2026</dc:title>');

    const text = pdfText(pdf);
    const sections = ['Kokouksen tiedot', '1 Salkun tilannekatsaus', '2 Muutokset edellisen kokouksen jälkeen', '3 Punaiset ja keltaiset hankkeet', '4 Päätettävät asiat', '5 Puuttuvat tilanneraportit'];
    const at = sections.map((s) => text.indexOf(s, text.indexOf('Kokouksen tiedot')));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // a table cell's text may wrap onto the next line: compared without white space
    const section = (i: number): string => text.slice(must(at[i], 'section'), at[i + 1] ?? text.length).replace(/\s+/g, '');
    const squash = (s: string): string => s.replace(/\s+/g, '');
    expect(text).toContain('Edellinen kokous Ohjausryhmä 3/2026 (15.9.2026)');
    expect(text).toContain('Kokous Teamsissa klo 9–11.');
    // changes: the new project, 3.1's RAG, end month and cost
    expect(section(2)).toContain(squash('1.1 Sähköisen allekirjoituksen'));
    expect(section(2)).toContain(squash('Vihreä → ■ Punainen'));
    expect(section(2)).toContain(squash('Päättyy 6/2027 → 9/2027 (3 kk myöhemmin)'));
    expect(section(2)).toContain(squash('Investointi 50 000 € → 80 000 €'));
    // red before amber; the draft's red is not 2.1's state
    const attention = section(3);
    expect(attention.indexOf(squash('■ Punainen – 3.1 Asianhallinnan uusiminen'))).toBeGreaterThan(0);
    expect(attention.indexOf(squash('■ Punainen – 3.1 Asianhallinnan uusiminen'))).toBeLessThan(attention.indexOf(squash('▲ Keltainen – 2.1 Verkon uusiminen kouluissa')));
    expect(attention).toContain(squash('Toimittaja esittää korjaussuunnitelman joulukuussa.'));
    expect(attention).not.toContain(squash('2.3 Tulostuspalvelun'));
    expect(section(4)).toContain(squash('Hyväksytäänkö 20 000 € lisärahoitus'));
    expect(text).not.toContain('Luonnoksen päätösesitys');
    expect(section(5)).toContain(squash('1.1 Sähköisen allekirjoituksen'));
    expect(section(5)).toContain(squash('5.1 Kirjaston asiakaskoneiden'));
    expect(section(5)).not.toContain(squash('2.3 Tulostuspalvelun'));
    // summary: 5 projects, actuals of the year, the overrun of 3.1
    expect(section(1)).toContain('Yhteensä5');
    expect(section(1)).toContain(squash('Toteutuneet investoinnit 2026 102 000 €'));
    expect(section(1)).toContain(squash('joiden toteuma ylittää arvion ylärajan 1'));

    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, 'fi-page')]);
    expect(fs.readdirSync(OUT).filter((f) => /^fi-page-\d+\.png$/.test(f)).length).toBeGreaterThanOrEqual(2);
  }, 300_000);

  it('writes the English pack straight to PDF', async () => {
    const pdf = path.join(OUT, 'meeting-pack-en.pdf');
    const run = await exportCommand(['--format', 'meeting', '--standin', h.siteUrl, '--meeting', 'Ohjausryhmä 4/2026', '--today', '2026-12-01', '--language', 'en', '--out', pdf]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(fs.existsSync(path.join(OUT, 'meeting-pack-en.docx'))).toBe(false);
    const text = pdfText(pdf);
    for (const heading of ['Meeting details', '1 Portfolio summary', '2 Changes since the previous meeting', '3 Red and amber projects', '4 Decisions needed', '5 Reports missing']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('■ Red');
    expect(text).toMatch(/Ends 6\/2027 → 9\/2027 \(3\s+months later\)/);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, 'en-page')]);
  }, 300_000);

  it('says which meetings there are when the one asked for is not, and writes the Word file when LibreOffice is missing', async () => {
    const unknown = await exportCommand(['--format', 'meeting', '--standin', h.siteUrl, '--meeting', 'Johtoryhmä 1/2030', '--today', '2026-12-01', '--out', path.join(OUT, 'x.docx')]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No meeting "Johtoryhmä 1/2030". Meetings on the site:');
    expect(unknown.stderr).toContain('2026-12-10');
    expect(fs.existsSync(path.join(OUT, 'x.docx'))).toBe(false);

    const out = path.join(OUT, 'ilman-libreofficea.pdf');
    const run = await exportCommand(['--format', 'meeting', '--standin', h.siteUrl, '--today', '2026-12-01', '--out', out], { ...process.env, SALKKU_SOFFICE: '/nonexistent/soffice' });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('LibreOffice (soffice) is not on this machine, so no PDF was written');
    expect(fs.existsSync(path.join(OUT, 'ilman-libreofficea.docx'))).toBe(true);
    // without --meeting: the next meeting from today
    expect(run.stdout).toContain('Ohjausryhmä 4/2026');
  }, 300_000);
});

describe('meeting pack on a site set up before the follow-up lists', () => {
  it('says the lists are missing and who adds them, and writes nothing', async () => {
    const h = await startHarness();
    try {
      await provision(h.sp(), h.siteUrl, { schema: schemaAtVersion(3) });
      const out = path.join(OUT, 'ei-listoja.docx');
      const run = await exportCommand(['--format', 'meeting', '--standin', h.siteUrl, '--today', '2026-12-01', '--out', out]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('The follow-up lists (reports, actuals, meetings, settings) are not on');
      expect(run.stderr).toContain('npm run provision -- --site');
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      await h.close();
    }
  }, 120_000);
});
