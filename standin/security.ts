/**
 * Role assignments of a list (SP.SecurableObject): a list inherits the web's permissions until
 * `breakroleinheritance` gives it its own (copied from the web or empty); then the signed-in
 * person's permissions on the list are the union of the permission levels assigned to them and to
 * the groups they are in. `roleassignments/addroleassignment(principalid, roledefid)`,
 * `removeroleassignment(...)`, `resetroleinheritance`, and `web/roledefinitions/getbytype(n)`.
 * Sources: docs/sharepoint-behaviour.md ("Unique permissions on a list").
 */
import type { PermissionName, RequestContext } from './context';
import { jsonBody, PERMISSION, PERMISSIONS_OF_ROLE, requirePermission, ROLE_USERS } from './context';
import type { StandInResponse } from './http';
import { errors, json, noContent } from './http';
import { siteGroups } from './groups';
import type { Segment } from './paths';
import type { StoredList } from './store';

interface Mask {
  High: string;
  Low: string;
}

/** SharePoint's default permission levels with their fixed ids and RoleTypeKind (SP.RoleType). */
export const ROLE_DEFINITIONS: readonly { Id: number; Name: string; RoleTypeKind: number; mask: Mask }[] = [
  { Id: 1073741829, Name: 'Full Control', RoleTypeKind: 5, mask: PERMISSIONS_OF_ROLE.owner },
  { Id: 1073741830, Name: 'Edit', RoleTypeKind: 6, mask: PERMISSIONS_OF_ROLE.member },
  { Id: 1073741827, Name: 'Contribute', RoleTypeKind: 3, mask: PERMISSIONS_OF_ROLE.contributor },
  { Id: 1073741826, Name: 'Read', RoleTypeKind: 2, mask: PERMISSIONS_OF_ROLE.visitor }
];

export interface RoleAssignment {
  principalId: number;
  roleDefId: number;
}

const BY_SUFFIX: Readonly<Record<string, number>> = { Owners: 1073741829, Members: 1073741830, Visitors: 1073741826 };

/** The web's assignments as a team site has them: its three groups, and the contributor's Contribute given directly. */
export function webAssignments(ctx: RequestContext): RoleAssignment[] {
  const out: RoleAssignment[] = [];
  for (const group of siteGroups(ctx.store, ctx.web)) {
    const suffix = group.Title.slice(ctx.web.Title.length + 1);
    const roleDefId = group.Title.startsWith(`${ctx.web.Title} `) ? BY_SUFFIX[suffix] : undefined;
    if (roleDefId !== undefined) {
      out.push({ principalId: group.Id, roleDefId });
    }
  }
  const contributor = ctx.store.ensureUser(ROLE_USERS.contributor.title, ROLE_USERS.contributor.email);
  out.push({ principalId: contributor.Id, roleDefId: 1073741827 });
  return out;
}

function or(a: Mask, b: Mask): Mask {
  return { High: String(BigInt(a.High) | BigInt(b.High)), Low: String(BigInt(a.Low) | BigInt(b.Low)) };
}

/** The signed-in person's permissions on the list: the web's, or the union of the list's own assignments that reach them. */
export function listPermissions(ctx: RequestContext, list: StoredList): Mask {
  if (!list.roleAssignments) {
    return PERMISSIONS_OF_ROLE[ctx.role];
  }
  const principals = new Set([ctx.user.Id, ...siteGroups(ctx.store, ctx.web).filter((g) => g.userIds.includes(ctx.user.Id)).map((g) => g.Id)]);
  return list.roleAssignments
    .filter((a) => principals.has(a.principalId))
    .map((a) => ROLE_DEFINITIONS.find((d) => d.Id === a.roleDefId)?.mask ?? PERMISSIONS_OF_ROLE.none)
    .reduce(or, PERMISSIONS_OF_ROLE.none);
}

function has(mask: Mask, permission: PermissionName): boolean {
  const kind = PERMISSION[permission];
  const word = BigInt(kind <= 32 ? mask.Low : mask.High);
  const bit = BigInt(kind <= 32 ? kind - 1 : kind - 33);
  return ((word >> bit) & BigInt(1)) === BigInt(1);
}

