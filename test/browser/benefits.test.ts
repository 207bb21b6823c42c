/**
 * Benefits (issue 21) in Chromium against the stand-in: a site owner adds a benefit owned by the
 * member (not the demo's benefits: those are written elsewhere); the member, its owner, finds it
 * first under "measurement due", records a measurement typed with a decimal comma, and sees it in
 * the portfolio part (no longer due; the project's latest measurement) and in the project's
 * benefits (the journey, the chart's table). A visitor reads without buttons; axe finds nothing in
 * the view and the panel.
 */
import type { Page } from 'playwright-core';
import { ROLE_USERS } from '../../standin/context';
import { format } from '../../src/components/common/format';
import { emptyBenefit } from '../../src/domain/benefits/model';
import { BENEFIT_STATUS, BENEFIT_TYPE } from '../../src/domain/benefits/vocabulary';
import { keyOf, STATUS } from '../../src/domain/vocabulary';
import * as fi from '../../src/loc/fi-fi.js';
import { must } from '../support/must';
import { axeViolations, collectErrors, screenshot } from './support/browser';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';

const TITLE = 'Rakennuslupien käsittelyaika lyhenee';

describe('benefits', () => {
  let benefitId = 0;
  let projectId = 0;
  const site = useBrowserPortfolio({
    prepare: async (portfolio, data) => {
      const project = must(
        data.projects.find((p) => keyOf(STATUS, p.status) === 'inProgress'),
        'a project in progress'
      );
      projectId = must(project.id, 'its id');
      const owner = await portfolio.repository.ensurePerson(ROLE_USERS.member.email);
      const saved = await portfolio.repository.benefits.saveBenefit({
        ...emptyBenefit(TITLE, projectId),
        type: BENEFIT_TYPE.timeSaved,
        indicator: 'Käsittelyaika',
        unit: 'pv',
        baseline: 30,
        baselineDate: '2025-01-15',
        target: 10,
        targetDate: '2099-12-31',
        intervalMonths: 3,
        owner,
        status: BENEFIT_STATUS.realising
      });
      benefitId = must(saved.id, 'the benefit saved');
    }
  });

  async function openBenefits(role: 'member' | 'visitor'): Promise<Page> {
    const context = await site.contextFor(role);
    const page = await site.open('benefits', {}, context);
    await page.locator('[data-salkku-view="benefits"] [data-salkku-benefits-portfolio]').waitFor();
    return page;
  }

  it('lets the benefit owner record a measurement and shows it in both parts of the view', async () => {
    const page = await openBenefits('member');
    const errors = collectErrors(page);
    try {
      const due = page.locator(`[data-salkku-due-row="${benefitId}"]`);
      await due.waitFor();
      expect(await due.getAttribute('data-salkku-mine')).toBe('true');
      // the owner's own benefit is listed first
      expect(await page.locator('[data-salkku-due-row]').first().getAttribute('data-salkku-due-row')).toBe(String(benefitId));
      await screenshot(page, 'benefits-member-fi-1280');

      await due.getByRole('button', { name: format(fi.BnRecordFor, TITLE) }).click();
      const panel = page.locator('.ms-Panel-main');
      await panel.waitFor();
      await panel.getByRole('textbox', { name: format(fi.BnValueLabel, 'pv') }).fill('12,5');
      await panel.getByRole('textbox', { name: fi.BnNoteLabel }).fill('Kevään otos');
      expect(await axeViolations(page, '.ms-Panel-main')).toEqual([]);
      await screenshot(page, 'benefits-panel-fi-1280');
      await panel.getByRole('button', { name: fi.BnSave }).click();
      await page.locator('[data-salkku-notice="measurement"]').waitFor();

      // the portfolio part: no longer due (measured today), the project's latest measurement
      await page.locator(`[data-salkku-due-row="${benefitId}"]`).waitFor({ state: 'detached' });
      expect(await page.locator(`[data-salkku-followed-latest="${projectId}"]`).textContent()).toContain(`${TITLE}: 12,5 pv`);

      // the project's part: the journey and the chart's table
      await page.locator(`[data-salkku-followed="${projectId}"] [data-salkku-show-project]`).click();
      const card = page.locator(`[data-salkku-benefit="${benefitId}"]`);
      await card.waitFor();
      expect(await card.locator(`[data-salkku-journey="${benefitId}"]`).textContent()).toBe(format(fi.BnJourney, '30 pv', '12,5 pv', '10 pv'));
      expect(await card.locator(`[data-salkku-benefit-chart="${benefitId}"] circle`).count()).toBe(1);
      await screenshot(page, 'benefits-project-fi-1280');
      await card.getByRole('switch', { name: fi.PrChartAsTable }).click();
      const rows = card.locator(`[data-salkku-chart-table="benefit-${benefitId}"] tbody tr`);
      expect(await rows.count()).toBe(3);
      expect(await rows.nth(1).textContent()).toContain('12,5 pv');
      expect(await rows.nth(1).textContent()).toContain('Kevään otos');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);

      const stored = (await site.portfolio.repository.benefits.loadBenefits()).measurements.filter((m) => m.benefitId === benefitId);
      expect(stored.map((m) => ({ value: m.value, note: m.note, by: m.measuredBy?.title }))).toEqual([{ value: 12.5, note: 'Kevään otos', by: ROLE_USERS.member.title }]);
    } finally {
      await page.context().close();
    }
  });

  it('lets a visitor read the benefits without any button to record, change or confirm', async () => {
    const page = await openBenefits('visitor');
    try {
      expect(await page.locator('[data-salkku-state="benefits-read-only"]').textContent()).toBe(fi.BnReadOnly);
      await page.locator(`[data-salkku-followed="${projectId}"] [data-salkku-show-project]`).click();
      await page.locator(`[data-salkku-benefit="${benefitId}"]`).waitFor();
      expect(await page.locator('[data-salkku-record], [data-salkku-change-status], [data-salkku-confirm], [data-salkku-edit], [data-salkku-new]').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });

  it.each([
    ['sharepoint', 1280],
    ['teams-dark', 1280],
    ['narrow', 320]
  ])('has no axe violations in %s at %i px', async (host, width) => {
    const { violations, errors } = await site.accessibility('benefits', host, width);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
