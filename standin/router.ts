/** Resolves `_api/…` paths to SharePoint resources and answers them. */
import { getChanges } from './changeLog';
import type { RequestContext } from './context';
import { jsonBody, PERMISSIONS_OF_ROLE, requirePermission } from './context';
import type { StandInResponse } from './http';
import { errors, json, noContent } from './http';
import { createItem, deleteItem, findItem, itemEtag, queryItems, serializeItem, updateItem } from './items';
import {
  createFieldFromXml,
  createList,
  createView,
  findFieldBy,
  listUrl,
  pick,
  serializeContentType,
  serializeField,
  serializeList,
  serializeRegionalSettings,
  serializeView,
  setResource,
  updateContentType,
  updateField,
  updateList,
  updateView
} from './lists';
import { currentUserGroups, routeSiteGroups } from './groups';
import type { Segment } from './paths';
import type { StoredField, StoredList, StoredUser, StoredView } from './store';
import { newGuid } from './store';

function method(ctx: RequestContext): string {
  const override = ctx.request.headers['x-http-method'];
  return (override ?? ctx.request.method).toUpperCase();
}

function str(segment: Segment, index = 0): string {
  const value = segment.args[index];
  if (value === undefined) {
    throw errors.badRequest(`${segment.name} needs an argument.`);
  }
  return String(value);
}

function serializeUser(ctx: RequestContext, user: StoredUser): Record<string, unknown> {
  return {
    'odata.type': 'SP.User',
    'odata.id': `${ctx.webUrl}/_api/Web/GetUserById(${user.Id})`,
    Id: user.Id,
    Title: user.Title,
    Email: user.Email,
    LoginName: user.LoginName,
    IsSiteAdmin: ctx.role === 'owner' && user.Id === ctx.user.Id
  };
}

function webEntity(ctx: RequestContext): Record<string, unknown> {
  const all: Record<string, unknown> = {
    Id: ctx.web.Id,
    Title: ctx.web.Title,
    Url: ctx.webUrl,
    ServerRelativeUrl: ctx.web.ServerRelativeUrl,
    Language: 1035,
    EffectiveBasePermissions: PERMISSIONS_OF_ROLE[ctx.role],
    CurrentUser: serializeUser(ctx, ctx.user)
  };
  return {
    'odata.type': 'SP.Web',
    'odata.id': `${ctx.webUrl}/_api/Web`,
    'odata.editLink': 'Web',
    ...pick(all, ctx.query.select, "type 'SP.Web'", ['CurrentUser'])
  };
}

function findList(ctx: RequestContext, segment: Segment): StoredList {
  const lists = ctx.web.lists;
  const name = segment.name.toLowerCase();
  if (name === 'getbytitle') {
    const title = str(segment);
    const list = lists.find((l) => l.Title.toLowerCase() === title.toLowerCase());
    if (!list) {
      throw errors.listMissing(title, ctx.webUrl);
    }
    return list;
  }
  if (name === 'getlist') {
    const url = str(segment).replace(/\/+$/, '').toLowerCase();
    const list = lists.find((l) => listUrl(ctx.web, l).toLowerCase() === url);
    if (!list) {
      throw errors.notFound(`List at '${str(segment)}'`);
    }
    return list;
  }
  const id = str(segment).replace(/[{}]/g, '').toLowerCase();
  const list = lists.find((l) => l.Id.toLowerCase() === id);
  if (!list) {
    throw errors.listMissing(id, ctx.webUrl);
  }
  return list;
}

function collection(values: Record<string, unknown>[]): Record<string, unknown> {
  return { value: values };
}

