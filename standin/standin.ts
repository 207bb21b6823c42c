/**
 * The local stand-in of SharePoint Online's list REST API. `createStandIn()` gives a request
 * handler usable in-process (jest) and by the HTTP server (`server.ts`).
 *
 * Options: the caller's role (owner, member, steering, contributor, visitor, none; a `standin-role` cookie overrides it
 * per browser), latency, injected 429/503 answers with Retry-After, a permanent 503, and a log of
 * every request. Test hooks live under `/_standin/` (not part of SharePoint).
 */
import { formatBatchResponse, parseBatch } from './batch';
import type { RequestContext, Role } from './context';
import { parseQuery, ROLE_USERS, ROLES } from './context';
import type { StandInRequest, StandInResponse } from './http';
import { CHANGE_TYPE, recordChange, truncateChangeLog } from './changeLog';
import { applyMetadataLevel, errorResponse, errors, json, SpError } from './http';
import { parsePath } from './paths';
import { createItem } from './items';
import { route } from './router';
import { Digests } from './digest';
import { addGroup } from './groups';
import type { StoredGroup, StoredList } from './store';
import { newGuid, Store, webUrlOf } from './store';

export interface FaultOptions {
  /** Share of requests (0–1) answered 429/503 instead of being served. */
  ratio: number;
  /** Statuses to answer with, picked at random. */
  statuses: readonly (429 | 503)[];
  /** Retry-After range in seconds. */
  retryAfterMin: number;
  retryAfterMax: number;
  /** Answer every request with 503 (an outage). */
  permanent: boolean;
}

export interface StandInOptions {
  /** JSON file the data persists to; in memory when omitted. */
  dataFile?: string;
  role?: Role;
  latencyMs?: number;
  faults?: Partial<FaultOptions>;
  /** Seed of the pseudo-random fault injection (repeatable runs). */
  seed?: number;
  /**
   * Real time per second of Retry-After (1: as SharePoint; tests use 0.01 with a client whose
   * sleep is scaled alike, so waits stay honest but short).
   */
  timeScale?: number;
  /**
   * Accepted `Authorization: Bearer` token (the command line's path to a real site). Without it
   * every bearer token is refused with 401; cookie sessions (the browser, tests) need none.
   */
  bearerToken?: string;
}

export interface LoggedRequest {
  method: string;
  url: string;
  status: number;
  /** Requests inside a $batch are logged with their batch's id. */
  batch?: string;
  at: string;
  /** Sent while the user was told to wait (Retry-After not yet over): answered 429 again. */
  early?: boolean;
  /** The body of a write (what a client sent), for tests that check what is written. */
  body?: string;
  /** Bytes of the answer's body before compression (a batch part's own). */
  responseBytes?: number;
}

/**
 * Operations per `$batch`. SharePoint's documentation gives no number; Salkku sends at most 100
 * (as PnP's guidance does) and the stand-in refuses more, being stricter than the unknown.
 */
export const MAX_BATCH_OPERATIONS = 100;

const NO_FAULTS: FaultOptions = { ratio: 0, statuses: [429, 503], retryAfterMin: 1, retryAfterMax: 3, permanent: false };

