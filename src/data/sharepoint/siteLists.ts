/**
 * The lists of one site as the schema names them, for the repositories of the follow-up,
 * proposal and benefit lists: a list by its key (in a `$batch` or not), its information asked
 * for in a batch and settled, and who is signed in (read once, with a load's batch or on demand).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import type { Person } from '../../domain/model';
import type { DomainWarning } from '../../domain/warnings';
import { RepositoryError } from '../contract/errors';
import type { ItemIssue, ListInfo } from '../contract/repository.types';
import type { ListKey } from '../contract/setup.types';
import type { PendingListInfo, RawField, RawList } from './listInfo';
import { FIELD_INFO_SELECT, LIST_INFO_SELECT, settleListInfos } from './listInfo';
import type { SpItem } from './mapping/values';
import { readId, readText } from './mapping/values';
import { SCHEMA } from './schema/schema';
import type { ListSchema, PortfolioSchema } from './schema/schema.types';
import type { Page } from './spUtils';
import { allPages, listServerRelativeUrl, toRepositoryError } from './spUtils';

interface RawUser {
  Id: number;
  Title: string;
  Email?: string;
}

const USER_SELECT = ['Id', 'Title', 'Email'] as const;

function personOf(user: RawUser): Person {
  return { id: user.Id, title: user.Title, email: user.Email ?? null };
}

export class SiteLists {
  public readonly schema: PortfolioSchema;
  private _me: Person | null = null;

  public constructor(
    private readonly _sp: SPFI,
    public readonly siteUrl: string,
    schema: PortfolioSchema = SCHEMA
  ) {
    this.schema = schema;
  }

  public listSchema(key: ListKey): ListSchema {
    const list = this.schema.lists.find((l) => l.key === key);
    if (!list) {
      throw new RepositoryError('listMissing', `No list "${key}" in the schema`);
    }
    return list;
  }

  /** The list by its key, in `sp` (a batch) or on its own. */
  public list(key: ListKey, sp: SPFI = this._sp): ReturnType<SPFI['web']['getList']> {
    return sp.web.getList(listServerRelativeUrl(this.siteUrl, this.listSchema(key)));
  }

  /** The lists' information and fields, asked for in `batched`. */
  public askInfos<K extends ListKey>(keys: readonly K[], batched: SPFI): PendingListInfo<K>[] {
    return keys.map((key) => {
      const list = this.list(key, batched);
      return { key, raw: list.select(...LIST_INFO_SELECT)<RawList>(), fields: list.fields.select(...FIELD_INFO_SELECT)<RawField[]>() };
    });
  }

  /** Each list's information once the batch is answered, or its key in `missing` (settleListInfos). */
  public settleInfos<K extends ListKey>(pending: readonly PendingListInfo<K>[]): Promise<{ lists: Partial<Record<K, ListInfo>>; missing: K[] }> {
    return settleListInfos(this.siteUrl, this.schema.version, (key) => this.listSchema(key), pending);
  }

  /**
   * A list's items from a batch's first page on (SharePoint's next links followed), mapped: none
   * for a list the site does not have yet; an item the mapping warns about is listed in `issues`
   * (and left out when `map` gives null).
   */
  public async readItems<K extends ListKey, T>(
    key: K,
    first: Promise<Page>,
    missing: readonly K[],
    issues: ItemIssue[],
    map: (item: SpItem, warnings: DomainWarning[]) => T | null
  ): Promise<T[]> {
    if (missing.includes(key)) {
      first.catch(() => undefined);
      return [];
    }
    const items = await allPages(this._sp.web, first).catch((error: unknown) => {
      throw toRepositoryError(error, { list: key });
    });
    const out: T[] = [];
    for (const item of items) {
      const warnings: DomainWarning[] = [];
      const value = map(item, warnings);
      if (value !== null) {
        out.push(value);
      }
      if (warnings.length > 0) {
        issues.push({ list: key, itemId: readId(item), title: readText(item, 'Title') ?? '', warnings });
      }
    }
    return out;
  }

  /** Who is signed in, asked for in `batched`; `settleMe` reads the answer. */
  public askMe(batched: SPFI): Promise<RawUser> {
    const pending = batched.web.currentUser.select(...USER_SELECT)<RawUser>();
    // answered with the batch and read by settleMe (never an unhandled rejection)
    pending.catch(() => undefined);
    return pending;
  }

  /** The signed-in person from a batch's answer (kept for later writes), or null when it failed. */
  public async settleMe(pending: Promise<RawUser>): Promise<Person | null> {
    const user = await pending.catch(() => undefined);
    this._me = user ? personOf(user) : null;
    return this._me;
  }

  /** The signed-in person: as a load read them, or read now. */
  public async whoAmI(): Promise<Person> {
    if (this._me) {
      return this._me;
    }
    try {
      this._me = personOf(await this._sp.web.currentUser.select(...USER_SELECT)<RawUser>());
      return this._me;
    } catch (error) {
      throw toRepositoryError(error);
    }
  }
}