function routeView(ctx: RequestContext, list: StoredList, view: StoredView, rest: Segment[]): StandInResponse {
  const m = method(ctx);
  if (rest.length === 0) {
    if (m === 'GET') {
      return json(200, serializeView(ctx, list, view));
    }
    if (m === 'MERGE' || m === 'PATCH') {
      updateView(ctx, list, view, jsonBody(ctx));
      return noContent();
    }
    if (m === 'DELETE') {
      requirePermission(ctx, 'ManageLists');
      list.views = list.views.filter((v) => v !== view);
      ctx.store.changed();
      return json(200, {});
    }
  }
  if (rest[0]?.name.toLowerCase() === 'viewfields') {
    const action = rest[1];
    if (!action && m === 'GET') {
      return json(200, { Items: view.ViewFields, SchemaXml: '' });
    }
    requirePermission(ctx, 'ManageLists');
    if (!action) {
      throw errors.badRequest('Unknown view fields operation.');
    }
    const actionName = action.name.toLowerCase();
    if (actionName === 'addviewfield') {
      const name = str(action);
      if (!list.fields.some((f) => f.InternalName === name) && name !== 'LinkTitle') {
        throw errors.fieldMissing(name);
      }
      if (!view.ViewFields.includes(name)) {
        view.ViewFields.push(name);
      }
    } else if (actionName === 'removeallviewfields') {
      view.ViewFields = [];
    } else if (actionName === 'removeviewfield') {
      view.ViewFields = view.ViewFields.filter((f) => f !== str(action));
    } else {
      throw errors.badRequest('Unknown view fields operation.');
    }
    ctx.store.changed();
    return json(200, {});
  }
  throw errors.badRequest('Unsupported view request.');
}

function routeField(ctx: RequestContext, list: StoredList, field: StoredField, rest: Segment[]): StandInResponse {
  const m = method(ctx);
  if (rest.length === 0) {
    if (m === 'GET') {
      return json(200, serializeField(ctx, list, field));
    }
    if (m === 'MERGE' || m === 'PATCH') {
      updateField(ctx, list, field, jsonBody(ctx));
      return noContent();
    }
    if (m === 'DELETE') {
      requirePermission(ctx, 'ManageLists');
      list.fields = list.fields.filter((f) => f !== field);
      ctx.store.changed();
      return json(200, {});
    }
  }
  const resource = routeResource(ctx, field, rest);
  if (resource) {
    return resource;
  }
  throw errors.badRequest('Unsupported field request.');
}

/** `TitleResource|DescriptionResource/GetValueForUICulture|SetValueForUICulture` of a field or list. */
function routeResource(ctx: RequestContext, target: StoredField | StoredList, rest: Segment[]): StandInResponse | null {
  const resource = rest[0]?.name.toLowerCase();
  const op = rest[1];
  if ((resource !== 'titleresource' && resource !== 'descriptionresource') || !op || rest.length > 2) {
    return null;
  }
  const which = resource === 'titleresource' ? 'Title' : 'Description';
  const culture = String(op.named.cultureName ?? op.args[0] ?? '');
  if (op.name.toLowerCase() === 'getvalueforuiculture') {
    const resources = which === 'Title' ? target.TitleResources : target.DescriptionResources;
    return json(200, { value: resources[culture.toLowerCase()] ?? target[which] });
  }
  if (op.name.toLowerCase() === 'setvalueforuiculture' && method(ctx) === 'POST') {
    const body = jsonBody(ctx);
    const value = typeof body.value === 'string' ? body.value : String(op.named.value ?? '');
    setResource(ctx, target, which, typeof body.cultureName === 'string' ? body.cultureName : culture, value);
    return json(200, {});
  }
  return null;
}

