/** What a site has of the portfolio lists, read in one batch before set-up plans its writes. */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/content-types';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/regional-settings/web';
import { hasPermission, PermissionKind } from '../permissions';
import type { BasePermissions } from '../permissions';
import { SCHEMA, SCHEMA_VERSION_FIELD } from '../schema/schema';
import type { Language, ListKey, ListSchema, PortfolioSchema } from '../schema/schema.types';
import type { SpItem } from '../mapping/values';
import { readEtag, readText } from '../mapping/values';
import type { Page } from '../spUtils';
import { allPages, listServerRelativeUrl, PAGE_SIZE, PageParse, toRepositoryError } from '../spUtils';

export interface ExistingField {
  InternalName: string;
  Title: string;
  Indexed: boolean;
  DefaultValue: string | null;
  CustomFormatter: string | null;
  ValidationFormula: string | null;
  ValidationMessage: string | null;
  ClientValidationFormula: string | null;
}

export interface ExistingView {
  Id: string;
  Title: string;
  ServerRelativeUrl: string;
  ViewQuery: string | null;
}

export interface ExistingContentType {
  StringId: string;
  Name: string;
  ClientFormCustomFormatter: string | null;
}

/** An item's sort key as the list has it (ListSchema.sortKey), with its ETag for the update. */
export interface KeyedItem {
  id: number;
  etag: string | null;
  source: string | null;
  /** undefined while the list has no sort-key column. */
  key: string | null | undefined;
}

export interface ExistingList {
  id: string;
  validationFormula: string | null;
  validationMessage: string | null;
  fields: ExistingField[];
  views: ExistingView[];
  contentTypes: ExistingContentType[];
  /** Items' sort keys, for lists that have one in the schema (read page by page). */
  keyedItems?: KeyedItem[];
}

export interface ExistingPlan {
  Id: number;
  PeriodStart: string | null;
}

export interface SiteState {
  language: Language;
  /** The site's regional settings' list separator: formulas separate arguments with it. */
  listSeparator: string;
  /** The caller owns the site (ManageWeb): set-up is an owner's action. */
  canManageSite: boolean;
  lists: Partial<Record<ListKey, ExistingList>>;
  /** Items of the plans list (for the "Current plan" view). */
  plans: ExistingPlan[];
}

const FIELD_PROPERTIES = [
  'InternalName',
  'Title',
  'Indexed',
  'DefaultValue',
  'CustomFormatter',
  'ValidationFormula',
  'ValidationMessage',
  'ClientValidationFormula'
] as const;

export function languageOfLcid(lcid: number | undefined): Language {
  return lcid === 1053 ? 'sv' : lcid === 1033 ? 'en' : 'fi';
}

function isNotFound(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return status === 404;
}

/** Reads what the site has, in one batch. */
export async function readSiteState(sp: SPFI, siteUrl: string, schema: PortfolioSchema = SCHEMA): Promise<SiteState> {
  const [batched, execute] = sp.batched();
  const webInfo = batched.web.select('Language', 'EffectiveBasePermissions')<{ Language?: number; EffectiveBasePermissions?: BasePermissions }>();
  const regional = batched.web.regionalSettings.select('ListSeparator')<{ ListSeparator?: string }>();
  const perList = schema.lists.map((list) => {
    const spList = batched.web.getList(listServerRelativeUrl(siteUrl, list));
    return {
      list,
      info: spList.select('Id', 'ValidationFormula', 'ValidationMessage')<{ Id: string; ValidationFormula?: string | null; ValidationMessage?: string | null }>(),
      fields: spList.fields.select(...FIELD_PROPERTIES)<ExistingField[]>(),
      views: spList.views.select('Id', 'Title', 'ServerRelativeUrl', 'ViewQuery')<ExistingView[]>(),
      contentTypes: spList.contentTypes.select('StringId', 'Name', 'ClientFormCustomFormatter')<ExistingContentType[]>(),
      plans: list.key === 'plans' ? spList.items.select('Id', 'PeriodStart').top(5000)<ExistingPlan[]>() : undefined
    };
  });
  await execute();
  const state: SiteState = { language: 'fi', listSeparator: ',', canManageSite: false, lists: {}, plans: [] };
  try {
    const [web, settings] = await Promise.all([webInfo, regional]);
    state.language = languageOfLcid(web.Language);
    state.listSeparator = settings.ListSeparator ?? ',';
    state.canManageSite = hasPermission(web.EffectiveBasePermissions, PermissionKind.ManageWeb);
  } catch (error) {
    throw toRepositoryError(error);
  }
  for (const entry of perList) {
    const [info, ...rest] = await Promise.allSettled([entry.info, entry.fields, entry.views, entry.contentTypes, entry.plans]);
    if (info.status === 'rejected') {
      if (isNotFound(info.reason)) {
        continue;
      }
      throw toRepositoryError(info.reason, { list: entry.list.key });
    }
    const failed = rest.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) {
      throw toRepositoryError(failed.reason, { list: entry.list.key });
    }
    state.lists[entry.list.key] = {
      id: info.value.Id,
      validationFormula: info.value.ValidationFormula ?? null,
      validationMessage: info.value.ValidationMessage ?? null,
      fields: await entry.fields,
      views: await entry.views,
      contentTypes: await entry.contentTypes
    };
    if (entry.plans) {
      state.plans = await entry.plans;
    }
  }
  for (const list of schema.lists) {
    const existing = state.lists[list.key];
    if (list.sortKey && existing) {
      existing.keyedItems = await readKeyedItems(sp, siteUrl, list, existing);
    }
  }
  return state;
}

/** Every item of a list with the columns selected, page by page in id order. */
export async function readAllItems(sp: SPFI, siteUrl: string, list: ListSchema, select: readonly string[]): Promise<SpItem[]> {
  try {
    return await allPages(sp.web, sp.web.getList(listServerRelativeUrl(siteUrl, list)).items.select(...select).orderBy('ID', true).top(PAGE_SIZE).using(PageParse())<Page>());
  } catch (error) {
    throw toRepositoryError(error, { list: list.key });
  }
}

/** Id, ETag, number and sort key of every item, page by page (a few bytes per item). */
export async function readKeyedItems(sp: SPFI, siteUrl: string, list: ListSchema, existing: Pick<ExistingList, 'fields'>): Promise<KeyedItem[]> {
  const sortKey = list.sortKey;
  if (!sortKey) {
    return [];
  }
  const hasKey = existing.fields.some((f) => f.InternalName === sortKey.field);
  const items = await readAllItems(sp, siteUrl, list, ['Id', sortKey.source, ...(hasKey ? [sortKey.field] : [])]);
  return items.map((item) => ({
    id: Number(item.Id),
    etag: readEtag(item),
    source: readText(item, sortKey.source),
    key: hasKey ? readText(item, sortKey.field) : undefined
  }));
}

/** The schema version a list was set up with (the default of its hidden version field). */
export function listSchemaVersion(list: ExistingList | undefined): number | null {
  const field = list?.fields.find((f) => f.InternalName === SCHEMA_VERSION_FIELD);
  const version = Number(field?.DefaultValue);
  return field && Number.isInteger(version) ? version : null;
}

/** Id of the newest plan (latest period start, then highest id); null when there are none. */
export function newestPlanId(plans: readonly ExistingPlan[]): number | null {
  const sorted = [...plans].sort((a, b) => (a.PeriodStart ?? '').localeCompare(b.PeriodStart ?? '') || a.Id - b.Id);
  return sorted[sorted.length - 1]?.Id ?? null;
}
