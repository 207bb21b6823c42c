/**
 * Smoke test: each view of the preview renders in each host mode and each language without
 * console errors, crashes or error states; screenshots go to test-results/screenshots/.
 */
import { collectErrors, screenshot, smokeProblems, waitForViews } from './support/browser';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';

const VIEWS = ['portfolio', 'timeline', 'impact', 'followUp', 'page'];
const HOSTS = ['sharepoint', 'teams-light', 'teams-dark', 'teams-contrast', 'narrow'];
const LANGUAGES = ['fi', 'sv', 'en'];

describe('preview smoke test', () => {
  const site = useBrowserPortfolio();

  const cases = VIEWS.flatMap((view) => HOSTS.flatMap((host) => LANGUAGES.map((lang) => [view, host, lang] as const)));

  it.each(cases)('%s renders in %s (%s)', async (view, host, lang) => {
    const page = await site.owner.newPage();
    const errors = collectErrors(page);
    try {
      await page.goto(site.url({ view, host, lang }));
      await waitForViews(page);
      await screenshot(page, `${view}-${host}-${lang}`);
      expect(await smokeProblems(page, errors)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('fails when a view throws (the check itself is not blind)', async () => {
    const page = await site.owner.newPage();
    const errors = collectErrors(page);
    try {
      await page.goto(site.url({ view: 'portfolio', simulateCrash: 'portfolio' }));
      await page.waitForSelector('[data-salkku-error="view-crashed"]', { timeout: 20_000 });
      const problems = await smokeProblems(page, errors);
      expect(problems).toEqual(expect.arrayContaining(['1 view(s) crashed']));
    } finally {
      await page.close();
    }
  });
});