function routeFields(ctx: RequestContext, list: StoredList, rest: Segment[]): StandInResponse {
  const m = method(ctx);
  const next = rest[0];
  if (!next) {
    if (m === 'GET') {
      return json(200, collection(list.fields.map((f) => serializeField(ctx, list, f))));
    }
    throw errors.badRequest('Use createfieldasxml to add fields.');
  }
  const name = next.name.toLowerCase();
  if (name === 'createfieldasxml' && m === 'POST') {
    const body = jsonBody(ctx);
    const parameters = body.parameters as { SchemaXml?: unknown; Options?: unknown } | undefined;
    if (!parameters || typeof parameters.SchemaXml !== 'string') {
      throw errors.badRequest('parameters.SchemaXml is required.');
    }
    const options = parameters.Options ?? 0;
    if (typeof options !== 'number' || !Number.isInteger(options) || options < 0 || options > 63) {
      throw errors.badRequest('parameters.Options is not a valid SP.AddFieldOptions value.');
    }
    const field = createFieldFromXml(ctx, list, parameters.SchemaXml, options);
    return json(201, serializeField(ctx, list, field));
  }
  if (name === 'getbyinternalnameortitle' || name === 'getbytitle' || name === 'getbyid' || (name === 'fields' && next.hasParens) || (next.hasParens && name === '')) {
    const field = findFieldBy(list, str(next));
    if (!field) {
      throw errors.fieldMissing(str(next));
    }
    return routeField(ctx, list, field, rest.slice(1));
  }
  throw errors.badRequest(`Unsupported fields request '${next.name}'.`);
}

function routeItems(ctx: RequestContext, list: StoredList, itemSegment: Segment, rest: Segment[]): StandInResponse {
  const m = method(ctx);
  if (!itemSegment.hasParens && rest.length === 0) {
    if (m === 'GET') {
      return json(200, queryItems(ctx, list));
    }
    if (m === 'POST') {
      const item = createItem(ctx, list, jsonBody(ctx));
      return json(201, serializeItem(ctx, list, item, { ...ctx.query, select: undefined }), { etag: itemEtag(item) });
    }
    throw errors.badRequest('Unsupported items request.');
  }
  const id = Number(itemSegment.args[0]);
  const item = findItem(ctx, list, id);
  if (rest.length === 1 && rest[0]?.name.toLowerCase() === 'recycle' && m === 'POST') {
    // to the recycle bin (the stand-in keeps no bin: the item is gone from the list either way)
    deleteItem(ctx, list, item);
    return json(200, { value: newGuid() });
  }
  if (rest.length > 0) {
    throw errors.badRequest('Unsupported item request.');
  }
  if (m === 'GET') {
    return json(200, serializeItem(ctx, list, item, ctx.query), { etag: itemEtag(item) });
  }
  if (m === 'MERGE' || m === 'PATCH' || m === 'PUT') {
    updateItem(ctx, list, item, jsonBody(ctx));
    return noContent({ etag: itemEtag(item) });
  }
  if (m === 'DELETE') {
    deleteItem(ctx, list, item);
    return json(200, {});
  }
  throw errors.badRequest('Unsupported item request.');
}

function routeList(ctx: RequestContext, list: StoredList, rest: Segment[]): StandInResponse {
  const m = method(ctx);
  const next = rest[0];
  if (!next) {
    if (m === 'GET') {
      return json(200, serializeList(ctx, list));
    }
    if (m === 'MERGE' || m === 'PATCH') {
      updateList(ctx, list, jsonBody(ctx));
      return noContent();
    }
    if (m === 'DELETE') {
      requirePermission(ctx, 'ManageLists');
      ctx.web.lists = ctx.web.lists.filter((l) => l !== list);
      ctx.store.changed();
      return json(200, {});
    }
    throw errors.badRequest('Unsupported list request.');
  }
  switch (next.name.toLowerCase()) {
    case 'items':
      return routeItems(ctx, list, next, rest.slice(1));
    case 'getitembyid':
      return routeItems(ctx, list, { ...next, hasParens: true }, rest.slice(1));
    case 'fields':
      return next.hasParens ? routeFields(ctx, list, [{ ...next, name: 'getbyid' }, ...rest.slice(1)]) : routeFields(ctx, list, rest.slice(1));
    case 'effectivebasepermissions':
      return json(200, PERMISSIONS_OF_ROLE[ctx.role]);
    case 'getchanges':
      if (m !== 'POST' || rest.length > 1) {
        throw errors.badRequest('GetChanges needs POST with a query.');
      }
      return json(200, getChanges(ctx, list));
    case 'views':
      return routeViews(ctx, list, next, rest.slice(1));
    case 'contenttypes':
      return routeContentTypes(ctx, list, next, rest.slice(1));
    default: {
      const resource = routeResource(ctx, list, rest);
      if (resource) {
        return resource;
      }
      throw errors.badRequest(`Unsupported list resource '${next.name}'.`);
    }
  }
}

