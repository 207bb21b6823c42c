/** The portfolio cache in memory, as IndexedDB keeps it (structured clone), for Node tests. */
import type { CachedPortfolio, CacheKey, PortfolioCache } from '../../src/data/contract/portfolioStore';

export class MemoryPortfolioCache implements PortfolioCache {
  public readonly entries = new Map<string, CachedPortfolio>();

  public read(key: CacheKey): Promise<CachedPortfolio | undefined> {
    const entry = this.entries.get(JSON.stringify(key));
    return Promise.resolve(entry ? structuredClone(entry) : undefined);
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
