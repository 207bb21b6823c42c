/**
 * Driving the filter bar in browser tests: the choice filters live in a panel opened by the
 * "Filters" button; the active ones show as chips.
 */
import type { Locator, Page } from 'playwright-core';

/** Opens the filter panel of the first (or `scope`'s) filter bar; returns the panel. */
export async function openFilters(page: Page, scope: Locator | Page = page): Promise<Locator> {
  await scope.locator('[data-salkku-filters-open]').first().click();
  const choices = page.locator('[data-salkku-filters="choices"]');
  await choices.waitFor();
  return page.locator('.ms-Panel').filter({ has: choices });
}

/** Chooses `option` in the panel's `label` dropdown (the panel must be open); the panel stays open. */
export async function chooseInPanel(page: Page, label: string, option: string): Promise<void> {
  const field = page.locator('.ms-Panel .ms-Dropdown-container').filter({ has: page.locator('label').getByText(label, { exact: true }) });
  await field.getByRole('combobox').click();
  // a callout, or a panel of its own on a narrow screen
  const list = page.getByRole('listbox');
  await list.getByText(option, { exact: true }).click();
  if ((await list.count()) > 0) {
    // a multi-select list stays open after a choice
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
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
