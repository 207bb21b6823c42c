/**
 * Proposals (issue 20) in Chromium against the stand-in with the demo's round of proposals: a
 * member submits a proposal through the view's New proposal panel; the
 * steering group (a site owner) scores it in the view, lets the what-if suggest the best set
 * within the year's budget and IT capacity, and approves it into the plan: the project appears in
 * the Portfolio with the proposal's fields and the plan's next number, and in the investment plan's
 * Excel in the year it is scheduled. A visitor can read but
 * neither score nor decide; axe finds nothing in the view and the open panels.
 */
import { Workbook } from 'exceljs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { DEMO_STEERING_GROUP } from '../../scripts/lib/localPortfolio';
import { format } from '../../src/components/common/format';
import { DEFAULT_SCORING_MODEL } from '../../src/domain/proposals/model';
import { PROPOSAL_STATUS } from '../../src/domain/proposals/vocabulary';
import * as fi from '../../src/loc/fi-fi.js';
import { must } from '../support/must';
import { axeViolations, collectErrors, screenshot, SCREENSHOTS } from './support/browser';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';

const TITLE = 'Koulukuljetusten reittien sähköinen suunnittelu';

describe('proposals', () => {
  let proposalId = 0;
  const site = useBrowserPortfolio();

  async function openProposals(role: 'owner' | 'steering' | 'visitor'): Promise<Page> {
    const context = role === 'owner' ? site.owner : await site.contextFor(role);
    const page = await site.open('proposals', {}, context);
    await page.locator(`[data-salkku-view="proposals"] [data-salkku-proposal="${proposalId}"]`).waitFor();
    return page;
  }

  it('lets a member submit a proposal through the New proposal panel', async () => {
    const context = await site.contextFor('member');
    const page = await site.open('proposals', {}, context);
    const errors = collectErrors(page);
    try {
      await page.locator('[data-salkku-view="proposals"] [data-salkku-proposals="table"]').waitFor();
      await page.click('[data-salkku-proposal-new]');
      const panel = page.locator('[data-salkku-proposal-form] .ms-Panel-main');
      await panel.waitFor();
      await panel.getByRole('textbox', { name: fi.PrFieldTitle }).fill(TITLE);
      await panel.getByRole('combobox', { name: fi.PrFieldServiceArea }).click();
      await page.getByRole('option', { name: fi.ServiceAreaEducation }).click();
      await panel.getByRole('textbox', { name: fi.PrFieldUnit }).fill('Perusopetus');
      await panel.getByRole('textbox', { name: fi.PrFieldNeed }).fill('Kuljetusreitit suunnitellaan taulukoissa joka syksy uudelleen.');
      await panel.getByRole('textbox', { name: fi.PrFieldChanges }).fill('Reitit lasketaan oppilasrekisterin osoitteista, ja muutokset näkyvät kuljettajille heti.');
      await panel.getByRole('textbox', { name: fi.PrFieldSchedule }).fill('1/2027–8/2027');
      await panel.getByRole('textbox', { name: fi.PrFieldCosts }).fill('20 000–30 000 €');
      await panel.getByRole('textbox', { name: fi.PrFieldItDays }).fill('20');
      await panel.getByRole('textbox', { name: fi.PrFieldAreaDays }).fill('10');
      expect(await axeViolations(page, '.ms-Panel-main')).toEqual([]);
      await screenshot(page, 'proposals-form-fi-1280');
      await page.click('[data-salkku-proposal-submit]');
      await page.locator('[data-salkku-notice="proposal"]').waitFor();
      const row = page.locator('[data-salkku-proposals="table"] [data-salkku-proposal]', { hasText: TITLE });
      await row.waitFor();
      proposalId = Number(await row.getAttribute('data-salkku-proposal'));
      expect(proposalId).toBeGreaterThan(0);
      expect(await row.textContent()).toContain(fi.PrStatusSubmitted);
      expect(errors).toEqual([]);

      const stored = must((await site.portfolio.repository.proposals.loadProposals()).proposals.find((p) => p.id === proposalId), 'the submitted proposal');
      expect(stored).toMatchObject({
        title: TITLE,
        serviceArea: 'Sivistyspalvelut',
        unit: 'Perusopetus',
        status: PROPOSAL_STATUS.submitted,
        schedule: { text: '1/2027–8/2027', start: '2027-01', end: '2027-08' },
        costs: { text: '20 000–30 000 €', investmentMin: 20_000, investmentMax: 30_000 },
        itEffortDays: 20,
        serviceAreaEffortDays: 10
      });
      expect(stored.contact?.id).toBeGreaterThan(0);
    } finally {
      await page.close();
      await context.close();
    }
  });

  it('walks the member\'s proposal through scoring and the what-if to a project in the plan', async () => {
    const page = await openProposals('owner');
    const errors = collectErrors(page);
    try {
      const row = page.locator(`[data-salkku-proposals="table"] [data-salkku-proposal="${proposalId}"]`);
      expect(await row.locator('[data-salkku-score]').getAttribute('data-salkku-score')).toBe('');

      // scoring: 4 on every criterion of the default model
      await row.locator(`[data-salkku-score-open="${proposalId}"]`).click();
      for (const criterion of DEFAULT_SCORING_MODEL.criteria) {
        // Fluent's choice is its label (the radio sits under it)
        await page.locator(`[data-salkku-score-input="${criterion.key}"] label`, { hasText: /^4$/ }).click();
      }
      expect(await axeViolations(page, '.ms-Panel-main')).toEqual([]);
      await page.click('[data-salkku-score-save]');
      await page.waitForFunction((id) => document.querySelector(`[data-salkku-proposals="table"] [data-salkku-proposal="${id}"] [data-salkku-score]`)?.getAttribute('data-salkku-score') === '80', proposalId);
      await page.keyboard.press('Escape');

      // what-if: the best set within the demo's limits takes the mandatory one and stays within the budget
      await page.getByRole('button', { name: fi.PrSuggestExact }).click();
      const method = page.locator('[data-salkku-suggestion-method]');
      await method.waitFor();
      expect(await method.getAttribute('data-salkku-suggestion-method')).toBe('exact');
      const investment = Number(await page.getAttribute('[data-salkku-whatif-total="investment"]', 'data-salkku-value'));
      expect(investment).toBeGreaterThan(0);
      expect(investment).toBeLessThanOrEqual(400_000);
      expect(await page.locator(`[data-salkku-whatif-row="${proposalId}"] input[type="checkbox"]`).isChecked()).toBe(true);
      await screenshot(page, 'proposals-whatif-fi-1280');

      // decision: approved into the newest plan, section 4
      await row.locator(`[data-salkku-decide-open="${proposalId}"]`).click();
      await page.locator('.ms-Panel-main label', { hasText: fi.PrDecisionApprove }).click();
      await page.getByRole('textbox', { name: fi.PrDecisionText }).fill('Hyväksytään: lakisääteisen kuljetusvelvoitteen hoito nopeutuu, kustannus mahtuu budjettiin.');
      await page.getByRole('textbox', { name: fi.PrDecisionSection }).fill('4');
      expect(await axeViolations(page, '.ms-Panel-main')).toEqual([]);
      await page.click('[data-salkku-decision-save]');
      const outcome = page.locator('[data-salkku-decision-outcome="decided"]');
      await outcome.waitFor();
      const projectId = Number(await outcome.locator('[data-salkku-proposal-project]').getAttribute('data-salkku-proposal-project'));
      expect(projectId).toBeGreaterThan(0);
      await screenshot(page, 'proposals-decided-fi-1280');
      expect(errors).toEqual([]);

      // the project is in the portfolio with the proposal's fields, numbered in section 4
      const project = await site.portfolio.repository.getProject(projectId);
      expect(project).toMatchObject({ title: TITLE, serviceArea: 'Sivistyspalvelut', unit: 'Perusopetus', schedule: { start: '2027-01', end: '2027-08' }, costs: { investmentMax: 30_000 } });
      expect(project.number).toMatch(/^4\.\d+$/);
      const portfolio = await site.open('portfolio', { 'sk-q': TITLE });
      try {
        await portfolio.locator(`[data-salkku-grid="portfolio"] [data-salkku-project="${projectId}"]`).waitFor();
      } finally {
        await portfolio.close();
      }
      // approving again creates nothing: the proposal answers with its project
      const again = await site.portfolio.repository.proposals.decide(await site.portfolio.repository.proposals.loadProposals().then((d) => must(d.proposals.find((p) => p.id === proposalId), 'proposal')), { status: 'approved', text: 'Uudelleen', date: '2026-12-10', body: null, modelVersion: 1, planId: project.planIds[0] ?? null }, { section: '4', portfolio: site.data });
      expect(again).toMatchObject({ kind: 'alreadyCreated', projectId });

      // the investment plan for the budget work has the new project's investment in its year
      await page.keyboard.press('Escape');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-salkku-investment-plan]')]);
      const file = path.join(SCREENSHOTS, '..', 'investment-plan.xlsx');
      await download.saveAs(file);
      const workbook = await new Workbook().xlsx.readFile(file);
      const sheet = must(workbook.worksheets[0], 'the investment sheet');
      const header = (sheet.getRow(2).values as unknown[]).map(String);
      const rowOf = (title: string): unknown[] | undefined => sheet.getSheetValues().find((r) => Array.isArray(r) && r.includes(title)) as unknown[] | undefined;
      const created = must(rowOf(TITLE), 'the new project in the investment plan');
      expect(created[header.indexOf('Investointi 2027')]).toBe(30_000);
      expect(created[header.indexOf('Investointi yhteensä')]).toBe(30_000);
      expect(created).toContain(project.number);
    } finally {
      await page.close();
    }
  });

  it('lets a visitor read the proposals and scores but neither score nor decide', async () => {
    const page = await openProposals('visitor');
    try {
      expect(await page.locator('[data-salkku-proposals="table"] [data-salkku-proposal]').count()).toBeGreaterThan(5);
      expect(await page.locator('[data-salkku-decide-open]').count()).toBe(0);
      expect(await page.locator('[data-salkku-score-save]').count()).toBe(0);
      expect(await page.getByRole('button', { name: fi.PrSaveLimits }).count()).toBe(0);
      // the demo's owners named the steering group: the text says who scores and decides
      expect(await page.locator('[data-salkku-state="proposals-read-only"]').textContent()).toBe(format(fi.PrReadOnlyGroup, DEMO_STEERING_GROUP));
      expect(await page.locator('[data-salkku-steering-group]').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('lets a member of the steering group (not an owner) score and decide, without the owners\' setting', async () => {
    const page = await openProposals('steering');
    try {
      expect(await page.locator('[data-salkku-decide-open]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-salkku-score-open]').count()).toBeGreaterThan(0);
      expect(await page.getByRole('button', { name: fi.PrSaveLimits }).count()).toBe(1);
      expect(await page.locator('[data-salkku-state="proposals-read-only"]').count()).toBe(0);
      expect(await page.locator('[data-salkku-steering-group]').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it.each([
    ['sharepoint', 1280],
    ['teams-dark', 1280],
    ['narrow', 320]
  ])('has no axe violations in %s at %i px', async (host, width) => {
    const { violations, errors } = await site.accessibility('proposals', host, width);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
