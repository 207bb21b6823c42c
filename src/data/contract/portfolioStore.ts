/**
 * One loaded portfolio per page: every web part of the solution on the page (and every view of a
 * Teams tab) that shows the same site to the same user shares one store, so the portfolio is
 * loaded once and an edit made in one view shows in the others.
 *
 * The store opens from the browser's cache when it can (per user and site, with the schema
 * version) and then asks SharePoint's change log what changed since (`repository.refresh`);
 * without a cache, or when the change log cannot answer, it loads the summary in pages and the
 * views paint the first page while the rest arrives. Long texts load per project (`getProject`)
 * or for all (`loadFull`, export and search in descriptions).
 */
import type { ImpactPerspective, Impacts, Project } from '../../domain/model';
import { IMPACT_PERSPECTIVES } from '../../domain/model';
import type { RepositoryError } from './errors';
import { markStep } from './marks';
import { isRepositoryError, RepositoryError as RepositoryErrorClass } from './errors';
import type { LoadProgress, PortfolioData, PortfolioRepository } from './repository.types';

/** How current the data shown is. */
export type Freshness =
  /** Shown from the cache while SharePoint is asked what changed since `confirmedAt`. */
  | { kind: 'checking'; confirmedAt: string }
  /** As SharePoint answered at `confirmedAt`. */
  | { kind: 'confirmed'; confirmedAt: string }
  /** From the cache: SharePoint could not be asked (offline, busy); last confirmed `confirmedAt`. */
  | { kind: 'unconfirmed'; confirmedAt: string; error: RepositoryError };

export type StoreState =
  | { status: 'loading'; progress: LoadProgress | undefined }
  | {
      status: 'ready';
      data: PortfolioData;
      freshness: Freshness;
      /** Projects still arriving (the first pages are shown meanwhile); undefined when all are here. */
      arriving: LoadProgress | undefined;
    }
  | { status: 'error'; error: RepositoryError };

/** What the browser keeps between opens (one entry per user and site). */
export interface CachedPortfolio {
  format: number;
  user: string;
  siteUrl: string;
  schemaVersion: number;
  /** When SharePoint last confirmed the data (a full load or the change log). */
  confirmedAt: string;
  /** When the data was last loaded in full (a full load at least every FULL_LOAD_DAYS). */
  loadedAt: string;
  data: PortfolioData;
}

/** A cache entry's key: the user's login name and the portfolio site. */
export type CacheKey = readonly [user: string, siteUrl: string];

/** A cache entry without its projects: what deciding on the entry and asking the change log need. */
export type CachedPortfolioMeta = Omit<CachedPortfolio, 'data'> & { data: Omit<PortfolioData, 'projects'> };

/**
 * A cache entry as read: its small part at once, the projects (the long part to read and parse)
 * when they are ready, so SharePoint is asked what changed while they are read.
 */
export interface CachedPortfolioRead {
  entry: CachedPortfolioMeta;
  projects: Promise<Project[]>;
}

export interface PortfolioCache {
  read(key: CacheKey): Promise<CachedPortfolioRead | undefined>;
  write(key: CacheKey, entry: CachedPortfolio): Promise<void>;
  remove(key: CacheKey): Promise<void>;
  /** Removes what other users left in this browser (someone else signed in before). */
  removeOtherUsers(user: string): Promise<void>;
}

/** Changes to the cached shape (not to SharePoint's schema) make old entries unreadable. */
export const CACHE_FORMAT = 1;

/**
 * A full load at least weekly, whatever the change log says: what a change log cannot tell
 * (a permission change it trims away) does not outlive a week in the browser.
 */
export const FULL_LOAD_DAYS = 7;


export interface StoreOptions {
  /** The browser's cache; none: every open loads in full. */
  cache?: PortfolioCache;
  /** Who is signed in (login name): the cache is per user. */
  user?: string;
  /** `full`: every column on the first load (the old way, for comparison in the benchmark). */
  detail?: PortfolioData['detail'];
  now?: () => Date;
}

function asRepositoryError(error: unknown): RepositoryError {
  return isRepositoryError(error) ? error : new RepositoryErrorClass('unknown', error instanceof Error ? error.message : String(error));
}

