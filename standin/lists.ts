/** Lists, fields, views and content types: entities, `$select`, creation and updates. */
import { currentChangeToken } from './changeLog';
import type { RequestContext } from './context';
import { requirePermission } from './context';
import { listPermissions } from './security';
import { errors } from './http';
import { entityTypeName } from './items';
import { ADD_FIELD_OPTIONS, internalNameFor } from './internalNames';
import type { FormulaColumns } from './formulaText';
import { showFormula, storeFormula } from './formulaText';
import { fieldFromXml } from './schemaXml';
import type { StoredContentType, StoredField, StoredList, StoredView, StoredWeb } from './store';
import { inWeb, newGuid, nowIso } from './store';

/** The web's default language: its resources are the Title and Description themselves. */
export const DEFAULT_CULTURE = 'fi-fi';

/**
 * SharePoint answers titles and descriptions in the caller's UI language when a resource for it
 * exists (the Accept-Language header here); otherwise the default.
 */
export function requestCulture(ctx: RequestContext): string | null {
  const header = ctx.request.headers['accept-language'];
  const first = header?.split(',')[0]?.split(';')[0]?.trim().toLowerCase();
  return first ? first : null;
}

function localizedText(ctx: RequestContext, resources: Record<string, string>, fallback: string): string {
  const culture = requestCulture(ctx);
  return (culture && resources[culture]) || fallback;
}

/**
 * SP.RegionalSettings of the site's locale, as far as the stand-in uses them. Finnish and Swedish
 * regional settings separate list items (and formula arguments) with `;` and decimals with `,`.
 */
interface Separators {
  ListSeparator: string;
  DecimalSeparator: string;
  ThousandSeparator: string;
}
/** English (United States), 1033: also used for a locale the stand-in does not know. */
const US_ENGLISH: Separators = { ListSeparator: ',', DecimalSeparator: '.', ThousandSeparator: ',' };
const REGIONAL_SETTINGS: Readonly<Record<number, Separators>> = {
  1035: { ListSeparator: ';', DecimalSeparator: ',', ThousandSeparator: '\u00a0' },
  1053: { ListSeparator: ';', DecimalSeparator: ',', ThousandSeparator: '\u00a0' },
  1033: US_ENGLISH
};

export function regionalSettings(web: StoredWeb): { LocaleId: number; ListSeparator: string; DecimalSeparator: string; ThousandSeparator: string } {
  const locale = web.LocaleId ?? 1035;
  return { LocaleId: locale, ...(REGIONAL_SETTINGS[locale] ?? US_ENGLISH) };
}

export function serializeRegionalSettings(ctx: RequestContext): Record<string, unknown> {
  return {
    'odata.type': 'SP.RegionalSettings',
    'odata.id': `${ctx.webUrl}/_api/Web/RegionalSettings`,
    ...pick(regionalSettings(ctx.web), ctx.query.select)
  };
}

/** Columns of a list as the caller knows them: titles in the request's language. */
function formulaColumns(ctx: RequestContext, list: StoredList): FormulaColumns {
  const title = (f: StoredField): string => localizedText(ctx, f.TitleResources, f.Title);
  return {
    internalNameOf: (displayName) => list.fields.find((f) => title(f) === displayName)?.InternalName,
    displayNameOf: (internalName) => {
      const field = list.fields.find((f) => f.InternalName === internalName);
      return field ? title(field) : internalName;
    }
  };
}

function storedFormula(ctx: RequestContext, list: StoredList, formula: string): string {
  return storeFormula(formula, formulaColumns(ctx, list), regionalSettings(ctx.web).ListSeparator);
}

function shownFormula(ctx: RequestContext, list: StoredList, stored: string | null | undefined): string | null {
  return stored ? showFormula(stored, formulaColumns(ctx, list), regionalSettings(ctx.web).ListSeparator) : null;
}

/** Sets a title or description resource; the default culture's is the value itself. */
export function setResource(
  ctx: RequestContext,
  target: { Title: string; Description: string; TitleResources: Record<string, string>; DescriptionResources: Record<string, string> },
  which: 'Title' | 'Description',
  culture: string,
  value: string
): void {
  requirePermission(ctx, 'ManageLists');
  const key = culture.toLowerCase();
  if (!/^[a-z]{2}-[a-z]{2}$/.test(key)) {
    throw errors.badRequest(`Culture name '${culture}' is not supported.`);
  }
  (which === 'Title' ? target.TitleResources : target.DescriptionResources)[key] = value;
  if (key === DEFAULT_CULTURE) {
    target[which] = value;
  }
  ctx.store.changed();
}

