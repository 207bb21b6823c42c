/**
 * Set-up from the typed schema, in one pass: read what the site has (siteState.ts), plan what is
 * missing (plan.ts, pure) and apply it here, list by list in the schema's order (lookup targets
 * first): the list, its fields and indexes, its settings (formatting, validation, form, titles
 * and help texts in three languages), its views, its items' sort keys, and last its schema
 * version, so that an interrupted run is finished by the next one. Idempotent: a second run
 * reads and writes nothing. Upgrading adds what a newer schema version has; it changes no item's
 * values (only the sort key kept from the number) nor the choices, views and formatting a city
 * has edited since.
 */
import type { SPFI } from '@pnp/sp';
import { body } from '@pnp/queryable';
import type { ISPQueryable } from '@pnp/sp';
import { spPost, SPQueryable } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { AddFieldOptions } from '@pnp/sp/fields';
import type { IXmlSchemaFieldCreationInformation } from '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/content-types';
import '@pnp/sp/batching';
import '@pnp/sp/items';
import { RepositoryError } from '../../contract/errors';
import { SCHEMA, SCHEMA_VERSION_FIELD } from '../schema/schema';
import type { ListKey, ListSchema, PortfolioSchema } from '../schema/schema.types';
import { fieldSchemaXml, schemaVersionFieldXml } from './fieldXml';
import type { SettingWrite, ViewWrite } from './plan';
import { fieldAction, fieldWrites, itemAction, itemContentType, plannedActions, settingAction, settingWrites, sortKeyWrites, viewAction, viewWrites } from './plan';
import type { SetupAction, SetupReport } from '../../contract/setup.types';
import type { ExistingContentType, ExistingView, SiteState } from './siteState';
import { listSchemaVersion, readAllItems, readKeyedItems, readSiteState } from './siteState';
import { FIRST_REPORT_SOURCE, FIRST_REPORT_TITLE, firstReportItems } from './firstReports';
import { listServerRelativeUrl, toRepositoryError } from '../spUtils';

export { listSchemaVersion, readSiteState } from './siteState';
export type { SiteState } from './siteState';
export { plannedActions } from './plan';

/**
 * How set-up creates fields: SharePoint keeps the XML's `Name` as the internal name only with
 * AddFieldInternalNameHint (otherwise it derives one from the display name, here the Finnish
 * title), and the field joins the list's item content type so SharePoint's forms show it.
 */
export const FIELD_CREATION_OPTIONS = AddFieldOptions.AddToDefaultContentType | AddFieldOptions.AddFieldInternalNameHint;

/** `createFieldAsXml` as set-up sends it. */
function fieldCreation(schemaXml: string): IXmlSchemaFieldCreationInformation {
  return { SchemaXml: schemaXml, Options: FIELD_CREATION_OPTIONS };
}

/** Writes observed together; PnPjs sends them 20 per `$batch` request (the stand-in refuses more than 100). */
const BATCH_SIZE = 100;

