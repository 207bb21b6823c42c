/**
 * List items: OData JSON as SharePoint Online returns it with `Accept: application/json`
 * (minimal metadata), `$select/$expand/$filter/$orderby/$top/$skiptoken`, paging with
 * `odata.nextLink`, the list view threshold, ETags and 412 on If-Match mismatch.
 */
import type { Query, RequestContext } from './context';
import { errors } from './http';
import type { FilterNode } from './odataFilter';
import { evaluateFilter, filterFields, FilterSyntaxError, parseFilter } from './odataFilter';
import type { StoredField, StoredItem, StoredList } from './store';
import { nowIso } from './store';
import { validateItem } from './validation';
import { CHANGE_TYPE, recordChange } from './changeLog';
import { requireListPermission } from './security';

export const LIST_VIEW_THRESHOLD = 5000;
export const DEFAULT_PAGE_SIZE = 100;

const SYSTEM_PROPERTIES = new Set(['Id', 'ID', 'Created', 'Modified', 'AuthorId', 'EditorId', 'GUID']);

function isLookupLike(field: StoredField): boolean {
  return field.TypeAsString === 'Lookup' || field.TypeAsString === 'LookupMulti' || field.TypeAsString === 'User';
}

export function findField(list: StoredList, name: string): StoredField | undefined {
  return list.fields.find((f) => f.InternalName === name);
}

export function itemEtag(item: StoredItem): string {
  return `"${item.version}"`;
}

export function entityTypeName(list: StoredList): string {
  return `SP.Data.${list.UrlName.replace(/[^A-Za-z0-9]/g, '_')}ListItem`;
}

/** A value of an item by field path as $filter and $orderby see it. */
function resolvePath(list: StoredList, item: StoredItem, path: string): unknown {
  const [head = '', sub] = path.split('/');
  if (head === 'Id' || head === 'ID') {
    return item.Id;
  }
  if (head === 'Created' || head === 'Modified') {
    return item[head];
  }
  if (head === 'Author' || head === 'Editor') {
    return sub === 'Id' || sub === undefined ? item[`${head}Id`] : undefined;
  }
  const field = findField(list, head);
  if (field && isLookupLike(field)) {
    const ids = item.values[`${head}Id`];
    if (sub === undefined || sub === 'Id') {
      return ids;
    }
    return undefined;
  }
  if (!field && head.endsWith('Id')) {
    return item.values[head];
  }
  return item.values[head];
}

function checkThreshold(list: StoredList, query: Query, filterFieldNames: string[]): void {
  if (list.items.length <= LIST_VIEW_THRESHOLD) {
    return;
  }
  const indexed = (name: string): boolean => {
    if (name === 'Id' || name === 'ID') {
      return true;
    }
    const field = findField(list, name.replace(/Id$/, '')) ?? findField(list, name);
    return field !== undefined && field.Indexed;
  };
  const orderFields = (query.orderBy ?? '').split(',').map((s) => s.trim().split(/\s+/)[0] ?? '').filter((s) => s !== '');
  if ((query.top ?? 0) > LIST_VIEW_THRESHOLD || !filterFieldNames.every(indexed) || !orderFields.every(indexed)) {
    throw errors.listViewThreshold();
  }
}

interface SortKey {
  path: string;
  descending: boolean;
}

function sortKeys(orderBy: string | undefined): SortKey[] {
  const keys = (orderBy ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const [path = '', direction] = s.split(/\s+/);
      return { path, descending: (direction ?? '').toLowerCase() === 'desc' };
    });
  if (!keys.some((k) => k.path === 'ID' || k.path === 'Id')) {
    keys.push({ path: 'ID', descending: false });
  }
  return keys;
}

function compareForSort(a: unknown, b: unknown): number {
  if (a === b) {
    return 0;
  }
  if (a === null || a === undefined) {
    return -1;
  }
  if (b === null || b === undefined) {
    return 1;
  }
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b;
  }
  return String(a) < String(b) ? -1 : 1;
}

