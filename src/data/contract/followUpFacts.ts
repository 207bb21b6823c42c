/**
 * The follow-up facts the Portfolio, Timeline and Impact views show beside the plan: actual costs
 * from the plan's first year and each project's latest report within the cadence window (who owes
 * a report). Read after the portfolio is shown (never before its first rows), once per loaded
 * portfolio for every web part of the page, in one $batch; the first read of a page with a
 * cadence longer than the default reads the reports once more for the longer window.
 * A site without the follow-up lists (schema v3) answers `unavailable`: the views stay as before.
 */
import type { ActualCost, Cadence, Day, Meeting, StatusReport } from '../../domain/followup/model';
import { DEFAULT_CADENCE } from '../../domain/followup/model';
import { cadenceWindowStart } from '../../domain/followup/portfolioFacts';
import { latestReports } from '../../domain/followup/reports';
import type { FollowUpData, FollowUpRepository } from './followUp.types';
import type { PortfolioStore } from './portfolioStore';
import type { PortfolioData } from './repository.types';

export interface PortfolioFollowUpFacts {
  kind: 'ready';
  /** Actual costs of `fromYear` and later. */
  actuals: ActualCost[];
  /** Each project's latest published report within the cadence window. */
  latest: ReadonlyMap<number, StatusReport>;
  cadence: Cadence;
  meetings: Meeting[];
  today: Day;
  fromYear: number;
}

export type PortfolioFollowUp = PortfolioFollowUpFacts | { kind: 'unavailable' } | { kind: 'failed'; message: string };

/** Today as "YYYY-MM-DD" in the reader's own time zone. */
export function localDay(date: Date): Day {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first year of the earliest plan (actuals from then on), else this year. */
export function firstPlanYear(data: Pick<PortfolioData, 'plans'>, today: Day): number {
  const years = data.plans.map((p) => (p.periodStart ? Number(p.periodStart.slice(0, 4)) : NaN)).filter((y) => Number.isFinite(y));
  return years.length > 0 ? Math.min(...years) : Number(today.slice(0, 4));
}

/** The cadence and meetings a site answered last (per repository): the next read's window. */
const remembered = new WeakMap<FollowUpRepository, { cadence: Cadence; meetings: Meeting[] }>();

/**
 * Reads the facts: the reports of the cadence window as last known (the default cadence the
 * first time), then, only if the site's cadence asks for a longer window, those reports again.
 */
export async function readPortfolioFollowUp(repository: FollowUpRepository, query: { today: Day; fromYear: number }): Promise<PortfolioFollowUp> {
  const known = remembered.get(repository) ?? { cadence: DEFAULT_CADENCE, meetings: [] };
  const since = cadenceWindowStart(known.cadence, known.meetings, query.today);
  let data: FollowUpData = await repository.loadFollowUp({ since, fromYear: query.fromYear });
  if (data.missing.includes('reports') || data.missing.includes('actuals')) {
    return { kind: 'unavailable' };
  }
  remembered.set(repository, { cadence: data.cadence, meetings: data.meetings });
  const needed = cadenceWindowStart(data.cadence, data.meetings, query.today);
  if (needed < since) {
    data = await repository.loadFollowUp({ since: needed, fromYear: query.fromYear });
  }
  return {
    kind: 'ready',
    actuals: data.actuals,
    latest: latestReports(data.reports.filter((r) => r.date >= needed)),
    cadence: data.cadence,
    meetings: data.meetings,
    today: query.today,
    fromYear: query.fromYear
  };
}

/** The portfolio once every project has arrived (the first rows are shown before the facts are read). */
function arrived(store: PortfolioStore): Promise<PortfolioData | undefined> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const state = store.state;
      if (state.status === 'ready' && state.arriving === undefined) {
        resolve(state.data);
        return true;
      }
      if (state.status === 'error') {
        resolve(undefined);
        return true;
      }
      return false;
    };
    if (!check()) {
      const unsubscribe = store.subscribe(() => {
        if (check()) {
          unsubscribe();
        }
      });
    }
  });
}

const shared = new WeakMap<PortfolioData, Promise<PortfolioFollowUp>>();

/**
 * The facts for the store's portfolio as loaded now: read once per loaded portfolio for every web
 * part of the page (a reload, or a project saved after a report, reads them again).
 */
export async function followUpFactsFor(store: PortfolioStore, now: () => Date = () => new Date()): Promise<PortfolioFollowUp> {
  const data = await arrived(store);
  if (!data) {
    return { kind: 'unavailable' };
  }
  let pending = shared.get(data);
  if (!pending) {
    const today = localDay(now());
    pending = readPortfolioFollowUp(store.repository.followUp, { today, fromYear: firstPlanYear(data, today) }).catch(
      (error: unknown): PortfolioFollowUp => ({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    );
    shared.set(data, pending);
  }
  return pending;
}