/** The user's rights are gone or the session ended: nothing of theirs may stay in the browser. */
function revokes(error: RepositoryError): boolean {
  return error.kind === 'accessDenied' || error.kind === 'sessionExpired' || error.kind === 'listMissing';
}

export class PortfolioStore {
  private _state: StoreState = { status: 'loading', progress: undefined };
  private readonly _listeners = new Set<(state: StoreState) => void>();
  private _generation = 0;
  private _started = false;
  private _full: Promise<PortfolioData> | undefined;
  private _assessment: Promise<void> | undefined;
  /** The load under way (the whole portfolio arriving), if any. */
  private _loading: Promise<void> = Promise.resolve();
  private readonly _details = new Map<number, Promise<Project>>();
  private readonly _now: () => Date;
  /** When the data shown was confirmed and last loaded in full (what the cache records). */
  private _times: { confirmedAt: string; loadedAt: string } | undefined;

  public constructor(
    public readonly repository: PortfolioRepository,
    private readonly _options: StoreOptions = {}
  ) {
    this._now = _options.now ?? (() => new Date());
  }

  public get state(): StoreState {
    return this._state;
  }

  public get cacheKey(): CacheKey {
    return [this._options.user ?? '', this.repository.siteUrl];
  }

  public subscribe(listener: (state: StoreState) => void): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  /** Opens the portfolio once, however many views ask. */
  public start(): void {
    if (!this._started) {
      this._started = true;
      this._loading = this._open(this._generation).catch(() => undefined);
    }
  }

  /** Loads again in full; `soft` keeps showing the current data until the new data is there. */
  public reload(options: { soft?: boolean } = {}): void {
    this._started = true;
    const generation = ++this._generation;
    this._full = undefined;
    this._assessment = undefined;
    this._details.clear();
    if (!options.soft || this._state.status !== 'ready') {
      this._set({ status: 'loading', progress: undefined });
    }
    this._loading = this._load(generation).catch(() => undefined);
  }

  /** Replaces one project everywhere it is shown (after a save), without a reload. */
  public replaceProject(project: Project): void {
    if (project.id !== null) {
      this._details.set(project.id, Promise.resolve(project));
    }
    if (this._state.status === 'ready') {
      const data = { ...this._state.data, projects: this._state.data.projects.map((p) => (p.id === project.id ? project : p)) };
      this._set({ ...this._state, data });
      this._writeCache(data, null).catch(() => undefined);
    }
  }

  /** A project with every column and its ETag (its details, an editor), read once per open. */
  public getProject(id: number): Promise<Project> {
    let pending = this._details.get(id);
    if (!pending) {
      pending = this.repository.getProject(id);
      pending.catch(() => this._details.delete(id));
      this._details.set(id, pending);
    }
    return pending;
  }

  /**
   * Adds every project's impact justifications to the summary (the Impact view needs them to tell
   * a described perspective from an empty one): read once, kept in the cache with the summary.
   */
  public loadAssessment(): Promise<void> {
    if (this._state.status === 'ready' && this._state.data.detail !== 'summary') {
      return Promise.resolve();
    }
    if (!this._assessment) {
      const generation = this._generation;
      // read while the summary may still be arriving; merged once it has
      const texts = this.repository.loadAssessmentTexts();
      texts.catch(() => undefined);
      this._assessment = this._loading
        .then(() => texts)
        .then(async (texts) => {
          const state = this._state;
          if (generation !== this._generation || state.status !== 'ready' || state.data.detail !== 'summary') {
            // reloaded or failed meanwhile: a later call asks again
            this._assessment = undefined;
            return;
          }
          const projects = state.data.projects.map((p) => {
            const t = p.id === null ? undefined : texts.get(p.id);
            return t ? { ...p, impacts: mergeTexts(p.impacts, t) } : p;
          });
          const data: PortfolioData = { ...state.data, detail: 'assessment', projects };
          this._set({ ...state, data });
          await this._writeCache(data, null);
        });
      this._assessment.catch(() => {
        this._assessment = undefined;
      });
    }
    return this._assessment;
  }

