/**
 * SharePoint's change log for one list, as the repository asks it (conformance table, "Change
 * log"): `POST …/GetChanges` with an SP.ChangeQuery, answered with SP.ChangeItem records
 * (`ItemId`, `ChangeType`, `ChangeToken.StringValue`). A token is five fields separated by
 * semicolons: version; scope (3 = list); scope id (the list's GUID); time in .NET ticks; change
 * number.
 */
import type { IChangeQuery } from '@pnp/sp';

/**
 * SharePoint Online keeps 60 days of changes; an older token should fail, but SharePoint has been
 * seen answering nothing instead (sp-dev-docs#10389). We trust a token for 50 days, then load in
 * full without asking.
 */
export const MAX_TOKEN_AGE_DAYS = 50;

/** SharePoint's default (and our) page of changes; more than this and a full load is cheaper. */
export const CHANGE_FETCH_LIMIT = 1000;

/** Every change that can alter what a user may read of an item, or the item itself. */
export function changeQuerySince(token: string): IChangeQuery {
  return {
    Item: true,
    Add: true,
    Update: true,
    DeleteObject: true,
    Restore: true,
    SystemUpdate: true,
    RoleAssignmentAdd: true,
    RoleAssignmentDelete: true,
    ChangeTokenStart: { StringValue: token }
  };
}

/** One SP.ChangeItem as far as the repository reads it. */
export interface RawChange {
  ItemId?: number;
  ChangeType?: number;
  ChangeToken?: { StringValue?: string };
}

/** .NET ticks of 1970-01-01T00:00:00Z (PnPjs's createChangeToken uses the same). */
const UNIX_EPOCH_TICKS = 621355968000000000;

/** When a change token was issued, or null when it is not a token we understand. */
export function tokenTime(token: string): Date | null {
  const parts = token.split(';');
  const ticks = parts[3];
  if (parts.length !== 5 || ticks === undefined || !/^\d+$/.test(ticks)) {
    return null;
  }
  // beyond 2^53 a double keeps ticks to 128 (13 µs): plenty for a 50-day limit
  return new Date(Math.round((Number(ticks) - UNIX_EPOCH_TICKS) / 10000));
}

/** A list change token for `time` and change `number` (the stand-in issues these). */
export function listChangeToken(listId: string, time: Date, number: number): string {
  return `1;3;${listId};${(time.getTime() * 10000 + UNIX_EPOCH_TICKS).toFixed(0)};${number}`;
}

/** True when the token is too old (or unreadable) to ask the change log with. */
export function tokenTooOld(token: string, now: Date): boolean {
  const time = tokenTime(token);
  return time === null || now.getTime() - time.getTime() > MAX_TOKEN_AGE_DAYS * 24 * 3600 * 1000;
}

/** The items the changes touch: each is read again (a missing one was deleted or hidden). */
export function changedItemIds(changes: readonly RawChange[]): number[] {
  const ids = new Set<number>();
  for (const change of changes) {
    if (typeof change.ItemId === 'number' && change.ItemId > 0) {
      ids.add(change.ItemId);
    }
  }
  return [...ids].sort((a, b) => a - b);
}
