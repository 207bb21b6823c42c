/** SharePoint field schema XML (for fields/createFieldAsXml) and view CAML from the typed schema. */
import { IMPACT_LEVEL } from '../../../domain/vocabulary';
import type { FieldSchema, Language, ViewSchema } from '../schema/schema.types';
import { CURRENT_PLAN } from '../schema/schema.types';
import type { XmlElement } from './xml';
import { el, xml } from './xml';

const FINNISH_LCID = 1035;

function typeAttributes(field: FieldSchema, lookupListId: string | undefined): Record<string, string | number | boolean | undefined> {
  switch (field.kind) {
    case 'Note':
      return { Type: 'Note', NumLines: 6, RichText: false, AppendOnly: false };
    case 'Text':
      return { Type: 'Text', MaxLength: field.maxLength ?? 255 };
    case 'Number':
      return { Type: 'Number', Min: field.min, Max: field.max, Decimals: field.decimals ?? 0, Percentage: field.percentage };
    case 'Currency':
      return { Type: 'Currency', LCID: FINNISH_LCID, Min: field.min, Decimals: 0 };
    case 'Choice':
      return { Type: 'Choice', Format: 'Dropdown', FillInChoice: field.fillIn === true };
    case 'MultiChoice':
      return { Type: 'MultiChoice', FillInChoice: field.fillIn === true };
    case 'Boolean':
      return { Type: 'Boolean' };
    case 'DateTime':
      return { Type: 'DateTime', Format: 'DateOnly' };
    case 'User':
      return { Type: 'User', UserSelectionMode: 'PeopleOnly', UserSelectionScope: 0, List: 'UserInfo', ShowField: 'ImnName' };
    case 'Lookup':
      return { Type: 'Lookup', List: lookupListId ? `{${lookupListId}}` : undefined, ShowField: 'Title' };
    case 'LookupMulti':
      return { Type: 'LookupMulti', Mult: true, List: lookupListId ? `{${lookupListId}}` : undefined, ShowField: 'Title' };
  }
}

function defaultValue(field: FieldSchema): string | undefined {
  if (field.kind === 'Boolean') {
    return '0';
  }
  if (field.kind === 'Choice' && field.choices === undefined) {
    return undefined;
  }
  if (field.kind === 'Choice' && field.name.startsWith('Impact')) {
    return IMPACT_LEVEL.notAssessed;
  }
  return undefined;
}

/** `<Field …>` for a schema field, titled in the site's language. */
export function fieldSchemaXml(field: FieldSchema, language: Language, lookupListId?: string): string {
  const children: XmlElement[] = [];
  if (field.choices && (field.kind === 'Choice' || field.kind === 'MultiChoice')) {
    children.push(el('CHOICES', undefined, ...field.choices.map((c) => el('CHOICE', undefined, c))));
  }
  const def = defaultValue(field);
  if (def !== undefined) {
    children.push(el('Default', undefined, def));
  }
  return xml({
    name: 'Field',
    attributes: {
      ...typeAttributes(field, lookupListId),
      Name: field.name,
      StaticName: field.name,
      DisplayName: field.title[language],
      Description: field.description[language],
      Required: field.required === true,
      Indexed: field.indexed === true,
      ShowInEditForm: field.hiddenInForms ? false : undefined,
      ShowInNewForm: field.hiddenInForms ? false : undefined
    },
    children
  });
}

/** The hidden field whose default value records the schema version of a list. */
export function schemaVersionFieldXml(name: string, version: number): string {
  return xml(
    el(
      'Field',
      {
        Type: 'Text',
        Name: name,
        StaticName: name,
        DisplayName: name,
        Hidden: true,
        Required: false,
        MaxLength: 10
      },
      el('Default', undefined, String(version))
    )
  );
}

function valueElement(field: FieldSchema | undefined, value: string | number | boolean, currentPlan: number | null): XmlElement {
  if (value === CURRENT_PLAN) {
    // no plan yet: an id no item has, so the view is empty rather than showing everything
    return el('Value', { Type: 'Lookup' }, String(currentPlan ?? 0));
  }
  if (value === '[Me]') {
    return el('Value', { Type: 'Integer' }, el('UserID', { Type: 'Integer' }));
  }
  const type = field?.kind === 'Boolean' ? 'Boolean' : field?.kind === 'Lookup' || field?.kind === 'LookupMulti' ? 'Lookup' : field?.kind === 'User' ? 'Integer' : 'Text';
  const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  return el('Value', { Type: type }, text);
}

/** CAML `<Where>…<OrderBy>…<GroupBy>` of a view. */
export function viewQueryXml(view: ViewSchema, fields: readonly FieldSchema[], currentPlan: number | null = null): string {
  const parts: string[] = [];
  const filters = view.filters ?? [];
  if (filters.length > 0) {
    const conditions = filters.map((f) => {
      const field = fields.find((x) => x.name === f.field);
      const lookupId = field?.kind === 'User' || field?.kind === 'Lookup' || f.value === '[Me]';
      const ref = el('FieldRef', { Name: f.field, LookupId: lookupId && f.operator !== 'IsNull' && f.operator !== 'IsNotNull' ? true : undefined });
      return f.operator === 'IsNull' || f.operator === 'IsNotNull' ? el(f.operator, undefined, ref) : el(f.operator, undefined, ref, valueElement(field, f.value ?? '', currentPlan));
    });
    const combined = conditions.reduce((acc, next) => el(view.any ? 'Or' : 'And', undefined, acc, next));
    parts.push(xml(el('Where', undefined, combined)));
  }
  if (view.orderBy && view.orderBy.length > 0) {
    parts.push(xml(el('OrderBy', undefined, ...view.orderBy.map((o) => el('FieldRef', { Name: o.field, Ascending: o.ascending !== false })))));
  }
  if (view.groupBy && view.groupBy.length > 0) {
    parts.push(xml(el('GroupBy', { Collapse: true, GroupLimit: 100 }, ...view.groupBy.map((g) => el('FieldRef', { Name: g })))));
  }
  return parts.join('');
}
