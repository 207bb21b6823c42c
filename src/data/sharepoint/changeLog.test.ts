import { changedItemIds, changeQuerySince, listChangeToken, tokenTime, tokenTooOld } from './changeLog';

const LIST = '0f3c1d2e-1111-4222-8333-944455556666';

describe('change tokens', () => {
  it('reads the time of a list token back to the millisecond', () => {
    const at = new Date('2026-10-01T08:30:15.123Z');
    const token = listChangeToken(LIST, at, 42);
    expect(token.split(';')).toEqual(['1', '3', LIST, expect.stringMatching(/^\d{18}$/), '42']);
    expect(tokenTime(token)?.toISOString()).toBe(at.toISOString());
  });

  it('reads the ticks of a token SharePoint documents (2013-02-03)', () => {
    // "1;3;482e418a-…;634955266749500000;5749111" from the REST reference's example
    expect(tokenTime('1;3;482e418a-0900-414b-8902-02248c8d5b3c;634955266749500000;5749111')?.toISOString()).toBe('2013-02-03T22:17:54.950Z');
  });

  it('does not trust a token older than 50 days, or one it cannot read', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    expect(tokenTooOld(listChangeToken(LIST, new Date('2026-10-20T12:00:00Z'), 1), now)).toBe(false);
    expect(tokenTooOld(listChangeToken(LIST, new Date('2026-10-15T11:00:00Z'), 1), now)).toBe(true);
    expect(tokenTooOld('not a token', now)).toBe(true);
    expect(tokenTooOld('1;3;x;abc;1', now)).toBe(true);
  });

  it('asks for every change that can alter an item or who may read it', () => {
    expect(changeQuerySince('t')).toMatchObject({ Item: true, Add: true, Update: true, DeleteObject: true, Restore: true, SystemUpdate: true, RoleAssignmentAdd: true, RoleAssignmentDelete: true, ChangeTokenStart: { StringValue: 't' } });
  });

  it('names each changed item once, in id order, and ignores changes without an item', () => {
    expect(changedItemIds([{ ItemId: 5, ChangeType: 2 }, { ItemId: 3, ChangeType: 1 }, { ItemId: 5, ChangeType: 3 }, { ChangeType: 2 }, { ItemId: 0 }])).toEqual([3, 5]);
  });
});
