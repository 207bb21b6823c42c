/**
 * Value conversion and validation on item writes, as SharePoint does it: type conversion
 * (400 on a value of the wrong type), text length, number range, and column validation.
 */
import { errors } from './http';
import type { Store, StoredField, StoredList } from './store';
import { evaluateValidationFormula } from './validationFormula';

/** Time zone of the stand-in's site (regional settings of a Finnish city). */
const SITE_TIME_ZONE = 'Europe/Helsinki';

function typeError(expected: string): Error {
  return errors.badRequest(`Cannot convert a primitive value to the expected type '${expected}'.`);
}

/** Milliseconds the site's time zone is ahead of UTC at an instant. */
function zoneOffsetMs(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: SITE_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit'
  }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * A date-only field keeps the date in the site's time zone and answers with local midnight
 * expressed in UTC (so Helsinki's 1 March comes back as 2024-02-29T22:00:00Z).
 */
export function storeDateOnly(instant: Date): string {
  const local = new Date(instant.getTime() + zoneOffsetMs(instant));
  const midnightLocalAsUtc = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  const guess = new Date(midnightLocalAsUtc);
  return new Date(midnightLocalAsUtc - zoneOffsetMs(guess)).toISOString().replace('.000Z', 'Z');
}

function coerceNumber(value: unknown): number | null {
  if (value === null || value === '') {
    return null;
  }
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(n)) {
    throw typeError('Edm.Double');
  }
  return n;
}

function coerceBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') {
    return value;
  }
  if (value === 1 || value === '1' || value === 'true' || value === 'TRUE') {
    return true;
  }
  if (value === 0 || value === '0' || value === 'false' || value === 'FALSE' || value === null) {
    return false;
  }
  throw typeError('Edm.Boolean');
}

function coerceDate(field: StoredField, value: unknown): string | null {
  if (value === null || value === '') {
    return null;
  }
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) {
    throw typeError('Edm.DateTime');
  }
  const instant = new Date(time);
  return field.DisplayFormat === 0 ? storeDateOnly(instant) : instant.toISOString().replace('.000Z', 'Z');
}

function coerceId(value: unknown, store: Store, field: StoredField): number | null {
  if (value === null || value === 0 || value === '') {
    return null;
  }
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isInteger(n)) {
    throw typeError('Edm.Int32');
  }
  if (field.TypeAsString === 'User' && !store.userById(n)) {
    throw errors.badRequest(`The user with id ${n} does not exist.`);
  }
  return n;
}

function coerceIds(value: unknown): number[] {
  const list = value && typeof value === 'object' && 'results' in value ? (value as { results: unknown }).results : value;
  if (list === null) {
    return [];
  }
  if (!Array.isArray(list) || !list.every((v) => Number.isInteger(v))) {
    throw typeError('Collection(Edm.Int32)');
  }
  return list as number[];
}

function coerceText(value: unknown): string | null {
  if (value === null) {
    return null;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  throw typeError('Edm.String');
}

function coerce(field: StoredField, value: unknown, store: Store): unknown {
  switch (field.TypeAsString) {
    case 'Number':
    case 'Currency':
      return coerceNumber(value);
    case 'Boolean':
      return coerceBoolean(value);
    case 'DateTime':
      return coerceDate(field, value);
    case 'User':
    case 'Lookup':
      return coerceId(value, store, field);
    case 'LookupMulti':
      return coerceIds(value);
    case 'MultiChoice': {
      const list = value && typeof value === 'object' && 'results' in value ? (value as { results: unknown }).results : value;
      if (list === null) {
        return [];
      }
      if (!Array.isArray(list) || !list.every((v) => typeof v === 'string')) {
        throw typeError('Collection(Edm.String)');
      }
      return list;
    }
    default:
      return coerceText(value);
  }
}

function check(list: StoredList, values: Record<string, unknown>): void {
  // formulas are stored with internal names (formulaText.ts)
  for (const field of list.fields) {
    const value = values[field.InternalName];
    if (field.TypeAsString === 'Text' && typeof value === 'string' && value.length > (field.MaxLength ?? 255)) {
      throw errors.validation(`The length of the value of column '${field.Title}' exceeds its maximum of ${field.MaxLength ?? 255}.`);
    }
    if ((field.TypeAsString === 'Number' || field.TypeAsString === 'Currency') && typeof value === 'number') {
      if ((field.MinimumValue !== undefined && value < field.MinimumValue) || (field.MaximumValue !== undefined && value > field.MaximumValue)) {
        throw errors.validation(`The value of column '${field.Title}' is outside its allowed range.`);
      }
    }
    if (field.ValidationFormula && !evaluateValidationFormula(field.ValidationFormula, field.InternalName, values)) {
      throw errors.validation(field.ValidationMessage || `The value of column '${field.Title}' does not meet its validation.`);
    }
  }
  if (list.ValidationFormula && !evaluateValidationFormula(list.ValidationFormula, '', values)) {
    throw errors.validation(list.ValidationMessage || 'List data validation failed.');
  }
}

export const validateItem = { coerce, check };
