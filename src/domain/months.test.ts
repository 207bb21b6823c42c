import { compareMonths, isMonth, monthFromIndex, monthIndex, toMonth } from './months';

describe('months', () => {
  it('builds and validates months', () => {
    expect(toMonth(2021, 3)).toBe('2021-03');
    expect(toMonth(2021, 13)).toBeUndefined();
    expect(toMonth(2021, 0)).toBeUndefined();
    expect(isMonth('2021-12')).toBe(true);
    expect(isMonth('2021-13')).toBe(false);
    expect(isMonth('21-12')).toBe(false);
  });

  it('orders and subtracts months through their index', () => {
    expect(monthIndex('2021-01') - monthIndex('2020-12')).toBe(1);
    expect(monthFromIndex(monthIndex('2019-09') + 15)).toBe('2020-12');
    expect(compareMonths('2020-02', '2019-11')).toBeGreaterThan(0);
  });
});
