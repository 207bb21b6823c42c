/**
 * SharePoint groups of a site (SP.Group): the three a team site has (`<site> Owners`, `Members`,
 * `Visitors`, holding the stand-in's users of the matching roles), groups added by tests or the
 * demo, and the REST resources `web/sitegroups` (GET, POST to add, `getbyname('…')`,
 * `getbyid(n)`, `(n)`, `…/users` GET and POST) and `web/currentuser/groups`.
 * Sources: docs/sharepoint-behaviour.md ("Site groups").
 */
import type { RequestContext, Role } from './context';
import { jsonBody, requirePermission, ROLE_USERS } from './context';
import type { StandInResponse } from './http';
import { errors, json } from './http';
import { pick } from './lists';
import type { Segment } from './paths';
import type { Store, StoredGroup, StoredUser, StoredWeb } from './store';

/** The default groups of a team site and the roles whose users are in them (the contributor's Contribute is given directly). */
export const DEFAULT_GROUPS: readonly { suffix: 'Owners' | 'Members' | 'Visitors'; roles: readonly Role[] }[] = [
  { suffix: 'Owners', roles: ['owner'] },
  { suffix: 'Members', roles: ['member', 'steering'] },
  { suffix: 'Visitors', roles: ['visitor'] }
];

function usersOf(store: Store, roles: readonly Role[]): number[] {
  return roles.map((role) => store.ensureUser(ROLE_USERS[role].title, ROLE_USERS[role].email).Id);
}

/** The site's groups, the default three made first (on first use, as a team site has them from its creation). */
export function siteGroups(store: Store, web: StoredWeb): StoredGroup[] {
  if (!web.groups) {
    web.groups = [];
    const owners = `${web.Title} Owners`;
    for (const group of DEFAULT_GROUPS) {
      // users and groups share the site collection's principal ids
      web.groups.push({ Id: store.data.nextUserId++, Title: `${web.Title} ${group.suffix}`, Description: null, OwnerTitle: owners, userIds: usersOf(store, group.roles) });
    }
    store.changed();
  }
  return web.groups;
}

export function findGroup(store: Store, web: StoredWeb, title: string): StoredGroup | undefined {
  return siteGroups(store, web).find((g) => g.Title.toLowerCase() === title.toLowerCase());
}

/** Adds a group (or finds the one of that title: group names are unique per site collection) and puts the roles' users in it. */
export function addGroup(store: Store, web: StoredWeb, title: string, roles: readonly Role[] = [], description: string | null = null): StoredGroup {
  let group = findGroup(store, web, title);
  if (!group) {
    group = { Id: store.data.nextUserId++, Title: title, Description: description, OwnerTitle: `${web.Title} Owners`, userIds: [] };
    siteGroups(store, web).push(group);
  }
  for (const id of usersOf(store, roles)) {
    if (!group.userIds.includes(id)) {
      group.userIds.push(id);
    }
  }
  store.changed();
  return group;
}

/** SP.Group as SharePoint answers it (minimal metadata; `$select` applies). */
export function serializeGroup(ctx: RequestContext, group: StoredGroup): Record<string, unknown> {
  const all: Record<string, unknown> = {
    Id: group.Id,
    IsHiddenInUI: false,
    LoginName: group.Title,
    Title: group.Title,
    PrincipalType: 8,
    AllowMembersEditMembership: false,
    AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false,
    Description: group.Description,
    OnlyAllowMembersViewMembership: false,
    OwnerTitle: group.OwnerTitle,
    RequestToJoinLeaveEmailSetting: null
  };
  return {
    'odata.type': 'SP.Group',
    'odata.id': `${ctx.webUrl}/_api/Web/SiteGroups/GetById(${group.Id})`,
    'odata.editLink': `Web/SiteGroups/GetById(${group.Id})`,
    ...pick(all, ctx.query.select, "type 'SP.Group'")
  };
}

function method(ctx: RequestContext): string {
  return (ctx.request.headers['x-http-method'] ?? ctx.request.method).toUpperCase();
}

/** `web/currentuser/groups`: the groups the signed-in user is in. */
export function currentUserGroups(ctx: RequestContext): StandInResponse {
  const mine = siteGroups(ctx.store, ctx.web).filter((g) => g.userIds.includes(ctx.user.Id));
  return json(200, { value: mine.map((g) => serializeGroup(ctx, g)) });
}

function routeGroup(ctx: RequestContext, group: StoredGroup, rest: Segment[], serializeUser: (user: StoredUser) => Record<string, unknown>): StandInResponse {
  const next = rest[0];
  if (!next) {
    return json(200, serializeGroup(ctx, group));
  }
  if (next.name.toLowerCase() === 'users' && rest.length === 1) {
    if (method(ctx) === 'POST') {
      // adding members: the group's owner (the site's owners) may
      requirePermission(ctx, 'ManageWeb');
      const logon = jsonBody(ctx).LoginName;
      const email = typeof logon === 'string' ? logon.replace(/^i:0#\.f\|membership\|/, '').toLowerCase() : '';
      const user = ctx.store.data.users.find((u) => u.Email.toLowerCase() === email);
      if (!user) {
        throw errors.userNotFound(String(logon));
      }
      if (!group.userIds.includes(user.Id)) {
        group.userIds.push(user.Id);
        ctx.store.changed();
      }
      return json(201, serializeUser(user));
    }
    const users = group.userIds.map((id) => ctx.store.userById(id)).filter((u): u is StoredUser => u !== undefined);
    return json(200, { value: users.map(serializeUser) });
  }
  throw errors.badRequest(`Unsupported group resource '${next.name}'.`);
}

/** `web/sitegroups…`; reading the site's groups needs Browse User Information (every default level has it). */
export function routeSiteGroups(ctx: RequestContext, segment: Segment, rest: Segment[], serializeUser: (user: StoredUser) => Record<string, unknown>): StandInResponse {
  requirePermission(ctx, 'BrowseUserInfo');
  const groups = siteGroups(ctx.store, ctx.web);
  const byId = (id: unknown): StoredGroup => {
    const group = groups.find((g) => g.Id === Number(id));
    if (!group) {
      throw errors.groupMissing();
    }
    return group;
  };
  if (segment.hasParens) {
    return routeGroup(ctx, byId(segment.args[0]), rest, serializeUser);
  }
  const next = rest[0];
  if (!next) {
    if (method(ctx) === 'POST') {
      // making a group: Create Groups, which only Full Control has of the default levels
      requirePermission(ctx, 'CreateGroups');
      const body = jsonBody(ctx);
      if (typeof body.Title !== 'string' || body.Title.trim() === '') {
        throw errors.badRequest('A group needs a Title.');
      }
      if (findGroup(ctx.store, ctx.web, body.Title)) {
        throw errors.duplicate(`The specified name ${body.Title}`);
      }
      const group = addGroup(ctx.store, ctx.web, body.Title, [], typeof body.Description === 'string' ? body.Description : null);
      return json(201, serializeGroup(ctx, group));
    }
    return json(200, { value: groups.map((g) => serializeGroup(ctx, g)) });
  }
  const op = next.name.toLowerCase();
  if (op === 'getbyname') {
    const group = findGroup(ctx.store, ctx.web, String(next.args[0] ?? ''));
    if (!group) {
      throw errors.groupMissing();
    }
    return routeGroup(ctx, group, rest.slice(1), serializeUser);
  }
  if (op === 'getbyid') {
    return routeGroup(ctx, byId(next.args[0]), rest.slice(1), serializeUser);
  }
  throw errors.badRequest(`Unsupported site groups request '${next.name}'.`);
}
