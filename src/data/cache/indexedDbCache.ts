/**
 * The portfolio cache in the browser's IndexedDB: one entry per user and site (key
 * `[login name, site URL]`). Nothing leaves the browser; a site's data is readable only by
 * scripts of the page's origin, as the page itself is.
 *
 * Projects are stored as JSON text in chunks: IndexedDB clones what it stores on the main thread,
 * and 12,000 project objects take a quarter of a second to clone, in one task; a string clones
 * at once, and the chunks are written and read with the main thread given back between them.
 */
import type { Project } from '../../domain/model';
import { yieldToMain } from '../../domain/slices';
import type { CachedPortfolio, CachedPortfolioMeta, CachedPortfolioRead, CacheKey, PortfolioCache } from '../contract/portfolioStore';

/** Projects per JSON chunk (a few milliseconds to stringify or parse). */
const CHUNK = 1000;


async function pack(projects: readonly Project[]): Promise<string[]> {
  const chunks: string[] = [];
  for (let start = 0; start < projects.length; start += CHUNK) {
    chunks.push(JSON.stringify(projects.slice(start, start + CHUNK)));
    await yieldToMain();
  }
  return chunks;
}

async function unpack(chunks: readonly string[]): Promise<Project[]> {
  const projects: Project[] = [];
  for (const chunk of chunks) {
    projects.push(...(JSON.parse(chunk) as Project[]));
    await yieldToMain();
  }
  return projects;
}

function isMeta(value: unknown): value is CachedPortfolioMeta {
  return typeof value === 'object' && value !== null && typeof (value as CachedPortfolioMeta).data === 'object' && typeof (value as CachedPortfolioMeta).confirmedAt === 'string';
}

function isChunks(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** An entry is two records: what changes on every check (meta) and the projects, written when they change. */
function keysOf(key: CacheKey): { meta: string[]; projects: string[] } {
  return { meta: [...key, 'meta'], projects: [...key, 'projects'] };
}

const DB_NAME = 'salkku';
const STORE = 'portfolios';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export class IndexedDbPortfolioCache implements PortfolioCache {
  private _db: Promise<IDBDatabase> | undefined;
  /** The projects array last written or read per key (same array: nothing to rewrite). */
  private readonly _written = new Map<string, readonly Project[]>();

  public constructor(private readonly _factory: IDBFactory = indexedDB) {}

  private _open(): Promise<IDBDatabase> {
    if (!this._db) {
      const open = this._factory.open(DB_NAME, 1);
      open.onupgradeneeded = () => {
        open.result.createObjectStore(STORE);
      };
      this._db = request(open);
      this._db.catch(() => {
        this._db = undefined;
      });
    }
    return this._db;
  }

  private async _run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | undefined): Promise<T | undefined> {
    const db = await this._open();
    const transaction = db.transaction(STORE, mode);
    const req = work(transaction.objectStore(STORE));
    const [result] = await Promise.all([req ? request(req) : Promise.resolve(undefined), done(transaction)]);
    return result;
  }

  /** The meta record first; the projects' chunks are read and parsed after it, in slices. */
  public async read(key: CacheKey): Promise<CachedPortfolioRead | undefined> {
    const keys = keysOf(key);
    const meta = await this._run<unknown>('readonly', (store) => store.get(keys.meta));
    if (!isMeta(meta)) {
      return undefined;
    }
    const projects = this._run<unknown>('readonly', (store) => store.get(keys.projects)).then(async (chunks) => {
      if (!isChunks(chunks)) {
        throw new Error('The cached projects are missing or unreadable');
      }
      const unpacked = await unpack(chunks);
      this._written.set(JSON.stringify(key), unpacked);
      return unpacked;
    });
    return { entry: meta, projects };
  }

  public async write(key: CacheKey, entry: CachedPortfolio): Promise<void> {
    const keys = keysOf(key);
    const { projects, ...data } = entry.data;
    const meta: CachedPortfolioMeta = { ...entry, data };
    const id = JSON.stringify(key);
    // the same projects as last written or read (a check that found nothing changed): only the meta
    const chunks = this._written.get(id) === projects ? undefined : await pack(projects);
    await this._run('readwrite', (store) => {
      if (chunks) {
        store.put(chunks, keys.projects);
      }
      return store.put(meta, keys.meta);
    });
    this._written.set(id, projects);
  }

  public async remove(key: CacheKey): Promise<void> {
    const keys = keysOf(key);
    this._written.delete(JSON.stringify(key));
    await this._run('readwrite', (store) => {
      store.delete(keys.projects);
      return store.delete(keys.meta);
    });
  }

  public async removeOtherUsers(user: string): Promise<void> {
    const keys = (await this._run('readonly', (store) => store.getAllKeys())) ?? [];
    const others = keys.filter((key) => !Array.isArray(key) || key[0] !== user);
    this._written.clear();
    if (others.length > 0) {
      await this._run('readwrite', (store) => {
        others.forEach((key) => store.delete(key));
        return undefined;
      });
    }
  }
}

/** The browser's IndexedDB cache, or none where IndexedDB is not available. */
export function browserPortfolioCache(): PortfolioCache | undefined {
  return typeof indexedDB === 'undefined' ? undefined : new IndexedDbPortfolioCache();
}
