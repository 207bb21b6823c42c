/**
 * Reads what set-up stored on the Projects list (fields with formatting and help texts, views,
 * the form configuration) and its items, straight from the stand-in's REST API. Preview only.
 */
import type { FormatterNode } from '../../src/data/sharepoint/schema/formatting';
import type { Language } from '../../src/data/sharepoint/schema/schema.types';
import { languageOfLcid } from '../../src/data/sharepoint/setup/siteState';
import type { ListItem } from './caml';

export interface SpField {
  InternalName: string;
  Title: string;
  Description: string;
  TypeAsString: string;
  Required: boolean;
  Hidden: boolean;
  CustomFormatter: string | null;
  ClientValidationFormula: string | null;
}

export interface SpView {
  Id: string;
  Title: string;
  ServerRelativeUrl: string;
  ViewQuery: string;
  ViewFields: { Items: string[] };
}

export interface FormConfiguration {
  headerJSONFormatter?: FormatterNode;
  bodyJSONFormatter?: { sections: { displayname: string; fields: string[] }[] };
  footerJSONFormatter?: FormatterNode;
}

export interface ListConfiguration {
  /** Fields with titles and help texts in the page's language. */
  fields: SpField[];
  /** Internal name of a field by its title in the viewer's language (how the form finds fields). */
  internalNameOf: Map<string, string>;
  form: FormConfiguration | null;
  views: SpView[];
  items: ListItem[];
  currentUserId: number;
  /**
   * The site's language: set-up wrote the form's section names, header and footer in it (as
   * SharePoint keeps one form layout per list), so the preview names it beside the form.
   */
  siteLanguage: Language;
}

const LOOKUP_TYPES = new Set(['Lookup', 'LookupMulti', 'User']);

async function get<T>(webUrl: string, path: string, culture?: string): Promise<T> {
  const response = await fetch(`${webUrl}/_api/${path}`, {
    headers: { Accept: 'application/json;odata=nometadata', ...(culture ? { 'Accept-Language': culture } : {}) },
    credentials: 'same-origin'
  });
  if (!response.ok) {
    throw new Error(`${response.status} ${response.statusText} for ${path}`);
  }
  return (await response.json()) as T;
}

export async function readListConfiguration(webUrl: string, listUrl: string, culture: string): Promise<ListConfiguration> {
  const list = `web/getlist('${new URL(webUrl).pathname.replace(/\/$/, '')}/${listUrl}')`;
  const [localized, contentTypes, views, user, web] = await Promise.all([
    get<{ value: SpField[] }>(webUrl, `${list}/fields`, culture),
    get<{ value: { StringId: string; ClientFormCustomFormatter: string | null }[] }>(webUrl, `${list}/contenttypes`),
    get<{ value: SpView[] }>(webUrl, `${list}/views`, culture),
    get<{ Id: number }>(webUrl, 'web/currentuser'),
    get<{ Language?: number }>(webUrl, `web?${new URLSearchParams({ $select: 'Language' }).toString()}`)
  ]);
  const fields = localized.value.filter((f) => !f.Hidden);
  const select = ['Id', 'Title'];
  const expand: string[] = [];
  for (const field of fields) {
    if (field.InternalName === 'Title' || ['Counter', 'Computed'].includes(field.TypeAsString)) {
      continue;
    }
    if (LOOKUP_TYPES.has(field.TypeAsString)) {
      select.push(`${field.InternalName}/Id`, `${field.InternalName}/Title`);
      expand.push(field.InternalName);
    } else {
      select.push(field.InternalName);
    }
  }
  const query = new URLSearchParams({ $select: select.join(','), $expand: expand.join(','), $top: '5000' });
  const items = await get<{ value: ListItem[] }>(webUrl, `${list}/items?${query.toString()}`);
  for (const item of items.value) {
    // the view's lookup filters compare ids, as SharePoint's <FieldRef LookupId="TRUE"/>
    for (const name of expand) {
      const value = item[name] as { Id?: number } | null | undefined;
      item[`${name}Id`] = value && !Array.isArray(value) ? value.Id ?? null : null;
    }
  }
  const form = contentTypes.value.find((ct) => ct.StringId.toUpperCase().startsWith('0X0100'))?.ClientFormCustomFormatter;
  return {
    fields,
    internalNameOf: new Map(localized.value.map((f) => [f.Title, f.InternalName])),
    form: form ? (JSON.parse(form) as FormConfiguration) : null,
    views: views.value,
    items: items.value,
    currentUserId: user.Id,
    siteLanguage: languageOfLcid(web.Language)
  };
}