function systemField(name: string, title: string, type: StoredField['TypeAsString'], extra: Partial<StoredField> = {}): StoredField {
  return {
    Id: newGuid(),
    InternalName: name,
    StaticName: name,
    Title: title,
    Description: '',
    TypeAsString: type,
    Required: false,
    Indexed: name === 'ID',
    Hidden: false,
    ReadOnlyField: name !== 'Title',
    SchemaXml: `<Field Name="${name}" Type="${type}" />`,
    TitleResources: {},
    DescriptionResources: {},
    System: name !== 'Title',
    ...extra
  };
}

function defaultFields(): StoredField[] {
  return [
    systemField('ID', 'ID', 'Counter'),
    systemField('Title', 'Title', 'Text', { Required: true, MaxLength: 255 }),
    systemField('Created', 'Created', 'DateTime'),
    systemField('Modified', 'Modified', 'DateTime'),
    systemField('Author', 'Created By', 'User'),
    systemField('Editor', 'Modified By', 'User'),
    systemField('ContentType', 'Content Type', 'Computed')
  ];
}

export function createList(ctx: RequestContext, body: Record<string, unknown>): StoredList {
  requirePermission(ctx, 'ManageLists');
  const title = typeof body.Title === 'string' ? body.Title.trim() : '';
  if (title === '') {
    throw errors.badRequest('The list title is required.');
  }
  const urlName = title.replace(/[^A-Za-z0-9_-]/g, '');
  if (ctx.web.lists.some((l) => l.Title.toLowerCase() === title.toLowerCase() || l.UrlName.toLowerCase() === urlName.toLowerCase())) {
    throw errors.duplicate(`A list, survey, discussion board, or document library with the specified title '${title}'`);
  }
  const now = nowIso();
  const list: StoredList = {
    Id: newGuid(),
    Title: title,
    Description: typeof body.Description === 'string' ? body.Description : '',
    UrlName: urlName,
    BaseTemplate: typeof body.BaseTemplate === 'number' ? body.BaseTemplate : 100,
    Created: now,
    LastItemModifiedDate: now,
    EnableVersioning: body.EnableVersioning === true,
    nextItemId: 1,
    fields: defaultFields(),
    views: [],
    items: [],
    contentTypes: [{ Id: `0x0100${newGuid().replace(/-/g, '').toUpperCase()}`, Name: 'Item', ClientFormCustomFormatter: null, FieldLinks: ['Title'] }],
    TitleResources: {},
    DescriptionResources: {}
  };
  list.views.push({
    Id: newGuid(),
    Title: 'All Items',
    ServerRelativeUrl: inWeb(ctx.web, `Lists/${urlName}/AllItems.aspx`),
    ViewQuery: '',
    ViewFields: ['LinkTitle'],
    RowLimit: 30,
    DefaultView: true,
    PersonalView: false,
    Hidden: false,
    CustomFormatter: null
  });
  ctx.web.lists.push(list);
  ctx.store.changed();
  return list;
}

export function listUrl(web: StoredWeb, list: StoredList): string {
  return inWeb(web, `Lists/${list.UrlName}`);
}

/**
 * The properties `$select` names (`Head` or `Head/Sub`, which expands one property of an object),
 * or `all` without `$select` (less `unselected`, which SharePoint sends only when asked); a name
 * the entity does not have is a 400, as in SharePoint.
 */
export function pick(all: Record<string, unknown>, select: string[] | undefined, typeName = 'the type', unselected: readonly string[] = []): Record<string, unknown> {
  if (!select || select.length === 0) {
    return Object.fromEntries(Object.entries(all).filter(([name]) => !unselected.includes(name)));
  }
  const result: Record<string, unknown> = {};
  for (const name of select) {
    const [head = '', sub] = name.split('/');
    if (!(head in all)) {
      throw errors.badRequest(`The property '${head}' does not exist on ${typeName}.`);
    }
    const value = all[head];
    if (sub !== undefined && value && typeof value === 'object') {
      const nested = (result[head] as Record<string, unknown> | undefined) ?? {};
      nested[sub] = (value as Record<string, unknown>)[sub];
      result[head] = nested;
    } else {
      result[head] = value;
    }
  }
  return result;
}

