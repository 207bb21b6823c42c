/**
 * A SharePoint site script (the JSON of a site template) from the typed schema, so that a city can
 * create portfolio sites with SharePoint's own "Apply a site template". `npm run site-script`
 * writes it to sharepoint/site-script/salkku.site-script.json.
 *
 * Reference: sp-dev-docs docs/declarative-customization/site-design-json-schema.md (verbs and
 * their properties) and site-design-overview.md (limits).
 *
 * What the script creates: the three lists at their schema URLs, every schema field (internal
 * names, types, choices, defaults, indexes, site-language titles and help texts), the views and
 * the column formatting. What it cannot do is left to Salkku's own set-up: the lists get no
 * schema-version field (SalkkuSchemaVersion), so on a site made from the template the web part
 * offers its owner **Upgrade**, and that run (src/data/sharepoint/setup/provision.ts, which treats a list
 * without the version field as set up with version 0) completes what a site script cannot
 * express:
 * - titles and help texts in fi/sv/en (TitleResource / DescriptionResource), the list titles in
 *   every language and the built-in Title column's title, help text and index;
 * - column validation and list validation (formulas need the site's display names and list
 *   separator, see formula.ts), conditional visibility in the form (ClientValidationFormula);
 * - the form layout (the item content type's ClientFormCustomFormatter);
 * - the views' titles, column order, sorting and grouping of "All items", and the "Current plan"
 *   view's filter on the newest plan;
 * - the schema version, recorded last.
 *
 * Pure: no PnPjs, no Node; the same schema always gives the same JSON.
 */
import type { FormatterNode } from '../schema/formatting';
import { SCHEMA_VERSION_FIELD } from '../schema/schema';
import type { FieldSchema, Language, ListSchema, PortfolioSchema, ViewSchema } from '../schema/schema.types';
import { fieldSchemaXml, viewQueryXml } from './fieldXml';

export const SITE_SCRIPT_SCHEMA = 'https://developer.microsoft.com/json-schemas/sp/site-design-script-actions.schema.json';

/**
 * site-design-overview.md: "300 actions (or 100,000 characters) when the scripts are applied
 * asynchronously (either through the UI or using the Add-SPOSiteDesignTask command)", counting
 * subactions; only 30 when applied synchronously with Invoke-SPOSiteDesign, which this script
 * does not aim for.
 */
export const SITE_SCRIPT_LIMITS = { maxActions: 300, maxCharacters: 100000 } as const;

/** Generic list (SPListTemplateType 100). */
const CUSTOM_LIST = 100;

/** The row limit set-up gives a view without one (provision.ts). */
const DEFAULT_ROW_LIMIT = 100;

/** The view every new list has; its URL is AllItems.aspx. */
const ALL_ITEMS = 'AllItems';

export interface SetDescriptionAction {
  verb: 'setDescription';
  description: string;
}

export interface SetTitleAction {
  verb: 'setTitle';
  title: string;
}

export interface AddSPFieldXmlAction {
  verb: 'addSPFieldXml';
  schemaXml: string;
  addToDefaultView: boolean;
}

export interface AddSPLookupFieldXmlAction {
  verb: 'addSPLookupFieldXml';
  schemaXml: string;
  /** "A web-relative URL that identifies the list this lookup field is referencing." */
  targetListUrl: string;
  addToDefaultView: boolean;
}

export interface AddSPViewAction {
  verb: 'addSPView';
  name: string;
  /** Internal names. */
  viewFields: string[];
  /** CAML: `<Where>`, `<OrderBy>`, `<GroupBy>`. */
  query: string;
  rowLimit: number;
  isPaged: boolean;
  makeDefault: boolean;
}

export interface SetSPFieldCustomFormatterAction {
  verb: 'setSPFieldCustomFormatter';
  fieldDisplayName: string;
  formatterJSON: FormatterNode;
}

export type ListSubaction =
  | SetDescriptionAction
  | SetTitleAction
  | AddSPFieldXmlAction
  | AddSPLookupFieldXmlAction
  | AddSPViewAction
  | SetSPFieldCustomFormatterAction;

