/**
 * What set-up writes, planned from the schema and what the site has (SiteState): fields and
 * indexes, column formatting, validation, conditional visibility, per-language titles and help
 * texts, the form layout, views and items' sort keys. Pure: provision.ts sends the writes, and
 * plannedActions() lists them for a dry run and for "an upgrade is available".
 *
 * Rule: a setting that arrived in schema version N is written when the list was set up with a
 * version below N (or not at all) and the site's value differs. After that it is the city's: a
 * changed view or formatter is left alone by later runs. The "Current plan" view's filter is the
 * exception: set-up keeps it on the newest plan.
 */
import type { FieldSchema, Language, ListKey, ListSchema, PortfolioSchema, ViewSchema } from '../schema/schema.types';
import { CULTURE_OF_LANGUAGE, CURRENT_PLAN, isDue, LANGUAGES } from '../schema/schema.types';
import { viewQueryXml } from './fieldXml';
import { formulaForSite } from './formula';
import { numberSortKey } from '../../../domain/portfolio/numbering';
import type { SetupAction } from '../../contract/setup.types';
import { SCHEMA, SCHEMA_VERSION_FIELD } from '../schema/schema';
import type { ExistingContentType, ExistingField, ExistingList, ExistingView, KeyedItem, SiteState } from './siteState';
import { listSchemaVersion, newestPlanId } from './siteState';

export type Resource = 'TitleResource' | 'DescriptionResource';

export type SettingWrite =
  | { kind: 'field'; list: ListKey; field: string; properties: Record<string, string> }
  | { kind: 'fieldResource'; list: ListKey; field: string; resource: Resource; culture: string; value: string }
  | { kind: 'list'; list: ListKey; properties: Record<string, string> }
  | { kind: 'listResource'; list: ListKey; resource: Resource; culture: string; value: string }
  /** The content type id is unknown until a list created in the same run is read. */
  | { kind: 'form'; list: ListKey; contentTypeId?: string; value: string };

export type ViewWrite =
  | { kind: 'createView'; list: ListKey; view: ViewSchema; title: string; query: string }
  | { kind: 'configureView'; list: ListKey; view: ViewSchema; viewId: string; title?: string; query: string }
  | { kind: 'viewQuery'; list: ListKey; view: ViewSchema; viewId: string; query: string };

/**
 * Fields to create and indexes to add or give back. Indexes Salkku no longer needs come first,
 * so that adding ours never passes SharePoint's 20 per list on the way.
 */
export type FieldWrite =
  | { kind: 'dropIndex'; list: ListKey; field: FieldSchema }
  | { kind: 'createField'; list: ListKey; field: FieldSchema }
  | { kind: 'addIndex'; list: ListKey; field: FieldSchema };

/** A machine-kept value of one item (the sort key), sent with the ETag that was read. */
export interface ItemWrite {
  kind: 'sortKey';
  list: ListKey;
  itemId: number;
  etag: string | null;
  field: string;
  value: string;
}

/** The version a list's settings were written for (0 for a list set-up has not seen). */
function recordedVersion(existing: ExistingList | undefined): number {
  return listSchemaVersion(existing) ?? 0;
}

export function fieldWrites(list: ListSchema, state: SiteState): FieldWrite[] {
  const existing = state.lists[list.key];
  const recorded = recordedVersion(existing);
  const found = (field: FieldSchema): ExistingField | undefined => existing?.fields.find((f) => f.InternalName === field.name);
  const drops: FieldWrite[] = list.fields
    .filter((field) => !field.indexed && field.indexedUntil !== undefined && recorded <= field.indexedUntil && found(field)?.Indexed === true)
    .map((field) => ({ kind: 'dropIndex', list: list.key, field }));
  const adds: FieldWrite[] = list.fields.flatMap((field): FieldWrite[] => {
    const onSite = found(field);
    if (!onSite && !field.builtIn) {
      return [{ kind: 'createField', list: list.key, field }];
    }
    return field.indexed && !(onSite?.Indexed ?? false) ? [{ kind: 'addIndex', list: list.key, field }] : [];
  });
  return [...drops, ...adds];
}

/** Items whose sort key is missing or no longer follows their number. */
export function sortKeyWrites(list: ListSchema, items: readonly KeyedItem[]): ItemWrite[] {
  const sortKey = list.sortKey;
  if (!sortKey) {
    return [];
  }
  return items
    .map((item) => ({ item, value: numberSortKey(item.source) }))
    .filter(({ item, value }) => item.key !== value)
    .map(({ item, value }) => ({ kind: 'sortKey', list: list.key, itemId: item.id, etag: item.etag, field: sortKey.field, value }));
}

/**
 * The display name SharePoint knows a field by in this request: the title it answered set-up's
 * read with (in the language SharePoint chose for the caller, and a city's renaming kept), or,
 * for a field created in this run, the site-language title it was created with. Per-language
 * titles are written after the formulas and the form (settingWrites orders them), so in a run
 * that creates fields these are the names SharePoint resolves.
 */
