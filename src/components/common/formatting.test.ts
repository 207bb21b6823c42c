import { formatDate } from './formatting';

describe('formatDate', () => {
  it('writes an ISO date in the reader\'s locale, in UTC', () => {
    expect(formatDate('2026-12-04', 'fi-FI')).toBe('4.12.2026');
    expect(formatDate('2026-01-31', 'en-US')).toBe('1/31/2026');
  });

  it('shows a value that is not a date as it is instead of failing the view', () => {
    expect(formatDate('syksy 2026', 'fi-FI')).toBe('syksy 2026');
    expect(formatDate('2026-12', 'fi-FI')).toBe('2026-12');
  });

  it('has nothing to show for no date', () => {
    expect(formatDate(null, 'fi-FI')).toBeNull();
  });
});
