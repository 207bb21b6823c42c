/**
 * The set-up every browser suite shares: a preview on an in-process stand-in (the demo portfolio
 * unless told otherwise), Chromium, a site owner's browser context and the portfolio as loaded at
 * the start. Call it in a `describe`: it registers the suite's beforeAll and afterAll and returns
 * accessors, valid inside the suite's tests.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { LocalPortfolio, LocalPortfolioOptions } from '../../../scripts/lib/localPortfolio';
import type { Role } from '../../../standin/context';
import type { PortfolioData } from '../../../src/data/contract/repository.types';
import type { AxeViolation } from './browser';
import { axeViolations, collectErrors, contextFor, launchBrowser, previewUrl, screenshot, startPreview, waitForViews } from './browser';

export interface BrowserPortfolioOptions {
  /** The stand-in's options; `data: 'none'` starts a site without the lists (then there is no `data`). */
  preview?: LocalPortfolioOptions;
  /** The owner context's viewport. */
  viewport?: { width: number; height: number };
  /** Runs once the portfolio is loaded, before the browser starts (e.g. to add items to the stand-in). */
  prepare?: (portfolio: LocalPortfolio, data: PortfolioData) => void | Promise<void>;
}

export interface BrowserPortfolio {
  readonly portfolio: LocalPortfolio;
  readonly browser: Browser;
  /** A site owner's browser context. */
  readonly owner: BrowserContext;
  /** The portfolio as the suite started with it. */
  readonly data: PortfolioData;
  /** A browser context whose requests carry a stand-in role. */
  contextFor(role: Role, viewport?: { width: number; height: number }): Promise<BrowserContext>;
  /** The preview's address with these query parameters. */
  url(params: Record<string, string>): string;
  /** A new page (the owner's unless told) on a view of the preview, once its web parts have loaded. */
  open(view: string, params?: Record<string, string>, context?: BrowserContext): Promise<Page>;
  /** Opens a view for an owner at `width` × 900 px in a host mode; its axe violations and console errors, and a screenshot. */
  accessibility(view: string, host: string, width: number): Promise<{ violations: AxeViolation[]; errors: string[] }>;
}

export function useBrowserPortfolio(options: BrowserPortfolioOptions = {}): BrowserPortfolio {
  let portfolio: LocalPortfolio | undefined;
  let browser: Browser | undefined;
  let owner: BrowserContext | undefined;
  let data: PortfolioData | undefined;

  beforeAll(async () => {
    portfolio = await startPreview(options.preview);
    if (options.preview?.data !== 'none') {
      data = await portfolio.repository.load();
      await options.prepare?.(portfolio, data);
    }
    browser = await launchBrowser();
    owner = await contextFor(browser, portfolio, 'owner', options.viewport);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await portfolio?.close();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) {
      throw new Error(`${what} is there only inside the suite's tests${what === 'data' ? ', on a site with the lists' : ''}`);
    }
    return value;
  };

  const suite: BrowserPortfolio = {
    get portfolio(): LocalPortfolio {
      return ready(portfolio, 'portfolio');
    },
    get browser(): Browser {
      return ready(browser, 'browser');
    },
    get owner(): BrowserContext {
      return ready(owner, 'owner');
    },
    get data(): PortfolioData {
      return ready(data, 'data');
    },
    contextFor: (role, viewport) => contextFor(suite.browser, suite.portfolio, role, viewport),
    url: (params) => previewUrl(suite.portfolio, params),
    open: async (view, params = {}, context = suite.owner) => {
      const page = await context.newPage();
      await page.goto(previewUrl(suite.portfolio, { view, ...params }));
      await waitForViews(page);
      return page;
    },
    accessibility: async (view, host, width) => {
      const context = await suite.contextFor('owner', { width, height: 900 });
      const page = await context.newPage();
      const errors = collectErrors(page);
      try {
        await page.goto(previewUrl(suite.portfolio, { view, host }));
        await waitForViews(page);
        const violations = await axeViolations(page);
        await screenshot(page, `${view}-axe-${host}-${width}`);
        return { violations, errors };
      } finally {
        await context.close();
      }
    }
  };
  return suite;
}
