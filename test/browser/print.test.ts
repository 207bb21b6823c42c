/**
 * The Portfolio's and the Timeline's print layouts in Chromium: the Print button opens the
 * browser's print once; in print the layout shows every filtered project (not only the rows drawn
 * on screen) and hides the interactive UI; the PDF is landscape A4 over several pages, with the
 * table's header row on every page, and the timeline's bars printed filled.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { applyFilter, buildSearchIndex, EMPTY_FILTER } from '../../src/domain/portfolio/filter';
import type { PortfolioFilter } from '../../src/domain/portfolio/filter';
import * as fi from '../../src/loc/fi-fi.js';
import { resultCount, SCREENSHOTS } from './support/browser';
import { useBrowserPortfolio } from './support/useBrowserPortfolio';

type PrintedView = 'portfolio' | 'timeline';

interface Rgb {
  width: number;
  height: number;
  pixels: Buffer;
}

/** One page of a PDF as RGB pixels (pdftoppm's PPM: a text header, then 3 bytes a pixel). */
function pageRgb(pdf: string, page: number, dpi: number): Rgb {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf]);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) {
    throw new Error('pdftoppm did not write a PPM');
  }
  return { width: Number(header[1]), height: Number(header[2]), pixels: ppm.subarray(header[0].length) };
}

/** Pixels within `tolerance` of a colour. */
function countColour(image: Rgb, [r, g, b]: [number, number, number], tolerance = 40): number {
  let count = 0;
  for (let i = 0; i + 2 < image.pixels.length; i += 3) {
    if (Math.abs(image.pixels.readUInt8(i) - r) + Math.abs(image.pixels.readUInt8(i + 1) - g) + Math.abs(image.pixels.readUInt8(i + 2) - b) <= tolerance) {
      count++;
    }
  }
  return count;
}

function pageText(pdf: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-']).toString('utf8');
}

function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf]).toString('utf8');
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** The page size in points, [width, height]. */
function pageSize(pdf: string): [number, number] {
  const info = execFileSync('pdfinfo', [pdf]).toString('utf8');
  const match = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  return [Number(match?.[1] ?? 0), Number(match?.[2] ?? 0)];
}

