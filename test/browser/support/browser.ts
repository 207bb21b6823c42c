/**
 * Browser-test support: Debian's Chromium driven by playwright-core against the preview served
 * by an in-process stand-in (in-memory data, demo portfolio).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Role } from '../../../standin/context';
import type { LocalPortfolio, LocalPortfolioOptions } from '../../../scripts/lib/localPortfolio';
import { PREVIEW_DIST, startLocalPortfolio } from '../../../scripts/lib/localPortfolio';
import { launchOptions } from '../../../scripts/lib/chromium';

export const SCREENSHOTS = path.resolve(__dirname, '../../../test-results/screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

export async function startPreview(options: LocalPortfolioOptions = {}): Promise<LocalPortfolio> {
  if (!fs.existsSync(path.join(PREVIEW_DIST, 'index.html'))) {
    throw new Error('The preview is not built: run `npm test` (it builds it) or `npm run build:preview`');
  }
  return startLocalPortfolio({ data: 'demo', ...options });
}

/** A browser context whose requests carry a stand-in role (like a signed-in user). */
export async function contextFor(browser: Browser, portfolio: LocalPortfolio, role: Role, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  const url = new URL(portfolio.url);
  await context.addCookies([{ name: 'standin-role', value: role, domain: url.hostname, path: '/' }]);
  return context;
}

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

export function previewUrl(portfolio: LocalPortfolio, params: Record<string, string>): string {
  const url = new URL(portfolio.url);
  for (const [key, value] of Object.entries(params)) {
    url.searchParams.set(key, value);
  }
  return url.toString();
}

/** Waits until every web part on the page has left its loading state. */
export async function waitForViews(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForSelector('[data-salkku-root]', { timeout });
  // settled: loaded, every project arrived, checked with SharePoint, texts a view or a search needs read
  await page.waitForFunction(
    () => document.querySelectorAll('[data-salkku-state="loading"], [data-salkku-state="arriving"], [data-salkku-freshness="checking"], [data-salkku-search-texts]').length === 0,
    undefined,
    { timeout }
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  // animations finished: a panel caught mid-fade would look transparent in the picture
  await page.screenshot({ path: file, fullPage: false, animations: 'disabled' });
  return file;
}

/** What the smoke test checks on a rendered preview page; an empty list means it passed. */
export async function smokeProblems(page: Page, errors: readonly string[]): Promise<string[]> {
  const problems = [...errors];
  const crashed = await page.locator('[data-salkku-error="view-crashed"]').count();
  if (crashed > 0) {
    problems.push(`${crashed} view(s) crashed`);
  }
  const failed = await page.locator('[data-salkku-state^="error-"]').count();
  if (failed > 0) {
    problems.push(`${failed} view(s) show an error state`);
  }
  const roots = await page.locator('[data-salkku-root]').count();
  if (roots === 0) {
    problems.push('no web part rendered');
  }
  return problems;
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page; returns the violations. */
export async function axeViolations(page: Page, selector = '[data-salkku-root]'): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (context: string) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, selector);
}

/** Changes the stand-in's settings at run time (faults, latency, role). */
export async function configureStandIn(portfolio: LocalPortfolio, config: Record<string, unknown>): Promise<void> {
  const response = await fetch(new URL('/_standin/config', portfolio.url), { method: 'POST', body: JSON.stringify(config) });
  if (!response.ok) {
    throw new Error(`stand-in config failed: ${response.status}`);
  }
}

/** The number of projects the view says it shows. */
export async function resultCount(page: Page): Promise<number> {
  const value = await page.getAttribute('[data-salkku-result-count]', 'data-salkku-result-count');
  return Number(value);
}
