import { columnsFromPositions } from './columnSettings';
import { DEFAULT_COLUMNS } from './columns';

describe('column settings', () => {
  it('shows the default columns when nothing is configured', () => {
    expect(columnsFromPositions(undefined)).toEqual(DEFAULT_COLUMNS);
  });

  it('hides columns at position 0, orders by position, and always keeps the title', () => {
    expect(columnsFromPositions({ number: 3, title: 0, status: 1, schedule: 0, likelihood: 0, scheduleOwner: 0, investment: 2, recurring: 0, actual: 0, goals: 0, assessment: 0 })).toEqual(['status', 'investment', 'number', 'title']);
    expect(columnsFromPositions({ plans: 2 })).toContain('plans');
  });

  it('shows the actuals beside the estimates by default, also for settings saved before they existed', () => {
    const columns = columnsFromPositions(undefined);
    expect(columns.indexOf('actual')).toBe(columns.indexOf('recurring') + 1);
    const saved = columnsFromPositions({ number: 1, title: 2, schedule: 3, status: 4, likelihood: 5, scheduleOwner: 6, investment: 7, recurring: 8, goals: 9, assessment: 10 });
    expect(saved).toContain('actual');
  });
});