function sortItems(list: StoredList, items: StoredItem[], keys: SortKey[]): StoredItem[] {
  return items.slice().sort((x, y) => {
    for (const key of keys) {
      const c = compareForSort(resolvePath(list, x, key.path), resolvePath(list, y, key.path));
      if (c !== 0) {
        return key.descending ? -c : c;
      }
    }
    return 0;
  });
}

/** Position after which the next page starts: `Paged=TRUE&p_ID=N` (SharePoint's skip token). */
function startIndex(sorted: StoredItem[], skipToken: string | undefined): number {
  if (!skipToken) {
    return 0;
  }
  const token = new URLSearchParams(skipToken);
  const lastId = Number(token.get('p_ID'));
  if (!Number.isFinite(lastId)) {
    throw errors.badRequest('Invalid $skiptoken.');
  }
  const at = sorted.findIndex((item) => item.Id === lastId);
  return at < 0 ? sorted.length : at + 1;
}

function nextLink(ctx: RequestContext, lastId: number): string {
  const url = new URL(ctx.request.url.toString());
  const token = new URLSearchParams();
  token.set('Paged', 'TRUE');
  token.set('p_ID', String(lastId));
  url.searchParams.set('$skiptoken', token.toString());
  return url.toString();
}

function userObject(ctx: RequestContext, id: unknown, props: string[]): Record<string, unknown> | undefined {
  if (typeof id !== 'number') {
    return undefined;
  }
  const user = ctx.store.userById(id);
  if (!user) {
    return undefined;
  }
  const all: Record<string, unknown> = { Id: user.Id, Title: user.Title, EMail: user.Email, Name: user.LoginName };
  const result: Record<string, unknown> = {
    'odata.type': 'SP.Data.UserInfoItem',
    'odata.id': `${ctx.webUrl}/_api/Web/SiteUserInfoList/Items(${user.Id})`
  };
  for (const p of props) {
    if (!(p in all)) {
      throw errors.badRequest(`The field or property '${p}' does not exist.`);
    }
    result[p] = all[p];
  }
  return result;
}

function lookupObject(ctx: RequestContext, field: StoredField, id: number, props: string[]): Record<string, unknown> | undefined {
  const target = ctx.web.lists.find((l) => l.Id === field.LookupList);
  const item = target?.items.find((i) => i.Id === id);
  if (!target || !item) {
    return undefined;
  }
  const result: Record<string, unknown> = { 'odata.type': entityTypeName(target), 'odata.id': `${ctx.webUrl}/_api/Web/Lists(guid'${target.Id}')/Items(${id})` };
  for (const p of props) {
    result[p] = p === 'Id' || p === 'ID' ? item.Id : item.values[p] ?? null;
  }
  return result;
}

function expandedValue(ctx: RequestContext, field: StoredField, item: StoredItem, props: string[]): unknown {
  const raw = item.values[`${field.InternalName}Id`];
  if (field.TypeAsString === 'User') {
    return userObject(ctx, raw, props);
  }
  if (field.TypeAsString === 'LookupMulti') {
    const ids = Array.isArray(raw) ? raw.filter((v): v is number => typeof v === 'number') : [];
    return ids.map((id) => lookupObject(ctx, field, id, props)).filter((v) => v !== undefined);
  }
  return typeof raw === 'number' ? lookupObject(ctx, field, raw, props) : undefined;
}

function systemValue(item: StoredItem, name: string): unknown {
  switch (name) {
    case 'Id':
    case 'ID':
      return item.Id;
    case 'Created':
    case 'Modified':
      return item[name];
    case 'AuthorId':
      return item.AuthorId;
    case 'EditorId':
      return item.EditorId;
    default:
      return undefined;
  }
}

function allValues(list: StoredList, item: StoredItem): Record<string, unknown> {
  const result: Record<string, unknown> = { Id: item.Id, ID: item.Id, Created: item.Created, Modified: item.Modified, AuthorId: item.AuthorId, EditorId: item.EditorId };
  for (const field of list.fields) {
    if (field.System) {
      continue;
    }
    if (isLookupLike(field)) {
      const key = `${field.InternalName}Id`;
      result[key] = item.values[key] ?? (field.TypeAsString === 'LookupMulti' ? [] : null);
    } else {
      result[field.InternalName] = item.values[field.InternalName] ?? null;
    }
  }
  return result;
}

