/** The portfolio cache in memory, as IndexedDB keeps it (structured clone), for Node tests. */
import type { CachedPortfolio, CachedPortfolioRead, CacheKey, PortfolioCache } from '../../src/data/contract/portfolioStore';

export class MemoryPortfolioCache implements PortfolioCache {
  public readonly entries = new Map<string, CachedPortfolio>();

  public read(key: CacheKey): Promise<CachedPortfolioRead | undefined> {
    const stored = this.entries.get(JSON.stringify(key));
    if (!stored) {
      return Promise.resolve(undefined);
    }
    const { projects, ...data } = structuredClone(stored.data);
    return Promise.resolve({ entry: { ...stored, data }, projects: Promise.resolve(projects) });
  }

  public write(key: CacheKey, entry: CachedPortfolio): Promise<void> {
    this.entries.set(JSON.stringify(key), structuredClone(entry));
    return Promise.resolve();
  }

  public remove(key: CacheKey): Promise<void> {
    this.entries.delete(JSON.stringify(key));
    return Promise.resolve();
  }

  public removeOtherUsers(user: string): Promise<void> {
    for (const key of [...this.entries.keys()]) {
      if ((JSON.parse(key) as string[])[0] !== user) {
        this.entries.delete(key);
      }
    }
    return Promise.resolve();
  }
}