describe('Print layouts of the Portfolio and the Timeline', () => {
  const site = useBrowserPortfolio();

  const filtered = (filter: Partial<PortfolioFilter>): number => applyFilter(site.data.projects, { ...EMPTY_FILTER, ...filter }, site.data.plans, buildSearchIndex(site.data.projects)).length;

  /** Opens a view with window.print counted instead of opening the dialog (it would race page.pdf). */
  async function openCounted(view: PrintedView, params: Record<string, string> = {}): Promise<Page> {
    const page = await site.open(view, params);
    await page.evaluate(() => {
      const counted = window as unknown as { printed: number };
      counted.printed = 0;
      window.print = () => {
        counted.printed++;
      };
    });
    return page;
  }

  async function printed(page: Page, view: PrintedView): Promise<void> {
    await page.getByRole('button', { name: fi.Print, exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed >= 1);
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.locator(`[data-salkku-print="${view}"]`).waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
  }

  async function pdf(page: Page, name: string): Promise<string> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${name}.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '3', file, path.join(SCREENSHOTS, name)]);
    return file;
  }

  it.each<[PrintedView, string]>([
    ['portfolio', '[data-salkku-grid="portfolio"]'],
    ['timeline', '[data-salkku-timeline="chart"]']
  ])('prints every filtered project of the %s, without the interactive UI', async (view, interactive) => {
    const page = await openCounted(view, { 'sk-area': 'Tietohallinto' });
    try {
      const expected = filtered({ serviceAreas: ['Tietohallinto'] });
      expect(await resultCount(page)).toBe(expected);
      await printed(page, view);
      const sheet = page.locator(`[data-salkku-print="${view}"]`);
      expect(await sheet.isVisible()).toBe(true);
      for (const hidden of [interactive, '[role="search"]', '[data-salkku-print-button]']) {
        expect({ hidden, visible: await page.locator(hidden).first().isVisible() }).toEqual({ hidden, visible: false });
      }
      const ids = await sheet.locator('[data-salkku-print-project]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-salkku-print-project')));
      expect(new Set(ids).size).toBe(expected);
      expect(ids.length).toBe(expected);
      // the header says what was printed: the plan, the filter and the date
      const header = (await sheet.locator('header').textContent()) ?? '';
      const plan = site.data.plans.reduce((a, b) => ((a.periodStart ?? '') > (b.periodStart ?? '') ? a : b));
      expect(header).toContain(plan.title);
      expect(header).toContain(`${plan.periodStart?.slice(0, 4)}–${plan.periodEnd?.slice(0, 4)}`);
      expect(await sheet.locator('[data-salkku-print-filters]').textContent()).toBe(`Suodattimet: ${fi.FilterServiceArea}: Tietohallinto`);
      expect(header).toContain(new Date().toLocaleDateString('fi-FI'));
      await page.emulateMedia({ media: 'screen' });
      expect(await sheet.isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('prints the Portfolio on landscape A4 pages, the header row on each, the groups with their totals', async () => {
    const page = await openCounted('portfolio');
    try {
      const count = await resultCount(page);
      const rowsOnScreen = await page.locator('[data-salkku-grid="portfolio"] [data-salkku-project]').count();
      expect(rowsOnScreen).toBeLessThan(count);
      await printed(page, 'portfolio');
      expect(await page.locator('[data-salkku-print="portfolio"] [data-salkku-print-project]').count()).toBe(count);
      const file = await pdf(page, 'portfolio-print');
      const [width, height] = pageSize(file);
      expect(width).toBeGreaterThan(height);
      expect(pageCount(file)).toBeGreaterThan(1);
      for (const p of [1, 2]) {
        const text = pageText(file, p);
        for (const column of [fi.ColNumber, fi.ColTitle, fi.ColSchedule, fi.ColInvestment, fi.ColAssessment]) {
          expect({ page: p, column, found: text.includes(column) }).toEqual({ page: p, column, found: true });
        }
      }
      // the groups with their totals
      expect(pageText(file, 1)).toMatch(/\d+ hanketta · investoinnit/);
    } finally {
      await page.close();
    }
  });

  it('prints the Timeline on landscape A4 pages, the axis on each, bars filled and styles told apart without colour', async () => {
    const page = await openCounted('timeline', { 'sk-zoom': 'month' });
    try {
      const count = await resultCount(page);
      await printed(page, 'timeline');
      const sheet = page.locator('[data-salkku-print="timeline"]');
      expect(await sheet.locator('[data-salkku-print-project]').count()).toBe(count);
      const kinds = new Set(await sheet.locator('tbody [data-salkku-print-bar]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-salkku-print-bar'))));
      expect(kinds.has('planned') && kinds.has('uncertain')).toBe(true);
      // in black and white: the uncertain bars are hatched (a pattern), the planned ones solid
      const pattern = await sheet.locator('tbody [data-salkku-print-bar="uncertain"]').first().evaluate((n) => getComputedStyle(n).backgroundImage);
      expect(pattern).toContain('repeating-linear-gradient');
      // a schedule reaching past the range shown is cut at the page's edge (2040 in the demo)
      const outside = await sheet.locator('tbody [data-salkku-print-bar]').evaluateAll((nodes) =>
        nodes.filter((n) => {
          const track = n.parentElement?.getBoundingClientRect();
          const box = n.getBoundingClientRect();
          return track === undefined || box.left < track.left - 1 || box.right > track.right + 1;
        }).length
      );
      expect(outside).toBe(0);
      const file = await pdf(page, 'timeline-print');
      const [width, height] = pageSize(file);
      expect(width).toBeGreaterThan(height);
      expect(pageCount(file)).toBeGreaterThan(1);
      const year = String(new Date().getFullYear());
      for (const p of [1, 2]) {
        const text = pageText(file, p);
        for (const heading of [fi.ColTitle, fi.ColSchedule, year]) {
          expect({ page: p, heading, found: text.includes(heading) }).toEqual({ page: p, heading, found: true });
        }
      }
      // the bars are filled with their colour (#1f4e79), not drawn as (black) outlines: a page's
      // bars cover some 0.8 % of it
      const image = pageRgb(file, 1, 50);
      const barPixels = countColour(image, [0x1f, 0x4e, 0x79]);
      expect(barPixels).toBeGreaterThan(image.width * image.height * 0.004);
      // and so without the print dialog's "background graphics" too (print-color-adjust: exact)
      const plain = path.join(SCREENSHOTS, 'timeline-print-no-backgrounds.pdf');
      await page.pdf({ path: plain, preferCSSPageSize: true, printBackground: false });
      expect(countColour(pageRgb(plain, 1, 50), [0x1f, 0x4e, 0x79])).toBeGreaterThan(barPixels * 0.9);
    } finally {
      await page.close();
    }
  });
});