function selectedValues(ctx: RequestContext, list: StoredList, item: StoredItem, query: Query): Record<string, unknown> {
  const select = query.select ?? [];
  if (select.length === 0 || select.includes('*')) {
    return allValues(list, item);
  }
  const result: Record<string, unknown> = {};
  const expandedProps = new Map<string, string[]>();
  for (const name of select) {
    const [head = '', sub] = name.split('/');
    if (sub !== undefined) {
      if (!query.expand.includes(head)) {
        throw errors.badRequest(
          `The query to field '${name}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`
        );
      }
      expandedProps.set(head, [...(expandedProps.get(head) ?? []), sub]);
      continue;
    }
    if (SYSTEM_PROPERTIES.has(head)) {
      result[head] = systemValue(item, head);
      continue;
    }
    const field = findField(list, head);
    const lookupOfId = !field && head.endsWith('Id') ? findField(list, head.slice(0, -2)) : undefined;
    if (lookupOfId && isLookupLike(lookupOfId)) {
      result[head] = item.values[head] ?? (lookupOfId.TypeAsString === 'LookupMulti' ? [] : null);
    } else if (field && !isLookupLike(field)) {
      result[head] = item.values[head] ?? null;
    } else if (!field) {
      throw errors.badRequest(`The field or property '${head}' does not exist.`);
    }
  }
  for (const [head, props] of expandedProps) {
    const field = findField(list, head);
    if (head === 'Author' || head === 'Editor') {
      const value = userObject(ctx, item[`${head}Id`], props);
      if (value !== undefined) {
        result[head] = value;
      }
      continue;
    }
    if (!field || !isLookupLike(field)) {
      throw errors.badRequest(`The field or property '${head}' does not exist.`);
    }
    const value = expandedValue(ctx, field, item, props);
    if (value !== undefined) {
      result[head] = value;
    }
  }
  return result;
}

export function serializeItem(ctx: RequestContext, list: StoredList, item: StoredItem, query: Query): Record<string, unknown> {
  return {
    'odata.type': entityTypeName(list),
    'odata.id': `${ctx.webUrl}/_api/Web/Lists(guid'${list.Id}')/Items(${item.Id})`,
    'odata.etag': itemEtag(item),
    'odata.editLink': `Web/Lists(guid'${list.Id}')/Items(${item.Id})`,
    ...selectedValues(ctx, list, item, query)
  };
}

/** SharePoint Online's list view lookup threshold: lookup and person columns joined per query. */
export const LOOKUP_THRESHOLD = 12;

/** 500 when a query joins more lookup or person columns than the threshold allows. */
function checkLookupThreshold(list: StoredList, query: Query): void {
  const joined = new Set(query.expand.map((name) => findField(list, name.split('/')[0] ?? '')).filter((f): f is StoredField => f !== undefined && isLookupLike(f)));
  if (joined.size > LOOKUP_THRESHOLD) {
    throw errors.lookupThreshold();
  }
}

export function queryItems(ctx: RequestContext, list: StoredList): Record<string, unknown> {
  const query = ctx.query;
  checkLookupThreshold(list, query);
  let filterNode: FilterNode | undefined;
  try {
    filterNode = query.filter ? parseFilter(query.filter) : undefined;
  } catch (e) {
    throw errors.badRequest(e instanceof FilterSyntaxError ? `Invalid $filter: ${e.message}` : 'Invalid $filter');
  }
  checkThreshold(list, query, filterNode ? filterFields(filterNode) : []);
  const node = filterNode;
  const readable = list.items.filter((item) => canReadItem(ctx, item));
  const matching = node ? readable.filter((item) => Boolean(evaluateFilter(node, (path) => resolvePath(list, item, path)))) : readable;
  const sorted = sortItems(list, matching, sortKeys(query.orderBy));
  const top = Math.max(0, Math.min(query.top ?? DEFAULT_PAGE_SIZE, LIST_VIEW_THRESHOLD));
  const start = startIndex(sorted, query.skipToken);
  const page = sorted.slice(start, start + top);
  const body: Record<string, unknown> = {
    'odata.metadata': `${ctx.webUrl}/_api/$metadata#${entityTypeName(list).replace('ListItem', 'ListItems')}`,
    value: page.map((item) => serializeItem(ctx, list, item, query))
  };
  const last = page[page.length - 1];
  if (start + top < sorted.length && last) {
    body['odata.nextLink'] = nextLink(ctx, last.Id);
  }
  return body;
}

