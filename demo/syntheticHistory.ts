/**
 * Follow-up history for the synthetic projects (demo/synthetic.ts), for the benchmarks: a number
 * of published status reports per project spread over the two years before `today` (8 by
 * default, about every three months), the latest one carrying the project's own RAG, progress
 * and comment, and actual costs for last year and this year around the cost estimate (one in ten
 * over its upper bound). Deterministic for the same projects, day and seed.
 */
import { addDays } from '../src/domain/followup/cadence';
import type { ActualCost, Day, StatusReport } from '../src/domain/followup/model';
import { snapshotOf } from '../src/domain/followup/reports';
import type { Project } from '../src/domain/model';
import { keyOf, RAG } from '../src/domain/vocabulary';
import { seededRandom } from './synthetic';

export interface SyntheticHistory {
  reports: StatusReport[];
  actuals: ActualCost[];
}

export interface SyntheticHistoryOptions {
  /** Published reports per project over the two years (default 8). */
  reportsPerProject?: number;
  seed?: number;
}

type RagKey = keyof typeof RAG;

const HISTORY_DAYS = 730;

const TITLES: Record<RagKey, readonly string[]> = {
  green: ['Etenee suunnitellusti', 'Vaihe valmis', 'Aikataulussa'],
  amber: ['Aikataulu tiukka', 'Resurssit niukat', 'Määrittely kesken'],
  red: ['Hanke jumissa', 'Rahoitus auki', 'Toimitus myöhässä']
};
const ACHIEVED: readonly string[] = ['Vaatimukset koottu', 'Testaus aloitettu', 'Koulutus pidetty', 'Sopimus tehty', 'Tiedot siirretty'];
const NEXT: readonly string[] = ['Pilotti yhdessä yksikössä', 'Hyväksymistestaus', 'Käyttöönoton suunnittelu', 'Loppuraportti'];
const RISKS: readonly string[] = ['Toimittajan aikataulu', 'Avainhenkilön saatavuus', 'Rajapintojen viiveet'];

function pick<T>(values: readonly T[], index: number): T {
  return values[Math.abs(index) % values.length] as T;
}

/** An earlier RAG: mostly green, sometimes amber, now and then red. */
function earlierRag(random: () => number): RagKey {
  const r = random();
  return r < 0.6 ? 'green' : r < 0.88 ? 'amber' : 'red';
}

function projectReports(project: Project & { id: number }, today: Day, count: number, random: () => number): StatusReport[] {
  const interval = Math.floor(HISTORY_DAYS / count);
  // the latest report from today to one interval ago: about half are due on a six-week cadence
  const offset = Math.floor(random() * interval);
  const finalRag = keyOf(RAG, project.rag) ?? 'green';
  const snapshot = snapshotOf(project);
  const reports: StatusReport[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const step = count - back;
    const rag = back === 0 ? finalRag : earlierRag(random);
    const latest = back === 0;
    reports.push({
      id: null,
      etag: null,
      projectId: project.id,
      title: pick(TITLES[rag], project.id + step),
      date: addDays(today, -(offset + back * interval)),
      state: 'published',
      rag: latest ? project.rag : RAG[rag],
      scheduleRag: RAG[rag],
      costRag: RAG[rag === 'red' ? 'amber' : rag],
      scopeRag: RAG.green,
      progress: project.progress === null ? null : Math.round((project.progress * step) / count),
      summary: latest ? project.ragComment : null,
      achieved: pick(ACHIEVED, project.id * 3 + step),
      nextSteps: pick(NEXT, project.id + step * 5),
      risks: rag === 'green' ? null : pick(RISKS, project.id + step),
      decisionsNeeded: rag === 'red' ? 'Lisärahoitus tai laajuuden rajaus' : null,
      author: project.projectManager,
      snapshot
    });
  }
  return reports;
}

function projectActuals(project: Project & { id: number }, year: number, random: () => number): ActualCost[] {
  const { investmentMin, investmentMax } = project.costs;
  if (investmentMax === null || investmentMax <= 0) {
    return [];
  }
  const low = investmentMin ?? investmentMax;
  const over = random() < 0.1;
  const total = over ? investmentMax * 1.25 : low + (investmentMax - low) * random();
  return [
    { year: year - 1, share: 0.4 },
    { year, share: 0.6 }
  ].map(({ year: y, share }) => ({
    id: null,
    etag: null,
    projectId: project.id,
    year: y,
    // to the hundred: down within the estimate, up over it (the sum stays on its side)
    investment: (over ? Math.ceil : Math.floor)((total * share) / 100) * 100,
    recurring: null,
    note: over ? 'Lisätyöt ylittivät arvion' : null,
    reportId: null
  }));
}

/** Reports and actual costs for `projects` (those with an id) over the two years before `today`. */
export function syntheticHistory(projects: readonly Project[], today: Day, options: SyntheticHistoryOptions = {}): SyntheticHistory {
  const count = Math.max(1, Math.round(options.reportsPerProject ?? 8));
  const random = seededRandom(options.seed ?? 7);
  const year = Number(today.slice(0, 4));
  const reports: StatusReport[] = [];
  const actuals: ActualCost[] = [];
  for (const project of projects) {
    if (project.id === null) {
      continue;
    }
    const saved = { ...project, id: project.id };
    reports.push(...projectReports(saved, today, count, random));
    actuals.push(...projectActuals(saved, year, random));
  }
  return { reports, actuals };
}