export interface CreateSPListAction {
  verb: 'createSPList';
  listName: string;
  templateType: number;
  subactions: ListSubaction[];
}

export type SiteScriptAction = CreateSPListAction;

export interface SiteScript {
  $schema: string;
  actions: SiteScriptAction[];
  bindata: Record<string, never>;
  version: 1;
}

/** 32-bit hash of text (FNV-1a, then a murmur3-style finaliser so close inputs spread). */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A GUID determined by `seed`: the same seed gives the same GUID on every run and machine.
 * Formatted as an RFC 9562 version 8 (custom) UUID: 128 bits from four hashes of the seed.
 */
export function stableGuid(seed: string): string {
  const hex = [0, 1, 2, 3].map((lane) => hash32(`${lane}:${seed}`).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  const digits = `${hex.slice(0, 12)}8${hex.slice(13, 16)}${variant}${hex.slice(17)}`;
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
}

/**
 * The field's ID. site-design-json-schema.md (addSPFieldXml): "Providing the ID attribute in the
 * field schemaXml is important in order to prevent the field from being created multiple times if
 * the script is run more than once", so it is derived from what never changes: the list URL and
 * the internal name.
 */
export function fieldId(list: ListSchema, field: FieldSchema): string {
  return stableGuid(`salkku:${list.url}:${field.name}`);
}

/**
 * fieldSchemaXml (the XML set-up sends to createFieldAsXml) with the ID attribute added right
 * after `<Field`; fieldXml.ts has no ID parameter, as set-up lets SharePoint choose one. Without a
 * lookup list id, lookups are written without `List`: addSPLookupFieldXml names the list itself.
 */
function fieldXmlWithId(list: ListSchema, field: FieldSchema, language: Language): string {
  const schemaXml = fieldSchemaXml(field, language, undefined);
  if (!schemaXml.startsWith('<Field ')) {
    throw new Error(`Unexpected field XML for ${list.url}/${field.name}: ${schemaXml.slice(0, 40)}`);
  }
  if (/\sID="/.test(schemaXml)) {
    return schemaXml;
  }
  return `<Field ID="{${fieldId(list, field)}}"${schemaXml.slice('<Field'.length)}`;
}

function isLookup(field: FieldSchema): boolean {
  return field.kind === 'Lookup' || field.kind === 'LookupMulti';
}

/** The fields a site script creates: not the built-in Title, never the schema-version field. */
export function createdFields(list: ListSchema): FieldSchema[] {
  return list.fields.filter((f) => !f.builtIn && f.name !== SCHEMA_VERSION_FIELD);
}

function fieldAction(schema: PortfolioSchema, list: ListSchema, field: FieldSchema, language: Language, inAllItems: ReadonlySet<string>): ListSubaction {
  const schemaXml = fieldXmlWithId(list, field, language);
  const addToDefaultView = inAllItems.has(field.name);
  if (isLookup(field)) {
    const target = schema.lists.find((l) => l.key === field.lookupList);
    if (!target) {
      throw new Error(`${list.url}/${field.name} looks up "${field.lookupList ?? ''}", which is not in the schema`);
    }
    if (schema.lists.indexOf(target) > schema.lists.indexOf(list)) {
      throw new Error(`${list.url}/${field.name} looks up ${target.url}, which the script creates later`);
    }
    return { verb: 'addSPLookupFieldXml', schemaXml, targetListUrl: target.url, addToDefaultView };
  }
  return { verb: 'addSPFieldXml', schemaXml, addToDefaultView };
}

/**
 * A view under its key, which becomes its URL (CurrentPlan.aspx), as set-up creates views: the
 * owner's Upgrade finds the view by that URL (listSettings.ts findView) and gives it its title in
 * the site language, instead of creating a second one. Until then the view is called by its key.
 * The query is today's with no plan yet (viewQueryXml with currentPlan null): "Current plan" is
 * empty until Upgrade, or a later set-up run, points it at the newest plan.
 */
function viewAction(list: ListSchema, view: ViewSchema): AddSPViewAction {
  return {
    verb: 'addSPView',
    name: view.key,
    viewFields: [...view.fields],
    query: viewQueryXml(view, list.fields, null),
    rowLimit: view.rowLimit ?? DEFAULT_ROW_LIMIT,
    isPaged: true,
    makeDefault: view.isDefault === true
  };
}

function listAction(schema: PortfolioSchema, list: ListSchema, language: Language): CreateSPListAction {
  // "All items" exists on every new list (AllItems.aspx); adding a view by that name would make a
  // second one, and removeSPView names views by their title, which depends on the site's
  // language. So its columns are added with addToDefaultView while it is still the default view
  // (fields come before any view is made default); order and sorting come with the Upgrade.
  const allItems = list.views.find((v) => v.key === ALL_ITEMS);
  const inAllItems = new Set(allItems?.fields ?? []);
  const fields = createdFields(list);
  const subactions: ListSubaction[] = [{ verb: 'setDescription', description: list.description[language] }];
  subactions.push(...fields.map((field) => fieldAction(schema, list, field, language, inAllItems)));
  for (const field of fields) {
    if (field.formatter) {
      subactions.push({ verb: 'setSPFieldCustomFormatter', fieldDisplayName: field.title[language], formatterJSON: field.formatter.value });
    }
  }
  subactions.push(...list.views.filter((v) => v.key !== ALL_ITEMS).map((view) => viewAction(list, view)));
  // Last: listName is the URL name, so the list is at Lists/SalkkuProjects like set-up makes it;
  // then it is renamed to its title. The docs warn that after setTitle, re-applying the template
  // no longer finds the list by that name (site-design-json-schema.md, setTitle). The Upgrade
  // renames the lists anyway (TitleResource in three languages), so the template is for new
  // sites, and a list named "SalkkuProjects" until Upgrade would only look broken.
  subactions.push({ verb: 'setTitle', title: list.title[language] });
  return { verb: 'createSPList', listName: listUrlName(list), templateType: CUSTOM_LIST, subactions };
}

/** "Lists/SalkkuProjects" → "SalkkuProjects". */
export function listUrlName(list: ListSchema): string {
  const name = list.url.split('/').pop() ?? '';
  if (!/^[A-Za-z0-9]+$/.test(name)) {
    throw new Error(`List URL ${list.url} must end in a plain name for the site script's listName`);
  }
  return name;
}

/** The site script for portfolio sites, titled in `language` (the sites' language). */
export function siteScriptFromSchema(schema: PortfolioSchema, language: Language = 'fi'): SiteScript {
  return {
    $schema: SITE_SCRIPT_SCHEMA,
    actions: schema.lists.map((list) => listAction(schema, list, language)),
    bindata: {},
    version: 1
  };
}

/**
 * The file content (what is uploaded as the script): compact JSON with each list's action on a
 * line of its own and a trailing newline. The documentation does not say whether whitespace counts
 * against the 100,000 characters, so we count every character; 2-space indentation cost a fifth of
 * the budget. A line per list keeps a schema change readable in a diff.
 */
export function serializeSiteScript(script: SiteScript): string {
  const { actions, ...rest } = script;
  const head = JSON.stringify({ $schema: rest.$schema });
  const tail = JSON.stringify({ bindata: rest.bindata, version: rest.version });
  const lines = actions.map((action) => JSON.stringify(action)).join(',\n');
  return `${head.slice(0, -1)},"actions":[\n${lines}\n],${tail.slice(1)}\n`;
}

/** Actions and subactions, cumulative, as SharePoint counts them against its limit. */
export function countActions(script: SiteScript): number {
  return script.actions.reduce((sum, action) => sum + 1 + action.subactions.length, 0);
}

/** What keeps SharePoint from applying the script; empty when it is within the limits. */
export function checkSiteScriptLimits(script: SiteScript, limits: { maxActions: number; maxCharacters: number } = SITE_SCRIPT_LIMITS): string[] {
  const problems: string[] = [];
  const actions = countActions(script);
  if (actions > limits.maxActions) {
    problems.push(`${actions} actions and subactions; SharePoint applies at most ${limits.maxActions}`);
  }
  const characters = serializeSiteScript(script).length;
  if (characters > limits.maxCharacters) {
    problems.push(`${characters} characters; SharePoint applies at most ${limits.maxCharacters}`);
  }
  return problems;
}