/** Item-level permissions: an item with its own readers is invisible to other roles. */
export function canReadItem(ctx: RequestContext, item: StoredItem): boolean {
  return item.readers === undefined || item.readers.includes(ctx.role);
}

/** The item, or 404 when it does not exist or the user may not read it (as SharePoint answers). */
export function findItem(ctx: RequestContext, list: StoredList, id: number): StoredItem {
  const item = list.items.find((i) => i.Id === id);
  if (!item || !canReadItem(ctx, item)) {
    throw errors.itemMissing();
  }
  return item;
}

/** Checks If-Match; "*" or no header matches anything. */
export function checkEtag(ctx: RequestContext, item: StoredItem): void {
  const sent = ctx.request.headers['if-match'];
  if (sent === undefined || sent === '*') {
    return;
  }
  if (sent !== itemEtag(item)) {
    throw errors.conflict(sent, itemEtag(item));
  }
}

/** Applies a write body to item values after checking names and types like SharePoint does. */
function applyValues(ctx: RequestContext, list: StoredList, target: Record<string, unknown>, body: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(body)) {
    if (name === '__metadata' || name.startsWith('odata.') || name.startsWith('@odata.')) {
      continue;
    }
    const field = findField(list, name) ?? (name.endsWith('Id') ? findField(list, name.slice(0, -2)) : undefined);
    const isIdOfLookup = field !== undefined && field.InternalName !== name;
    if (!field || field.System || (isLookupLike(field) && !isIdOfLookup) || (!isLookupLike(field) && isIdOfLookup)) {
      throw errors.badRequest(
        `The property '${name}' does not exist on type '${entityTypeName(list)}'. Make sure to only use property names that are defined by the type.`
      );
    }
    target[name] = validateItem.coerce(field, value, ctx.store);
  }
}

export function createItem(ctx: RequestContext, list: StoredList, body: Record<string, unknown>): StoredItem {
  requireListPermission(ctx, list, 'AddListItems');
  const values: Record<string, unknown> = {};
  for (const field of list.fields) {
    if (!field.System && field.DefaultValue !== null && field.DefaultValue !== undefined && !isLookupLike(field)) {
      values[field.InternalName] = validateItem.coerce(field, field.DefaultValue, ctx.store);
    }
  }
  applyValues(ctx, list, values, body);
  validateItem.check(list, values);
  const now = nowIso();
  const item: StoredItem = { Id: list.nextItemId++, version: 1, Created: now, Modified: now, AuthorId: ctx.user.Id, EditorId: ctx.user.Id, values };
  list.items.push(item);
  recordChange(list, item.Id, CHANGE_TYPE.add);
  list.LastItemModifiedDate = now;
  ctx.store.changed();
  return item;
}

export function updateItem(ctx: RequestContext, list: StoredList, item: StoredItem, body: Record<string, unknown>): StoredItem {
  requireListPermission(ctx, list, 'EditListItems');
  checkEtag(ctx, item);
  const values = { ...item.values };
  applyValues(ctx, list, values, body);
  validateItem.check(list, values);
  item.values = values;
  item.version += 1;
  item.Modified = nowIso();
  item.EditorId = ctx.user.Id;
  recordChange(list, item.Id, CHANGE_TYPE.update);
  list.LastItemModifiedDate = item.Modified;
  ctx.store.changed();
  return item;
}

export function deleteItem(ctx: RequestContext, list: StoredList, item: StoredItem): void {
  requireListPermission(ctx, list, 'DeleteListItems');
  checkEtag(ctx, item);
  list.items = list.items.filter((i) => i !== item);
  recordChange(list, item.Id, CHANGE_TYPE.deleteObject);
  ctx.store.changed();
}
