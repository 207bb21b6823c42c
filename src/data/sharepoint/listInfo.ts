/**
 * What a view needs to know of a list, from SharePoint's list and field answers: its forms'
 * and default view's URLs, the user's permissions, the choices as the city has them now, and
 * the schema fields it still lacks (an upgrade adds them).
 */
import type { ListInfo } from '../contract/repository.types';
import type { ListKey } from '../contract/setup.types';
import type { BasePermissions } from './permissions';
import { hasPermission, PermissionKind } from './permissions';
import { SCHEMA_VERSION_FIELD } from './schema/schema';
import type { ListSchema } from './schema/schema.types';
import { absoluteUrl, listServerRelativeUrl, toRepositoryError } from './spUtils';

/** The list properties read (`$select`). */
export interface RawList {
  Id: string;
  Title: string;
  ItemCount: number;
  DefaultNewFormUrl: string;
  DefaultEditFormUrl: string;
  DefaultDisplayFormUrl: string;
  DefaultViewUrl: string;
  EffectiveBasePermissions: BasePermissions;
  CurrentChangeToken?: { StringValue?: string };
}

/** `$select` of a list for its ListInfo (the Projects list adds its change token). */
export const LIST_INFO_SELECT = ['Id', 'Title', 'ItemCount', 'DefaultNewFormUrl', 'DefaultEditFormUrl', 'DefaultDisplayFormUrl', 'DefaultViewUrl', 'EffectiveBasePermissions'] as const;

/** The field properties read (`$select`). */
export interface RawField {
  InternalName: string;
  TypeAsString: string;
  Choices: string[] | { results: string[] } | null;
  DefaultValue: string | null;
}

export const FIELD_INFO_SELECT = ['InternalName', 'TypeAsString', 'Choices', 'DefaultValue'] as const;

function choicesOf(fields: RawField[]): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const field of fields) {
    if (field.TypeAsString === 'Choice' || field.TypeAsString === 'MultiChoice') {
      const raw = field.Choices;
      result[field.InternalName] = Array.isArray(raw) ? raw : raw?.results ?? [];
    }
  }
  return result;
}

/** A list that could not be read: links go to where it should be, nothing is permitted. */
export function unavailableList(siteUrl: string, list: ListSchema): ListInfo {
  const url = absoluteUrl(siteUrl, listServerRelativeUrl(siteUrl, list));
  return {
    key: list.key,
    id: '',
    title: list.title.en,
    newFormUrl: url,
    editFormUrl: url,
    displayFormUrl: url,
    viewUrl: url,
    itemCount: 0,
    permissions: { canRead: false, canAdd: false, canEdit: false, canManage: false },
    choices: {},
    missingFields: []
  };
}

export function listInfoOf(siteUrl: string, schemaVersion: number, list: ListSchema, raw: RawList, fields: RawField[]): ListInfo {
  const names = new Set(fields.map((f) => f.InternalName));
  const versionField = fields.find((f) => f.InternalName === SCHEMA_VERSION_FIELD);
  const missing = list.fields.filter((f) => !names.has(f.name)).map((f) => f.name);
  if (Number(versionField?.DefaultValue) !== schemaVersion) {
    missing.push(SCHEMA_VERSION_FIELD);
  }
  const p = raw.EffectiveBasePermissions;
  return {
    key: list.key,
    id: raw.Id,
    title: raw.Title,
    newFormUrl: absoluteUrl(siteUrl, raw.DefaultNewFormUrl),
    editFormUrl: absoluteUrl(siteUrl, raw.DefaultEditFormUrl),
    displayFormUrl: absoluteUrl(siteUrl, raw.DefaultDisplayFormUrl),
    viewUrl: absoluteUrl(siteUrl, raw.DefaultViewUrl),
    itemCount: raw.ItemCount,
    permissions: {
      canRead: hasPermission(p, PermissionKind.ViewListItems),
      canAdd: hasPermission(p, PermissionKind.AddListItems),
      canEdit: hasPermission(p, PermissionKind.EditListItems),
      canManage: hasPermission(p, PermissionKind.ManageLists)
    },
    choices: choicesOf(fields),
    missingFields: missing
  };
}

/** A list's information and fields asked for in a `$batch`, not yet answered. */
export interface PendingListInfo<K extends ListKey> {
  key: K;
  raw: Promise<RawList>;
  fields: Promise<RawField[]>;
}

/** SharePoint's answer for a list that is not there (404, or PnPjs's list-missing error). */
export function isListNotFound(error: unknown): boolean {
  return toRepositoryError(error).kind === 'listMissing' || (error as { status?: unknown } | null)?.status === 404;
}

/**
 * The answered list informations of a batch: each list's `ListInfo`, or its key in `missing` when
 * the site does not have it (a site set up with an earlier schema); any other failure rejects.
 */
export async function settleListInfos<K extends ListKey>(
  siteUrl: string,
  schemaVersion: number,
  schemaOf: (key: K) => ListSchema,
  pending: readonly PendingListInfo<K>[]
): Promise<{ lists: Partial<Record<K, ListInfo>>; missing: K[] }> {
  const lists: Partial<Record<K, ListInfo>> = {};
  const missing: K[] = [];
  for (const entry of pending) {
    const [raw, fields] = await Promise.allSettled([entry.raw, entry.fields]);
    if (raw.status === 'rejected' || fields.status === 'rejected') {
      const reason: unknown = raw.status === 'rejected' ? raw.reason : fields.status === 'rejected' ? fields.reason : undefined;
      if (isListNotFound(reason)) {
        missing.push(entry.key);
        continue;
      }
      throw toRepositoryError(reason, { list: entry.key });
    }
    lists[entry.key] = listInfoOf(siteUrl, schemaVersion, schemaOf(entry.key), raw.value, fields.value);
  }
  return { lists, missing };
}
