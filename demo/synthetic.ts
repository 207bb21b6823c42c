/**
 * Synthetic projects for scale tests and benchmarks: N projects spread over the sections, units,
 * statuses and schedules of a real plan, deterministic for a seed. Texts are short and varied
 * enough to make search and grouping do real work.
 */
import type { Project } from '../src/domain/model';
import { emptyProject } from '../src/domain/model';
import { monthFromIndex, monthIndex } from '../src/domain/months';
import {
  ASSESSMENT_STATUS,
  CATEGORY,
  IMPACT_LEVEL,
  LIKELIHOOD,
  RAG,
  SCHEDULE_OWNER,
  STATUS,
  vocabularyValues
} from '../src/domain/vocabulary';

const AREAS: readonly { area: string; category: string; units: readonly (string | null)[] }[] = [
  { area: 'Tietohallinto', category: CATEGORY.infrastructure, units: [null] },
  { area: 'Hallintopalvelut', category: CATEGORY.serviceArea, units: ['Rahatoimi ja taloushallinto', 'Asiahallinto', 'Henkilöstö- ja palkkahallinto', 'Viestintä'] },
  { area: 'Sivistyspalvelut', category: CATEGORY.serviceArea, units: ['Varhaiskasvatus ja perusopetus', 'Kulttuuri- ja vapaa-aikapalvelut'] },
  { area: 'Sosiaali- ja terveyspalvelut', category: CATEGORY.serviceArea, units: ['Terveyspalvelut', 'Sosiaalipalvelut'] },
  { area: 'Tekniset palvelut', category: CATEGORY.serviceArea, units: ['Rakennusvalvonta', 'Yhdyskuntatekniikka', 'Maankäyttö'] }
];

const SUBJECTS = ['Asianhallinta', 'Verkko', 'Varmuuskopiointi', 'Raportointi', 'Sähköinen asiointi', 'Integraatio', 'Käyttäjähallinta', 'Tietoturva', 'Arkistointi', 'Mobiililaitteet', 'Kirjasto', 'Paikkatieto'];
const ACTIONS = ['uudistus', 'käyttöönotto', 'kilpailutus', 'päivitys', 'selvitys', 'laajennus'];

/** Deterministic pseudo-random numbers (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** values[i], going round from the start again; the list must not be empty. */
function nth<T>(values: readonly T[], i: number): T {
  const value = values[i % values.length];
  if (value === undefined) {
    throw new RangeError('There is nothing to choose from an empty list.');
  }
  return value;
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return nth(values, Math.floor(random() * values.length));
}

/** `count` projects belonging to `planIds` (each in one or two of them), goals from `goalIds`. */
export function syntheticProjects(count: number, planIds: readonly number[], goalIds: readonly number[], seed = 42): Project[] {
  const random = seededRandom(seed);
  const statuses = vocabularyValues(STATUS);
  const levels = vocabularyValues(IMPACT_LEVEL);
  const projects: Project[] = [];
  for (let i = 0; i < count; i++) {
    const section = nth(AREAS, i);
    const sectionNumber = (i % AREAS.length) + 2;
    const unitIndex = Math.floor(random() * section.units.length);
    const unit = section.units[unitIndex] ?? null;
    const title = `${pick(random, SUBJECTS)} – ${pick(random, ACTIONS)} ${i + 1}`;
    const p = emptyProject(title);
    p.number = unit === null ? `${sectionNumber}.${Math.floor(i / AREAS.length) + 1}` : `${sectionNumber}.${unitIndex + 1}.${Math.floor(i / AREAS.length) + 1}`;
    p.category = section.category;
    p.serviceArea = section.area;
    p.unit = unit;
    // each in one of the plans, some in two; in none when there are no plans
    const plan = planIds[i % planIds.length];
    const nextPlan = planIds[(i + 1) % planIds.length];
    const inTwo = random() < 0.15 && planIds.length > 1;
    p.planIds = plan === undefined ? [] : inTwo && nextPlan !== undefined ? [...new Set([plan, nextPlan])] : [plan];
    p.goalIds = goalIds.length > 0 ? [pick(random, goalIds)] : [];
    p.description = `Hankkeessa ${title.toLowerCase()} toteutetaan vaiheittain yhdessä palvelualan kanssa.`;
    p.impacts.economic = { level: pick(random, levels), text: 'Manuaalinen työ vähenee ja tiedot löytyvät yhdestä paikasta.' };
    for (const perspective of ['organisation', 'security', 'dataUse', 'caseManagement'] as const) {
      p.impacts[perspective] = random() < 0.85 ? { level: pick(random, levels), text: 'Arvioitu ohjausryhmässä.' } : { level: null, text: null };
    }
    p.assessmentStatus = random() < 0.7 ? ASSESSMENT_STATUS.approved : ASSESSMENT_STATUS.draft;
    const start = monthIndex('2019-01') + Math.floor(random() * 72);
    const length = 2 + Math.floor(random() * 24);
    p.schedule = {
      ...p.schedule,
      text: `${monthFromIndex(start).slice(5)}/${monthFromIndex(start).slice(0, 4)} – ${monthFromIndex(start + length).slice(5)}/${monthFromIndex(start + length).slice(0, 4)}`,
      start: monthFromIndex(start),
      end: monthFromIndex(start + length),
      ongoing: random() < 0.1
    };
    p.likelihood = pick(random, vocabularyValues(LIKELIHOOD));
    p.scheduleOwner = pick(random, vocabularyValues(SCHEDULE_OWNER));
    const investment = Math.round(random() * 100) * 1000;
    p.costs = { text: `${investment} – ${investment * 2} €`, investmentMin: investment, investmentMax: investment * 2, recurringPerYearMin: null, recurringPerYearMax: null };
    p.mandatoryByLaw = random() < 0.1;
    p.status = pick(random, statuses);
    p.rag = pick(random, vocabularyValues(RAG));
    p.progress = Math.floor(random() * 101);
    projects.push(p);
  }
  return projects;
}
