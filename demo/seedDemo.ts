/**
 * Writes the demo portfolio through the repository, like an import would: plans, goals, people,
 * then projects whose structured schedules and costs come from the domain parsers.
 */
import { parseCosts } from '../src/domain/costs/parseCosts';
import type { Day } from '../src/domain/followup/model';
import type { Person, Plan, Project, StrategicGoal } from '../src/domain/model';
import { emptyProject } from '../src/domain/model';
import { parseSchedule } from '../src/domain/schedule/parseSchedule';
import { followNewestPlan } from '../src/data/contract/currentPlan';
import type { PortfolioRepository } from '../src/data/contract/repository.types';
import { DEMO_GOALS, DEMO_ORGANISATION, DEMO_PEOPLE, DEMO_PLANS, DEMO_PROJECTS } from './demoContent';
import type { DemoProject } from './demoContent.types';
import { seedProposals } from './demoProposals';
import { DEMO_BENEFITS, seedBenefits } from './demoBenefits';
import { demoCreatedDays, demoFollowUp } from './demoFollowUp';

export interface SeedReport {
  plans: number;
  goals: number;
  projects: number;
  /** Status reports, actual costs and meetings (0 when the site has no follow-up lists). */
  reports: number;
  actuals: number;
  meetings: number;
  /** Proposals for the next plan (0 when the site has no proposal lists). */
  proposals: number;
  /** Benefits with their measurements (0 when the site has no benefit lists). */
  benefits: number;
  /**
   * The day each project (by id) would have been created: SharePoint stamps every item with the
   * day of seeding, which the local stand-in replaces with these (demoCreatedDays).
   */
  createdDays: ReadonlyMap<number, Day>;
}

/** "Aino Laaksonen" → "aino.laaksonen@jarvenranta.example" (ASCII, for the stand-in's directory). */
export function demoEmail(name: string): string {
  const ascii = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.');
  return `${ascii}@jarvenranta.example`;
}

/** The demo project as a model project (ids of plans, goals and people resolved). */
export function demoProjectToModel(
  demo: DemoProject,
  planIds: ReadonlyMap<string, number>,
  goalIds: ReadonlyMap<string, number>,
  people: ReadonlyMap<string, Person>
): Project {
  const p = emptyProject(demo.title);
  p.number = demo.number;
  p.description = demo.description;
  p.category = demo.category;
  p.serviceArea = demo.serviceArea;
  p.unit = demo.unit;
  p.planIds = demo.plans.map((key) => planIds.get(key)).filter((id): id is number => id !== undefined);
  p.goalIds = demo.goalKeys.map((key) => goalIds.get(key)).filter((id): id is number => id !== undefined);
  p.strategicBackground = demo.strategicBackground;
  for (const [perspective, impact] of Object.entries(demo.impacts)) {
    if (impact) {
      p.impacts[perspective as keyof typeof p.impacts] = { level: impact.level, text: impact.text };
    }
  }
  p.assessmentStatus = demo.assessmentStatus;
  p.assessedBy = demo.assessedBy ? people.get(demo.assessedBy) ?? null : null;
  p.assessedOn = demo.assessedOn;
  p.schedule = parseSchedule(demo.scheduleText).schedule;
  p.likelihood = demo.likelihood;
  p.likelihoodNote = demo.likelihoodNote;
  p.scheduleOwner = demo.scheduleOwner;
  p.costs = parseCosts(demo.costsText).costs;
  p.fundingNote = demo.fundingNote;
  p.resources = demo.resources;
  p.mandatoryByLaw = demo.mandatoryByLaw;
  p.status = demo.status;
  p.rag = demo.rag;
  p.ragComment = demo.ragComment;
  p.progress = demo.progress;
  p.projectManager = demo.projectManager ? people.get(demo.projectManager) ?? null : null;
  p.systems = demo.systems;
  return p;
}

/**
 * Who the demo's people become: the stand-in's directory has them (`directory`); a real site
 * has no such people, so they are left empty (`none`) or all become the signed-in user (`me`).
 */
export type DemoPeople = 'directory' | 'none' | 'me';

export interface SeedOptions {
  people?: DemoPeople;
  /** The day the follow-up history leads up to (today by default). */
  today?: Day;
  onProgress?: (message: string) => void;
}

async function resolvePeople(repository: PortfolioRepository, mode: DemoPeople): Promise<Map<string, Person>> {
  const people = new Map<string, Person>();
  if (mode === 'none') {
    return people;
  }
  const me = mode === 'me' ? (await repository.load()).currentUser : null;
  for (const name of DEMO_PEOPLE) {
    const person = mode === 'me' ? me : await repository.ensurePerson(demoEmail(name));
    if (person) {
      people.set(name, person);
    }
  }
  return people;
}