export function serializeList(ctx: RequestContext, list: StoredList): Record<string, unknown> {
  const url = listUrl(ctx.web, list);
  const all: Record<string, unknown> = {
    Id: list.Id,
    Title: localizedText(ctx, list.TitleResources, list.Title),
    Description: localizedText(ctx, list.DescriptionResources, list.Description),
    BaseTemplate: list.BaseTemplate,
    Created: list.Created,
    LastItemModifiedDate: list.LastItemModifiedDate,
    ItemCount: list.items.length,
    EntityTypeName: `${list.UrlName}List`,
    ListItemEntityTypeFullName: entityTypeName(list),
    EnableVersioning: list.EnableVersioning,
    ValidationFormula: shownFormula(ctx, list, list.ValidationFormula) ?? '',
    ValidationMessage: list.ValidationMessage ?? '',
    Hidden: false,
    DefaultNewFormUrl: `${url}/NewForm.aspx`,
    DefaultEditFormUrl: `${url}/EditForm.aspx`,
    DefaultDisplayFormUrl: `${url}/DispForm.aspx`,
    DefaultViewUrl: `${url}/AllItems.aspx`,
    EffectiveBasePermissions: listPermissions(ctx, list),
    HasUniqueRoleAssignments: list.roleAssignments !== undefined,
    CurrentChangeToken: currentChangeToken(list),
    RootFolder: { ServerRelativeUrl: url, Name: list.UrlName }
  };
  return {
    'odata.type': 'SP.List',
    'odata.id': `${ctx.webUrl}/_api/Web/Lists(guid'${list.Id}')`,
    'odata.editLink': `Web/Lists(guid'${list.Id}')`,
    ...pick(all, ctx.query.select)
  };
}

export function updateList(ctx: RequestContext, list: StoredList, body: Record<string, unknown>): void {
  requirePermission(ctx, 'ManageLists');
  for (const [key, value] of Object.entries(body)) {
    if (key === 'Title' && typeof value === 'string') {
      list.Title = value;
    } else if (key === 'Description' && typeof value === 'string') {
      list.Description = value;
    } else if (key === 'EnableVersioning' && typeof value === 'boolean') {
      list.EnableVersioning = value;
    } else if (key === 'ValidationFormula' && typeof value === 'string') {
      list.ValidationFormula = storedFormula(ctx, list, value);
    } else if (key === 'ValidationMessage' && typeof value === 'string') {
      list.ValidationMessage = value;
    } else if (!key.startsWith('@odata') && key !== '__metadata') {
      throw errors.badRequest(`The property '${key}' does not exist on type 'SP.List'.`);
    }
  }
  ctx.store.changed();
}

const FIELD_ODATA_TYPE: Record<string, string> = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  Number: 'SP.FieldNumber',
  Currency: 'SP.FieldCurrency',
  Choice: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  Boolean: 'SP.Field',
  DateTime: 'SP.FieldDateTime',
  User: 'SP.FieldUser',
  Lookup: 'SP.FieldLookup',
  LookupMulti: 'SP.FieldLookup',
  Counter: 'SP.Field',
  Computed: 'SP.FieldComputed'
};

export function serializeField(ctx: RequestContext, list: StoredList, field: StoredField): Record<string, unknown> {
  const all: Record<string, unknown> = {
    Id: field.Id,
    InternalName: field.InternalName,
    StaticName: field.StaticName,
    EntityPropertyName: field.InternalName,
    Title: localizedText(ctx, field.TitleResources, field.Title),
    Description: localizedText(ctx, field.DescriptionResources, field.Description),
    TypeAsString: field.TypeAsString,
    FieldTypeKind: 0,
    Required: field.Required,
    Indexed: field.Indexed,
    Hidden: field.Hidden,
    ReadOnlyField: field.ReadOnlyField,
    Choices: field.Choices ?? null,
    FillInChoice: field.FillInChoice ?? null,
    LookupList: field.LookupList ? `{${field.LookupList}}` : null,
    LookupField: field.LookupField ?? null,
    AllowMultipleValues: field.TypeAsString === 'LookupMulti',
    MaxLength: field.MaxLength ?? null,
    MinimumValue: field.MinimumValue ?? null,
    MaximumValue: field.MaximumValue ?? null,
    DefaultValue: field.DefaultValue ?? null,
    ValidationFormula: shownFormula(ctx, list, field.ValidationFormula),
    ValidationMessage: field.ValidationMessage ?? null,
    CustomFormatter: field.CustomFormatter ?? null,
    ClientValidationFormula: field.ClientValidationFormula ?? null,
    ClientValidationMessage: field.ClientValidationMessage ?? null,
    DisplayFormat: field.DisplayFormat ?? null,
    SchemaXml: field.SchemaXml
  };
  return {
    'odata.type': FIELD_ODATA_TYPE[field.TypeAsString] ?? 'SP.Field',
    'odata.id': `${ctx.webUrl}/_api/Web/Lists(guid'${list.Id}')/Fields(guid'${field.Id}')`,
    'odata.editLink': `Web/Lists(guid'${list.Id}')/Fields(guid'${field.Id}')`,
    ...pick(all, ctx.query.select)
  };
}