function routeViews(ctx: RequestContext, list: StoredList, segment: Segment, rest: Segment[]): StandInResponse {
  const m = method(ctx);
  if (segment.hasParens) {
    const id = str(segment).toLowerCase();
    const view = list.views.find((v) => v.Id.toLowerCase() === id);
    if (!view) {
      throw errors.notFound('View');
    }
    return routeView(ctx, list, view, rest);
  }
  const next = rest[0];
  if (!next) {
    if (m === 'GET') {
      return json(200, collection(list.views.map((v) => serializeView(ctx, list, v))));
    }
    if (m === 'POST') {
      const view = createView(ctx, list, jsonBody(ctx));
      return json(201, serializeView(ctx, list, view));
    }
  }
  if (next && next.name.toLowerCase() === 'getbytitle') {
    const view = list.views.find((v) => v.Title === str(next));
    if (!view) {
      throw errors.notFound(`View '${str(next)}'`);
    }
    return routeView(ctx, list, view, rest.slice(1));
  }
  throw errors.badRequest('Unsupported views request.');
}

function routeContentTypes(ctx: RequestContext, list: StoredList, segment: Segment, rest: Segment[]): StandInResponse {
  const m = method(ctx);
  if (!segment.hasParens && rest.length === 0 && m === 'GET') {
    return json(200, collection(list.contentTypes.map((ct) => serializeContentType(ctx, list, ct))));
  }
  const id = segment.hasParens ? str(segment) : rest[0] && rest[0].name.toLowerCase() === 'getbyid' ? str(rest[0]) : '';
  const ct = list.contentTypes.find((c) => c.Id.toLowerCase() === id.toLowerCase());
  if (!ct) {
    throw errors.notFound('Content type');
  }
  if (m === 'GET') {
    return json(200, serializeContentType(ctx, list, ct));
  }
  if (m === 'MERGE' || m === 'PATCH') {
    updateContentType(ctx, ct, jsonBody(ctx));
    return noContent();
  }
  throw errors.badRequest('Unsupported content type request.');
}

function routeLists(ctx: RequestContext, segment: Segment, rest: Segment[]): StandInResponse {
  if (segment.hasParens) {
    return routeList(ctx, findList(ctx, { ...segment, name: 'id' }), rest);
  }
  const next = rest[0];
  if (!next) {
    if (method(ctx) === 'GET') {
      return json(200, collection(ctx.web.lists.map((l) => serializeList(ctx, l))));
    }
    if (method(ctx) === 'POST') {
      const list = createList(ctx, jsonBody(ctx));
      return json(201, serializeList({ ...ctx, query: { ...ctx.query, select: undefined } }, list));
    }
    throw errors.badRequest('Unsupported lists request.');
  }
  return routeList(ctx, findList(ctx, next), rest.slice(1));
}