  /** Every column of every project (export, search in descriptions): loaded once, then shown. */
  public loadFull(): Promise<PortfolioData> {
    if (this._state.status === 'ready' && this._state.data.detail === 'full' && this._state.arriving === undefined) {
      return Promise.resolve(this._state.data);
    }
    if (!this._full) {
      const generation = this._generation;
      // after the open under way (a refresh answering later would put the summary back)
      this._full = this._loading.then(() => this.repository.load({ detail: 'full' })).then((data) => {
        if (generation === this._generation) {
          this._set({ status: 'ready', data, freshness: { kind: 'confirmed', confirmedAt: this._now().toISOString() }, arriving: undefined });
        }
        return data;
      });
      this._full.catch(() => {
        this._full = undefined;
      });
    }
    return this._full;
  }

  private _set(state: StoreState): void {
    this._state = state;
    for (const listener of [...this._listeners]) {
      listener(state);
    }
  }

  private async _open(generation: number): Promise<void> {
    markStep('cache-read-start');
    const cached = await this._readCache();
    if (generation !== this._generation) {
      return;
    }
    if (!cached) {
      return this._load(generation);
    }
    const { entry } = cached;
    this._times = { confirmedAt: entry.confirmedAt, loadedAt: entry.loadedAt };
    // SharePoint is asked while the cached projects are read: on most opens its answer (nothing
    // changed) is there before they are, and the views render once, confirmed
    const projects = cached.projects;
    let answered = false;
    const onAnswered = (): void => {
      answered = true;
    };
    const refreshing = this.repository.refresh({ ...entry.data, projects }, { onAnswered });
    refreshing.then(onAnswered, onAnswered);
    let cachedData: PortfolioData;
    try {
      cachedData = { ...entry.data, projects: await projects };
    } catch {
      // unreadable projects: as if there were no cache
      await this._removeCache();
      return generation === this._generation ? this._load(generation) : undefined;
    }
    markStep('cache-read-end');
    if (generation !== this._generation) {
      return;
    }
    if (!answered) {
      this._set({ status: 'ready', data: cachedData, freshness: { kind: 'checking', confirmedAt: entry.confirmedAt }, arriving: undefined });
      markStep('cached-shown');
    }
    try {
      const outcome = await refreshing;
      if (generation !== this._generation) {
        return;
      }
      if (outcome.kind === 'updated') {
        markStep('confirmed');
        const confirmedAt = this._now().toISOString();
        this._set({ status: 'ready', data: outcome.data, freshness: { kind: 'confirmed', confirmedAt }, arriving: undefined });
        await this._writeCache(outcome.data, { confirmedAt, loadedAt: entry.loadedAt });
        return;
      }
      // the change log cannot answer: the cached data must go; a new list or schema is not shown meanwhile
      await this._removeCache();
      const soft = outcome.reason === 'tokenExpired' || outcome.reason === 'tooManyChanges';
      if (!soft || this._state.status !== 'ready') {
        this._set(soft ? { status: 'ready', data: cachedData, freshness: { kind: 'checking', confirmedAt: entry.confirmedAt }, arriving: undefined } : { status: 'loading', progress: undefined });
      }
      return this._load(generation);
    } catch (error) {
      if (generation !== this._generation) {
        return;
      }
      const typed = asRepositoryError(error);
      if (revokes(typed)) {
        await this._removeCache();
        this._set({ status: 'error', error: typed });
        return;
      }
      this._set({ status: 'ready', data: cachedData, freshness: { kind: 'unconfirmed', confirmedAt: entry.confirmedAt, error: typed }, arriving: undefined });
    }
  }

  private async _load(generation: number): Promise<void> {
    const detail = this._options.detail ?? 'summary';
    const current = (): boolean => generation === this._generation;
    try {
      const data = await this.repository.load({
        detail,
        onProgress: (progress) => {
          if (!current()) {
            return;
          }
          if (this._state.status === 'loading') {
            this._set({ status: 'loading', progress });
          } else if (this._state.status === 'ready' && this._state.arriving) {
            this._set({ ...this._state, arriving: progress });
          }
        },
        onPartial: (partial) => {
          // the first page is shown at once; the rest once all has arrived (each showing of
          // 12,000 projects costs every view a render)
          if (current() && this._state.status !== 'ready') {
            markStep('first-page');
            this._set({ status: 'ready', data: partial, freshness: { kind: 'checking', confirmedAt: this._now().toISOString() }, arriving: { loaded: partial.projects.length, total: partial.lists.projects.itemCount } });
          }
        }
      });
      if (!current()) {
        return;
      }
      markStep('loaded');
      const confirmedAt = this._now().toISOString();
      this._set({ status: 'ready', data, freshness: { kind: 'confirmed', confirmedAt }, arriving: undefined });
      await this._writeCache(data, { confirmedAt, loadedAt: confirmedAt });
    } catch (error) {
      if (!current()) {
        return;
      }
      const typed = asRepositoryError(error);
      if (revokes(typed)) {
        await this._removeCache();
      }
      this._set({ status: 'error', error: typed });
    }
  }