/** Small deterministic PRNG (mulberry32) so fault patterns repeat for a seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cookieRole(request: StandInRequest): Role | undefined {
  const header = request.headers['x-standin-role'];
  const cookie = /(?:^|;\s*)standin-role=([a-z]+)/.exec(request.headers.cookie ?? '');
  const value = header ?? cookie?.[1];
  return ROLES.find((r) => r === value);
}

export class StandIn {
  public readonly store: Store;
  public readonly log: LoggedRequest[] = [];
  public role: Role;
  public latencyMs: number;
  public faults: FaultOptions;
  public timeScale: number;
  public bearerToken: string | undefined;
  private _random: () => number;
  /** Until when each user was told to wait (epoch ms), as SharePoint throttles per user. */
  private readonly _throttledUntil = new Map<string, number>();
  private readonly _digests: Digests;

  public constructor(options: StandInOptions = {}) {
    this.store = new Store(options.dataFile);
    this.role = options.role ?? 'owner';
    this.latencyMs = options.latencyMs ?? 0;
    this.faults = { ...NO_FAULTS, ...options.faults };
    this.timeScale = options.timeScale ?? 1;
    this.bearerToken = options.bearerToken;
    this._digests = new Digests(this.store);
    this._random = random(options.seed ?? 1);
    for (const role of ROLES) {
      this.store.ensureUser(ROLE_USERS[role].title, ROLE_USERS[role].email);
    }
  }

  public reseed(seed: number): void {
    this._random = random(seed);
  }

  /** Answers one HTTP request (the `_api` of any web in the store, or a `/_standin/` hook). */
  public async handle(request: StandInRequest): Promise<StandInResponse> {
    const path = request.url.pathname;
    const foreign = crossOrigin(request);
    if (foreign) {
      // SharePoint sends no CORS headers to other origins; the stand-in refuses them outright
      return errorResponse(errors.crossOrigin(foreign));
    }
    if (path.startsWith('/_standin/')) {
      return this._control(request);
    }
    if (this.latencyMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    }
    const user = this._throttleKey(request);
    const waitMs = (this._throttledUntil.get(user) ?? 0) - Date.now();
    const early = waitMs > 0 && path.includes('/_api/');
    const response = early ? errorResponse(errors.throttled(429, Math.ceil(waitMs / 1000 / this.timeScale))) : this._faultOrServe(request);
    this.log.push({
      method: request.method,
      url: request.url.toString(),
      status: response.status,
      at: new Date().toISOString(),
      responseBytes: Buffer.byteLength(response.body),
      ...(early ? { early } : {}),
      ...(request.method === 'GET' || request.url.pathname.endsWith('/$batch') ? {} : { body: request.body })
    });
    return response;
  }

  /** Who SharePoint throttles: the user behind the request. */
  private _throttleKey(request: StandInRequest): string {
    return request.headers.authorization ?? cookieRole(request) ?? this.role;
  }

  private _faultOrServe(request: StandInRequest): StandInResponse {
    const injected = this._injectedFault(request);
    if (injected) {
      const seconds = Number(injected.headers['retry-after'] ?? '0');
      this._throttledUntil.set(this._throttleKey(request), Date.now() + seconds * 1000 * this.timeScale);
      return errorResponse(injected);
    }
    return this._serve(request);
  }

  private _injectedFault(request: StandInRequest): SpError | undefined {
    if (!request.url.pathname.includes('/_api/')) {
      return undefined;
    }
    const f = this.faults;
    const retryAfter = (): number => f.retryAfterMin + Math.floor(this._random() * (f.retryAfterMax - f.retryAfterMin + 1));
    if (f.permanent) {
      return errors.throttled(503, retryAfter());
    }
    if (f.ratio > 0 && this._random() < f.ratio) {
      const status = f.statuses[Math.floor(this._random() * f.statuses.length)] ?? 429;
      return errors.throttled(status, retryAfter());
    }
    return undefined;
  }

  private _serve(request: StandInRequest): StandInResponse {
    const path = request.url.pathname;
    const at = path.toLowerCase().indexOf('/_api/');
    if (at < 0) {
      return errorResponse(errors.notFound(path));
    }
    const webPath = path.slice(0, at) || '/';
    const web = this.store.findWeb(webPath);
    if (!web) {
      return errorResponse(errors.notFound(`The site ${webPath}`));
    }
    const role = cookieRole(request) ?? this.role;
    const user = this.store.ensureUser(ROLE_USERS[role].title, ROLE_USERS[role].email);
    const authorization = request.headers.authorization;
    if (authorization !== undefined && (!this.bearerToken || authorization !== `Bearer ${this.bearerToken}`)) {
      return errorResponse(errors.unauthorized());
    }
    const ctx: RequestContext = {
      store: this.store,
      request,
      web,
      webUrl: webUrlOf(request.url.origin, web),
      role,
      user,
      query: parseQuery(request.url)
    };
    try {
      if (role === 'none') {
        throw errors.accessDenied();
      }
      const apiPath = path.slice(at + '/_api/'.length);
      if (apiPath.toLowerCase() === 'contextinfo' && request.method === 'POST') {
        return json(200, this._digests.contextInfo(ctx.webUrl));
      }
      // writes with a cookie session need the form digest; a bearer token stands for itself
      if (request.method !== 'GET' && authorization === undefined && !this._digests.valid(request.headers['x-requestdigest'])) {
        throw errors.securityValidation();
      }
      if (apiPath.toLowerCase() === '$batch') {
        return this._batch(ctx);
      }
      return applyMetadataLevel(route(ctx, parsePath(apiPath)), request.headers.accept);
    } catch (e) {
      if (e instanceof SpError) {
        return errorResponse(e);
      }
      throw e;
    }
  }

  private _batch(ctx: RequestContext): StandInResponse {
    if (ctx.request.method !== 'POST') {
      throw errors.badRequest('$batch needs POST.');
    }
    const batchId = newGuid();
    const parts = parseBatch(ctx.request);
    if (parts.length > MAX_BATCH_OPERATIONS) {
      throw errors.badRequest(`A batch may hold at most ${MAX_BATCH_OPERATIONS} operations; this one has ${parts.length}.`);
    }
    const responses = parts.map((part) => {
      const url = new URL(part.url, ctx.request.url);
      const inner: StandInRequest = {
        method: part.method === 'GET' || part.method === 'POST' ? part.method : 'POST',
        url,
        headers: {
          // the session's language applies to every request of the batch
          ...(ctx.request.headers['accept-language'] ? { 'accept-language': ctx.request.headers['accept-language'] } : {}),
          ...part.headers,
          cookie: ctx.request.headers.cookie ?? '',
          // the batch as a whole was authorised (digest or token) by its outer request
          ...(ctx.request.headers.authorization ? { authorization: ctx.request.headers.authorization } : {}),
          ...(ctx.request.headers['x-requestdigest'] ? { 'x-requestdigest': ctx.request.headers['x-requestdigest'] } : {}),
          'x-standin-role': ctx.role,
          'x-http-method': part.method === 'GET' || part.method === 'POST' ? '' : part.method
        },
        body: part.body
      };
      if (!inner.headers['x-http-method']) {
        delete inner.headers['x-http-method'];
      }
      const response = this._serve(inner);
      this.log.push({ method: part.method, url: url.toString(), status: response.status, batch: batchId, at: new Date().toISOString(), responseBytes: Buffer.byteLength(response.body), ...(part.method === 'GET' ? {} : { body: part.body }) });
      return response;
    });
    return {
      status: 200,
      headers: { 'content-type': `multipart/mixed; boundary=batchresponse_${batchId}` },
      body: formatBatchResponse(responses, batchId)
    };
  }

  /**
   * Adds items directly (same conversion and validation as `POST …/items`, without HTTP):
   * for seeding demo data and scale tests quickly.
   */
  public insertItems(webPath: string, listUrlName: string, bodies: readonly Record<string, unknown>[], origin = 'http://localhost'): number[] {
    const web = this.store.findWeb(webPath);
    const list = web?.lists.find((l) => l.UrlName.toLowerCase() === listUrlName.toLowerCase());
    if (!web || !list) {
      throw new Error(`No list ${listUrlName} on ${webPath}`);
    }
    const user = this.store.ensureUser(ROLE_USERS.owner.title, ROLE_USERS.owner.email);
    const request: StandInRequest = { method: 'POST', url: new URL(`${webPath}/_api/web`, origin), headers: {}, body: '' };
    const ctx: RequestContext = { store: this.store, request, web, webUrl: webUrlOf(origin, web), role: 'owner', user, query: parseQuery(request.url) };
    return bodies.map((body) => createItem(ctx, list, body).Id);
  }

  private _list(webPath: string, listUrlName: string): StoredList {
    const list = this.store.findWeb(webPath)?.lists.find((l) => l.UrlName.toLowerCase() === listUrlName.toLowerCase());
    if (!list) {
      throw new Error(`No list ${listUrlName} on ${webPath}`);
    }
    return list;
  }

  /**
   * Gives an item its own permissions: only `roles` may read it (undefined: inherit the list's
   * again). Logged as SharePoint logs a role assignment removed or added on the item.
   */
  public setItemReaders(webPath: string, listUrlName: string, id: number, roles: readonly Role[] | undefined): void {
    const list = this._list(webPath, listUrlName);
    const item = list.items.find((i) => i.Id === id);
    if (!item) {
      throw new Error(`No item ${id} in ${listUrlName}`);
    }
    item.readers = roles ? [...roles] : undefined;
    recordChange(list, id, roles ? CHANGE_TYPE.assignmentDelete : CHANGE_TYPE.assignmentAdd);
    this.store.changed();
  }

  /**
   * Adds a SharePoint group to the site (or finds the one of that title) and puts the users of the
   * roles in it, as a site owner does in Site permissions (e.g. the steering group with the
   * `steering` role's Sari Saarinen).
   */
  public addGroup(webPath: string, title: string, roles: readonly Role[]): StoredGroup {
    const web = this.store.findWeb(webPath);
    if (!web) {
      throw new Error(`No site ${webPath}`);
    }
    return addGroup(this.store, web, title, roles);
  }

  /** Forgets a list's change log up to now, as SharePoint does after 60 days. */
  public expireChangeLog(webPath: string, listUrlName: string): void {
    truncateChangeLog(this._list(webPath, listUrlName));
    this.store.changed();
  }

  /** Test hooks: GET/DELETE /_standin/log, GET/POST /_standin/config. */
  private _control(request: StandInRequest): StandInResponse {
    const name = request.url.pathname.slice('/_standin/'.length);
    if (name === 'log') {
      if (request.method === 'DELETE') {
        this.log.length = 0;
      }
      return json(200, {
        requests: this.log.filter((r) => r.batch === undefined),
        batched: this.log.filter((r) => r.batch !== undefined),
        early: this.log.filter((r) => r.early === true).length
      });
    }
    if (name === 'config') {
      if (request.method === 'POST') {
        const body = JSON.parse(request.body || '{}') as { role?: Role; latencyMs?: number; faults?: Partial<FaultOptions>; seed?: number; timeScale?: number };
        if (body.role && ROLES.includes(body.role)) {
          this.role = body.role;
        }
        if (typeof body.latencyMs === 'number') {
          this.latencyMs = body.latencyMs;
        }
        if (body.faults) {
          this.faults = { ...NO_FAULTS, ...body.faults };
        }
        if (typeof body.seed === 'number') {
          this.reseed(body.seed);
        }
        if (typeof body.timeScale === 'number' && body.timeScale > 0) {
          this.timeScale = body.timeScale;
        }
        this._throttledUntil.clear();
      }
      return json(200, { role: this.role, latencyMs: this.latencyMs, faults: this.faults });
    }
    return errorResponse(errors.notFound(request.url.pathname));
  }
}

/**
 * The origin of a request from another site, if it is one: `Origin` (sent by browsers on
 * cross-origin and on POST requests) or `Sec-Fetch-Site`. Command-line clients send neither.
 */
function crossOrigin(request: StandInRequest): string | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== request.url.origin) {
    return origin;
  }
  const site = request.headers['sec-fetch-site'];
  return site === 'cross-site' || site === 'same-site' ? site : undefined;
}

export function createStandIn(options: StandInOptions = {}): StandIn {
  return new StandIn(options);
}
