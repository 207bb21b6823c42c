/** What every route handler gets: the store, the caller, the web and the parsed query. */
import type { StandInRequest } from './http';
import { errors } from './http';
import type { Store, StoredUser, StoredWeb } from './store';

/**
 * The caller's role: the group a person is in on a team site and the permission level SharePoint
 * gives it by default (Owners: Full Control, Members: Edit, Visitors: Read), plus Contribute (a
 * site that took list management away from its members), a member who also sits in a
 * steering group of the site (Edit through the Members group, plus the group "Salkun
 * ohjausryhmä" when a test or the demo creates it) and a user with no access.
 */
export type Role = 'owner' | 'member' | 'steering' | 'contributor' | 'visitor' | 'none';

export const ROLES: readonly Role[] = ['owner', 'member', 'steering', 'contributor', 'visitor', 'none'];

/**
 * EffectiveBasePermissions of SharePoint's default permission levels (High/Low words of
 * SP.BasePermissions), as SharePoint answers them. Edit is Contribute plus ManageLists (2048).
 * Sources: docs/sharepoint-behaviour.md ("Permission levels").
 */
export const PERMISSIONS_OF_ROLE: Readonly<Record<Role, { High: string; Low: string }>> = {
  owner: { High: '2147483647', Low: '4294967295' },
  member: { High: '432', Low: '1011030767' },
  steering: { High: '432', Low: '1011030767' },
  contributor: { High: '432', Low: '1011028719' },
  visitor: { High: '176', Low: '138612833' },
  none: { High: '0', Low: '0' }
};

/** SP.PermissionKind values the stand-in checks (bit N-1 of the 64-bit mask). */
export const PERMISSION = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ManageLists: 12,
  CreateGroups: 25,
  BrowseUserInfo: 28,
  ManageWeb: 31
} as const;

export type PermissionName = keyof typeof PERMISSION;

export function roleHas(role: Role, permission: PermissionName): boolean {
  const kind = PERMISSION[permission];
  const mask = PERMISSIONS_OF_ROLE[role];
  const word = BigInt(kind <= 32 ? mask.Low : mask.High);
  const bit = BigInt(kind <= 32 ? kind - 1 : kind - 33);
  return ((word >> bit) & BigInt(1)) === BigInt(1);
}

/** The fixed users behind the roles (the stand-in's "logged-in" people). */
export const ROLE_USERS: Readonly<Record<Role, { title: string; email: string }>> = {
  owner: { title: 'Olli Omistaja', email: 'olli.omistaja@jarvenranta.example' },
  member: { title: 'Maija Muokkaaja', email: 'maija.muokkaaja@jarvenranta.example' },
  steering: { title: 'Sari Saarinen', email: 'sari.saarinen@jarvenranta.example' },
  contributor: { title: 'Osku Osallistuja', email: 'osku.osallistuja@jarvenranta.example' },
  visitor: { title: 'Ville Vierailija', email: 'ville.vierailija@jarvenranta.example' },
  none: { title: 'Ulla Ulkopuolinen', email: 'ulla.ulkopuolinen@jarvenranta.example' }
};

export interface Query {
  select: string[] | undefined;
  expand: string[];
  filter: string | undefined;
  orderBy: string | undefined;
  top: number | undefined;
  skipToken: string | undefined;
}

export interface RequestContext {
  store: Store;
  request: StandInRequest;
  web: StoredWeb;
  /** Absolute URL of the web, e.g. http://localhost:4321/sites/salkku */
  webUrl: string;
  role: Role;
  user: StoredUser;
  query: Query;
}

function splitList(value: string | null): string[] {
  if (!value) {
    return [];
  }
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function parseQuery(url: URL): Query {
  const p = url.searchParams;
  const top = p.get('$top');
  const select = p.get('$select');
  return {
    select: select === null ? undefined : splitList(select),
    expand: splitList(p.get('$expand')),
    filter: p.get('$filter') ?? undefined,
    orderBy: p.get('$orderby') ?? undefined,
    top: top === null ? undefined : Number(top),
    skipToken: p.get('$skiptoken') ?? undefined
  };
}

/** 403 unless the caller's permission level includes the permission, as SharePoint decides. */
export function requirePermission(ctx: RequestContext, permission: PermissionName): void {
  if (!roleHas(ctx.role, permission)) {
    throw errors.accessDenied();
  }
}

/** Parses a JSON request body; SharePoint answers 400 for anything else. */
export function jsonBody(ctx: RequestContext): Record<string, unknown> {
  if (ctx.request.body.trim() === '') {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(ctx.request.body);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // fall through to the error below
  }
  throw errors.badRequest('Invalid JSON. The request body is not a JSON object.');
}