/** 403 unless the signed-in person has the permission on this list (its own assignments when it has them). */
export function requireListPermission(ctx: RequestContext, list: StoredList, permission: PermissionName): void {
  if (!list.roleAssignments) {
    requirePermission(ctx, permission);
    return;
  }
  if (!has(listPermissions(ctx, list), permission)) {
    throw errors.accessDenied();
  }
}

function truthy(value: string | number | undefined): boolean {
  return String(value).toLowerCase() === 'true';
}

function principalAndDefinition(segment: Segment): RoleAssignment {
  const principalId = Number(segment.named.principalid ?? segment.named.principalId);
  const roleDefId = Number(segment.named.roledefid ?? segment.named.roleDefId);
  if (!Number.isInteger(principalId) || !Number.isInteger(roleDefId)) {
    throw errors.badRequest('principalid and roledefid are required.');
  }
  if (!ROLE_DEFINITIONS.some((d) => d.Id === roleDefId)) {
    throw errors.notFound('The role definition does not exist.');
  }
  return { principalId, roleDefId };
}

/** The list's security resources; undefined when the segment is not one of them. */
export function routeListSecurity(ctx: RequestContext, list: StoredList, rest: Segment[], method: string): StandInResponse | undefined {
  const [first, second] = rest;
  const name = first?.name.toLowerCase();
  if (name === 'hasuniqueroleassignments' && rest.length === 1) {
    return json(200, { value: list.roleAssignments !== undefined });
  }
  if (name !== 'breakroleinheritance' && name !== 'resetroleinheritance' && name !== 'roleassignments') {
    return undefined;
  }
  if (method !== 'POST') {
    throw errors.badRequest(`${first?.name ?? ''} needs POST.`);
  }
  requireListPermission(ctx, list, 'ManagePermissions');
  if (name === 'breakroleinheritance' && first && rest.length === 1) {
    if (!list.roleAssignments) {
      list.roleAssignments = truthy(first.named.copyroleassignments ?? first.named.copyRoleAssignments) ? webAssignments(ctx) : [];
      ctx.store.changed();
    }
    return noContent();
  }
  if (name === 'resetroleinheritance' && rest.length === 1) {
    delete list.roleAssignments;
    ctx.store.changed();
    return noContent();
  }
  const verb = second?.name.toLowerCase();
  if (second && rest.length === 2 && (verb === 'addroleassignment' || verb === 'removeroleassignment')) {
    if (!list.roleAssignments) {
      // SharePoint refuses to change assignments of an object that inherits them
      throw errors.badRequest('This operation is not allowed on an object that inherits permissions.');
    }
    jsonBody(ctx);
    const wanted = principalAndDefinition(second);
    const principals = new Set([...siteGroups(ctx.store, ctx.web).map((g) => g.Id), ...ctx.store.data.users.map((u) => u.Id)]);
    if (!principals.has(wanted.principalId)) {
      throw errors.notFound('The user or group does not exist.');
    }
    const others = list.roleAssignments.filter((a) => a.principalId !== wanted.principalId || a.roleDefId !== wanted.roleDefId);
    list.roleAssignments = verb === 'addroleassignment' ? [...others, wanted] : others;
    ctx.store.changed();
    return noContent();
  }
  throw errors.badRequest('Unsupported role assignment request.');
}

/** `web/roledefinitions/getbytype(n)` and `getbyid(n)`. */
export function routeRoleDefinitions(rest: Segment[]): StandInResponse {
  const [first] = rest;
  const arg = Number(first?.args[0]);
  const by = first?.name.toLowerCase();
  const found = ROLE_DEFINITIONS.find((d) => (by === 'getbytype' ? d.RoleTypeKind === arg : by === 'getbyid' ? d.Id === arg : false));
  if (rest.length !== 1 || !found) {
    throw errors.notFound('The role definition does not exist.');
  }
  return json(200, { Id: found.Id, Name: found.Name, RoleTypeKind: found.RoleTypeKind, BasePermissions: found.mask, Hidden: false, Order: 0 });
}
