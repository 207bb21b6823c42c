/**
 * Editing in SharePoint itself (issue 10): set-up writes column formatting, validation,
 * conditional visibility, titles and help texts in three languages, the form layout and views;
 * a second run writes nothing; an upgrade from schema version 1 adds them without touching items.
 */
import { emptyProject } from '../../src/domain/model';
import type { Project } from '../../src/domain/model';
import { RepositoryError } from '../../src/data/contract/errors';
import { listSchema, SCHEMA, schemaAtVersion } from '../../src/data/sharepoint/schema/schema';
import { provision } from '../../src/data/sharepoint/setup/provision';
import type { StoredList } from '../../standin/store';
import { must } from '../support/must';
import type { Harness } from '../support/standinHarness';
import { SITE_PATH, startHarness } from '../support/standinHarness';

const PROJECTS = listSchema('projects');

function storedList(h: Harness, urlName: string): StoredList {
  const list = h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === urlName);
  if (!list) {
    throw new Error(`no list ${urlName}`);
  }
  return list;
}

async function getJson(h: Harness, path: string, language?: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${h.siteUrl}/_api/${path}`, {
    headers: { Accept: 'application/json;odata=nometadata', 'X-StandIn-Role': 'owner', ...(language ? { 'Accept-Language': language } : {}) }
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

function project(overrides: Partial<Project>): Project {
  return { ...emptyProject(), title: 'Testihanke', ...overrides };
}

describe('list settings set-up (formatting, forms, help texts, views, validation)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.repository().setUp();
  });
  afterAll(async () => {
    await h.close();
  });

  it('writes the column formatting, conditional visibility and the form layout from the schema', () => {
    const list = storedList(h, 'SalkkuProjects');
    for (const field of PROJECTS.fields.filter((f) => f.formatter)) {
      const stored = list.fields.find((f) => f.InternalName === field.name);
      expect(JSON.parse(stored?.CustomFormatter ?? 'null')).toEqual(JSON.parse(JSON.stringify(field.formatter?.value)));
    }
    expect(list.fields.filter((f) => f.CustomFormatter).length).toBe(PROJECTS.fields.filter((f) => f.formatter).length);
    expect(list.fields.find((f) => f.InternalName === 'RagComment')?.ClientValidationFormula).toBe("=if([$Rag] == '', 'false', 'true')");
    const form = JSON.parse(list.contentTypes[0]?.ClientFormCustomFormatter ?? '{}') as {
      bodyJSONFormatter: { sections: { displayname: string; fields: string[] }[] };
      headerJSONFormatter: { elmType: string };
      footerJSONFormatter: { txtContent: string };
    };
    expect(form.bodyJSONFormatter.sections.map((s) => s.displayname)).toEqual([
      'Perustiedot',
      'Kuvaus ja mikä muuttuu',
      'Strategia',
      'Aikataulu',
      'Todennäköisyys ja vastuu',
      'Kustannukset ja resurssit',
      'Tiedonhallinnan muutosvaikutukset',
      'Seuranta'
    ]);
    // SharePoint matches section fields by display name in the viewer's language: every field of
    // a section is there under its title in Finnish, Swedish and English, and nothing else is
    const named = form.bodyJSONFormatter.sections.flatMap((s) => s.fields);
    for (const culture of ['fi-fi', 'sv-se', 'en-us']) {
      const titles = new Map(list.fields.map((f) => [f.TitleResources[culture] ?? f.Title, f.InternalName]));
      const shown = named.filter((n) => titles.has(n)).map((n) => titles.get(n));
      expect(new Set(shown)).toEqual(new Set(PROJECTS.form?.value.sections.flatMap((s) => s.fields)));
    }
    const allTitles = new Set(list.fields.flatMap((f) => [f.Title, ...Object.values(f.TitleResources)]));
    expect(named.filter((n) => !allTitles.has(n))).toEqual([]);
    expect(form.bodyJSONFormatter.sections[6]?.fields.slice(0, 6)).toEqual([
      'a) Tiedonhallinnan järjestäminen',
      'a) Organisering av informationshanteringen',
      'a) Organisation of information management',
      'a) Tiedonhallinnan järjestäminen – perustelu',
      'a) Organisering av informationshanteringen – motivering',
      'a) Organisation of information management – justification'
    ]);
    expect(form.headerJSONFormatter.elmType).toBe('div');
    expect(form.footerJSONFormatter.txtContent).toMatch(/Salkun näkymissä/);
  });

  it('answers column and list titles and help texts in the caller\'s language', async () => {
    const list = 'web/lists/getbytitle(\'Hankkeet\')';
    const field = `${list}/fields/getbyinternalnameortitle('CostText')`;
    const fi = await getJson(h, field);
    const sv = await getJson(h, field, 'sv-SE');
    const en = await getJson(h, field, 'en-US,en;q=0.9');
    expect([fi.Title, sv.Title, en.Title]).toEqual(['Arvioidut kustannukset', 'Uppskattade kostnader', 'Estimated costs']);
    expect(en.Description).toMatch(/give a range if unsure/);
    expect(sv.Description).toMatch(/intervall/);
    expect((await getJson(h, list, 'sv-SE')).Title).toBe('Projekt');
    expect((await getJson(h, list, 'en-US')).Description).toBe(PROJECTS.description.en);
  });

  it('creates the six views under stable URL names, the current plan view as the default', () => {
    const list = storedList(h, 'SalkkuProjects');
    const byUrl = new Map(list.views.map((v) => [v.ServerRelativeUrl.split('/').pop(), v]));
    expect([...byUrl.keys()].sort()).toEqual(['AllItems.aspx', 'ByServiceArea.aspx', 'CarriedOver.aspx', 'CurrentPlan.aspx', 'MissingAssessment.aspx', 'MyProjects.aspx']);
    const current = byUrl.get('CurrentPlan.aspx');
    expect(current?.Title).toBe('Nykyinen suunnitelma');
    expect(current?.DefaultView).toBe(true);
    expect(current?.ViewFields.slice(0, 2)).toEqual(['ProjectNumber', 'LinkTitle']);
    expect(current?.ViewQuery).toContain('<GroupBy Collapse="TRUE" GroupLimit="100"><FieldRef Name="Category" /><FieldRef Name="ServiceArea" /></GroupBy>');
    expect(byUrl.get('MyProjects.aspx')?.ViewQuery).toContain('<UserID Type="Integer" />');
    expect(byUrl.get('AllItems.aspx')?.ViewFields.length).toBeGreaterThan(10);
  });

  it('enforces the validation with the site language\'s messages', async () => {
    const repo = h.repository();
    const fails = async (p: Project): Promise<string> => {
      try {
        await repo.saveProject(p, { plans: [] });
      } catch (error) {
        expect(error).toBeInstanceOf(RepositoryError);
        return (error as RepositoryError).message;
      }
      throw new Error('saved although invalid');
    };
    expect(await fails(project({ schedule: { ...emptyProject().schedule, text: '5/2025–1/2025', start: '2025-05', end: '2025-01' } }))).toMatch(
      /loppukuukausi ei voi olla ennen alkukuukautta/
    );
    expect(await fails(project({ costs: { ...emptyProject().costs, investmentMin: 5000, investmentMax: 100 } }))).toMatch(/alaraja/);
    expect(await fails(project({ number: '2..4' }))).toMatch(/pisteillä erotettuina/);
    expect(await fails(project({ number: '2.4a' }))).toMatch(/pisteillä erotettuina/);
    expect(await fails(project({ number: '.3' }))).toMatch(/pisteillä erotettuina/);
    const saved = await repo.saveProject(project({ number: '3.2.1', schedule: { ...emptyProject().schedule, text: '3/2025–3/2025', start: '2025-03', end: '2025-03' } }), { plans: [] });
    expect(saved.id).not.toBeNull();
    // SharePoint keeps formulas with internal names and shows them in the reader's language with
    // the site's list separator (Finnish regional settings: `;`)
    const list = "web/lists/getbytitle('Hankkeet')";
    expect(storedList(h, 'SalkkuProjects').ValidationFormula).toContain('[ScheduleEnd]>=[ScheduleStart]');
    expect((await getJson(h, list)).ValidationFormula).toContain('OR(ISBLANK([Alkukuukausi]);ISBLANK([Loppukuukausi]);[Loppukuukausi]>=[Alkukuukausi])');
    expect((await getJson(h, list, 'en-US')).ValidationFormula).toContain('[End month]>=[Start month]');
    expect((await getJson(h, `${list}/fields/getbyinternalnameortitle('ProjectNumber')`)).ValidationFormula).toContain('ISBLANK([Numero])');
  });

  it('keeps the current plan view on the newest plan: one write when a plan arrives, then none', async () => {
    const repo = h.repository();
    await repo.savePlan({ id: null, etag: null, title: 'Vanha', organisation: 'Järvenranta', periodStart: '2023-01', periodEnd: '2024-12', approvedOn: null, status: 'Päättynyt' });
    const newest = await repo.savePlan({ id: null, etag: null, title: 'Uusi', organisation: 'Järvenranta', periodStart: '2025-01', periodEnd: '2026-12', approvedOn: null, status: 'Hyväksytty' });
    const refresh = await repo.setUp();
    expect(refresh.actions).toEqual([{ kind: 'updateView', list: 'projects', target: 'CurrentPlan', detail: 'current plan' }]);
    expect(refresh.writes).toBe(1);
    const view = storedList(h, 'SalkkuProjects').views.find((v) => v.ServerRelativeUrl.endsWith('/CurrentPlan.aspx'));
    expect(view?.ViewQuery).toContain(`<Value Type="Lookup">${newest.id ?? -1}</Value>`);
    expect((await repo.setUp()).writes).toBe(0);
  });

  it('leaves settings a city changed afterwards alone', async () => {
    const list = storedList(h, 'SalkkuProjects');
    const rag = list.fields.find((f) => f.InternalName === 'Rag');
    const byArea = list.views.find((v) => v.ServerRelativeUrl.endsWith('/ByServiceArea.aspx'));
    if (!rag || !byArea) {
      throw new Error('missing');
    }
    rag.CustomFormatter = '{"elmType":"div","txtContent":"@currentField"}';
    byArea.ViewFields = ['LinkTitle'];
    const report = await h.repository().setUp();
    expect(report.writes).toBe(0);
    expect(rag.CustomFormatter).toBe('{"elmType":"div","txtContent":"@currentField"}');
    expect(byArea.ViewFields).toEqual(['LinkTitle']);
  });
});

describe('upgrade from an earlier version whose set-up stopped at SharePoint\'s index limit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('schema versions 1–2 asked for 21 indexes: SharePoint refuses the 21st, so their set-up stopped half-way', async () => {
    const indexed = schemaAtVersion(2).lists.find((l) => l.key === 'projects')?.fields.filter((f) => f.indexed).length;
    expect(indexed).toBe(21);
    await expect(provision(h.sp(), h.siteUrl, { schema: schemaAtVersion(1) })).rejects.toMatchObject({ kind: 'invalidValue', serverMessage: expect.stringMatching(/indexed columns \(20\)/) });
  });

  it('version 3 finishes that site, gives the needless indexes back and writes only sort keys to items, then nothing', async () => {
    const sp = h.sp();
    const before = storedList(h, 'SalkkuProjects');
    expect(before.fields.filter((f) => f.Indexed && f.InternalName !== 'ID').length).toBe(20);
    expect(before.fields.some((f) => f.InternalName === 'ProjectManager')).toBe(false);
    // items a city added in the meantime, with the columns the list has
    h.standIn.insertItems(SITE_PATH, 'SalkkuProjects', [
      { Title: 'Ensimmäinen', ProjectNumber: '2.10', InvestmentMin: 900, InvestmentMax: 100 },
      { Title: 'Toinen', ProjectNumber: '2.2' }
    ]);
    const values = (): string => JSON.stringify(storedList(h, 'SalkkuProjects').items.map((i) => ({ ...i.values, SortKey: undefined })));
    const items = values();

    const upgrade = await provision(sp, h.siteUrl);
    // plans and goals were finished at version 1; projects never got a version
    expect(upgrade.previousVersion).toBe(1);
    expect(upgrade.schemaVersion).toBe(SCHEMA.version);
    const dropped = upgrade.actions.filter((a) => a.detail === 'remove index').map((a) => a.target);
    expect(dropped.length).toBeGreaterThan(10);
    expect(upgrade.actions.findIndex((a) => a.detail === 'remove index')).toBeLessThan(upgrade.actions.findIndex((a) => a.detail === 'index' || a.kind === 'createField'));
    expect(values()).toBe(items);
    const after = storedList(h, 'SalkkuProjects');
    expect(after.fields.filter((f) => f.Indexed && f.InternalName !== 'ID').map((f) => f.InternalName).sort()).toEqual(
      PROJECTS.fields.filter((f) => f.indexed).map((f) => f.name).sort()
    );
    // SharePoint validates the whole item on any update: the one that fails the new list
    // validation keeps no sort key until someone corrects it, and the report says so
    expect(after.items.map((i) => i.values.SortKey ?? null)).toEqual([null, '0002.0002']);
    expect(upgrade.skippedItems).toBe(1);
    expect(after.fields.filter((f) => f.CustomFormatter).length).toBeGreaterThan(8);
    expect(after.ValidationFormula).toContain('[InvestmentMin]<=[InvestmentMax]');
    expect(after.contentTypes[0]?.ClientFormCustomFormatter).toContain('"displayname":"Seuranta"');

    const again = await provision(sp, h.siteUrl);
    expect(again.writes).toBe(0);
    expect(again.skippedItems).toBe(1);
    must(after.items[0], 'the first item').values.InvestmentMax = 1000;
    expect((await provision(sp, h.siteUrl)).actions).toEqual([{ kind: 'updateItem', list: 'projects', target: '#1', detail: 'SortKey 0002.0010' }]);
    expect((await provision(sp, h.siteUrl)).actions).toEqual([]);
  });
});

describe('interrupted set-up', () => {
  it('finishes on the next run what an outage interrupted, then writes nothing', async () => {
    const g = await startHarness();
    try {
      let steps = 0;
      const interrupted = provision(g.sp(), g.siteUrl, {
        onProgress: () => {
          steps++;
          if (steps === 40) {
            g.standIn.faults = { ...g.standIn.faults, permanent: true };
          }
        }
      });
      await expect(interrupted).rejects.toBeInstanceOf(RepositoryError);
      g.standIn.faults = { ...g.standIn.faults, permanent: false };
      const resumed = await provision(g.sp(), g.siteUrl);
      expect(resumed.writes).toBeGreaterThan(0);
      const list = storedList(g, 'SalkkuProjects');
      expect(list.fields.filter((f) => f.CustomFormatter).length).toBe(PROJECTS.fields.filter((f) => f.formatter).length);
      expect(list.views.map((v) => v.ServerRelativeUrl.split('/').pop()).sort()).toEqual(['AllItems.aspx', 'ByServiceArea.aspx', 'CarriedOver.aspx', 'CurrentPlan.aspx', 'MissingAssessment.aspx', 'MyProjects.aspx']);
      expect(list.views.find((v) => v.ServerRelativeUrl.endsWith('/CurrentPlan.aspx'))?.Title).toBe('Nykyinen suunnitelma');
      expect(list.contentTypes[0]?.ClientFormCustomFormatter).toContain('"displayname":"Perustiedot"');
      expect(list.ValidationFormula).toContain('[ScheduleEnd]');
      expect((await provision(g.sp(), g.siteUrl)).writes).toBe(0);
    } finally {
      await g.close();
    }
  });
});
