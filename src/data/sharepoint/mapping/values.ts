/**
 * Tolerant readers of SharePoint item values (OData JSON, minimal metadata) and writers of
 * the values SharePoint expects. A malformed value becomes null plus a warning; nothing throws.
 */
import type { Person } from '../../../domain/model';
import type { DomainWarning } from '../../../domain/warnings';

export type SpItem = Readonly<Record<string, unknown>>;

export function readText(item: SpItem, name: string): string | null {
  const value = item[name];
  if (typeof value === 'string') {
    return value === '' ? null : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return null;
}

export function readNumber(item: SpItem, name: string, issues: DomainWarning[]): number | null {
  const value = item[name];
  if (value === null || value === undefined || value === '') {
    return null;
  }
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(n)) {
    issues.push({ code: 'invalidNumber', field: name, detail: String(value) });
    return null;
  }
  return n;
}

export function readBoolean(item: SpItem, name: string): boolean {
  const value = item[name];
  return value === true || value === 1 || value === '1' || value === 'true';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A date-only value as "YYYY-MM-DD". SharePoint answers local midnight of the site's time zone
 * in UTC (Helsinki's 1 March is 2024-02-29T22:00:00Z); rounding to the nearest UTC midnight gives
 * the date for every zone within ±12 h.
 */
export function readDate(item: SpItem, name: string, issues: DomainWarning[]): string | null {
  const value = item[name];
  if (value === null || value === undefined || value === '') {
    return null;
  }
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) {
    issues.push({ code: 'invalidDate', field: name, detail: String(value) });
    return null;
  }
  return new Date(Math.floor((time + DAY_MS / 2) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" → the instant SharePoint should store: noon UTC keeps the date in any zone. */
export function writeDate(date: string | null): string | null {
  if (date === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return null;
  }
  return `${date}T12:00:00Z`;
}

function objectOf(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** An expanded person field ({ Id, Title, EMail }) or null. */
export function readPerson(item: SpItem, name: string): Person | null {
  const value = objectOf(item[name]);
  if (!value || typeof value.Id !== 'number') {
    const id = item[`${name}Id`];
    return typeof id === 'number' ? { id, title: '', email: null } : null;
  }
  return {
    id: value.Id,
    title: typeof value.Title === 'string' ? value.Title : '',
    email: typeof value.EMail === 'string' && value.EMail !== '' ? value.EMail : null
  };
}

/** Ids of an expanded multi-value lookup (array of { Id }) or of `<Name>Id`. */
export function readLookupIds(item: SpItem, name: string): number[] {
  const value = item[name];
  const source = Array.isArray(value) ? value.map((v) => objectOf(v)?.Id) : item[`${name}Id`];
  const list = Array.isArray(source) ? source : objectOf(source)?.results;
  return Array.isArray(list) ? list.filter((v): v is number => typeof v === 'number') : [];
}

/** Id of an expanded single lookup ({ Id }) or of `<Name>Id`. */
export function readLookupId(item: SpItem, name: string): number | null {
  const expanded = objectOf(item[name]);
  const id = expanded ? expanded.Id : item[`${name}Id`];
  return typeof id === 'number' ? id : null;
}

/** The ETag of an item read with minimal metadata. */
export function readEtag(item: SpItem): string | null {
  const etag = item['odata.etag'];
  return typeof etag === 'string' ? etag : null;
}

export function readId(item: SpItem): number | null {
  const id = item.Id ?? item.ID;
  return typeof id === 'number' ? id : null;
}

/** null for empty text, so SharePoint clears the value instead of storing "". */
export function textOrNull(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}
