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

import type { FormatterNode } from './formatting';

/** A feature of the schema that arrived in a given schema version. */
export interface Versioned<T> {
  value: T;
  since: number;
}

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
  /** Column formatting JSON shown in SharePoint's list views. */
  formatter?: Versioned<FormatterNode>;
  /**
   * Column validation: a formula over the field itself, written with internal names in brackets
   * ([ProjectNumber]); set-up writes it with the site language's display names.
   */
  validation?: Versioned<{ formula: string; message: LocalizedText }>;
  /**
   * Conditional visibility in SharePoint's list form: a formatting expression over other
   * columns (`[$Rag] != ''`); the field shows when it is true. Stored in ClientValidationFormula.
   */
  showWhen?: Versioned<string>;
}

/** View filter value that set-up replaces with the id of the newest plan. */
export const CURRENT_PLAN = '[CurrentPlan]';

export interface ViewFilter {
  field: string;
  operator: 'Eq' | 'Neq' | 'IsNull' | 'IsNotNull';
  /** Value to compare with; '[Me]' for the current user, CURRENT_PLAN for the newest plan. */
  value?: string | number | boolean;
}

export interface ViewSchema {
  /** Stable key; the view's URL name (AllItems is the view every list has). */
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

/** One section of SharePoint's list form, fields by internal name. */
export interface FormSection {
  title: LocalizedText;
  fields: readonly string[];
}

/** The list form's layout (content type ClientFormCustomFormatter): header, sections, footer. */
export interface FormLayout {
  header(language: Language): FormatterNode;
  sections: readonly FormSection[];
  footer(language: Language): FormatterNode;
}

export interface ListSchema {
  key: ListKey;
  /** Server-relative URL under the web: "Lists/SalkkuProjects". Never changes. */
  url: string;
  title: LocalizedText;
  description: LocalizedText;
  fields: readonly FieldSchema[];
  views: readonly ViewSchema[];
  /** List validation over several fields (internal names in brackets), one message. */
  validation?: Versioned<{ formula: string; message: LocalizedText }>;
  form?: Versioned<FormLayout>;
  /** Schema version from which field titles and help texts are set in all three languages. */
  localizedSince?: number;
}

export interface PortfolioSchema {
  version: number;
  lists: readonly ListSchema[];
}
