/**
 * Types of the one typed list schema. The schema drives set-up (lists, fields, indexes, views,
 * per-language titles and help texts), `$select`/`$expand`, item↔model mapping and the tests
 * that keep them in agreement with the local stand-in.
 */

import type { Language, LocalizedText } from '../../../domain/language';
import type { ListKey } from '../../contract/setup.types';

export type { Language, LocalizedText } from '../../../domain/language';
export { LANGUAGES } from '../../../domain/language';

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

export type { ListKey } from '../../contract/setup.types';

import type { FormatterNode } from './formatting';

/** A feature of the schema that arrived in a given schema version. */
export interface Versioned<T> {
  value: T;
  since: number;
  /**
   * The version that last changed the value, when a list set up before it must have it written
   * again (set-up writes a feature to lists recorded below `revised ?? since`).
   */
  revised?: number;
}

/** True when a list set up with `recorded` still needs the feature written. */
export function isDue(feature: { since: number; revised?: number } | undefined, recorded: number): boolean {
  return feature !== undefined && recorded < (feature.revised ?? feature.since);
}

export interface FieldSchema {
  /** Internal name (also the static name); never changes once released. */
  name: string;
  kind: FieldKind;
  title: LocalizedText;
  /** Help text shown under the field in SharePoint's forms. */
  description: LocalizedText;
  required?: boolean;
  /**
   * Creates an index. Every column a view filters, sorts or groups on, or a query filters or
   * orders by, is indexed, and nothing else: SharePoint allows 20 indexes per list and a city
   * needs room for its own (schema test: at most 12 per list).
   */
  indexed?: boolean;
  /**
   * Set-up indexed the field up to this schema version; upgrading a list set up with it removes
   * that index (Salkku's own, no longer needed), which gives the city its room back.
   */
  indexedUntil?: number;
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
  /**
   * Number: decimal places SharePoint shows (0 when omitted). Display only: SharePoint keeps a
   * number column's value as given (a floating-point number), whatever this says.
   */
  decimals?: number;
  /** Number shown as a percentage. */
  percentage?: boolean;
  /** Built-in field of every list (Title): exists already, only titles/descriptions are set. */
  builtIn?: boolean;
  /** Hidden from forms (machine-maintained values). */
  hiddenInForms?: boolean;
  /** Schema version that introduced the field. */
  since: number;
  /**
   * Left out of the views' first load (the summary). 'assessment': the impact assessment's
   * justifications, which the Impact view reads for all projects (a perspective described without
   * a level is not the same as one left empty). 'details': long texts and what only a project's own
   * page shows; they load for one project when its details open, and for all projects when an
   * export or a search in descriptions needs them.
   */
  load?: 'assessment' | 'details';
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

/** How a view's query was written by an earlier schema version (for careful upgrades). */
export interface ViewRevision {
  /** Lists set up with this version or earlier have the view with these settings. */
  until: number;
  view: Partial<Pick<ViewSchema, 'filters' | 'any' | 'orderBy' | 'groupBy'>>;
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
  /**
   * Earlier queries of the view. Upgrading a list set up with one of them rewrites the query
   * only while the view still has that query: a view the city has edited is left alone.
   */
  revisions?: readonly ViewRevision[];
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
  /**
   * Schema version that brought the list (1 when omitted). The views need the lists of version 1;
   * a site set up before a later list arrived keeps working and is offered an upgrade.
   */
  since?: number;
  title: LocalizedText;
  description: LocalizedText;
  fields: readonly FieldSchema[];
  views: readonly ViewSchema[];
  /** List validation over several fields (internal names in brackets), one message. */
  validation?: Versioned<{ formula: string; message: LocalizedText }>;
  form?: Versioned<FormLayout>;
  /** Schema version from which field titles and help texts are set in all three languages. */
  localizedSince?: number;
  /**
   * A text column that SharePoint's views sort on, kept equal to `numberSortKey(source)` by
   * every write of the app and by set-up (which brings items edited elsewhere up to date).
   */
  sortKey?: { field: string; source: string };
}

export interface PortfolioSchema {
  version: number;
  lists: readonly ListSchema[];
}
