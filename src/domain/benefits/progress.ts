/**
 * One benefit's way from its baseline to its target: the measurements in date order, the latest
 * value, how far along it is, and whether the last change went towards the target. A target may
 * be below the baseline (processing time from 10 days to 3): "towards" follows the target's side.
 */
import type { Benefit, Measurement } from './model';

export type Direction = 'increase' | 'decrease';
export type Trend = 'towards' | 'away' | 'flat';

export interface BenefitProgress {
  /** The benefit's measurements, oldest first (equal days in the order saved). */
  series: Measurement[];
  latest: Measurement | null;
  /** Whether the target is above or below the baseline; null without both or when they are equal. */
  direction: Direction | null;
  /** Share of the way from the baseline to the target (0 = baseline, 1 = target, may exceed 1 or be negative). */
  share: number | null;
  /** The last change: from the previous measurement, or from the baseline for the first one. */
  trend: Trend | null;
  /** The latest measurement is at or beyond the target. */
  reached: boolean;
}

function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The benefit's measurements, oldest first. */
export function seriesOf(benefitId: number | null, measurements: readonly Measurement[]): Measurement[] {
  return measurements
    .filter((m) => m.benefitId === benefitId && finite(m.value))
    .map((m, index) => ({ m, index }))
    .sort((a, b) => a.m.date.localeCompare(b.m.date) || (a.m.id ?? Number.MAX_SAFE_INTEGER) - (b.m.id ?? Number.MAX_SAFE_INTEGER) || a.index - b.index)
    .map(({ m }) => m);
}

export function directionOf(benefit: Pick<Benefit, 'baseline' | 'target'>): Direction | null {
  if (!finite(benefit.baseline) || !finite(benefit.target) || benefit.baseline === benefit.target) {
    return null;
  }
  return benefit.target > benefit.baseline ? 'increase' : 'decrease';
}

export function progressOf(benefit: Benefit, measurements: readonly Measurement[]): BenefitProgress {
  const series = seriesOf(benefit.id, measurements);
  const latest = series[series.length - 1] ?? null;
  const direction = directionOf(benefit);
  const baseline = benefit.baseline;
  const target = benefit.target;
  let share: number | null = null;
  let reached = false;
  let trend: Trend | null = null;
  if (latest !== null && direction !== null && finite(baseline) && finite(target)) {
    share = (latest.value - baseline) / (target - baseline);
    reached = direction === 'increase' ? latest.value >= target : latest.value <= target;
  }
  const previous = series.length >= 2 ? series[series.length - 2]?.value : baseline;
  if (latest !== null && finite(previous)) {
    const change = latest.value - previous;
    if (change === 0) {
      trend = 'flat';
    } else if (direction !== null) {
      trend = (change > 0) === (direction === 'increase') ? 'towards' : 'away';
    }
  }
  return { series, latest, direction, share, trend, reached };
}
