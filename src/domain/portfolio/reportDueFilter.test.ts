import { emptyProject } from '../model';
import type { Project } from '../model';
import { STATUS } from '../vocabulary';
import { activeFilterCount, applyFilter, buildSearchIndex, EMPTY_FILTER } from './filter';
import { filterChips, withoutChips } from './filterChips';
import { portfolioSummary } from './summary';
import { DEFAULT_VIEW_STATE, readViewState, writeViewState } from './viewState';

const projects: Project[] = [1, 2, 3].map((id) => ({ ...emptyProject(`Hanke ${id}`), id, status: STATUS.inProgress }));
const index = buildSearchIndex(projects);
const due = new Set([2]);

describe('the report-due filter', () => {
  it('keeps the projects that owe a report, or those that do not', () => {
    expect(applyFilter(projects, { ...EMPTY_FILTER, reportDue: true }, [], index, { reportDue: due }).map((p) => p.id)).toEqual([2]);
    expect(applyFilter(projects, { ...EMPTY_FILTER, reportDue: false }, [], index, { reportDue: due }).map((p) => p.id)).toEqual([1, 3]);
  });

  it('keeps every project while who owes a report is not known (not read yet, or no follow-up lists)', () => {
    expect(applyFilter(projects, { ...EMPTY_FILTER, reportDue: true }, [], index)).toHaveLength(3);
  });

  it('is a chip, counts as a filter and is cleared with the others', () => {
    const filter = { ...EMPTY_FILTER, reportDue: true };
    expect(filterChips(filter, ['reportDue'])).toEqual([{ field: 'reportDue', value: true, index: 0 }]);
    expect(activeFilterCount(filter)).toBe(1);
    expect(withoutChips(filter).reportDue).toBeNull();
  });

  it('lives in the URL as sk-due', () => {
    const state = { ...DEFAULT_VIEW_STATE, filter: { ...EMPTY_FILTER, reportDue: true } };
    const params = writeViewState(state, new URLSearchParams('other=1'));
    expect(params.get('sk-due')).toBe('yes');
    expect(readViewState(params).filter.reportDue).toBe(true);
    expect(readViewState(new URLSearchParams('sk-due=no')).filter.reportDue).toBe(false);
    expect(readViewState(new URLSearchParams('sk-due=maybe')).filter.reportDue).toBeNull();
  });

  it('narrows the summary band’s facets and counts like the grid', () => {
    const summary = portfolioSummary({ projects, filter: { ...EMPTY_FILTER, reportDue: true, statuses: [STATUS.inProgress] }, plans: [], index, issues: [{ list: 'projects', itemId: 2 }], facts: { reportDue: due } });
    expect(summary.count).toBe(1);
    expect(summary.statuses).toEqual([{ value: STATUS.inProgress, count: 1, selected: true }]);
    expect(summary.attention).toBe(1);
  });
});
