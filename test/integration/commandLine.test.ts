/**
 * The command line against a site (issue 13): sign-in with the token the CLI for Microsoft 365
 * prints (quotes and all), one plain sentence for 401/403, and demo data that never leaves a
 * site half-written.
 */
import { DEMO_PEOPLE, DEMO_PROJECTS } from '../../demo/demoContent';
import { demoEmail, seedDemo } from '../../demo/seedDemo';
import { cleanToken, cliFailureMessage, cliRepository } from '../../scripts/lib/cliRepository';
import { must } from '../support/must';
import type { Harness } from '../support/standinHarness';
import { SITE_PATH, startHarness } from '../support/standinHarness';

function storedCount(h: Harness, urlName: string): number {
  return h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === urlName)?.items.length ?? -1;
}

describe('command-line sign-in', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ bearerToken: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.demo' });
    await h.repository().setUp();
  });
  afterAll(() => h.close());

  it('takes the token as `m365 util accesstoken get` prints it, with or without --output text', () => {
    expect(cleanToken('"eyJ0eXAi.abc"\n')).toBe('eyJ0eXAi.abc');
    expect(cleanToken('eyJ0eXAi.abc')).toBe('eyJ0eXAi.abc');
    expect(cleanToken('Bearer eyJ0eXAi.abc')).toBe('eyJ0eXAi.abc');
    expect(cleanToken('  ')).toBeUndefined();
  });

  it('loads with a quoted token (JSON output) and sends no request digest', async () => {
    h.standIn.log.length = 0;
    const data = await cliRepository(h.siteUrl, { SALKKU_ACCESS_TOKEN: '"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.demo"' }).load();
    expect(data.lists.projects.itemCount).toBe(0);
    expect(h.standIn.log.some((r) => r.url.endsWith('/_api/contextinfo'))).toBe(false);
  });

  it('turns a refused token into one sentence saying which command gives a new one', async () => {
    const error = await cliRepository(h.siteUrl, { SALKKU_ACCESS_TOKEN: 'vanhentunut' }).load().catch((e: unknown) => e);
    const message = cliFailureMessage(error, h.siteUrl);
    expect(message).toMatch(/^SharePoint did not accept the access token \(401/);
    expect(message).toContain(`m365 util accesstoken get --resource ${new URL(h.siteUrl).origin} --new --output text`);
    expect(message.split(/[.!?]\s/).length).toBe(1);
  });

  it('turns a 403 into one sentence about owners and the Entra app permission', async () => {
    // the token's user is a visitor, and the lists need an upgrade
    h.standIn.role = 'visitor';
    const list = h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuProjects');
    list?.fields.splice(list.fields.findIndex((f) => f.InternalName === 'Systems'), 1);
    try {
      const upgrade = await cliRepository(h.siteUrl, { SALKKU_ACCESS_TOKEN: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.demo' }).setUp().catch((e: unknown) => e);
      const message = cliFailureMessage(upgrade, h.siteUrl);
      expect(message).toMatch(/^SharePoint refused the request \(403\): sign in .* as an owner of .*AllSites\.FullControl/);
    } finally {
      h.standIn.role = 'owner';
    }
  });

  it('refuses to guess a token for a real site', () => {
    expect(() => cliRepository('https://city.sharepoint.com/sites/salkku', {})).toThrow(/m365 util accesstoken get --resource https:\/\/city\.sharepoint\.com --new --output text/);
  });
});

describe('demo data on a site', () => {
  it('a real site does not know the demo\'s people: the run fails before it writes anything', async () => {
    const h = await startHarness();
    try {
      await h.repository().setUp();
      const logged = h.standIn.log.length;
      await expect(seedDemo(h.repository(), { people: 'directory' })).rejects.toMatchObject({ serverMessage: expect.stringMatching(/could not be found/) });
      expect(['SalkkuPlans', 'SalkkuGoals', 'SalkkuProjects'].map((l) => storedCount(h, l))).toEqual([0, 0, 0]);
      // not one item was written (and none had to be removed)
      expect(h.standIn.log.slice(logged).filter((r) => /\/items/.test(r.url) && r.method !== 'GET')).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it('with people left empty the demo is written in full', async () => {
    const h = await startHarness();
    try {
      await h.repository().setUp();
      const report = await seedDemo(h.repository(), { people: 'none' });
      expect(report.projects).toBe(DEMO_PROJECTS.length);
      const data = await h.repository().load();
      expect(data.projects.filter((p) => p.projectManager !== null)).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it('a write that fails half-way removes what the run wrote: the site is as it was', async () => {
    const h = await startHarness();
    try {
      await h.repository().setUp();
      for (const name of DEMO_PEOPLE) {
        h.standIn.store.ensureUser(name, demoEmail(name));
      }
      // SharePoint refuses the 60th project (here: the list's validation), after 59 were written
      const projects = h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuProjects');
      if (!projects) {
        throw new Error('no list');
      }
      projects.ValidationFormula = `=[Title]<>"${must(DEMO_PROJECTS[59], 'a 60th demo project').title.replace(/"/g, '""')}"`;
      await expect(seedDemo(h.repository(), { people: 'directory' })).rejects.toMatchObject({ kind: 'invalidValue' });
      expect(['SalkkuPlans', 'SalkkuGoals', 'SalkkuProjects'].map((l) => storedCount(h, l))).toEqual([0, 0, 0]);
    } finally {
      await h.close();
    }
  });
});
