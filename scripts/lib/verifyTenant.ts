/**
 * What a city runs first (`npm run verify:tenant -- --site <url>`): the checks our tests make
 * against the stand-in, made against the city's own SharePoint site, on scratch lists that are
 * removed afterwards. It touches no real data: every list it writes to has the scratch prefix.
 * CI runs the same checks against the stand-in.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { emptyProject } from '../../src/domain/model';
import type { StatusReport } from '../../src/domain/followup/model';
import type { Project } from '../../src/domain/model';
import { parsePlanText } from '../../src/domain/import/parsePlanDocument';
import { importPlan } from '../../src/data/contract/importPlan';
import { hasPermission, PermissionKind } from '../../src/data/sharepoint/permissions';
import type { BasePermissions } from '../../src/data/sharepoint/permissions';
import type { PortfolioRepository } from '../../src/data/contract/repository.types';
import { SCHEMA } from '../../src/data/sharepoint/schema/schema';
import type { ListSchema, PortfolioSchema } from '../../src/data/sharepoint/schema/schema.types';
import { provision } from '../../src/data/sharepoint/setup/provision';
import { listServerRelativeUrl, toRepositoryError } from '../../src/data/sharepoint/spUtils';
import { createRepository, createSp } from '../../src/data/sharepoint/createRepository';
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { BATCH_RETRY } from '../../src/data/sharepoint/retry';

export interface CheckResult {
  check: string;
  passed: boolean;
  detail: string;
  ms: number;
}

/** The product's schema on lists named with a scratch prefix (`Lists/SalkkuVerify1a2b3cProjects`). */
export function scratchSchema(prefix: string, schema: PortfolioSchema = SCHEMA): PortfolioSchema {
  if (!/^[A-Za-z][A-Za-z0-9]{2,30}$/.test(prefix)) {
    throw new Error(`The scratch prefix "${prefix}" must be 3–31 letters and digits`);
  }
  return {
    ...schema,
    lists: schema.lists.map((list) => ({
      ...list,
      url: `Lists/${prefix}${list.url.split('/').pop()?.replace(/^Salkku/, '') ?? list.key}`,
      title: { fi: `${prefix} ${list.title.fi}`, sv: `${prefix} ${list.title.sv}`, en: `${prefix} ${list.title.en}` }
    }))
  };
}

/** A small plan document in our own words: three projects in two sections. */
const PLAN_DOCUMENT = `Tarkistuskaupunki

# Tietohallinnon toimenpidesuunnitelma 2031–2032

## 2 Perusinfrastruktuurihankkeet, tietohallinto omistajana

### 2.1 Tarkistushanke verkon uusimiseksi

Verkkolaitteet vaihdetaan kahdessa vaiheessa.

**Aikataulu:** 3/2031 – 12/2031

**Projektin arvioidut kustannukset:** 10 000 – 20 000 €

### 2.2 Tarkistushanke tunnistautumiselle

Kirjautuminen yhtenäistetään.

**Aikataulu:** syksy 2031

## 3 Palvelualakohtaiset kehityshankkeet, sivistyspalvelut

### 3.1 Tarkistushanke oppimisympäristölle

Oppimisympäristö kilpailutetaan.

**Aikataulu:** 2032
`;

export interface VerifyOptions {
  /** The PnPjs environment (token or stand-in session) for the site. */
  environment: TimelinePipe<Queryable>;
  /** Scratch prefix of the lists (a new one per run by default). */
  prefix?: string;
  log?: (line: string) => void;
}

/** A check that ran and found SharePoint not as expected (its message is the finding). */
class CheckFailure extends Error {}

class Checks {
  public readonly results: CheckResult[] = [];

  public constructor(private readonly _log: (line: string) => void) {}

  /** Runs one check; a failure is recorded, not thrown, unless the later checks depend on it. */
  public async run(check: string, body: () => Promise<string>, options: { essential?: boolean } = {}): Promise<boolean> {
    const started = Date.now();
    let result: CheckResult;
    try {
      result = { check, passed: true, detail: await body(), ms: Date.now() - started };
    } catch (error) {
      const typed = toRepositoryError(error);
      const detail = error instanceof CheckFailure ? error.message : `${typed.kind}: ${typed.serverMessage ?? typed.message}`;
      result = { check, passed: false, detail, ms: Date.now() - started };
    }
    this.results.push(result);
    this._log(`${result.passed ? 'pass' : 'FAIL'}  ${check}: ${result.detail}`);
    if (!result.passed && options.essential) {
      throw new CheckFailure(`${check} failed: later checks depend on it`);
    }
    return result.passed;
  }
}

function expectThat(condition: boolean, message: string): asserts condition {
  if (!condition) {
    throw new CheckFailure(message);
  }
}

interface FieldInfo {
  InternalName: string;
  Indexed: boolean;
}

