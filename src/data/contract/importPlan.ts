/**
 * Writes an imported plan to the lists, idempotently: the plan is matched on its title, each
 * project on plan + number, then on plan + title; a project found in an earlier plan (same title)
 * is linked as carried over, not duplicated. A project whose values did not change is not written,
 * so importing the same document twice writes nothing. A dry run only reports.
 */
import type { ImportedPlan } from '../../domain/import/importModel';
import { applyImported, importedFields } from '../../domain/import/toProject';
import type { Plan, Project } from '../../domain/model';
import { emptyProject } from '../../domain/model';
import { normaliseChoiceText } from '../../domain/vocabulary';
import { latestPlanId } from '../../domain/plans';
import { followNewestPlan } from './currentPlan';
import type { PortfolioData, PortfolioRepository } from './repository.types';

export type ImportActionKind = 'create' | 'update' | 'carryOver' | 'unchanged';

export interface ImportAction {
  kind: ImportActionKind;
  number: string | null;
  title: string;
  /** The existing item, for update / carry over / unchanged. */
  itemId: number | null;
}

export interface ImportReport {
  plan: { title: string; action: 'create' | 'existing'; id: number | null };
  actions: ImportAction[];
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
}

function same(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && normaliseChoiceText(a) === normaliseChoiceText(b);
}

function planTitleOf(imported: ImportedPlan, options: ImportOptions): string {
  const period = imported.plan.periodStart && imported.plan.periodEnd ? ` ${imported.plan.periodStart.slice(0, 4)}–${imported.plan.periodEnd.slice(0, 4)}` : '';
  return imported.plan.title ?? `${options.fallbackTitle}${period}`;
}

function findPlan(plans: readonly Plan[], imported: ImportedPlan, title: string): Plan | undefined {
  return plans.find((p) => same(p.title, title) && (imported.plan.periodStart === null || p.periodStart === null || p.periodStart === imported.plan.periodStart));
}

/** The project this imported one is, if any: same plan + number, same plan + title, or carried over by title. */
function match(projects: readonly Project[], planId: number, number: string | null, title: string, claimed: ReadonlySet<Project>): { project: Project; carriedOver: boolean } | undefined {
  const free = projects.filter((p) => !claimed.has(p));
  const inPlan = free.filter((p) => p.planIds.includes(planId));
  const byNumber = number === null ? undefined : inPlan.find((p) => p.number !== null && p.number === number && same(p.title, title)) ?? inPlan.find((p) => p.number === number);
  const byTitle = byNumber ?? inPlan.find((p) => same(p.title, title));
  if (byTitle) {
    return { project: byTitle, carriedOver: false };
  }
  const earlier = free.find((p) => same(p.title, title));
  return earlier ? { project: earlier, carriedOver: true } : undefined;
}

/**
 * What a save would write, as a string: the project without its identity and version, plans and
 * goals as sets. Equal strings mean the import changes nothing (no write).
 */
function comparable(project: Project): string {
  const byNumber = (a: number, b: number): number => a - b;
  return JSON.stringify({ ...project, id: null, etag: null, modified: null, planIds: [...project.planIds].sort(byNumber), goalIds: [...project.goalIds].sort(byNumber) });
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
    created: 0,
    updated: 0,
    carriedOver: 0,
    unchanged: 0,
    writes: 0,
    dryRun,
    currentPlanViewUpdated: null
  };
  const plans = plan && !data.plans.some((p) => p.id === plan?.id) ? [...data.plans, plan] : data.plans;
  // in a dry run a plan not created yet is the placeholder -1, so carried-over projects still show
  const planId = plan?.id ?? -1;
  const claimed = new Set<Project>();
  let done = 0;
  for (const item of imported.projects) {
    const fields = importedFields(item);
    const found = match(data.projects, planId, item.number, item.title, claimed);
    const goalIds = data.goals.filter((g) => same(g.title, item.strategicGoal)).map((g) => g.id ?? 0);
    const base = found?.project ?? emptyProject(item.title);
    const planIds = base.planIds.includes(planId) ? base.planIds : [...base.planIds, planId];
    const linked = { ...base, planIds, goalIds: [...new Set([...base.goalIds, ...goalIds])] };
    // a project's fields follow its newest plan: an older document only adds its plan period
    const next = found && latestPlanId(planIds, plans) !== planId ? linked : applyImported(linked, fields);
    const kind: ImportActionKind = !found ? 'create' : found.carriedOver && !base.planIds.includes(planId) ? 'carryOver' : comparable(next) === comparable(base) ? 'unchanged' : 'update';
    report.actions.push({ kind, number: item.number, title: item.title, itemId: found?.project.id ?? null });
    if (found) {
      claimed.add(found.project);
    }
    if (kind !== 'unchanged' && !dryRun) {
      await repository.saveProject(next, { plans });
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

