/**
 * The portfolio cache in the browser's IndexedDB: one entry per user and site (key
 * `[login name, site URL]`), structured-cloned as it is. Nothing leaves the browser; a site's
 * data is readable only by scripts of the page's origin, as the page itself is.
 */
import type { CachedPortfolio, CacheKey, PortfolioCache } from '../contract/portfolioStore';

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
    return (await this._run<CachedPortfolio | undefined>('readonly', (store) => store.get([...key]) as IDBRequest<CachedPortfolio | undefined>)) ?? undefined;
  }

  public async write(key: CacheKey, entry: CachedPortfolio): Promise<void> {
    await this._run('readwrite', (store) => store.put(entry, [...key]));
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