/** The benefit owners who are not among the demo's people (the stand-in's member), resolved the same way. */
async function resolveBenefitOwners(repository: PortfolioRepository, mode: DemoPeople, people: Map<string, Person>): Promise<void> {
  if (mode === 'none') {
    return;
  }
  const me = mode === 'me' ? (await repository.load()).currentUser : null;
  for (const name of new Set(DEMO_BENEFITS.map((b) => b.owner).filter((n): n is string => n !== null && !people.has(n)))) {
    const person = mode === 'me' ? me : await repository.ensurePerson(demoEmail(name));
    if (person) {
      people.set(name, person);
    }
  }
}

/** Two years of reports, actual costs, the annual clock and the cadence, when the site has the follow-up lists. */
async function seedFollowUp(repository: PortfolioRepository, projects: readonly Project[], today: Day): Promise<{ reports: number; actuals: number; meetings: number }> {
  const { missing } = await repository.followUp.loadFollowUp({ since: today, fromYear: Number(today.slice(0, 4)) });
  if (missing.length > 0) {
    return { reports: 0, actuals: 0, meetings: 0 };
  }
  const history = demoFollowUp(projects, today);
  const added = await repository.followUp.addHistory(history);
  await repository.followUp.saveCadence(history.cadence);
  return added;
}

/**
 * Writes the demo portfolio into empty lists. Everything that can be checked is checked before
 * the first write (the people resolve, the lists are empty); if a write fails on the way, what
 * this run wrote is removed again and the error is passed on, so a site is never left half-seeded.
 */
export async function seedDemo(repository: PortfolioRepository, options: SeedOptions = {}): Promise<SeedReport> {
  const people = await resolvePeople(repository, options.people ?? 'directory');
  await resolveBenefitOwners(repository, options.people ?? 'directory', people);
  const written: { plans: number[]; goals: number[]; projects: number[]; proposals: number[] } = { plans: [], goals: [], projects: [], proposals: [] };
  const benefitIds = { benefits: [] as number[], measurements: [] as number[] };
  try {
    const plans: Plan[] = [];
    const planIds = new Map<string, number>();
    for (const demo of DEMO_PLANS) {
      const plan = await repository.savePlan({
        id: null,
        etag: null,
        title: demo.title,
        organisation: demo.organisation || DEMO_ORGANISATION,
        periodStart: demo.periodStart,
        periodEnd: demo.periodEnd,
        approvedOn: demo.approvedOn,
        status: demo.status
      });
      written.plans.push(plan.id ?? 0);
      plans.push(plan);
      planIds.set(demo.key, plan.id ?? 0);
    }
    const goalIds = new Map<string, number>();
    for (const demo of DEMO_GOALS) {
      const goal: StrategicGoal = await repository.saveGoal({ id: null, etag: null, title: demo.title, description: demo.description, strategyPeriod: demo.strategyPeriod });
      written.goals.push(goal.id ?? 0);
      goalIds.set(demo.key, goal.id ?? 0);
    }
    const projects: Project[] = [];
    for (const demo of DEMO_PROJECTS) {
      const saved = await repository.saveProject(demoProjectToModel(demo, planIds, goalIds, people), { plans });
      projects.push(saved);
      written.projects.push(saved.id ?? 0);
      if (written.projects.length % 25 === 0) {
        options.onProgress?.(`${written.projects.length} / ${DEMO_PROJECTS.length}`);
      }
    }
    await followNewestPlan(repository);
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const history = await seedFollowUp(repository, projects, today);
    const proposals = await seedProposals(repository, today, written.proposals);
    const benefits = await seedBenefits(repository, projects, today, (name) => people.get(name) ?? null, benefitIds);
    return { plans: plans.length, goals: goalIds.size, projects: written.projects.length, ...history, proposals, benefits, createdDays: demoCreatedDays(projects, today) };
  } catch (error) {
    // measurements look up benefits, benefits projects
    await repository.deleteItems('measurements', benefitIds.measurements);
    await repository.deleteItems('benefits', benefitIds.benefits);
    // proposals and projects first: they look up plans and goals
    await repository.deleteItems('proposals', written.proposals);
    await repository.deleteItems('projects', written.projects);
    await repository.deleteItems('goals', written.goals);
    await repository.deleteItems('plans', written.plans);
    throw error;
  }
}
