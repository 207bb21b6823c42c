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
import type { CachedPortfolio, CacheKey, PortfolioCache } from '../contract/portfolioStore';

/** Projects per JSON chunk (a few milliseconds to stringify or parse). */
const CHUNK = 1000;

interface StoredEntry {
  entry: Omit<CachedPortfolio, 'data'> & { data: Omit<CachedPortfolio['data'], 'projects'> };
  projects: string[];
}

async function pack(entry: CachedPortfolio): Promise<StoredEntry> {
  const { projects, ...data } = entry.data;
  const chunks: string[] = [];
  for (let start = 0; start < projects.length; start += CHUNK) {
    chunks.push(JSON.stringify(projects.slice(start, start + CHUNK)));
    await yieldToMain();
  }
  return { entry: { ...entry, data }, projects: chunks };
}

async function unpack(stored: StoredEntry): Promise<CachedPortfolio> {
  const projects: Project[] = [];
  for (const chunk of stored.projects) {
    projects.push(...(JSON.parse(chunk) as Project[]));
    await yieldToMain();
  }
  return { ...stored.entry, data: { ...stored.entry.data, projects } };
}

function isStoredEntry(value: unknown): value is StoredEntry {
  return typeof value === 'object' && value !== null && Array.isArray((value as StoredEntry).projects) && typeof (value as StoredEntry).entry === 'object';
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

  public async read(key: CacheKey): Promise<CachedPortfolio | undefined> {
    const stored = await this._run<unknown>('readonly', (store) => store.get([...key]) as IDBRequest<unknown>);
    return isStoredEntry(stored) ? unpack(stored) : undefined;
  }

  public async write(key: CacheKey, entry: CachedPortfolio): Promise<void> {
    const stored = await pack(entry);
    await this._run('readwrite', (store) => store.put(stored, [...key]));
  }

  public async remove(key: CacheKey): Promise<void> {
    await this._run('readwrite', (store) => store.delete([...key]));
  }

  public async removeOtherUsers(user: string): Promise<void> {
    const keys = (await this._run('readonly', (store) => store.getAllKeys())) ?? [];
    const others = keys.filter((key) => !Array.isArray(key) || key[0] !== user);
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
