/** Adding or updating one list item with its ETag: the identity and version come back. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { ListKey } from '../contract/setup.types';
import type { SpItem } from './mapping/values';
import { toRepositoryError } from './spUtils';

type SpList = ReturnType<SPFI['web']['getList']>;

/**
 * Adds `value` (id null) or updates it with the ETag it was read with: someone's newer save
 * makes SharePoint answer 412, which rejects as a `conflict` RepositoryError. Without an ETag
 * (`etag` null) an update overwrites: only for values nobody edits concurrently (plans, goals).
 */
export async function saveItem<T extends { id: number | null; etag: string | null }>(list: SpList, key: ListKey, value: T, payload: Record<string, unknown>): Promise<T> {
  try {
    if (value.id === null) {
      const created = (await list.items.add(payload)) as SpItem;
      const id = created.Id ?? created.ID;
      const etag = created['odata.etag'];
      return { ...value, id: typeof id === 'number' ? id : null, etag: typeof etag === 'string' ? etag : null };
    }
    const result = (await list.items.getById(value.id).update(payload, value.etag ?? undefined)) as { etag?: string };
    return { ...value, etag: result.etag ?? null };
  } catch (error) {
    throw toRepositoryError(error, { list: key, item: value.id !== null });
  }
}
