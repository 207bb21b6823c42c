import { columnsFromPositions } from './columnSettings';
import { DEFAULT_COLUMNS } from './columns';

describe('column settings', () => {
  it('shows the default columns when nothing is configured', () => {
    expect(columnsFromPositions(undefined)).toEqual(DEFAULT_COLUMNS);
  });

  it('hides columns at position 0, orders by position, and always keeps the title', () => {
    expect(columnsFromPositions({ number: 3, title: 0, status: 1, schedule: 0, likelihood: 0, scheduleOwner: 0, investment: 2, recurring: 0, goals: 0, assessment: 0 })).toEqual(['status', 'investment', 'number', 'title']);
    expect(columnsFromPositions({ plans: 2 })).toContain('plans');
  });
});
