/**
 * Set-up from the typed schema: creates the lists, fields, indexes and views that are missing,
 * and nothing else. Idempotent: a second run reads (one batch) and writes nothing.
 * Upgrading adds what a newer schema version has; it never changes data or the choices a city
 * has edited.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/batching';
import { RepositoryError } from '../errors';
import { hasPermission, PermissionKind } from '../permissions';
import type { BasePermissions } from '../permissions';
import { SCHEMA, SCHEMA_VERSION_FIELD } from '../schema/schema';
import type { Language, ListKey, ListSchema, PortfolioSchema } from '../schema/schema.types';
import { fieldSchemaXml, schemaVersionFieldXml, viewQueryXml } from './fieldXml';
import type { SetupAction, SetupReport } from './setup.types';
import { listServerRelativeUrl, toRepositoryError } from '../spUtils';

interface ExistingField {
  InternalName: string;
  Indexed: boolean;
  DefaultValue: string | null;
}

interface ExistingView {
  Id: string;
  Title: string;
}

interface ExistingList {
  id: string;
  fields: ExistingField[];
  views: ExistingView[];
}

export interface SiteState {
  language: Language;
  canManageSite: boolean;
  lists: Partial<Record<ListKey, ExistingList>>;
}

function languageOf(lcid: number | undefined): Language {
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
  const perList = schema.lists.map((list) => {
    const spList = batched.web.getList(listServerRelativeUrl(siteUrl, list));
    return {
      list,
      info: spList.select('Id')<{ Id: string }>(),
      fields: spList.fields.select('InternalName', 'Indexed', 'DefaultValue')<ExistingField[]>(),
      views: spList.views.select('Id', 'Title')<ExistingView[]>()
    };
  });
  await execute();
  const state: SiteState = { language: 'fi', canManageSite: false, lists: {} };
  try {
    const web = await webInfo;
    state.language = languageOf(web.Language);
    state.canManageSite = hasPermission(web.EffectiveBasePermissions, PermissionKind.ManageLists);
  } catch (error) {
    throw toRepositoryError(error);
  }
  for (const entry of perList) {
    const results = await Promise.allSettled([entry.info, entry.fields, entry.views]);
    const [info, fields, views] = results;
    if (info.status === 'rejected') {
      if (isNotFound(info.reason)) {
        continue;
      }
      throw toRepositoryError(info.reason, { list: entry.list.key });
    }
    if (fields.status === 'rejected' || views.status === 'rejected') {
      throw toRepositoryError(fields.status === 'rejected' ? fields.reason : (views as PromiseRejectedResult).reason, { list: entry.list.key });
    }
    state.lists[entry.list.key] = { id: info.value.Id, fields: fields.value, views: views.value };
  }
  return state;
}

/** The schema version a list was set up with (the default of its hidden version field). */
export function listSchemaVersion(list: ExistingList | undefined): number | null {
  const field = list?.fields.find((f) => f.InternalName === SCHEMA_VERSION_FIELD);
  const version = Number(field?.DefaultValue);
  return field && Number.isInteger(version) ? version : null;
}

/** What set-up would write, without writing. */
export function plannedActions(state: SiteState, schema: PortfolioSchema = SCHEMA): SetupAction[] {
  const actions: SetupAction[] = [];
  for (const list of schema.lists) {
    const existing = state.lists[list.key];
    if (!existing) {
      actions.push({ kind: 'createList', list: list.key, target: list.url });
    }
    const fields = existing?.fields ?? [];
    for (const field of list.fields) {
      const found = fields.find((f) => f.InternalName === field.name);
      if (!found && !field.builtIn) {
        actions.push({ kind: 'createField', list: list.key, target: field.name });
      } else if (found && field.indexed && !found.Indexed) {
        actions.push({ kind: 'updateField', list: list.key, target: field.name, detail: 'index' });
      }
    }
    for (const view of list.views) {
      if (!(existing?.views ?? []).some((v) => v.Title === view.title[state.language])) {
        actions.push({ kind: 'createView', list: list.key, target: view.key });
      }
    }
    if (listSchemaVersion(existing) !== schema.version) {
      actions.push({ kind: 'updateList', list: list.key, target: SCHEMA_VERSION_FIELD, detail: String(schema.version) });
    }
  }
  return actions;
}

class Provisioner {
  public writes = 0;
  public readonly actions: SetupAction[] = [];
  private readonly _listIds = new Map<ListKey, string>();

  public constructor(
    private readonly _sp: SPFI,
    private readonly _siteUrl: string,
    private readonly _state: SiteState,
    private readonly _schema: PortfolioSchema,
    private readonly _progress: (message: string) => void
  ) {
    for (const [key, list] of Object.entries(_state.lists)) {
      if (list) {
        this._listIds.set(key as ListKey, list.id);
      }
    }
  }

  private _list(list: ListSchema): ReturnType<SPFI['web']['getList']> {
    return this._sp.web.getList(listServerRelativeUrl(this._siteUrl, list));
  }

  private _record(action: SetupAction): void {
    this.actions.push(action);
    this._progress(`${action.kind} ${action.list} ${action.target}`);
  }

