/**
 * Renews the README's screenshots (docs/screenshots/): the preview on demo data at 1,280 px,
 * each view once every web part has settled. `npm run screenshots` (builds the preview first).
 */
import * as path from 'path';
import { chromium } from 'playwright-core';
import { launchOptions } from './lib/chromium';
import { startLocalPortfolio } from './lib/localPortfolio';
import { buildPreview } from './lib/previewBuild';

const OUT = path.resolve(__dirname, '../docs/screenshots');
const VIEWS = ['portfolio', 'timeline', 'impact'] as const;

async function main(): Promise<void> {
  await buildPreview({ force: false, log: (m) => console.log(m) });
  const portfolio = await startLocalPortfolio({ data: 'demo' });
  const browser = await chromium.launch(launchOptions());
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const url = new URL(portfolio.url);
    await context.addCookies([{ name: 'standin-role', value: 'owner', domain: url.hostname, path: '/' }]);
    for (const view of VIEWS) {
      const page = await context.newPage();
      url.searchParams.set('view', view);
      url.searchParams.set('lang', 'fi');
      await page.goto(url.toString());
      await page.waitForSelector('[data-salkku-root]');
      await page.waitForFunction(() => document.querySelectorAll('[data-salkku-state="loading"], [data-salkku-state="arriving"], [data-salkku-freshness="checking"]').length === 0);
      const file = path.join(OUT, `${view}.png`);
      await page.screenshot({ path: file, animations: 'disabled' });
      console.log(`Wrote ${path.relative(process.cwd(), file)}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await portfolio.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
