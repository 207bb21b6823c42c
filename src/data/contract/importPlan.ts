/**
 * Writes an imported plan to the lists, idempotently: the plan is matched on its title, each
 * project as importMatch says (within the plan on number and title; an earlier plan's item only
 * on a conservative carry-over link, every link reported and un-linkable). A project whose values
 * did not change is not written, so importing the same document twice writes nothing. A dry run
 * only reports. No value crosses from one project to another: a carry-over writes the document's
 * values, never the earlier plan's, into the fields an import sets.
 */
import type { ImportedPlan } from '../../domain/import/importModel';
import type { ImportedFields } from '../../domain/import/toProject';
import { applyImported, importedFields } from '../../domain/import/toProject';
import type { Plan, Project } from '../../domain/model';
import { emptyCosts, emptyImpacts, emptyProject, emptySchedule } from '../../domain/model';
import { latestPlanId } from '../../domain/plans';
import { followNewestPlan } from './currentPlan';
import type { AmbiguousLink, CarryOverLink, ImportMatch } from './importMatch';
import { matchImported, same } from './importMatch';
import type { PortfolioData, PortfolioRepository } from './repository.types';

export type { AmbiguousLink, CarryOverLink, LinkBasis, LinkedItem } from './importMatch';

export type ImportActionKind = 'create' | 'update' | 'carryOver' | 'unchanged';

export interface ImportAction {
  kind: ImportActionKind;
  /** The imported project's index in the document (what `unlinked` names). */
  index: number;
  number: string | null;
  title: string;
  /** The existing item, for update / carry over / unchanged. */
  itemId: number | null;
  /**
   * The project's item after the import: the existing item, or the one created (null for a new
   * project in a dry run). The importer's draft benefits are added to it.
   */
  projectId: number | null;
}

export interface ImportReport {
  plan: { title: string; action: 'create' | 'existing'; id: number | null };
  actions: ImportAction[];
  /** Every carry-over link to an earlier plan's item, un-linked ones included (marked). */
  links: CarryOverLink[];
  /** Imported projects not linked because several items fit: each is created as new. */
  ambiguous: AmbiguousLink[];
  created: number;
  updated: number;
  carriedOver: number;
  unchanged: number;
  /** Write requests sent (0 for a dry run and for a second import of the same document). */
  writes: number;
  dryRun: boolean;
  /**
   * A new plan moves the lists' "Current plan" view onto it: done when the user may manage the
   * lists (true), otherwise left to the next set-up by an owner (false). Null when no plan was created.
   */
  currentPlanViewUpdated: boolean | null;
}

export interface ImportOptions {
  dryRun?: boolean;
  /** The plan's title when the document has none (the caller passes e.g. the file name). */
  fallbackTitle: string;
  onProgress?: (done: number, total: number) => void;
  /** Imported projects (by index) whose carry-over link the user removed: created as new. */
  unlinked?: ReadonlySet<number>;
}

function planTitleOf(imported: ImportedPlan, options: ImportOptions): string {
  const period = imported.plan.periodStart && imported.plan.periodEnd ? ` ${imported.plan.periodStart.slice(0, 4)}–${imported.plan.periodEnd.slice(0, 4)}` : '';
  return imported.plan.title ?? `${options.fallbackTitle}${period}`;
}

function findPlan(plans: readonly Plan[], imported: ImportedPlan, title: string): Plan | undefined {
  return plans.find((p) => same(p.title, title) && (imported.plan.periodStart === null || p.periodStart === null || p.periodStart === imported.plan.periodStart));
}

/**
 * What a save would write, as a string: the project without its identity and version, plans and
 * goals as sets. Equal strings mean the import changes nothing (no write).
 */
function comparable(project: Project): string {
  const byNumber = (a: number, b: number): number => a - b;
  return JSON.stringify({ ...project, id: null, etag: null, modified: null, planIds: [...project.planIds].sort(byNumber), goalIds: [...project.goalIds].sort(byNumber) });
}

/** The fields an import sets, emptied (the title stays: every imported project has one). */
function withoutImportedValues(project: Project): Project {
  const cleared: Omit<ImportedFields, 'title'> = {
    number: null,
    description: null,
    category: null,
    serviceArea: null,
    unit: null,
    strategicBackground: null,
    schedule: emptySchedule(),
    costs: emptyCosts(),
    likelihood: null,
    likelihoodNote: null,
    scheduleOwner: null,
    resources: null,
    impacts: emptyImpacts()
  };
  return { ...project, ...cleared };
}

