/**
 * Launch settings for Debian's Chromium (installed with apt, never downloaded), headless: one
 * place for the browser tests, the benchmarks and the icon drawing. Playwright starts every
 * launch with a new, empty profile directory of its own.
 */
import * as fs from 'fs';
import type { LaunchOptions } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];

export function launchOptions(extraArgs: readonly string[] = []): LaunchOptions {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium)`);
  }
  return { executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] };
}
