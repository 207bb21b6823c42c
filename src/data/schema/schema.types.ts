/**
 * Types of the one typed list schema. The schema drives set-up (lists, fields, indexes, views,
 * per-language titles and help texts), `$select`/`$expand`, item↔model mapping and the tests
 * that keep them in agreement with the local stand-in.
 */

import type { Language, LocalizedText } from '../../domain/language';

export type { Language, LocalizedText } from '../../domain/language';
export { LANGUAGES } from '../../domain/language';

/** SharePoint culture names of our languages (for per-language resources). */
export const CULTURE_OF_LANGUAGE: Readonly<Record<Language, string>> = {
  fi: 'fi-FI',
  sv: 'sv-SE',
  en: 'en-US'
};

export type FieldKind =
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Currency'
  | 'Choice'
  | 'MultiChoice'
  | 'Boolean'
  | 'DateTime'
  | 'User'
  | 'Lookup'
  | 'LookupMulti';

export type ListKey = 'projects' | 'plans' | 'goals';

export interface FieldSchema {
  /** Internal name (also the static name); never changes once released. */
  name: string;
  kind: FieldKind;
  title: LocalizedText;
  /** Help text shown under the field in SharePoint's forms. */
  description: LocalizedText;
  required?: boolean;
  /** Creates an index; every column a view filters or sorts on must be indexed. */
  indexed?: boolean;
  /** Default choices (Finnish, as stored); cities may edit them afterwards. */
  choices?: readonly string[];
  /** Choice: allow values outside the choices ("fill-in"). */
  fillIn?: boolean;
  /** Lookup / LookupMulti: the list looked up (its Title is shown). */
  lookupList?: ListKey;
  /** Number: minimum and maximum. */
  min?: number;
  max?: number;
  /** Text: maximum length (SharePoint's limit is 255). */
  maxLength?: number;
  /** Number shown as a percentage. */
  percentage?: boolean;
  /** Built-in field of every list (Title): exists already, only titles/descriptions are set. */
  builtIn?: boolean;
  /** Hidden from forms (machine-maintained values). */
  hiddenInForms?: boolean;
  /** Schema version that introduced the field. */
  since: number;
}

export interface ViewFilter {
  field: string;
  operator: 'Eq' | 'Neq' | 'IsNull' | 'IsNotNull';
  /** Value to compare with; '[Me]' for the current user. */
  value?: string | number | boolean;
}

export interface ViewSchema {
  /** Stable key; the view's URL name. */
  key: string;
  title: LocalizedText;
  fields: readonly string[];
  /** Filters combined with And (or Or when `any` is true). */
  filters?: readonly ViewFilter[];
  any?: boolean;
  orderBy?: readonly { field: string; ascending?: boolean }[];
  groupBy?: readonly string[];
  rowLimit?: number;
  isDefault?: boolean;
  since: number;
}

export interface ListSchema {
  key: ListKey;
  /** Server-relative URL under the web: "Lists/SalkkuProjects". Never changes. */
  url: string;
  title: LocalizedText;
  description: LocalizedText;
  fields: readonly FieldSchema[];
  views: readonly ViewSchema[];
}

export interface PortfolioSchema {
  version: number;
  lists: readonly ListSchema[];
}