function routeUsers(ctx: RequestContext, segment: Segment, rest: Segment[]): StandInResponse {
  const name = segment.name.toLowerCase();
  if (name === 'currentuser') {
    if (rest[0]?.name.toLowerCase() === 'groups' && rest.length === 1) {
      return currentUserGroups(ctx);
    }
    if (rest.length > 0) {
      throw errors.badRequest(`Unsupported user resource '${rest[0]?.name ?? ''}'.`);
    }
    return json(200, serializeUser(ctx, ctx.user));
  }
  if (name === 'ensureuser') {
    requirePermission(ctx, 'EditListItems');
    const body = jsonBody(ctx);
    const logon = typeof body.logonName === 'string' ? body.logonName : String(segment.args[0] ?? '');
    const email = logon.replace(/^i:0#\.f\|membership\|/, '').toLowerCase();
    // only people of the directory (the tenant's users) resolve; the stand-in's are its users
    const user = ctx.store.data.users.find((u) => u.Email.toLowerCase() === email);
    if (!user) {
      throw errors.userNotFound(logon);
    }
    return json(200, serializeUser(ctx, user));
  }
  if (name === 'getuserbyid') {
    const user = ctx.store.userById(Number(segment.args[0]));
    if (!user) {
      throw errors.notFound('User');
    }
    return json(200, serializeUser(ctx, user));
  }
  const next = rest[0];
  if (!next) {
    return json(200, collection(ctx.store.data.users.map((u) => serializeUser(ctx, u))));
  }
  const op = next.name.toLowerCase();
  const user =
    op === 'getbyemail'
      ? ctx.store.data.users.find((u) => u.Email.toLowerCase() === str(next).toLowerCase())
      : op === 'getbyid'
        ? ctx.store.userById(Number(next.args[0]))
        : undefined;
  if (!user) {
    throw errors.notFound('User');
  }
  return json(200, serializeUser(ctx, user));
}

/**
 * Tenant properties: `GetStorageEntity('key')` from any site, by any user who can read it; an
 * unset key answers `{"odata.null": true}` (CLI for Microsoft 365's tests of
 * `spo storageentity get`). Setting and removing works only on the tenant app catalog site, for
 * its owners (Microsoft: "MUST be called in the context of the app catalog web or you will get
 * an access denied message", PnPjs tenant-properties docs).
 */
function routeStorageEntity(ctx: RequestContext, segment: Segment): StandInResponse {
  const name = segment.name.toLowerCase();
  const properties = (ctx.store.data.tenantProperties ??= {});
  if (name === 'getstorageentity') {
    const entity = properties[str(segment)];
    return json(200, entity ? { ...entity } : { 'odata.null': true });
  }
  if (method(ctx) !== 'POST') {
    throw errors.badRequest(`${segment.name} is a POST.`);
  }
  const appCatalog = ctx.store.data.appCatalog;
  if (appCatalog === undefined || appCatalog.toLowerCase() !== ctx.web.ServerRelativeUrl.toLowerCase()) {
    throw errors.accessDenied();
  }
  requirePermission(ctx, 'ManageWeb');
  if (name === 'removestorageentity') {
    delete properties[str(segment)];
  } else {
    const body = jsonBody(ctx);
    if (typeof body.key !== 'string' || body.key === '' || typeof body.value !== 'string') {
      throw errors.badRequest('SetStorageEntity needs a key and a value.');
    }
    properties[body.key] = {
      Value: body.value,
      Description: typeof body.description === 'string' ? body.description : '',
      Comment: typeof body.comments === 'string' ? body.comments : ''
    };
  }
  ctx.store.changed();
  return noContent();
}

/** Answers a request under `<web>/_api/`. */
export function route(ctx: RequestContext, segments: Segment[]): StandInResponse {
  const [first, second, ...rest] = segments;
  if (!first) {
    throw errors.badRequest('Empty request.');
  }
  const root = first.name.toLowerCase();
  if (root !== 'web') {
    throw errors.badRequest(`Unsupported resource '${first.name}'.`);
  }
  if (!second) {
    return json(200, webEntity(ctx));
  }
  switch (second.name.toLowerCase()) {
    case 'lists':
      return routeLists(ctx, second, rest);
    case 'getlist':
      return routeList(ctx, findList(ctx, second), rest);
    case 'effectivebasepermissions':
      return json(200, PERMISSIONS_OF_ROLE[ctx.role]);
    case 'regionalsettings':
      return json(200, serializeRegionalSettings(ctx));
    case 'currentuser':
    case 'siteusers':
    case 'ensureuser':
    case 'getuserbyid':
      return routeUsers(ctx, second, rest);
    case 'sitegroups':
      return routeSiteGroups(ctx, second, rest, (user) => serializeUser(ctx, user));
    case 'getstorageentity':
    case 'setstorageentity':
    case 'removestorageentity':
      return routeStorageEntity(ctx, second);
    default:
      throw errors.badRequest(`Unsupported web resource '${second.name}'.`);
  }
}