async function fieldsOf(sp: SPFI, siteUrl: string, list: ListSchema): Promise<FieldInfo[]> {
  return sp.web.getList(listServerRelativeUrl(siteUrl, list)).fields.select('InternalName', 'Indexed')<FieldInfo[]>();
}

/** Runs the checks on scratch lists and removes them; the results say what held. */
export async function verifyTenant(siteUrl: string, options: VerifyOptions): Promise<CheckResult[]> {
  const prefix = options.prefix ?? `SalkkuVerify${Date.now().toString(36)}`;
  const schema = scratchSchema(prefix);
  const checks = new Checks(options.log ?? (() => undefined));
  const sp = createSp({ siteUrl, environment: options.environment, retry: BATCH_RETRY });
  const repository = (pageSize?: number): PortfolioRepository => createRepository({ siteUrl, environment: options.environment, retry: BATCH_RETRY, schema, pageSize });
  try {
    await checks.run(
      'Signed in as a site owner',
      async () => {
        const web = await sp.web.select('Title', 'EffectiveBasePermissions', 'CurrentUser/Title').expand('CurrentUser')<{ Title: string; EffectiveBasePermissions: BasePermissions; CurrentUser?: { Title?: string } }>();
        expectThat(hasPermission(web.EffectiveBasePermissions, PermissionKind.ManageWeb), `${web.CurrentUser?.Title ?? 'the signed-in user'} is not an owner (no ManageWeb) of "${web.Title}"`);
        return `${web.CurrentUser?.Title ?? '?'} on "${web.Title}", owner (ManageWeb)`;
      },
      { essential: true }
    );
    await checks.run(
      'Set-up creates the lists',
      async () => {
        const report = await provision(sp, siteUrl, { schema });
        return `${schema.lists.map((l) => l.url).join(', ')}: ${report.actions.length} changes, ${report.writes} writes`;
      },
      { essential: true }
    );
    await checks.run('Columns have the schema\'s internal names', async () => {
      const missing: string[] = [];
      for (const list of schema.lists) {
        const names = new Set((await fieldsOf(sp, siteUrl, list)).map((f) => f.InternalName));
        missing.push(...list.fields.filter((f) => !names.has(f.name)).map((f) => `${list.key}.${f.name}`));
      }
      expectThat(missing.length === 0, `missing or renamed: ${missing.join(', ')}`);
      return `${schema.lists.reduce((n, l) => n + l.fields.length, 0)} columns as named in the schema`;
    });
    await checks.run('Indexes within 20 per list', async () => {
      const counts: string[] = [];
      for (const list of schema.lists) {
        const indexed = (await fieldsOf(sp, siteUrl, list)).filter((f) => f.Indexed && f.InternalName !== 'ID').map((f) => f.InternalName);
        const wanted = list.fields.filter((f) => f.indexed).map((f) => f.name);
        expectThat(indexed.length <= 20 && wanted.every((n) => indexed.includes(n)), `${list.key}: indexed ${indexed.join(', ')}; expected ${wanted.join(', ')}`);
        counts.push(`${list.key} ${indexed.length}`);
      }
      return counts.join(', ');
    });
    await checks.run('A second set-up writes nothing', async () => {
      const report = await provision(sp, siteUrl, { schema });
      expectThat(report.writes === 0, `${report.writes} writes: ${report.actions.map((a) => `${a.kind} ${a.list} ${a.target}`).join('; ')}`);
      return '0 writes';
    });
    const plans = await repository().load().then((d) => d.plans);
    await checks.run('Validation formulas are in force', async () => {
      const invalid: Project = { ...emptyProject(), title: `${prefix} validation`, schedule: { ...emptyProject().schedule, text: '5/2031–1/2031', start: '2031-05', end: '2031-01' } };
      const outcome = await repository()
        .saveProject(invalid, { plans })
        .then(
          () => 'saved',
          (error: unknown) => toRepositoryError(error).kind
        );
      expectThat(outcome === 'invalidValue', `an end month before the start month was ${outcome === 'saved' ? 'accepted' : outcome}`);
      return 'an end month before the start month is refused with the list\'s message';
    });
    await checks.run('Items load page by page', async () => {
      const repo = repository(10);
      for (let i = 1; i <= 25; i++) {
        await repo.saveProject({ ...emptyProject(), title: `${prefix} sivu ${i}`, number: `9.${i}` }, { plans });
      }
      const pages: number[] = [];
      const data = await repo.load({ onProgress: (p) => pages.push(p.loaded) });
      expectThat(data.projects.length === 25 && pages.length === 3, `${data.projects.length} projects in ${pages.length} pages`);
      return `25 projects in pages of 10 (${pages.join(', ')})`;
    });
    await checks.run('A stale ETag is refused (412)', async () => {
      const repo = repository();
      const project = (await repo.load()).projects[0];
      expectThat(project !== undefined, 'the list has no project to save');
      const first = await repo.saveProject({ ...project, ragComment: 'ensimmäinen' }, { plans });
      expectThat(first.etag !== project.etag, 'the ETag did not change on save');
      const second = await repo.saveProject({ ...project, ragComment: 'toinen' }, { plans }).then(
        () => 'saved',
        (error: unknown) => toRepositoryError(error).kind
      );
      expectThat(second === 'conflict', `a save with the old ETag was ${second === 'saved' ? 'accepted: an edit would be lost' : second}`);
      return 'the second save with the old ETag got a conflict';
    });
    await checks.run('Importing a plan twice writes once', async () => {
      const imported = parsePlanText(PLAN_DOCUMENT, { format: 'markdown' });
      const first = await importPlan(repository(), imported, { fallbackTitle: prefix });
      const second = await importPlan(repository(), imported, { fallbackTitle: prefix });
      expectThat(first.created === 3 && second.created === 0 && second.writes === 0, `first ${first.created} created, second ${second.created} created / ${second.writes} writes`);
      return `3 projects created, then 0 writes`;
    });
    await checks.run('A status report publishes once and stays as published', async () => {
      const repo = repository();
      const project = (await repo.load()).projects[0];
      expectThat(project !== undefined && project.id !== null, 'the list has no project to report on');
      const today = new Date().toISOString().slice(0, 10);
      const report: StatusReport = {
        id: null,
        etag: null,
        projectId: project.id,
        title: `${prefix} tilanne`,
        date: today,
        state: 'published',
        rag: 'Keltainen',
        scheduleRag: 'Punainen',
        costRag: 'Vihreä',
        scopeRag: null,
        progress: 40,
        summary: 'Ensimmäinen rivi.\nToinen rivi.',
        achieved: null,
        nextSteps: null,
        risks: null,
        decisionsNeeded: null,
        author: null,
        snapshot: null
      };
      const saved = await repo.followUp.saveReport(report, project);
      expectThat(saved.project?.rag === 'Keltainen' && saved.project.progress === 40, `the project shows ${saved.project?.rag ?? 'nothing'} / ${saved.project?.progress ?? '-'} after publishing`);
      const id = saved.report.id ?? 0;
      const period = await repo.followUp.loadFollowUp({ since: today, fromYear: Number(today.slice(0, 4)) });
      const [history] = await repo.followUp.reportHistory(project.id);
      // read back exactly as written (the day, the line ends): else every report would look edited
      expectThat(period.reports.some((r) => r.id === id) && history?.date === today && history.editedAfterPublishing === undefined, `read back as ${JSON.stringify(history ?? null)}`);
      const again = await repo.followUp.saveReport({ ...saved.report, rag: 'Vihreä' }, project).then(
        () => 'saved',
        (error: unknown) => toRepositoryError(error).kind
      );
      expectThat(again === 'invalidValue', `changing the published report was ${again}`);
      const reports = schema.lists.find((l) => l.key === 'reports');
      expectThat(reports !== undefined, 'the schema has no status reports list');
      await sp.web.getList(listServerRelativeUrl(siteUrl, reports)).items.getById(id).update({ OverallRag: 'Vihreä' });
      const [edited] = await repo.followUp.reportHistory(project.id);
      expectThat(edited?.editedAfterPublishing === true, 'an edit in SharePoint\'s own form went unnoticed');
      return 'the project follows the report; the day reads back as written; the app refuses to change it; an edit in the list form is flagged';
    });
    await checks.run('Permissions answer as SharePoint\'s levels say', async () => {
      const data = await repository().load();
      const p = data.lists.projects.permissions;
      expectThat(data.canManageSite && p.canRead && p.canAdd && p.canEdit && p.canManage, `owner sees ${JSON.stringify(p)}`);
      return 'owner: read, add, edit, manage lists, owner actions';
    });
  } catch (error) {
    if (!(error instanceof CheckFailure)) {
      throw error;
    }
  } finally {
    await checks.run('Scratch lists removed', async () => {
      const removed: string[] = [];
      for (const list of [...schema.lists].reverse()) {
        const target = sp.web.getList(listServerRelativeUrl(siteUrl, list));
        const exists = await target.select('Id')().then(
          () => true,
          () => false
        );
        if (exists) {
          await target.delete();
          removed.push(list.url);
        }
      }
      return removed.length > 0 ? removed.join(', ') : 'nothing was created';
    });
  }
  return checks.results;
}

/** The results as a table for the terminal. */
export function resultTable(results: readonly CheckResult[]): string {
  const width = Math.max(...results.map((r) => r.check.length), 5);
  const lines = results.map((r) => `${r.passed ? 'pass' : 'FAIL'}  ${r.check.padEnd(width)}  ${String(r.ms).padStart(6)} ms  ${r.detail}`);
  const failed = results.filter((r) => !r.passed).length;
  return [...lines, '', failed === 0 ? `All ${results.length} checks passed.` : `${failed} of ${results.length} checks failed.`].join('\n');
}