export function findFieldBy(list: StoredList, nameOrTitleOrId: string): StoredField | undefined {
  const wanted = nameOrTitleOrId.replace(/[{}]/g, '');
  return (
    list.fields.find((f) => f.InternalName === wanted) ??
    list.fields.find((f) => f.Id.toLowerCase() === wanted.toLowerCase()) ??
    list.fields.find((f) => f.Title === wanted)
  );
}

/**
 * `fields/createFieldAsXml` with SP.XmlSchemaFieldCreationInformation: the internal name follows
 * SharePoint's rules (internalNames.ts: from DisplayName unless Options has the name hint), and
 * the field joins the list's default content type unless Options says AddToNoContentType.
 */
export function createFieldFromXml(ctx: RequestContext, list: StoredList, schemaXml: string, options = 0): StoredField {
  requirePermission(ctx, 'ManageLists');
  const parsed = fieldFromXml(schemaXml);
  const internalName = internalNameFor({ name: parsed.InternalName, displayName: parsed.Title }, options, (candidate) =>
    list.fields.some((f) => f.InternalName.toLowerCase() === candidate.toLowerCase())
  );
  const hinted = internalName === parsed.InternalName;
  const field: StoredField = { ...parsed, InternalName: internalName, StaticName: hinted ? parsed.StaticName : internalName };
  if ((field.TypeAsString === 'Lookup' || field.TypeAsString === 'LookupMulti') && !ctx.web.lists.some((l) => l.Id === field.LookupList)) {
    throw errors.badRequest(`The lookup list ${field.LookupList ?? '(none)'} does not exist.`);
  }
  if (field.TypeAsString === 'LookupMulti' && field.Indexed) {
    throw errors.badRequest('Multi-value lookup columns cannot be indexed.');
  }
  if (field.Indexed) {
    requireIndexRoom(list);
  }
  if (field.ValidationFormula) {
    // in field XML SharePoint takes the formula in its invariant form: `,` and display names
    field.ValidationFormula = storeFormula(field.ValidationFormula, formulaColumns(ctx, { ...list, fields: [...list.fields, field] }), ',');
  }
  list.fields.push(field);
  if ((options & ADD_FIELD_OPTIONS.AddToNoContentType) === 0) {
    const target = (options & ADD_FIELD_OPTIONS.AddToAllContentTypes) !== 0 ? list.contentTypes : list.contentTypes.slice(0, 1);
    target.forEach((ct) => ct.FieldLinks?.push(field.InternalName));
  }
  ctx.store.changed();
  return field;
}

/** SharePoint's limit of indexed columns per list. */
export const MAX_INDEXED_FIELDS = 20;

/** Fields that take one of the list's 20 indexes (ID's own index does not count). */
export function indexedFieldCount(list: StoredList): number {
  return list.fields.filter((f) => f.Indexed && f.InternalName !== 'ID').length;
}

/** 400 when another index would pass SharePoint's limit of 20 per list. */
function requireIndexRoom(list: StoredList): void {
  if (indexedFieldCount(list) >= MAX_INDEXED_FIELDS) {
    throw errors.tooManyIndexes();
  }
}

const UPDATABLE_FIELD_PROPS = new Set([
  'Title',
  'Description',
  'Indexed',
  'Required',
  'Hidden',
  'Choices',
  'FillInChoice',
  'DefaultValue',
  'ValidationFormula',
  'ValidationMessage',
  'CustomFormatter',
  'ClientValidationFormula',
  'ClientValidationMessage',
  'MaxLength',
  'MinimumValue',
  'MaximumValue'
]);

export function updateField(ctx: RequestContext, list: StoredList, field: StoredField, body: Record<string, unknown>): void {
  requirePermission(ctx, 'ManageLists');
  const target = field as unknown as Record<string, unknown>;
  for (const [key, raw] of Object.entries(body)) {
    if (key.startsWith('@odata') || key === '__metadata') {
      continue;
    }
    if (!UPDATABLE_FIELD_PROPS.has(key)) {
      throw errors.badRequest(`The property '${key}' does not exist on type 'SP.Field'.`);
    }
    const value = raw && typeof raw === 'object' && 'results' in raw ? (raw as { results: unknown }).results : raw;
    if (key === 'Indexed' && value === true && field.TypeAsString === 'LookupMulti') {
      throw errors.badRequest('Multi-value lookup columns cannot be indexed.');
    }
    if (key === 'Indexed' && value === true && !field.Indexed) {
      requireIndexRoom(list);
    }
    target[key] = key === 'ValidationFormula' && typeof value === 'string' ? storedFormula(ctx, list, value) : value;
  }
  ctx.store.changed();
}

