/**
 * npm start: builds the preview if its sources changed, starts the local stand-in of SharePoint
 * (data in .data/standin.json; the demo portfolio is seeded on the first start) and prints the
 * URL. Installs nothing.
 *
 * Environment: PORT (default 4321), HOST (default 127.0.0.1), SALKKU_ROLE (owner|member|steering|contributor|visitor|none),
 * SALKKU_LATENCY_MS, SALKKU_FAULT_RATIO (0–1, answers 429/503 with Retry-After), SALKKU_DATA_FILE.
 */
import * as path from 'path';
import { ROLES } from '../standin/context';
import { startLocalPortfolio } from './lib/localPortfolio';
import { buildPreview } from './lib/previewBuild';

async function main(): Promise<void> {
  const log = (message: string): void => console.log(message);
  await buildPreview({ log });
  const role = ROLES.find((r) => r === process.env.SALKKU_ROLE);
  const portfolio = await startLocalPortfolio({
    port: Number(process.env.PORT ?? 4321),
    host: process.env.HOST ?? '127.0.0.1',
    dataFile: process.env.SALKKU_DATA_FILE ?? path.resolve(__dirname, '../.data/standin.json'),
    role: role ?? 'owner',
    latencyMs: Number(process.env.SALKKU_LATENCY_MS ?? 0),
    faults: { ratio: Number(process.env.SALKKU_FAULT_RATIO ?? 0) },
    data: 'demo',
    log
  });
  portfolio.standIn.store.flush();
  console.log(`\nSalkku preview: ${portfolio.url.replace('127.0.0.1', 'localhost')}`);
  console.log(`SharePoint stand-in: ${portfolio.siteUrl}/_api/web  (data: ${process.env.SALKKU_DATA_FILE ?? '.data/standin.json'})`);
  console.log('Press Ctrl+C to stop.');
  const stop = (): void => {
    portfolio.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
