/** What every route handler gets: the store, the caller, the web and the parsed query. */
import type { StandInRequest } from './http';
import { errors } from './http';
import type { Store, StoredUser, StoredWeb } from './store';

export type Role = 'owner' | 'member' | 'visitor' | 'none';

export const ROLES: readonly Role[] = ['owner', 'member', 'visitor', 'none'];

/** SharePoint's base permissions of the standard permission levels (High/Low words). */
export const PERMISSIONS_OF_ROLE: Readonly<Record<Role, { High: string; Low: string }>> = {
  owner: { High: '2147483647', Low: '4294967295' },
  member: { High: '432', Low: '1011028719' },
  visitor: { High: '176', Low: '138612833' },
  none: { High: '0', Low: '0' }
};

/** The fixed users behind the roles (the stand-in's "logged-in" people). */
export const ROLE_USERS: Readonly<Record<Role, { title: string; email: string }>> = {
  owner: { title: 'Olli Omistaja', email: 'olli.omistaja@jarvenranta.example' },
  member: { title: 'Maija Muokkaaja', email: 'maija.muokkaaja@jarvenranta.example' },
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

export function canWriteItems(role: Role): boolean {
  return role === 'owner' || role === 'member';
}

export function requireItemWrite(ctx: RequestContext): void {
  if (!canWriteItems(ctx.role)) {
    throw errors.accessDenied();
  }
}

export function requireOwner(ctx: RequestContext): void {
  if (ctx.role !== 'owner') {
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
