/** Reads the field XML that `fields/createFieldAsXml` receives (the attributes SharePoint honours). */
import { errors } from './http';
import type { SpFieldType, StoredField } from './store';
import { newGuid } from './store';

const FIELD_TYPES: readonly SpFieldType[] = [
  'Text',
  'Note',
  'Number',
  'Currency',
  'Choice',
  'MultiChoice',
  'Boolean',
  'DateTime',
  'User',
  'Lookup',
  'LookupMulti'
];

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m: string, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&');
}

function attributes(openTag: string): Record<string, string> {
  const result: Record<string, string> = {};
  const pattern = /([A-Za-z_][A-Za-z0-9_:.-]*)="([^"]*)"/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(openTag)) !== null) {
    const [, name = '', value = ''] = match;
    result[name] = decodeXml(value);
  }
  return result;
}

function bool(value: string | undefined): boolean {
  return value !== undefined && value.toUpperCase() === 'TRUE';
}

function num(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') {
    return undefined;
  }
  const n = Number(value);
  return Number.isNaN(n) ? undefined : n;
}

/**
 * A StoredField from `<Field …>…</Field>`; lookups name their list by id in `List`. The internal
 * name is the XML's `Name` here: createFieldFromXml decides what SharePoint really calls it.
 */
export function fieldFromXml(xml: string): StoredField {
  const open = /^\s*<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!open) {
    throw errors.badRequest('The field schema XML is not valid.');
  }
  const a = attributes(open[1] ?? '');
  const written = a.Type === 'Lookup' && bool(a.Mult) ? 'LookupMulti' : a.Type;
  const type = FIELD_TYPES.find((t) => t === written);
  if (!type) {
    throw errors.badRequest(`Field type '${a.Type ?? ''}' is not supported.`);
  }
  const name = a.Name ?? a.StaticName ?? a.DisplayName;
  if (!name) {
    throw errors.badRequest('The field schema XML has no Name or DisplayName.');
  }
  const choices: string[] = [];
  const choicePattern = /<CHOICE>([\s\S]*?)<\/CHOICE>/gi;
  let match: RegExpExecArray | null;
  while ((match = choicePattern.exec(xml)) !== null) {
    choices.push(decodeXml(match[1] ?? ''));
  }
  const defaultMatch = /<Default>([\s\S]*?)<\/Default>/i.exec(xml);
  const validation = /<Validation\b([^>]*)>([\s\S]*?)<\/Validation>/i.exec(xml);
  return {
    Id: (a.ID ?? newGuid()).replace(/[{}]/g, ''),
    InternalName: name,
    StaticName: a.StaticName ?? name,
    Title: a.DisplayName ?? name,
    Description: a.Description ?? '',
    TypeAsString: type,
    Required: bool(a.Required),
    Indexed: bool(a.Indexed),
    Hidden: bool(a.Hidden),
    ReadOnlyField: false,
    Choices: type === 'Choice' || type === 'MultiChoice' ? choices : undefined,
    FillInChoice: type === 'Choice' || type === 'MultiChoice' ? bool(a.FillInChoice) : undefined,
    LookupList: a.List ? a.List.replace(/[{}]/g, '') : undefined,
    LookupField: a.ShowField,
    MaxLength: num(a.MaxLength),
    MinimumValue: num(a.Min),
    MaximumValue: num(a.Max),
    DefaultValue: defaultMatch ? decodeXml(defaultMatch[1] ?? '') : null,
    ValidationFormula: validation ? decodeXml(validation[2] ?? '') : null,
    ValidationMessage: validation ? attributes(validation[1] ?? '').Message ?? null : null,
    CustomFormatter: null,
    DisplayFormat: type === 'DateTime' ? (a.Format === 'DateOnly' ? 0 : 1) : undefined,
    ShowInEditForm: a.ShowInEditForm === undefined ? true : bool(a.ShowInEditForm),
    ShowInNewForm: a.ShowInNewForm === undefined ? true : bool(a.ShowInNewForm),
    SchemaXml: xml,
    TitleResources: {},
    DescriptionResources: {}
  };
}
