/**
 * Driving the filter bar in browser tests: the choice filters live in a panel opened by the
 * "Filters" button; the active ones show as chips.
 */
import type { Locator, Page } from 'playwright-core';

/** Opens the filter panel of the first (or `scope`'s) filter bar; returns the panel. */
export async function openFilters(page: Page, scope: Locator | Page = page): Promise<Locator> {
  await scope.locator('[data-salkku-filters-open]').first().click();
  const panel = page.locator('.ms-Panel [data-salkku-filters="choices"]');
  await panel.waitFor();
  return page.locator('.ms-Panel').filter({ has: panel });
}

/** Chooses `option` in the panel's `label` dropdown (the panel must be open); the panel stays open. */
export async function chooseInPanel(page: Page, label: string, option: string): Promise<void> {
  const panel = page.locator('.ms-Panel');
  await panel.getByRole('combobox', { name: label }).click();
  await page.locator('.ms-Dropdown-callout').getByRole('option', { name: option, exact: true }).click();
  const callout = page.locator('.ms-Dropdown-callout');
  if ((await callout.count()) > 0) {
    // a multi-select list stays open after a choice
    await page.keyboard.press('Escape');
    await callout.waitFor({ state: 'detached' });
  }
}

/** Closes the filter panel with its "Show n projects" button. */
export async function closeFilters(page: Page): Promise<void> {
  await page.locator('[data-salkku-filters-done]').click();
  await page.locator('.ms-Panel').waitFor({ state: 'detached' });
}

/** Opens the filter panel, chooses `option` in the `label` filter and closes the panel. */
export async function chooseFilter(page: Page, label: string, option: string, scope: Locator | Page = page): Promise<void> {
  await openFilters(page, scope);
  await chooseInPanel(page, label, option);
  await closeFilters(page);
}

/** The accessible names of the filter chips ("Poista suodatin: Tila Käynnissä"), in order. */
export function chipNames(scope: Locator | Page): Promise<string[]> {
  return scope.locator('[data-salkku-filter-chip]').evaluateAll((chips) => chips.map((c) => c.getAttribute('aria-label') ?? ''));
}

/** Waits until the (first) result count says `n`. */
export async function waitForCount(page: Page, n: number): Promise<void> {
  await page.waitForFunction((count) => document.querySelector('[data-salkku-result-count]')?.getAttribute('data-salkku-result-count') === String(count), n);
}