  private _cacheUsable(): PortfolioCache | undefined {
    return this._options.cache && this._options.user && (this._options.detail ?? 'summary') === 'summary' ? this._options.cache : undefined;
  }

  private async _readCache(): Promise<CachedPortfolioRead | undefined> {
    const cache = this._cacheUsable();
    if (!cache || !this._options.user) {
      return undefined;
    }
    try {
      await cache.removeOtherUsers(this._options.user);
      const read = await cache.read(this.cacheKey);
      const entry = read?.entry;
      const fresh = entry && this._now().getTime() - new Date(entry.loadedAt).getTime() < FULL_LOAD_DAYS * 24 * 3600 * 1000;
      const matches =
        entry &&
        entry.format === CACHE_FORMAT &&
        entry.user === this._options.user &&
        entry.siteUrl === this.repository.siteUrl &&
        entry.schemaVersion === this.repository.schemaVersion &&
        entry.data.detail !== 'full';
      if (read && (!matches || !fresh)) {
        read.projects.catch(() => undefined);
        await cache.remove(this.cacheKey);
        return undefined;
      }
      return read;
    } catch {
      // no IndexedDB (private window, policy): every open loads in full
      return undefined;
    }
  }

  /** Writes the summary (never long texts loaded for an export); `times` null keeps the last ones. */
  private async _writeCache(data: PortfolioData, times: { confirmedAt: string; loadedAt: string } | null): Promise<void> {
    const cache = this._cacheUsable();
    const user = this._options.user;
    if (!cache || !user || data.detail === 'full') {
      return;
    }
    if (times) {
      this._times = times;
    }
    const previous = this._times;
    if (!previous) {
      return;
    }
    try {
      await cache.write(this.cacheKey, {
        format: CACHE_FORMAT,
        user,
        siteUrl: this.repository.siteUrl,
        schemaVersion: this.repository.schemaVersion,
        confirmedAt: previous.confirmedAt,
        loadedAt: previous.loadedAt,
        data
      });
    } catch {
      // a full or unavailable cache costs the next open a full load, nothing else
    }
  }

  private async _removeCache(): Promise<void> {
    try {
      await this._cacheUsable()?.remove(this.cacheKey);
    } catch {
      // nothing to remove
    }
  }
}

function mergeTexts(impacts: Impacts, texts: Readonly<Record<ImpactPerspective, string | null>>): Impacts {
  const merged = { ...impacts };
  for (const perspective of IMPACT_PERSPECTIVES) {
    merged[perspective] = { ...impacts[perspective], text: texts[perspective] };
  }
  return merged;
}

/** Stores of this page, shared by the solution's web parts even across their bundles. */
const REGISTRY_KEY = Symbol.for('salkku.portfolioStores.v1');

function registry(): Map<string, PortfolioStore> {
  const holder = globalThis as unknown as Record<symbol, Map<string, PortfolioStore> | undefined>;
  let map = holder[REGISTRY_KEY];
  if (!map) {
    map = new Map();
    holder[REGISTRY_KEY] = map;
  }
  return map;
}

/**
 * The page's store for this site and user: created by the first web part that asks, shared by the
 * rest. `shared: false` gives a store of its own (the old way, for the benchmark's comparison).
 */
export function portfolioStoreFor(repository: PortfolioRepository, options: StoreOptions & { shared?: boolean } = {}): PortfolioStore {
  if (options.shared === false) {
    return new PortfolioStore(repository, options);
  }
  const key = JSON.stringify([options.user ?? '', repository.siteUrl, repository.schemaVersion]);
  const stores = registry();
  let store = stores.get(key);
  if (!store) {
    store = new PortfolioStore(repository, options);
    stores.set(key, store);
  }
  return store;
}

/** Forgets the page's stores (tests; a page that signs out). */
export function clearPortfolioStores(): void {
  registry().clear();
}
