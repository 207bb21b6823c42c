/**
 * Writes the demo portfolio through the repository, like an import would: plans, goals, people,
 * then projects whose structured schedules and costs come from the domain parsers.
 */
import { parseCosts } from '../../domain/costs/parseCosts';
import type { Person, Plan, Project, StrategicGoal } from '../../domain/model';
import { emptyProject } from '../../domain/model';
import { parseSchedule } from '../../domain/schedule/parseSchedule';
import { followNewestPlan } from '../currentPlan';
import type { PortfolioRepository } from '../repository.types';
import { DEMO_GOALS, DEMO_ORGANISATION, DEMO_PEOPLE, DEMO_PLANS, DEMO_PROJECTS } from './demoContent';
import type { DemoProject } from './demoContent.types';

export interface SeedReport {
  plans: number;
  goals: number;
  projects: number;
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

export async function seedDemo(repository: PortfolioRepository, onProgress?: (message: string) => void): Promise<SeedReport> {
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
    plans.push(plan);
    planIds.set(demo.key, plan.id ?? 0);
  }
  const goalIds = new Map<string, number>();
  for (const demo of DEMO_GOALS) {
    const goal: StrategicGoal = await repository.saveGoal({ id: null, etag: null, title: demo.title, description: demo.description, strategyPeriod: demo.strategyPeriod });
    goalIds.set(demo.key, goal.id ?? 0);
  }
  const people = new Map<string, Person>();
  for (const name of DEMO_PEOPLE) {
    people.set(name, await repository.ensurePerson(demoEmail(name)));
  }
  let count = 0;
  for (const demo of DEMO_PROJECTS) {
    await repository.saveProject(demoProjectToModel(demo, planIds, goalIds, people), { plans });
    count++;
    if (count % 25 === 0) {
      onProgress?.(`${count} / ${DEMO_PROJECTS.length}`);
    }
  }
  await followNewestPlan(repository);
  return { plans: plans.length, goals: goalIds.size, projects: count };
}
