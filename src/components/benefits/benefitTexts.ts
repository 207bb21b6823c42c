/** The benefits view's words: status and type labels, values with their units, a typed value read back. */
import type { Day } from '../../domain/followup/model';
import type { MeasurementDue } from '../../domain/benefits/due';
import type { BenefitStatusKey, BenefitTypeKey } from '../../domain/benefits/vocabulary';
import { benefitStatusKey, benefitTypeKey } from '../../domain/benefits/vocabulary';
import { format } from '../common/format';
import { formatDate, formatNumber } from '../common/formatting';

export function benefitStatusLabels(s: ISalkkuStrings): Record<BenefitStatusKey | 'other', string> {
  return { draft: s.BnStatusDraft, planned: s.BnStatusPlanned, realising: s.BnStatusRealising, realised: s.BnStatusRealised, notRealised: s.BnStatusNotRealised, other: s.BnOther };
}

export function benefitTypeLabels(s: ISalkkuStrings): Record<BenefitTypeKey | 'other', string> {
  return { financial: s.BnTypeFinancial, timeSaved: s.BnTypeTimeSaved, quality: s.BnTypeQuality, riskReduced: s.BnTypeRiskReduced, compliance: s.BnTypeCompliance, other: s.BnOther };
}

/** A status as the reader's language says it; a status the city added is shown as written. */
export function statusText(s: ISalkkuStrings, status: string | null): string {
  const key = benefitStatusKey(status);
  return key ? benefitStatusLabels(s)[key] : status ?? s.BnNoValue;
}

export function typeText(s: ISalkkuStrings, type: string | null): string {
  const key = benefitTypeKey(type);
  return key ? benefitTypeLabels(s)[key] : type ?? s.BnNoValue;
}

/** "12,5 pv" in Finnish, "12.5 pv" in English; "not known" without a value. */
export function valueText(s: ISalkkuStrings, value: number | null | undefined, unit: string | null): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return s.BnNoValue;
  }
  const number = formatNumber(value, s.Locale);
  return unit ? `${number} ${unit}` : number;
}

export function dayText(s: ISalkkuStrings, day: string | null): string {
  return formatDate(day, s.Locale) ?? s.BnNoValue;
}

export function dueText(s: ISalkkuStrings, due: MeasurementDue): string {
  return format(due.reason === 'targetPassed' ? s.BnDueTarget : s.BnDueInterval, dayText(s, due.since));
}

/**
 * A value as typed: "12,5" (fi, sv) and "12.5" both read 12.5, spaces as thousands separators
 * ("1 200") and a typographic minus allowed; anything else (letters, two separators) is null.
 */
export function parseMeasurementValue(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace('−', '-').replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(compact)) {
    return null;
  }
  const value = Number(compact);
  return Number.isFinite(value) ? value : null;
}

/** A day typed or picked ("2026-05-31"): a real calendar day, not after today. */
export function isMeasurementDay(text: string, today: Day): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) {
    return false;
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text && text <= today;
}
