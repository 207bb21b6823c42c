// Draws the Teams icons of the view web parts (192×192 colour, 32×32 outline) from SVG with
// headless Chromium. Run once after changing the drawings; the PNGs are committed.
//   npm run --silent icons
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { launchOptions } from './lib/chromium';

const glyphs = {
  // briefcase: "salkku"
  portfolio: `<rect x="4" y="9" width="24" height="16" rx="2.5" fill="none" stroke="white" stroke-width="2"/>
    <path d="M11 9V7a2 2 0 0 1 2-2h6a2 2 0 0 1 2 2v2" fill="none" stroke="white" stroke-width="2"/>
    <path d="M4 15h24" stroke="white" stroke-width="2"/><rect x="14" y="13" width="4" height="4" rx="1" fill="white"/>`,
  // bars on a time axis
  timeline: `<path d="M5 5v22h22" fill="none" stroke="white" stroke-width="2"/>
    <rect x="8" y="8" width="10" height="3.5" rx="1.5" fill="white"/>
    <rect x="12" y="14" width="12" height="3.5" rx="1.5" fill="white"/>
    <rect x="9" y="20" width="7" height="3.5" rx="1.5" fill="none" stroke="white" stroke-width="1.5" stroke-dasharray="2 1.5"/>`,
  // shield with a check: assessed impact
  impact: `<path d="M16 4l10 4v7c0 6.5-4.3 11.2-10 13-5.7-1.8-10-6.5-10-13V8z" fill="none" stroke="white" stroke-width="2"/>
    <path d="M11 16l3.5 3.5L21.5 12" fill="none" stroke="white" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // a report with a rising line: follow-up
  followUp: `<rect x="6" y="4" width="20" height="24" rx="2" fill="none" stroke="white" stroke-width="2"/>
    <path d="M10 21l4-4 3 3 5-6" fill="none" stroke="white" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
    <path d="M10 9h12" stroke="white" stroke-width="2" stroke-linecap="round"/>`,
  // a light bulb: proposals
  proposals: `<path d="M16 4a8 8 0 0 0-4.5 14.6V22h9v-3.4A8 8 0 0 0 16 4z" fill="none" stroke="white" stroke-width="2" stroke-linejoin="round"/>
    <path d="M12.5 25.5h7M14 28.5h4" stroke="white" stroke-width="2" stroke-linecap="round"/>`,
  // bars rising towards a dashed target line: benefits realised
  benefits: `<path d="M5 5v22h22" fill="none" stroke="white" stroke-width="2"/>
    <path d="M8 8h18" stroke="white" stroke-width="2" stroke-dasharray="3 2"/>
    <rect x="9" y="19" width="4" height="6" fill="white"/><rect x="15" y="15" width="4" height="10" fill="white"/><rect x="21" y="11" width="4" height="14" fill="white"/>`
};

const components = {
  portfolio: { id: '1e3970bc-1c40-411c-8a96-bc3bd2919078', colour: '#0f6cbd' },
  timeline: { id: '3e81c689-e127-4f15-bddd-fd1d4fdbea47', colour: '#5b5fc7' },
  impact: { id: '6efd885a-8a8f-482d-849f-29ca10eec3e5', colour: '#0e7a0d' },
  followUp: { id: '81da5aae-ff60-4cad-a51c-465ea39e3fe5', colour: '#8a3707' },
  proposals: { id: '9211cafd-791d-4421-a529-e7ed30b5f5a1', colour: '#6b2fa0' },
  benefits: { id: 'db84c7a6-f128-4180-bcb1-97a58454602e', colour: '#0b6a6a' }
};

function svg(glyph: string, size: number, background: string | undefined): string {
  const bg = background ? `<rect width="32" height="32" rx="0" fill="${background}"/>` : '';
  const scale = background ? 'translate(4 4) scale(0.75)' : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">${bg}<g transform="${scale}">${glyph}</g></svg>`;
}

async function main(): Promise<void> {
  mkdirSync('teams', { recursive: true });
  const browser = await chromium.launch(launchOptions());
  const page = await browser.newPage();
  for (const [name, { id, colour }] of Object.entries(components) as [keyof typeof glyphs, { id: string; colour: string }][]) {
    const kinds: [string, number, string | undefined][] = [['color', 192, colour], ['outline', 32, undefined]];
    for (const [kind, size, background] of kinds) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg(glyphs[name], size, background)}</body></html>`);
      await page.screenshot({ path: `teams/${id}_${kind}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    }
  }
  await browser.close();
  console.log(`teams/: ${Object.keys(components).length} × (192×192 colour, 32×32 outline)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