export function serializeView(ctx: RequestContext, list: StoredList, view: StoredView): Record<string, unknown> {
  const all: Record<string, unknown> = {
    Id: view.Id,
    Title: view.Title,
    ServerRelativeUrl: view.ServerRelativeUrl,
    ViewQuery: view.ViewQuery,
    RowLimit: view.RowLimit,
    DefaultView: view.DefaultView,
    PersonalView: view.PersonalView,
    Hidden: view.Hidden,
    CustomFormatter: view.CustomFormatter ?? '',
    ViewFields: { Items: view.ViewFields, SchemaXml: view.ViewFields.map((f) => `<FieldRef Name="${f}" />`).join('') }
  };
  return {
    'odata.type': 'SP.View',
    'odata.id': `${ctx.webUrl}/_api/Web/Lists(guid'${list.Id}')/Views(guid'${view.Id}')`,
    'odata.editLink': `Web/Lists(guid'${list.Id}')/Views(guid'${view.Id}')`,
    ...pick(all, ctx.query.select)
  };
}

export function createView(ctx: RequestContext, list: StoredList, body: Record<string, unknown>): StoredView {
  requirePermission(ctx, 'ManageLists');
  const title = typeof body.Title === 'string' ? body.Title : '';
  if (title.trim() === '') {
    throw errors.badRequest('The view title is required.');
  }
  if (list.views.some((v) => v.Title === title)) {
    throw errors.duplicate(`A view named "${title}"`);
  }
  const setDefault = body.SetAsDefaultView === true || body.DefaultView === true;
  if (setDefault) {
    list.views.forEach((v) => (v.DefaultView = false));
  }
  const view: StoredView = {
    Id: newGuid(),
    Title: title,
    ServerRelativeUrl: `${listUrl(ctx.web, list)}/${title.replace(/[^A-Za-z0-9]/g, '')}.aspx`,
    ViewQuery: typeof body.ViewQuery === 'string' ? body.ViewQuery : '',
    ViewFields: [],
    RowLimit: typeof body.RowLimit === 'number' ? body.RowLimit : 30,
    DefaultView: setDefault,
    PersonalView: body.PersonalView === true,
    Hidden: false,
    CustomFormatter: null
  };
  list.views.push(view);
  ctx.store.changed();
  return view;
}

export function updateView(ctx: RequestContext, list: StoredList, view: StoredView, body: Record<string, unknown>): void {
  requirePermission(ctx, 'ManageLists');
  for (const [key, value] of Object.entries(body)) {
    if (key === 'Title' && typeof value === 'string') {
      view.Title = value;
    } else if (key === 'ViewQuery' && typeof value === 'string') {
      view.ViewQuery = value;
    } else if (key === 'RowLimit' && typeof value === 'number') {
      view.RowLimit = value;
    } else if (key === 'CustomFormatter' && typeof value === 'string') {
      view.CustomFormatter = value;
    } else if ((key === 'DefaultView' || key === 'SetAsDefaultView') && value === true) {
      list.views.forEach((v) => (v.DefaultView = v === view));
    } else if (!key.startsWith('@odata') && key !== '__metadata') {
      throw errors.badRequest(`The property '${key}' does not exist on type 'SP.View'.`);
    }
  }
  ctx.store.changed();
}

export function serializeContentType(ctx: RequestContext, list: StoredList, ct: StoredContentType): Record<string, unknown> {
  const all: Record<string, unknown> = {
    Id: { StringValue: ct.Id },
    StringId: ct.Id,
    Name: ct.Name,
    ClientFormCustomFormatter: ct.ClientFormCustomFormatter ?? ''
  };
  return {
    'odata.type': 'SP.ContentType',
    'odata.id': `${ctx.webUrl}/_api/Web/Lists(guid'${list.Id}')/ContentTypes('${ct.Id}')`,
    'odata.editLink': `Web/Lists(guid'${list.Id}')/ContentTypes('${ct.Id}')`,
    ...pick(all, ctx.query.select)
  };
}

export function updateContentType(ctx: RequestContext, ct: StoredContentType, body: Record<string, unknown>): void {
  requirePermission(ctx, 'ManageLists');
  for (const [key, value] of Object.entries(body)) {
    if (key === 'ClientFormCustomFormatter' && typeof value === 'string') {
      ct.ClientFormCustomFormatter = value;
    } else if (!key.startsWith('@odata') && key !== '__metadata') {
      throw errors.badRequest(`The property '${key}' does not exist on type 'SP.ContentType'.`);
    }
  }
  ctx.store.changed();
}