  public async ensureList(list: ListSchema): Promise<void> {
    if (this._listIds.has(list.key)) {
      return;
    }
    const urlName = list.url.split('/').pop() ?? list.url;
    const created = await this._sp.web.lists.add(urlName, list.description[this._state.language], 100, false, { EnableVersioning: true });
    this.writes++;
    const id = (created as { Id?: unknown }).Id;
    if (typeof id !== 'string') {
      throw new RepositoryError('unknown', `Creating list ${list.url} returned no id`);
    }
    this._listIds.set(list.key, id);
    await this._list(list).update({ Title: list.title[this._state.language] });
    this.writes++;
    this._record({ kind: 'createList', list: list.key, target: list.url });
  }

  public async ensureFields(list: ListSchema): Promise<void> {
    const existing = this._state.lists[list.key]?.fields ?? [];
    const spList = this._list(list);
    for (const field of list.fields) {
      const found = existing.find((f) => f.InternalName === field.name);
      if (field.builtIn) {
        // built-in fields (Title) exist on every list, also on one created a moment ago
        if (field.indexed && !(found?.Indexed ?? false)) {
          await spList.fields.getByInternalNameOrTitle(field.name).update({ Indexed: true }, 'SP.Field');
          this.writes++;
          this._record({ kind: 'updateField', list: list.key, target: field.name, detail: 'index' });
        }
        continue;
      }
      if (!found) {
        const lookupId = field.lookupList ? this._listIds.get(field.lookupList) : undefined;
        await spList.fields.createFieldAsXml(fieldSchemaXml(field, this._state.language, lookupId));
        this.writes++;
        this._record({ kind: 'createField', list: list.key, target: field.name });
      } else if (found && field.indexed && !found.Indexed) {
        await spList.fields.getByInternalNameOrTitle(field.name).update({ Indexed: true }, 'SP.Field');
        this.writes++;
        this._record({ kind: 'updateField', list: list.key, target: field.name, detail: 'index' });
      }
    }
  }

  public async ensureViews(list: ListSchema): Promise<void> {
    const existing = this._state.lists[list.key]?.views ?? [];
    const spList = this._list(list);
    for (const view of list.views) {
      const title = view.title[this._state.language];
      if (existing.some((v) => v.Title === title)) {
        continue;
      }
      await spList.views.add(title, false, {
        ViewQuery: viewQueryXml(view, list.fields),
        RowLimit: view.rowLimit ?? 100,
        SetAsDefaultView: view.isDefault === true
      });
      this.writes++;
      const spView = spList.views.getByTitle(title);
      await spView.fields.removeAll();
      this.writes++;
      for (const field of view.fields) {
        await spView.fields.add(field);
        this.writes++;
      }
      this._record({ kind: 'createView', list: list.key, target: view.key });
    }
  }

  public async ensureVersion(list: ListSchema): Promise<void> {
    const existing = this._state.lists[list.key];
    const found = existing?.fields.find((f) => f.InternalName === SCHEMA_VERSION_FIELD);
    if (!found) {
      await this._list(list).fields.createFieldAsXml(schemaVersionFieldXml(SCHEMA_VERSION_FIELD, this._schema.version));
      this.writes++;
    } else if (listSchemaVersion(existing) === this._schema.version) {
      return;
    } else {
      await this._list(list).fields.getByInternalNameOrTitle(SCHEMA_VERSION_FIELD).update({ DefaultValue: String(this._schema.version) }, 'SP.FieldText');
      this.writes++;
    }
    this._record({ kind: 'updateList', list: list.key, target: SCHEMA_VERSION_FIELD, detail: String(this._schema.version) });
  }
}

/**
 * Creates or upgrades the portfolio lists on a site. Needs ManageLists on the site: without it
 * the promise rejects with an accessDenied RepositoryError before writing anything.
 */
export async function provision(
  sp: SPFI,
  siteUrl: string,
  options: { schema?: PortfolioSchema; onProgress?: (message: string) => void } = {}
): Promise<SetupReport> {
  const schema = options.schema ?? SCHEMA;
  const state = await readSiteState(sp, siteUrl, schema);
  const previousVersions = schema.lists.map((l) => listSchemaVersion(state.lists[l.key])).filter((v): v is number => v !== null);
  const report: SetupReport = {
    schemaVersion: schema.version,
    previousVersion: previousVersions.length > 0 ? Math.min(...previousVersions) : null,
    actions: [],
    writes: 0
  };
  if (plannedActions(state, schema).length === 0) {
    return report;
  }
  if (!state.canManageSite) {
    throw new RepositoryError('accessDenied', 'Setting up the portfolio lists needs permission to manage lists on the site');
  }
  const provisioner = new Provisioner(sp, siteUrl, state, schema, options.onProgress ?? (() => undefined));
  for (const list of schema.lists) {
    await provisioner.ensureList(list);
    await provisioner.ensureFields(list);
    await provisioner.ensureViews(list);
    await provisioner.ensureVersion(list);
  }
  report.actions = provisioner.actions;
  report.writes = provisioner.writes;
  return report;
}