export function displayNameOf(list: ListSchema, existing: ExistingList | undefined, language: Language): (name: string) => string {
  return (name) => existing?.fields.find((f) => f.InternalName === name)?.Title ?? list.fields.find((f) => f.name === name)?.title[language] ?? name;
}

/** A schema formula as this site takes it (formula.ts): display names and its list separator. */
function siteFormula(formula: string, displayName: (name: string) => string, state: SiteState): string {
  return formulaForSite(formula, displayName, state.listSeparator);
}

/**
 * The names a form section lists for a field: its title in every language and the name the site
 * has. SharePoint matches form sections to fields by display name in the viewer's language, so a
 * section naming only the Finnish title would lose its fields for Swedish and English users.
 */
function formFieldNames(list: ListSchema, existing: ExistingList | undefined, language: Language): (name: string) => string[] {
  return (name) => {
    const field = list.fields.find((f) => f.name === name);
    const titles = field ? [field.title[language], ...LANGUAGES.map((l) => field.title[l])] : [];
    const onSite = existing?.fields.find((f) => f.InternalName === name)?.Title;
    return [...new Set([...titles, ...(onSite !== undefined ? [onSite] : []), ...(field ? [] : [name])])];
  };
}

function fieldProperties(field: FieldSchema, found: ExistingField | undefined, recorded: number, state: SiteState, displayName: (name: string) => string): Record<string, string> {
  const language = state.language;
  const properties: Record<string, string> = {};
  if (field.formatter && isDue(field.formatter, recorded)) {
    const value = JSON.stringify(field.formatter.value);
    if (found?.CustomFormatter !== value) {
      properties.CustomFormatter = value;
    }
  }
  if (field.validation && isDue(field.validation, recorded)) {
    const formula = siteFormula(field.validation.value.formula, displayName, state);
    const message = field.validation.value.message[language];
    if (found?.ValidationFormula !== formula || found.ValidationMessage !== message) {
      properties.ValidationFormula = formula;
      properties.ValidationMessage = message;
    }
  }
  if (field.showWhen && isDue(field.showWhen, recorded) && found?.ClientValidationFormula !== field.showWhen.value) {
    properties.ClientValidationFormula = field.showWhen.value;
  }
  return properties;
}

function resourceWrites(
  title: Record<Language, string>,
  description: Record<Language, string>,
  make: (resource: Resource, culture: string, value: string) => SettingWrite
): SettingWrite[] {
  return LANGUAGES.flatMap((language) => [
    make('TitleResource', CULTURE_OF_LANGUAGE[language], title[language]),
    make('DescriptionResource', CULTURE_OF_LANGUAGE[language], description[language])
  ]);
}

/**
 * The form layout JSON (content type ClientFormCustomFormatter): header, section names and
 * footer in the site language (SharePoint keeps one layout per content type), fields under every
 * name a viewer may see them by.
 */
export function formJson(list: ListSchema, language: Language, fieldNames: (name: string) => readonly string[]): string | null {
  const form = list.form?.value;
  if (!form) {
    return null;
  }
  return JSON.stringify({
    headerJSONFormatter: form.header(language),
    bodyJSONFormatter: { sections: form.sections.map((s) => ({ displayname: s.title[language], fields: s.fields.flatMap(fieldNames) })) },
    footerJSONFormatter: form.footer(language)
  });
}

/** The list's item content type ("Item", 0x0100…), where SharePoint keeps the form layout. */
export function itemContentType(contentTypes: readonly ExistingContentType[] | undefined): ExistingContentType | undefined {
  return contentTypes?.find((ct) => ct.StringId.toUpperCase().startsWith('0X0100'));
}

/**
 * Column, list and form settings a list needs written, in the order they must be sent: formulas
 * and the form name columns by the display names SharePoint knows now, so they go before the
 * per-language titles that change those names for other languages' users.
 */
export function settingWrites(list: ListSchema, state: SiteState): SettingWrite[] {
  const existing = state.lists[list.key];
  const recorded = recordedVersion(existing);
  const language = state.language;
  const displayName = displayNameOf(list, existing, language);
  const writes: SettingWrite[] = [];
  const resources: SettingWrite[] = [];
  const localize = list.localizedSince !== undefined && recorded < list.localizedSince;
  if (localize) {
    resources.push(...resourceWrites(list.title, list.description, (resource, culture, value) => ({ kind: 'listResource', list: list.key, resource, culture, value })));
  }
  for (const field of list.fields) {
    if (localize || (list.localizedSince !== undefined && recorded < field.since)) {
      resources.push(
        ...resourceWrites(field.title, field.description, (resource, culture, value) => ({ kind: 'fieldResource', list: list.key, field: field.name, resource, culture, value }))
      );
    }
    const found = existing?.fields.find((f) => f.InternalName === field.name);
    const properties = fieldProperties(field, found, recorded, state, displayName);
    if (Object.keys(properties).length > 0) {
      writes.push({ kind: 'field', list: list.key, field: field.name, properties });
    }
  }
  if (list.validation && isDue(list.validation, recorded)) {
    const formula = siteFormula(list.validation.value.formula, displayName, state);
    const message = list.validation.value.message[language];
    if (existing?.validationFormula !== formula || existing.validationMessage !== message) {
      writes.push({ kind: 'list', list: list.key, properties: { ValidationFormula: formula, ValidationMessage: message } });
    }
  }
  const form = formJson(list, language, formFieldNames(list, existing, language));
  if (form !== null && isDue(list.form, recorded)) {
    const contentType = itemContentType(existing?.contentTypes);
    if (contentType?.ClientFormCustomFormatter !== form) {
      writes.push({ kind: 'form', list: list.key, contentTypeId: contentType?.StringId, value: form });
    }
  }
  return [...writes, ...resources];
}

