/**
 * What set-up writes besides lists and fields: column formatting, validation, conditional
 * visibility, per-language titles and help texts, the form layout and views. Pure planning: the
 * writes follow from the schema and what the site has (SiteState).
 *
 * Rule: a setting that arrived in schema version N is written when the list was set up with a
 * version below N (or not at all) and the site's value differs. After that it is the city's: a
 * changed view or formatter is left alone by later runs. The "Current plan" view's filter is the
 * exception: set-up keeps it on the newest plan.
 */
import type { FieldSchema, Language, ListKey, ListSchema, ViewSchema } from '../schema/schema.types';
import { CULTURE_OF_LANGUAGE, CURRENT_PLAN, LANGUAGES } from '../schema/schema.types';
import { viewQueryXml } from './fieldXml';
import type { ExistingContentType, ExistingField, ExistingList, ExistingView, SiteState } from './siteState';
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

/** The version a list's settings were written for (0 for a list set-up has not seen). */
function recordedVersion(existing: ExistingList | undefined): number {
  return listSchemaVersion(existing) ?? 0;
}

/** The display name a formula or the form must use for a field in the site language. */
export function displayNameOf(list: ListSchema, existing: ExistingList | undefined, language: Language): (name: string) => string {
  return (name) => {
    const field = list.fields.find((f) => f.name === name);
    const found = existing?.fields.find((f) => f.InternalName === name);
    if (!field) {
      return found?.Title ?? name;
    }
    // titles come from the schema once set-up writes them per language (this run or earlier)
    return list.localizedSince !== undefined || !found ? field.title[language] : found.Title;
  };
}

/** `[InternalName]` → `[Display name]`: SharePoint's validation formulas refer to display names. */
export function withDisplayNames(formula: string, displayName: (name: string) => string): string {
  return formula.replace(/\[([A-Za-z0-9_]+)\]/g, (_whole, name: string) => `[${displayName(name)}]`);
}

function fieldProperties(field: FieldSchema, found: ExistingField | undefined, recorded: number, language: Language, displayName: (name: string) => string): Record<string, string> {
  const properties: Record<string, string> = {};
  if (field.formatter && recorded < field.formatter.since) {
    const value = JSON.stringify(field.formatter.value);
    if (found?.CustomFormatter !== value) {
      properties.CustomFormatter = value;
    }
  }
  if (field.validation && recorded < field.validation.since) {
    const formula = withDisplayNames(field.validation.value.formula, displayName);
    const message = field.validation.value.message[language];
    if (found?.ValidationFormula !== formula || found.ValidationMessage !== message) {
      properties.ValidationFormula = formula;
      properties.ValidationMessage = message;
    }
  }
  if (field.showWhen && recorded < field.showWhen.since && found?.ClientValidationFormula !== field.showWhen.value) {
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

/** The form layout JSON (content type ClientFormCustomFormatter) in the site language. */
export function formJson(list: ListSchema, language: Language, displayName: (name: string) => string): string | null {
  const form = list.form?.value;
  if (!form) {
    return null;
  }
  return JSON.stringify({
    headerJSONFormatter: form.header(language),
    bodyJSONFormatter: { sections: form.sections.map((s) => ({ displayname: s.title[language], fields: s.fields.map(displayName) })) },
    footerJSONFormatter: form.footer(language)
  });
}

/** The list's item content type ("Item", 0x0100…), where SharePoint keeps the form layout. */
export function itemContentType(contentTypes: readonly ExistingContentType[] | undefined): ExistingContentType | undefined {
  return contentTypes?.find((ct) => ct.StringId.toUpperCase().startsWith('0X0100'));
}

/** Column, list and form settings a list needs written. */
export function settingWrites(list: ListSchema, state: SiteState): SettingWrite[] {
  const existing = state.lists[list.key];
  const recorded = recordedVersion(existing);
  const language = state.language;
  const displayName = displayNameOf(list, existing, language);
  const writes: SettingWrite[] = [];
  const localize = list.localizedSince !== undefined && recorded < list.localizedSince;
  if (localize) {
    writes.push(...resourceWrites(list.title, list.description, (resource, culture, value) => ({ kind: 'listResource', list: list.key, resource, culture, value })));
  }
  for (const field of list.fields) {
    if (localize) {
      writes.push(
        ...resourceWrites(field.title, field.description, (resource, culture, value) => ({ kind: 'fieldResource', list: list.key, field: field.name, resource, culture, value }))
      );
    }
    const found = existing?.fields.find((f) => f.InternalName === field.name);
    const properties = fieldProperties(field, found, recorded, language, displayName);
    if (Object.keys(properties).length > 0) {
      writes.push({ kind: 'field', list: list.key, field: field.name, properties });
    }
  }
  if (list.validation && recorded < list.validation.since) {
    const formula = withDisplayNames(list.validation.value.formula, displayName);
    const message = list.validation.value.message[language];
    if (existing?.validationFormula !== formula || existing.validationMessage !== message) {
      writes.push({ kind: 'list', list: list.key, properties: { ValidationFormula: formula, ValidationMessage: message } });
    }
  }
  const form = formJson(list, language, displayName);
  if (form !== null && list.form && recorded < list.form.since) {
    const contentType = itemContentType(existing?.contentTypes);
    if (contentType?.ClientFormCustomFormatter !== form) {
      writes.push({ kind: 'form', list: list.key, contentTypeId: contentType?.StringId, value: form });
    }
  }
  return writes;
}

/** The existing view set-up made for a schema view: found by its URL name (the view key). */
export function findView(existing: ExistingList | undefined, view: ViewSchema): ExistingView | undefined {
  const suffix = `/${view.key.toLowerCase()}.aspx`;
  return existing?.views.find((v) => v.ServerRelativeUrl.toLowerCase().endsWith(suffix));
}

function usesCurrentPlan(view: ViewSchema): boolean {
  return (view.filters ?? []).some((f) => f.value === CURRENT_PLAN);
}

/** Views to create, configure or keep on the newest plan. */
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
    } else if (usesCurrentPlan(view) && found.ViewQuery !== query) {
      writes.push({ kind: 'viewQuery', list: list.key, view, viewId: found.Id, query });
    }
  }
  return writes;
}
