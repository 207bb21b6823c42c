/**
 * A list's change log as SharePoint keeps it (conformance table, "Change log"): every add,
 * update, delete and item permission change gets a change number; `POST …/GetChanges` with an
 * SP.ChangeQuery answers the SP.ChangeItem records after `ChangeTokenStart`, oldest first, at
 * most FetchLimit (1,000 by default). A token from before the start of the log (SharePoint Online
 * keeps 60 days) or of another list is refused with SharePoint's SPException codes.
 */
import type { RequestContext } from './context';
import { jsonBody, requirePermission } from './context';
import { SpError } from './http';
import type { StoredList } from './store';

/** SP.ChangeType numbers (Microsoft.SharePoint.Client.ChangeType). */
export const CHANGE_TYPE = { add: 1, update: 2, deleteObject: 3, restore: 7, assignmentAdd: 11, assignmentDelete: 12, systemUpdate: 15 } as const;

export interface StoredChange {
  number: number;
  time: string;
  itemId: number;
  type: number;
}

/** SPChangeQuery.FetchLimit: "The default value is 1000. The maximum value is 2000." */
const DEFAULT_FETCH_LIMIT = 1000;
const MAX_FETCH_LIMIT = 2000;

/** Which ChangeQuery flag asks for which change type. */
const FLAG_OF_TYPE: Record<number, string> = {
  [CHANGE_TYPE.add]: 'Add',
  [CHANGE_TYPE.update]: 'Update',
  [CHANGE_TYPE.deleteObject]: 'DeleteObject',
  [CHANGE_TYPE.restore]: 'Restore',
  [CHANGE_TYPE.assignmentAdd]: 'RoleAssignmentAdd',
  [CHANGE_TYPE.assignmentDelete]: 'RoleAssignmentDelete',
  [CHANGE_TYPE.systemUpdate]: 'SystemUpdate'
};

/** .NET ticks of 1970-01-01T00:00:00Z. */
const UNIX_EPOCH_TICKS = 621355968000000000;

export function changeToken(list: StoredList, time: string, number: number): string {
  return `1;3;${list.Id};${(new Date(time).getTime() * 10000 + UNIX_EPOCH_TICKS).toFixed(0)};${number}`;
}

/** The token the next change will be logged after (SP.List.CurrentChangeToken). */
export function currentChangeToken(list: StoredList): { StringValue: string } {
  const last = list.changes?.[list.changes.length - 1];
  return { StringValue: changeToken(list, last?.time ?? list.Created, list.changeNumber ?? 0) };
}

export function recordChange(list: StoredList, itemId: number, type: number): void {
  const number = (list.changeNumber ?? 0) + 1;
  list.changeNumber = number;
  (list.changes ??= []).push({ number, time: new Date().toISOString(), itemId, type });
}

/** Forgets changes up to now, as SharePoint forgets those older than 60 days (tests of expiry). */
export function truncateChangeLog(list: StoredList): void {
  list.changeLogStart = list.changeNumber ?? 0;
  list.changes = [];
}

function tokenError(code: string, message: string): SpError {
  // the HTTP status is not documented; SharePoint answers server-side SPExceptions with 500
  return new SpError(500, code, message);
}

function parseToken(list: StoredList, value: unknown): number {
  const text = typeof value === 'string' ? value : '';
  const parts = text.split(';');
  const number = Number(parts[4]);
  if (parts.length !== 5 || parts[0] !== '1' || !Number.isInteger(number) || number < -1) {
    throw tokenError('-2130575172, Microsoft.SharePoint.SPInvalidChangeTokenException', 'Change token is not valid.');
  }
  if (parts[1] !== '3' || parts[2]?.toLowerCase() !== list.Id.toLowerCase()) {
    throw tokenError('-2130575173, Microsoft.SharePoint.SPException', 'Cannot use the changeToken from one object against a different object');
  }
  if (number !== -1 && number < (list.changeLogStart ?? 0)) {
    throw tokenError('-2130575172, Microsoft.SharePoint.SPInvalidChangeTokenException', 'The changeToken refers to a time before the start of the current change log.');
  }
  return number;
}

function flag(query: Record<string, unknown>, name: string): boolean {
  const value = query[name];
  return value === true || value === 'true' || value === 'True';
}

/** `POST …/GetChanges` on a list. */
export function getChanges(ctx: RequestContext, list: StoredList): Record<string, unknown> {
  requirePermission(ctx, 'ViewListItems');
  const query = jsonBody(ctx).query;
  if (!query || typeof query !== 'object' || Array.isArray(query)) {
    throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The parameter query does not exist in method GetChanges.');
  }
  const q = query as Record<string, unknown>;
  const start = q.ChangeTokenStart && typeof q.ChangeTokenStart === 'object' ? parseToken(list, (q.ChangeTokenStart as Record<string, unknown>).StringValue) : (list.changeLogStart ?? 0);
  const limitValue = Number(q.FetchLimit ?? DEFAULT_FETCH_LIMIT);
  const limit = Math.min(Number.isFinite(limitValue) && limitValue > 0 ? limitValue : DEFAULT_FETCH_LIMIT, MAX_FETCH_LIMIT);
  const items = flag(q, 'Item');
  const changes = (list.changes ?? []).filter((c) => c.number > start && items && flag(q, FLAG_OF_TYPE[c.type] ?? '')).slice(0, limit);
  return {
    value: changes.map((c) => ({
      'odata.type': 'SP.ChangeItem',
      ChangeToken: { StringValue: changeToken(list, c.time, c.number) },
      ChangeType: c.type,
      SiteId: ctx.web.Id,
      Time: c.time,
      ItemId: c.itemId,
      ListId: list.Id,
      WebId: ctx.web.Id
    }))
  };
}