class Provisioner {
  public writes = 0;
  public skippedItems = 0;
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
    // SharePoint gave the new list its "All items" view and item content type: settings build on them
    const [views, contentTypes] = await Promise.all([
      this._list(list).views.select('Id', 'Title', 'ServerRelativeUrl', 'ViewQuery')<ExistingView[]>(),
      this._contentTypes(list)
    ]);
    this._state.lists[list.key] = { id, validationFormula: null, validationMessage: null, fields: [], views, contentTypes };
  }

  public async ensureFields(list: ListSchema): Promise<void> {
    const spList = this._list(list);
    for (const write of fieldWrites(list, this._state)) {
      if (write.kind === 'createField') {
        const lookupId = write.field.lookupList ? this._listIds.get(write.field.lookupList) : undefined;
        await spList.fields.createFieldAsXml(fieldCreation(fieldSchemaXml(write.field, this._state.language, lookupId)));
      } else {
        await spList.fields.getByInternalNameOrTitle(write.field.name).update({ Indexed: write.kind === 'addIndex' }, 'SP.Field');
      }
      this.writes++;
      this._record(fieldAction(write));
    }
  }

  /**
   * Brings sort keys up to date (items added or renumbered outside Salkku, or a list that got the
   * column in this run). Each item is written with the ETag read: one saved meanwhile, or one
   * whose values fail the list's validation, is left for the next run rather than overwritten.
   */
  public async ensureSortKeys(list: ListSchema): Promise<void> {
    const existing = this._state.lists[list.key];
    if (!list.sortKey || !existing) {
      return;
    }
    // read again when this run created the column: the keys are then all missing
    const items = existing.fields.some((f) => f.InternalName === list.sortKey?.field) ? existing.keyedItems ?? [] : await readKeyedItems(this._sp, this._siteUrl, list, { fields: [] });
    const writes = sortKeyWrites(list, items);
    // saved meanwhile (412), or failing the list's validation (SharePoint checks the whole item
    // on every update): left for the next run, after someone corrects it
    const written = await this._inBatches(
      writes,
      (sp, w) => sp.web.getList(listServerRelativeUrl(this._siteUrl, list)).items.getById(w.itemId).update({ [w.field]: w.value }, w.etag ?? '*'),
      (error) => error.kind === 'conflict' || error.kind === 'invalidValue'
    );
    written.forEach((w) => this._record(itemAction(w)));
    this.skippedItems += writes.length - written.length;
  }

  /**
   * Upgrade to version 4: the projects' current RAG, progress and comment become their first
   * reports (firstReports.ts). Runs until the reports list records its version; projects that
   * already have a report are skipped, so an interrupted run is finished, never doubled.
   */
  public async ensureFirstReports(list: ListSchema): Promise<void> {
    const projects = this._schema.lists.find((l) => l.key === 'projects');
    if (list.key !== 'reports' || !projects || listSchemaVersion(this._state.lists.reports) !== null || !this._state.lists.projects) {
      return;
    }
    const [projectItems, reportItems] = await Promise.all([
      readAllItems(this._sp, this._siteUrl, projects, FIRST_REPORT_SOURCE),
      // a list created in this run is empty: nothing to read
      this._state.lists.reports ? readAllItems(this._sp, this._siteUrl, list, ['Id', 'ProjectId']) : Promise.resolve([])
    ]);
    const items = firstReportItems(projectItems, reportItems, new Date().toISOString().slice(0, 10), FIRST_REPORT_TITLE[this._state.language]);
    const written = await this._inBatches(items, (sp, item) => sp.web.getList(listServerRelativeUrl(this._siteUrl, list)).items.add(item));
    if (written.length > 0) {
      this._record({ kind: 'createItems', list: 'reports', target: 'first reports', detail: String(written.length) });
    }
  }

  /**
   * Sends writes in batches of BATCH_SIZE and answers those that were written. A failed write
   * that `skip` accepts is left out; after a batch with any other failure, rejects with its error.
   */
  private async _inBatches<T>(items: readonly T[], send: (sp: SPFI, item: T) => Promise<unknown>, skip: (error: RepositoryError) => boolean = () => false): Promise<T[]> {
    const written: T[] = [];
    for (let start = 0; start < items.length; start += BATCH_SIZE) {
      const [batched, execute] = this._sp.batched();
      const chunk = items.slice(start, start + BATCH_SIZE);
      const pending = chunk.map((item) => send(batched, item));
      // every write's outcome is observed, also when the batch request itself fails
      const [, settled] = await Promise.all([execute(), Promise.allSettled(pending)]);
      chunk.forEach((item, i) => settled[i]?.status === 'fulfilled' && written.push(item));
      this.writes += settled.filter((result) => result.status === 'fulfilled').length;
      const failed = settled.map((result) => (result.status === 'rejected' ? toRepositoryError(result.reason) : undefined)).find((e) => e !== undefined && !skip(e));
      if (failed) {
        throw failed;
      }
    }
    return written;
  }

  private async _contentTypes(list: ListSchema): Promise<ExistingContentType[]> {
    return this._list(list).contentTypes.select('StringId', 'Name', 'ClientFormCustomFormatter')<ExistingContentType[]>();
  }

  public async ensureSettings(list: ListSchema): Promise<void> {
    const writes = settingWrites(list, this._state);
    const form = writes.find((w): w is Extract<SettingWrite, { kind: 'form' }> => w.kind === 'form');
    if (form && form.contentTypeId === undefined) {
      // a list created in this run: its item content type is known only now
      form.contentTypeId = itemContentType(await this._contentTypes(list))?.StringId;
    }
    await this._inBatches(writes, (sp, write) => this._sendSetting(sp, list, write));
    writes.forEach((w) => this._record(settingAction(w)));
  }

  private _sendSetting(sp: SPFI, list: ListSchema, write: SettingWrite): Promise<unknown> {
    const spList = sp.web.getList(listServerRelativeUrl(this._siteUrl, list));
    switch (write.kind) {
      case 'field':
        return spList.fields.getByInternalNameOrTitle(write.field).update(write.properties, 'SP.Field');
      case 'fieldResource':
        return setResource(spList.fields.getByInternalNameOrTitle(write.field), write.resource, write.culture, write.value);
      case 'list':
        return spList.update(write.properties);
      case 'listResource':
        return setResource(spList, write.resource, write.culture, write.value);
      case 'form':
        if (write.contentTypeId === undefined) {
          return Promise.reject(new RepositoryError('unknown', `The list ${list.url} has no item content type for the form layout`));
        }
        return spList.contentTypes.getById(write.contentTypeId).update({ ClientFormCustomFormatter: write.value });
    }
  }

  public async ensureViews(list: ListSchema): Promise<void> {
    const writes = viewWrites(list, this._state);
    const spList = this._list(list);
    const configure: { viewId: string; write: ViewWrite; title?: string }[] = [];
    for (const write of writes) {
      if (write.kind === 'createView') {
        // created under its key so the URL is stable (CurrentPlan.aspx), then titled
        const created = await spList.views.add(write.view.key, false, { RowLimit: write.view.rowLimit ?? 100 });
        this.writes++;
        configure.push({ viewId: created.Id, write, title: write.title });
      } else {
        configure.push({ viewId: write.viewId, write, title: write.kind === 'configureView' ? write.title : undefined });
      }
    }
    await this._inBatches(configure, (sp, { viewId, write, title }) => {
      const view = sp.web.getList(listServerRelativeUrl(this._siteUrl, list)).views.getById(viewId);
      const properties: Record<string, string | number | boolean> = { ViewQuery: write.query };
      if (title !== undefined) {
        properties.Title = title;
      }
      if (write.kind !== 'viewQuery') {
        properties.RowLimit = write.view.rowLimit ?? 100;
        if (write.view.isDefault) {
          properties.DefaultView = true;
        }
      }
      return view.update(properties);
    });
    const withFields = configure.filter((c) => c.write.kind !== 'viewQuery');
    await this._inBatches(
      withFields.flatMap((c) => [{ viewId: c.viewId, field: null }, ...c.write.view.fields.map((field) => ({ viewId: c.viewId, field }))]),
      (sp, { viewId, field }) => {
        const fields = sp.web.getList(listServerRelativeUrl(this._siteUrl, list)).views.getById(viewId).fields;
        return field === null ? fields.removeAll() : fields.add(field);
      }
    );
    writes.forEach((w) => this._record(viewAction(w)));
  }

  public async ensureVersion(list: ListSchema): Promise<void> {
    const existing = this._state.lists[list.key];
    const found = existing?.fields.find((f) => f.InternalName === SCHEMA_VERSION_FIELD);
    if (!found) {
      await this._list(list).fields.createFieldAsXml(fieldCreation(schemaVersionFieldXml(SCHEMA_VERSION_FIELD, this._schema.version)));
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
 * Creates or upgrades the portfolio lists on a site. For the site's owners (ManageWeb; members
 * have Edit, which includes ManageLists, but the portfolio's structure is the owners' decision):
 * anyone else gets an accessDenied RepositoryError before anything is written.
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
    throw new RepositoryError('accessDenied', 'Setting up the portfolio lists is for the site\'s owners (Full Control)');
  }
  const provisioner = new Provisioner(sp, siteUrl, state, schema, options.onProgress ?? (() => undefined));
  try {
    for (const list of schema.lists) {
      await provisioner.ensureList(list);
      await provisioner.ensureFields(list);
      await provisioner.ensureSettings(list);
      await provisioner.ensureViews(list);
      await provisioner.ensureSortKeys(list);
      await provisioner.ensureFirstReports(list);
      // last: a list whose set-up was interrupted keeps its old version, so the next run finishes it
      await provisioner.ensureVersion(list);
    }
  } catch (error) {
    throw toRepositoryError(error);
  }
  report.actions = provisioner.actions;
  report.writes = provisioner.writes;
  report.skippedItems = provisioner.skippedItems;
  return report;
}

/** `…/TitleResource/SetValueForUICulture`: a title or description in one language. */
function setResource(target: ISPQueryable, resource: 'TitleResource' | 'DescriptionResource', cultureName: string, value: string): Promise<void> {
  return spPost(SPQueryable(SPQueryable(target, resource), 'SetValueForUICulture'), body({ cultureName, value }));
}
