import { EMPTY_FILTER } from './filter';
import type { PortfolioFilter } from './filter';
import type { ChipField } from './filterChips';
import { filterChips, withoutChip, withoutChips } from './filterChips';

const FIELDS: readonly ChipField[] = ['serviceAreas', 'units', 'statuses', 'rags', 'goals', 'scheduleOwners', 'likelihoods', 'mandatory', 'assessment', 'impact'];

const filter: PortfolioFilter = {
  ...EMPTY_FILTER,
  plan: 3,
  text: 'verkko',
  statuses: ['Käynnissä', 'Valmis'],
  goals: [7],
  mandatory: false,
  impact: { perspective: 'security', level: 'significant' }
};

describe('filter chips', () => {
  it('are one per selected value, in the order of the fields, leaving out plan and search', () => {
    expect(filterChips(filter, FIELDS).map((c) => [c.field, c.value, c.index])).toEqual([
      ['statuses', 'Käynnissä', 0],
      ['statuses', 'Valmis', 1],
      ['goals', 7, 0],
      ['mandatory', false, 0],
      ['impact', { perspective: 'security', level: 'significant' }, 0]
    ]);
  });

  it('are none for an empty filter', () => {
    expect(filterChips({ ...EMPTY_FILTER, plan: 'all', text: 'x' }, FIELDS)).toEqual([]);
  });

  it('follow the order of the fields asked for and leave out the others', () => {
    expect(filterChips(filter, ['impact', 'statuses']).map((c) => c.field)).toEqual(['impact', 'statuses', 'statuses']);
  });

  it('remove one value of a multi-value field', () => {
    expect(withoutChip(filter, { field: 'statuses', index: 0 })).toEqual({ ...filter, statuses: ['Valmis'] });
  });

  it('remove a single-value field (false is a value, not empty)', () => {
    expect(withoutChip(filter, { field: 'mandatory', index: 0 })).toEqual({ ...filter, mandatory: null });
    expect(withoutChip(filter, { field: 'impact', index: 0 })).toEqual({ ...filter, impact: null });
  });

  it('clear all but the plan and the search text', () => {
    expect(withoutChips(filter)).toEqual({ ...EMPTY_FILTER, plan: 3, text: 'verkko' });
  });
});