/** The existing view set-up made for a schema view: found by its URL name (the view key). */
export function findView(existing: ExistingList | undefined, view: ViewSchema): ExistingView | undefined {
  const suffix = `/${view.key.toLowerCase()}.aspx`;
  return existing?.views.find((v) => v.ServerRelativeUrl.toLowerCase().endsWith(suffix));
}

function usesCurrentPlan(view: ViewSchema): boolean {
  return (view.filters ?? []).some((f) => f.value === CURRENT_PLAN);
}

/** The query a list set up with `recorded` was given for the view, when it differs from today's. */
function earlierQuery(list: ListSchema, view: ViewSchema, recorded: number, currentPlan: number | null): string | undefined {
  const revision = (view.revisions ?? []).filter((r) => r.until >= recorded).sort((a, b) => a.until - b.until)[0];
  return revision ? viewQueryXml({ ...view, ...revision.view }, list.fields, currentPlan) : undefined;
}

/**
 * Views to create, configure or keep on the newest plan. A view whose query changed in a newer
 * schema (revisions) gets the new query only while it still has the one set-up wrote: a view the
 * city has edited is left as it is.
 */
export function viewWrites(list: ListSchema, state: SiteState): ViewWrite[] {
  const existing = state.lists[list.key];
  const recorded = recordedVersion(existing);
  const currentPlan = newestPlanId(state.plans);
  const writes: ViewWrite[] = [];
  for (const view of list.views) {
    const query = viewQueryXml(view, list.fields, currentPlan);
    const found = findView(existing, view);
    const title = view.key === 'AllItems' ? undefined : view.title[state.language];
    if (!found) {
      writes.push({ kind: 'createView', list: list.key, view, title: view.title[state.language], query });
    } else if (recorded < view.since) {
      writes.push({ kind: 'configureView', list: list.key, view, viewId: found.Id, title, query });
    } else if (found.ViewQuery !== query && (usesCurrentPlan(view) || found.ViewQuery === earlierQuery(list, view, recorded, currentPlan))) {
      writes.push({ kind: 'viewQuery', list: list.key, view, viewId: found.Id, query });
    }
  }
  return writes;
}

export function settingAction(write: SettingWrite): SetupAction {
  switch (write.kind) {
    case 'field':
      return { kind: 'updateField', list: write.list, target: write.field, detail: Object.keys(write.properties).join(', ') };
    case 'fieldResource':
      return { kind: 'setResource', list: write.list, target: write.field, detail: `${write.resource} ${write.culture}` };
    case 'list':
      return { kind: 'updateList', list: write.list, target: 'validation', detail: Object.keys(write.properties).join(', ') };
    case 'listResource':
      return { kind: 'setResource', list: write.list, target: 'list', detail: `${write.resource} ${write.culture}` };
    case 'form':
      return { kind: 'updateContentType', list: write.list, target: 'ClientFormCustomFormatter' };
  }
}

export function viewAction(write: ViewWrite): SetupAction {
  return { kind: write.kind === 'createView' ? 'createView' : 'updateView', list: write.list, target: write.view.key, detail: write.kind === 'viewQuery' ? 'current plan' : undefined };
}

export function fieldAction(write: FieldWrite): SetupAction {
  switch (write.kind) {
    case 'createField':
      return { kind: 'createField', list: write.list, target: write.field.name };
    case 'addIndex':
      return { kind: 'updateField', list: write.list, target: write.field.name, detail: 'index' };
    case 'dropIndex':
      return { kind: 'updateField', list: write.list, target: write.field.name, detail: 'remove index' };
  }
}

export function itemAction(write: ItemWrite): SetupAction {
  return { kind: 'updateItem', list: write.list, target: `#${write.itemId}`, detail: `${write.field} ${write.value}` };
}

/** What set-up would write, without writing. */
export function plannedActions(state: SiteState, schema: PortfolioSchema = SCHEMA): SetupAction[] {
  const actions: SetupAction[] = [];
  for (const list of schema.lists) {
    const existing = state.lists[list.key];
    if (!existing) {
      actions.push({ kind: 'createList', list: list.key, target: list.url });
    }
    actions.push(
      ...fieldWrites(list, state).map(fieldAction),
      ...settingWrites(list, state).map(settingAction),
      ...viewWrites(list, state).map(viewAction),
      ...sortKeyWrites(list, existing?.keyedItems ?? []).map(itemAction)
    );
    if (listSchemaVersion(existing) !== schema.version) {
      actions.push({ kind: 'updateList', list: list.key, target: SCHEMA_VERSION_FIELD, detail: String(schema.version) });
    }
  }
  return actions;
}