/** The item an imported project writes. */
function written(found: ImportMatch | undefined, title: string, fields: ImportedFields, goalIds: number[], planId: number, plans: readonly Plan[]): Project {
  if (!found) {
    return applyImported({ ...emptyProject(title), planIds: [planId], goalIds }, fields);
  }
  const base = found.project;
  const planIds = base.planIds.includes(planId) ? base.planIds : [...base.planIds, planId];
  const newest = latestPlanId(planIds, plans) === planId;
  if (found.carriedOver) {
    // the item keeps its identity and its own follow-up (status, manager, progress), but the
    // fields an import sets hold this document's values only: what the document does not say
    // stays empty rather than showing the earlier plan's text, costs or schedule. A document
    // older than the item's newest plan only adds its plan period.
    return newest ? applyImported({ ...withoutImportedValues(base), planIds, goalIds }, fields) : { ...base, planIds };
  }
  // the same plan imported again: what the document does not state keeps the item's own value
  const linked = { ...base, planIds, goalIds: [...new Set([...base.goalIds, ...goalIds])] };
  return newest ? applyImported(linked, fields) : linked;
}

export async function importPlan(repository: PortfolioRepository, imported: ImportedPlan, options: ImportOptions): Promise<ImportReport> {
  const data: PortfolioData = await repository.load();
  const title = planTitleOf(imported, options);
  const dryRun = options.dryRun === true;
  let writes = 0;
  const existing = findPlan(data.plans, imported, title);
  const plan =
    existing ??
    (dryRun
      ? undefined
      : await repository.savePlan({
          id: null,
          etag: null,
          title,
          organisation: imported.plan.organisation,
          periodStart: imported.plan.periodStart,
          periodEnd: imported.plan.periodEnd,
          approvedOn: null,
          status: null
        }));
  if (!existing && plan) {
    writes++;
  }
  const report: ImportReport = {
    plan: { title, action: existing ? 'existing' : 'create', id: plan?.id ?? null },
    actions: [],
    links: [],
    ambiguous: [],
    created: 0,
    updated: 0,
    carriedOver: 0,
    unchanged: 0,
    writes: 0,
    dryRun,
    currentPlanViewUpdated: null
  };
  // in a dry run a plan not created yet is the placeholder -1, so carried-over projects still show
  const planId = plan?.id ?? -1;
  const placeholder: Plan = { id: planId, etag: null, title, organisation: imported.plan.organisation, periodStart: imported.plan.periodStart, periodEnd: imported.plan.periodEnd, approvedOn: null, status: null };
  const plans = data.plans.some((p) => p.id === planId) ? data.plans : [...data.plans, plan ?? placeholder];
  const matched = matchImported({
    projects: data.projects,
    plans,
    planId,
    organisation: imported.plan.organisation ?? existing?.organisation ?? null,
    imported: imported.projects,
    unlinked: options.unlinked
  });
  report.links = matched.links;
  report.ambiguous = matched.ambiguous;
  let done = 0;
  for (const [index, item] of imported.projects.entries()) {
    const found = matched.matches[index];
    const goalIds = data.goals.filter((g) => same(g.title, item.strategicGoal)).map((g) => g.id ?? 0);
    const next = written(found, item.title, importedFields(item), goalIds, planId, plans);
    const kind: ImportActionKind = !found ? 'create' : found.carriedOver ? 'carryOver' : comparable(next) === comparable(found.project) ? 'unchanged' : 'update';
    const action: ImportAction = { kind, index, number: item.number, title: item.title, itemId: found?.project.id ?? null, projectId: found?.project.id ?? null };
    report.actions.push(action);
    if (kind !== 'unchanged' && !dryRun) {
      const saved = await repository.saveProject(next, { plans });
      action.projectId = saved.id ?? action.projectId;
      writes++;
    }
    done++;
    options.onProgress?.(done, imported.projects.length);
  }
  report.created = report.actions.filter((a) => a.kind === 'create').length;
  report.updated = report.actions.filter((a) => a.kind === 'update').length;
  report.carriedOver = report.actions.filter((a) => a.kind === 'carryOver').length;
  report.unchanged = report.actions.filter((a) => a.kind === 'unchanged').length;
  report.writes = writes;
  if (!existing && plan) {
    report.currentPlanViewUpdated = await followNewestPlan(repository);
  }
  return report;
}

