/**
 * When a benefit's measurement is due: its target date has passed without a measurement on or
 * after it, or its measurement interval has passed since the last measurement (or since the
 * baseline, before the first). Drafts and closed benefits (realised, not realised) are never due.
 */
import type { Day } from '../followup/model';
import type { Benefit, Measurement } from './model';
import { seriesOf } from './progress';
import { benefitStatusKey, isClosedStatus } from './vocabulary';

export type DueReason = 'targetPassed' | 'intervalPassed';

export interface MeasurementDue {
  reason: DueReason;
  /** The day the measurement became due. */
  since: Day;
}

/** A day plus whole months, the day kept within the month ("2026-01-31" + 1 → "2026-02-28"). */
export function addMonths(day: Day, months: number): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match || !Number.isInteger(months) || Number(match[2]) < 1 || Number(match[2]) > 12) {
    return null;
  }
  const total = Number(match[1]) * 12 + Number(match[2]) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const date = Math.min(Number(match[3]), last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

function isDay(value: string | null): value is Day {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

export function measurementDue(benefit: Benefit, measurements: readonly Measurement[], today: Day): MeasurementDue | null {
  if (benefitStatusKey(benefit.status) === 'draft' || isClosedStatus(benefit.status)) {
    return null;
  }
  const series = seriesOf(benefit.id, measurements);
  const last = series[series.length - 1];
  if (isDay(benefit.targetDate) && benefit.targetDate <= today && !series.some((m) => m.date >= (benefit.targetDate ?? ''))) {
    return { reason: 'targetPassed', since: benefit.targetDate };
  }
  const interval = benefit.intervalMonths;
  if (interval !== null && Number.isInteger(interval) && interval > 0) {
    const from = last?.date ?? benefit.baselineDate;
    const next = isDay(from) ? addMonths(from, interval) : null;
    if (next !== null && next <= today) {
      return { reason: 'intervalPassed', since: next };
    }
  }
  return null;
}
