/**
 * `npm run verify:tenant` against the stand-in, as CI runs it: every check passes, the scratch
 * lists are gone afterwards and no other list is touched; a user who is not an owner is told so
 * and nothing is written.
 */
import { cliEnvironment } from '../../scripts/lib/cliRepository';
import { scratchSchema, verifyTenant } from '../../scripts/lib/verifyTenant';
import type { Harness } from '../support/standinHarness';
import { SITE_PATH, startHarness } from '../support/standinHarness';

const TOKEN = 'verify-token';

describe('verify:tenant against the stand-in', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ bearerToken: TOKEN, timeScale: 1 });
    // the city's real portfolio is there already and must not be touched
    await h.repository().setUp();
  });
  afterAll(() => h.close());

  const lists = (): string[] => (h.standIn.store.findWeb(SITE_PATH)?.lists ?? []).map((l) => l.UrlName).sort();

  it('passes every check on scratch lists and removes them', async () => {
    const before = lists();
    const projects = JSON.stringify(h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuProjects'));
    const results = await verifyTenant(h.siteUrl, { environment: cliEnvironment(h.siteUrl, { SALKKU_ACCESS_TOKEN: TOKEN }), prefix: 'SalkkuVerifyTest' });
    expect(results.filter((r) => !r.passed)).toEqual([]);
    expect(results.map((r) => r.check)).toEqual([
      'Signed in as a site owner',
      'Set-up creates the lists',
      'Columns have the schema\'s internal names',
      'Indexes within 20 per list',
      'A second set-up writes nothing',
      'Validation formulas are in force',
      'Items load page by page',
      'A stale ETag is refused (412)',
      'Importing a plan twice writes once',
      'A status report publishes once and stays as published',
      'Permissions answer as SharePoint\'s levels say',
      'Scratch lists removed'
    ]);
    expect(lists()).toEqual(before);
    expect(JSON.stringify(h.standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuProjects'))).toBe(projects);
  }, 60_000);

  it('stops at the first check for a member, writes nothing and says why', async () => {
    const { standIn } = h;
    standIn.role = 'member';
    try {
      const results = await verifyTenant(h.siteUrl, { environment: cliEnvironment(h.siteUrl, { SALKKU_ACCESS_TOKEN: TOKEN }), prefix: 'SalkkuVerifyMember' });
      expect(results.map((r) => [r.check, r.passed])).toEqual([
        ['Signed in as a site owner', false],
        ['Scratch lists removed', true]
      ]);
      expect(results[0]?.detail).toMatch(/not an owner/);
      expect(results[1]?.detail).toBe('nothing was created');
    } finally {
      standIn.role = 'owner';
    }
  });

  it('names scratch lists with the prefix only', () => {
    expect(scratchSchema('SalkkuVerifyX').lists.map((l) => l.url)).toEqual([
      'Lists/SalkkuVerifyXPlans',
      'Lists/SalkkuVerifyXGoals',
      'Lists/SalkkuVerifyXProjects',
      'Lists/SalkkuVerifyXStatusReports',
      'Lists/SalkkuVerifyXActualCosts',
      'Lists/SalkkuVerifyXMeetings',
      'Lists/SalkkuVerifyXSettings',
      'Lists/SalkkuVerifyXProposals',
      'Lists/SalkkuVerifyXProposalScores',
      'Lists/SalkkuVerifyXBenefits',
      'Lists/SalkkuVerifyXBenefitMeasurements'
    ]);
    expect(() => scratchSchema('../x')).toThrow(/prefix/);
  });
});
