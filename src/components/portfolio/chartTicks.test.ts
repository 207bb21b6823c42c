import { valueTicks } from './chartTicks';

describe('valueTicks', () => {
  it('steps in round figures from zero to at least the largest value', () => {
    expect(valueTicks(430_000)).toEqual([0, 200_000, 400_000, 600_000]);
    expect(valueTicks(100_000)).toEqual([0, 50_000, 100_000]);
    expect(valueTicks(38)).toEqual([0, 10, 20, 30, 40]);
  });

  it('handles absurd and empty figures', () => {
    const ticks = valueTicks(1_000_000_502_000);
    expect(ticks[0]).toBe(0);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(1_000_000_502_000);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(valueTicks(0)).toEqual([0, 1]);
  });
});
