/**
 * The one typed list schema of Salkku. Change it here, raise SCHEMA_VERSION, and set-up,
 * `$select`, mapping and the stand-in follow.
 */
import { BENEFITS_LIST, MEASUREMENTS_LIST } from './benefitLists';
import { ACTUAL_COSTS_LIST, MEETINGS_LIST, SETTINGS_LIST, STATUS_REPORTS_LIST } from './followUpLists';
import { GOALS_LIST, PLANS_LIST } from './plansAndGoalsLists';
import { PROJECTS_LIST } from './projectsList';
import { PROPOSALS_LIST, SCORES_LIST } from './proposalLists';
import type { PlanListKey } from '../../contract/setup.types';
import type { FieldSchema, ListKey, ListSchema, PortfolioSchema, ViewSchema } from './schema.types';

/**
 * Version history:
 * 1. Lists, fields, indexes.
 * 2. Editing in SharePoint: column formatting, form layout and conditional visibility, help texts
 *    and titles in fi/sv/en, views, validation.
 * 3. Held to SharePoint Online's limits: indexes only where views and queries need them (9 on
 *    Projects instead of 21; SharePoint allows 20), the sort key that orders views like the plan
 *    (2.2 before 2.10), formulas in the site's locale, form sections in every language.
 * 4. Follow-up: status reports with history, actual costs, the annual clock's meetings, the
 *    portfolio's settings (the reporting cadence).
 * 5. Proposals: the service areas' proposals with a first impact assessment and the steering
 *    group's decision, and their scores on the agreed criteria (the model itself is a setting).
 * 6. Benefits: the benefits a project promised (indicator, baseline and target with their dates,
 *    the benefit owner, status with its reason, measurement interval) and their measurements.
 */
export const SCHEMA_VERSION = 6;

/** Lists in creation order: lookup targets first. */
export const SCHEMA: PortfolioSchema = {
  version: SCHEMA_VERSION,
  lists: [PLANS_LIST, GOALS_LIST, PROJECTS_LIST, STATUS_REPORTS_LIST, ACTUAL_COSTS_LIST, MEETINGS_LIST, SETTINGS_LIST, PROPOSALS_LIST, SCORES_LIST, BENEFITS_LIST, MEASUREMENTS_LIST]
};

function upTo<T extends { since: number; revised?: number }>(value: T | undefined, version: number): T | undefined {
  if (!value || value.since > version) {
    return undefined;
  }
  return value.revised !== undefined && value.revised > version ? { ...value, revised: undefined } : value;
}

/** A view as a schema version wrote it (its revision for that version, if any). */
function viewAtVersion(view: ViewSchema, version: number): ViewSchema {
  const revision = (view.revisions ?? []).filter((r) => r.until >= version).sort((a, b) => a.until - b.until)[0];
  return revision ? { ...view, ...revision.view, revisions: undefined } : view;
}

/** The schema as it was at an earlier version (for upgrade tests and tooling). */
export function schemaAtVersion(version: number, schema: PortfolioSchema = SCHEMA): PortfolioSchema {
  return {
    version,
    lists: schema.lists.filter((list) => (list.since ?? 1) <= version).map((list) => ({
      ...list,
      fields: list.fields
        .filter((f) => f.since <= version)
        .map((f) => ({
          ...f,
          indexed: f.indexed === true || (f.indexedUntil !== undefined && version <= f.indexedUntil),
          formatter: upTo(f.formatter, version),
          validation: upTo(f.validation, version),
          showWhen: upTo(f.showWhen, version)
        })),
      views: list.views.filter((v) => v.since <= version).map((v) => viewAtVersion(v, version)),
      validation: upTo(list.validation, version),
      form: upTo(list.form, version),
      localizedSince: list.localizedSince !== undefined && list.localizedSince <= version ? list.localizedSince : undefined
    }))
  };
}

/** The lists every view needs: the plan's projects, plans and goals. */
export const PLAN_LISTS: readonly PlanListKey[] = ['plans', 'goals', 'projects'];

export function isPlanList(list: ListSchema): list is ListSchema & { key: PlanListKey } {
  return (PLAN_LISTS as readonly ListKey[]).includes(list.key);
}

export function listSchema(key: ListKey): ListSchema {
  const list = SCHEMA.lists.find((l) => l.key === key);
  if (!list) {
    throw new Error(`No list "${key}" in the schema`);
  }
  return list;
}

export function fieldSchema(list: ListSchema, name: string): FieldSchema {
  const field = list.fields.find((f) => f.name === name);
  if (!field) {
    throw new Error(`No field "${name}" in list "${list.key}"`);
  }
  return field;
}

/** Name of the hidden field whose default value records the schema version a list was set up with. */
export const SCHEMA_VERSION_FIELD = 'SalkkuSchemaVersion';

/** Names `$select` needs for a field: lookups and people are expanded to Id and Title. */
export function selectNames(field: FieldSchema): string[] {
  switch (field.kind) {
    case 'Lookup':
    case 'LookupMulti':
      return [`${field.name}/Id`, `${field.name}/Title`];
    case 'User':
      return [`${field.name}/Id`, `${field.name}/Title`, `${field.name}/EMail`];
    default:
      return [field.name];
  }
}

/**
 * What a query reads: `full` every schema field (a project's details, an export), `summary` what
 * the views show, filter and total on (the first load, the cache): no `load` fields, lookups and
 * people as ids (`PlansId`, no join); `assessment` the summary and the assessment's texts.
 */
export type ItemDetail = 'summary' | 'assessment' | 'full';

function inDetail(field: FieldSchema, detail: ItemDetail): boolean {
  return detail === 'full' || field.load === undefined || (detail === 'assessment' && field.load === 'assessment');
}

/** The schema fields to query: all, or only those a list not yet upgraded has. */
function queriedFields(list: ListSchema, existing: ReadonlySet<string> | undefined, detail: ItemDetail): FieldSchema[] {
  return list.fields.filter((f) => (existing ? existing.has(f.name) : true) && inDetail(f, detail));
}

/** `$select` of the columns one detail level adds to the summary (`Id` first). */
export function selectAdded(list: ListSchema, load: 'assessment', existing?: ReadonlySet<string>): string[] {
  return ['Id', ...list.fields.filter((f) => f.load === load && (existing ? existing.has(f.name) : true)).map((f) => f.name)];
}

function isJoined(field: FieldSchema): boolean {
  return field.kind === 'Lookup' || field.kind === 'LookupMulti' || field.kind === 'User';
}

/** `$select` for a list's items: the schema fields plus the item's identity (and version when full). */
export function selectFor(list: ListSchema, existing?: ReadonlySet<string>, detail: ItemDetail = 'full'): string[] {
  const names = detail === 'full' ? ['Id', 'Modified'] : ['Id'];
  for (const field of queriedFields(list, existing, detail)) {
    names.push(...(detail !== 'full' && isJoined(field) ? [`${field.name}Id`] : selectNames(field)));
  }
  return names;
}

/** `$expand` for a list's items: the lookup and person fields (none in a summary). */
export function expandFor(list: ListSchema, existing?: ReadonlySet<string>, detail: ItemDetail = 'full'): string[] {
  return detail !== 'full' ? [] : queriedFields(list, existing, detail).filter(isJoined).map((f) => f.name);
}
