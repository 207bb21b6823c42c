import type { ImpactPerspective } from '../src/domain/model';
import { IMPACT_PERSPECTIVES } from '../src/domain/model';
import {
  ASSESSMENT_STATUS,
  CATEGORY,
  DEFAULT_SERVICE_AREAS,
  IMPACT_LEVEL,
  LIKELIHOOD,
  PLAN_STATUS,
  RAG,
  SCHEDULE_OWNER,
  STATUS,
  vocabularyValues
} from '../src/domain/vocabulary';
import { DEMO_GOALS, DEMO_ORGANISATION, DEMO_PEOPLE, DEMO_PLANS, DEMO_PROJECTS } from './demoContent';
import type { DemoPlanKey, DemoProject } from './demoContent.types';

const NEWEST: DemoPlanKey = '2023-2024';
const PLAN_KEYS: DemoPlanKey[] = ['2019-2020', '2021-2022', '2023-2024'];

function inPlan(plan: DemoPlanKey): DemoProject[] {
  return DEMO_PROJECTS.filter((project) => project.plans.includes(plan));
}

function isComplete(project: DemoProject): boolean {
  return IMPACT_PERSPECTIVES.every((perspective: ImpactPerspective) => {
    const impact = project.impacts[perspective];
    return impact !== undefined && impact.level !== null && impact.level !== IMPACT_LEVEL.notAssessed;
  });
}

function expectOneOf(values: readonly string[], value: string | null, nullable: boolean, what: string): void {
  if (value === null) {
    expect({ what, nullable }).toEqual({ what, nullable: true });
    return;
  }
  expect({ what, value, known: values.includes(value) }).toEqual({ what, value, known: true });
}

describe('demo content', () => {
  it('has plans, goals and people', () => {
    expect(DEMO_ORGANISATION).toBe('Järvenrannan kaupunki');
    expect(DEMO_PLANS.map((plan) => plan.key)).toEqual(PLAN_KEYS);
    for (const plan of DEMO_PLANS) {
      expect(vocabularyValues(PLAN_STATUS)).toContain(plan.status);
      expect(plan.organisation).toBe(DEMO_ORGANISATION);
      expect(plan.periodStart).toMatch(/^\d{4}-\d{2}$/);
      expect(plan.periodEnd).toMatch(/^\d{4}-\d{2}$/);
      expect(plan.periodStart < plan.periodEnd).toBe(true);
    }
    expect(DEMO_PLANS.map((plan) => plan.status)).toEqual([PLAN_STATUS.closed, PLAN_STATUS.closed, PLAN_STATUS.approved]);
    expect(DEMO_GOALS.length).toBeGreaterThanOrEqual(6);
    expect(DEMO_GOALS.length).toBeLessThanOrEqual(8);
    expect(new Set(DEMO_GOALS.map((goal) => goal.key)).size).toBe(DEMO_GOALS.length);
    expect(new Set(DEMO_GOALS.map((goal) => goal.strategyPeriod))).toEqual(new Set(['2017–2021', '2022–2025']));
    expect(DEMO_PEOPLE.length).toBeGreaterThanOrEqual(10);
    expect(new Set(DEMO_PEOPLE).size).toBe(DEMO_PEOPLE.length);
  });

  it('has at least 125 projects, at least 38 in every plan and at least 15 carried over', () => {
    expect(DEMO_PROJECTS.length).toBeGreaterThanOrEqual(125);
    for (const plan of PLAN_KEYS) {
      expect({ plan, count: inPlan(plan).length >= 38 }).toEqual({ plan, count: true });
    }
    const carriedOver = DEMO_PROJECTS.filter((project) => project.plans.length > 1);
    expect(carriedOver.length).toBeGreaterThanOrEqual(15);
    for (const project of DEMO_PROJECTS) {
      expect(project.plans.length).toBeGreaterThan(0);
      expect(new Set(project.plans).size).toBe(project.plans.length);
      for (const plan of project.plans) {
        expect(PLAN_KEYS).toContain(plan);
      }
    }
  });

  it('has unique keys and hierarchical numbers unique within each plan', () => {
    expect(new Set(DEMO_PROJECTS.map((project) => project.key)).size).toBe(DEMO_PROJECTS.length);
    for (const project of DEMO_PROJECTS) {
      expect({ key: project.key, number: project.number }).toEqual({
        key: project.key,
        number: expect.stringMatching(/^[2-6](\.\d{1,2}){1,2}$/)
      });
    }
    for (const plan of PLAN_KEYS) {
      const numbers = inPlan(plan).map((project) => project.number);
      const duplicates = numbers.filter((number, index) => numbers.indexOf(number) !== index);
      expect({ plan, duplicates }).toEqual({ plan, duplicates: [] });
    }
  });

  it('uses only the choice texts of the vocabulary', () => {
    const categories = vocabularyValues(CATEGORY);
    const statuses = vocabularyValues(STATUS);
    const rags = vocabularyValues(RAG);
    const likelihoods = vocabularyValues(LIKELIHOOD);
    const owners = vocabularyValues(SCHEDULE_OWNER);
    const assessmentStatuses = vocabularyValues(ASSESSMENT_STATUS);
    const levels = vocabularyValues(IMPACT_LEVEL);
    for (const project of DEMO_PROJECTS) {
      expectOneOf(categories, project.category, false, `${project.key} category`);
      expectOneOf(DEFAULT_SERVICE_AREAS, project.serviceArea, false, `${project.key} serviceArea`);
      expectOneOf(statuses, project.status, false, `${project.key} status`);
      expectOneOf(rags, project.rag, true, `${project.key} rag`);
      expectOneOf(likelihoods, project.likelihood, true, `${project.key} likelihood`);
      expectOneOf(owners, project.scheduleOwner, true, `${project.key} scheduleOwner`);
      expectOneOf(assessmentStatuses, project.assessmentStatus, true, `${project.key} assessmentStatus`);
      for (const perspective of IMPACT_PERSPECTIVES) {
        const impact = project.impacts[perspective];
        if (impact !== undefined) {
          expectOneOf(levels, impact.level, true, `${project.key} ${perspective}`);
        }
      }
    }
    const infrastructure = DEMO_PROJECTS.filter((project) => project.category === CATEGORY.infrastructure);
    expect(infrastructure.every((project) => project.serviceArea === 'Tietohallinto')).toBe(true);
    expect(DEMO_PROJECTS.some((project) => project.category === CATEGORY.cityWide)).toBe(true);
  });

  it('refers only to existing goals and people', () => {
    const goalKeys = new Set(DEMO_GOALS.map((goal) => goal.key));
    const people = new Set(DEMO_PEOPLE);
    for (const project of DEMO_PROJECTS) {
      expect(project.goalKeys.length).toBeGreaterThan(0);
      for (const key of project.goalKeys) {
        expect({ project: project.key, goal: key, known: goalKeys.has(key) }).toEqual({
          project: project.key,
          goal: key,
          known: true
        });
      }
      for (const person of [project.projectManager, project.assessedBy]) {
        if (person !== null) {
          expect({ project: project.key, person, known: people.has(person) }).toEqual({
            project: project.key,
            person,
            known: true
          });
        }
      }
    }
    const managed = DEMO_PROJECTS.filter((project) => project.projectManager !== null).length;
    expect(managed / DEMO_PROJECTS.length).toBeGreaterThan(0.8);
  });

  it('assesses the newest plan with the full template and the older plans with the short one', () => {
    const newest = inPlan(NEWEST);
    for (const project of newest) {
      const economic = project.impacts.economic?.text ?? '';
      expect({ project: project.key, hasEconomicText: economic.trim().length > 0 }).toEqual({
        project: project.key,
        hasEconomicText: true
      });
      expect(project.scheduleOwner).not.toBeNull();
      if (project.assessmentStatus !== null) {
        expect(project.assessedBy).not.toBeNull();
        expect(project.assessedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    const incomplete = newest.filter((project) => !isComplete(project));
    expect(incomplete.length).toBeGreaterThanOrEqual(5);
    for (const project of incomplete) {
      expect(project.assessmentStatus).toBeNull();
    }
    const complete = newest.filter(isComplete);
    expect(complete.every((project) => project.assessmentStatus !== null)).toBe(true);
    expect(newest.some((project) => project.assessmentStatus === ASSESSMENT_STATUS.draft)).toBe(true);

    const olderOnly = DEMO_PROJECTS.filter((project) => !project.plans.includes(NEWEST));
    for (const project of olderOnly) {
      expect(Object.keys(project.impacts)).toEqual(['economic']);
      expect(project.impacts.economic?.level).toBeNull();
      expect((project.impacts.economic?.text ?? '').length).toBeGreaterThan(0);
      expect(project.assessmentStatus).toBeNull();
    }
  });

  it('has plausible statuses, progress and law flags', () => {
    const olderOnly = DEMO_PROJECTS.filter((project) => !project.plans.includes(NEWEST));
    const done = olderOnly.filter((project) => project.status === STATUS.done).length;
    expect(done / olderOnly.length).toBeGreaterThan(0.7);
    expect(olderOnly.some((project) => project.status === STATUS.cancelled)).toBe(true);
    expect(olderOnly.some((project) => project.status === STATUS.postponed)).toBe(true);
    const newestStatuses = new Set(inPlan(NEWEST).map((project) => project.status));
    for (const status of [STATUS.approved, STATUS.inProgress, STATUS.proposed]) {
      expect(newestStatuses.has(status)).toBe(true);
    }
    for (const project of DEMO_PROJECTS) {
      if (project.progress !== null) {
        expect(project.progress).toBeGreaterThanOrEqual(0);
        expect(project.progress).toBeLessThanOrEqual(100);
      }
      if (project.status === STATUS.inProgress) {
        expect({ project: project.key, rag: project.rag !== null }).toEqual({ project: project.key, rag: true });
      }
    }
    expect(DEMO_PROJECTS.filter((project) => project.mandatoryByLaw).length).toBeGreaterThanOrEqual(3);
  });

  it('has distinct texts and the awkward values the product must cope with', () => {
    const descriptions = DEMO_PROJECTS.map((project) => project.description.trim());
    const duplicates = descriptions.filter((text, index) => descriptions.indexOf(text) !== index);
    expect(duplicates).toEqual([]);
    expect(descriptions.every((text) => text.length > 0)).toBe(true);
    expect(DEMO_PROJECTS.some((project) => /[–-]/.test(project.title) && /\(.+\)/.test(project.title))).toBe(true);
    expect(DEMO_PROJECTS.some((project) => project.description.length >= 1500)).toBe(true);
    expect(DEMO_PROJECTS.some((project) => project.unit === null)).toBe(true);
    expect(DEMO_PROJECTS.some((project) => project.costsText === '' && project.scheduleText === '')).toBe(true);
    expect(DEMO_PROJECTS.some((project) => project.scheduleText.includes('\n'))).toBe(true);
  });

  it('contains the schedule and cost expressions seen in real plans', () => {
    const schedules = new Set(DEMO_PROJECTS.map((project) => project.scheduleText));
    for (const text of [
      '3/2019 – 12/2020',
      '01 – 10/2020',
      '2-8/2020',
      '2020',
      '1 – 12/2020 jatkuen',
      '2019 – 12/2020',
      '8-12/2019',
      '9-12/2019 tai 2020',
      'Selvitystyö 2020, hankinta 2021.',
      'liittymä 2019, kamerat 2020',
      '4/2023–12/2023',
      '1/2023–12/2040',
      '1/1/2024-12/31/2024',
      'Q4/2021',
      'kevät 2021',
      'syksy 2021',
      'vuoden 2021 alusta –',
      'Avoin',
      'jatkuva',
      '2020–23',
      'alkuvuosi 2024'
    ]) {
      expect({ text, present: schedules.has(text) }).toEqual({ text, present: true });
    }
    expect(DEMO_PROJECTS.filter((project) => project.scheduleText.includes('arviolta')).length).toBeGreaterThanOrEqual(3);
    expect(DEMO_PROJECTS.some((project) => /^Vaihe 1:.*\nVaihe 2:/s.test(project.scheduleText))).toBe(true);

    const costs = new Set(DEMO_PROJECTS.map((project) => project.costsText));
    for (const text of [
      '5000 – 10000 €',
      '20 000 – 50 000 € (suurelta osin hankerahoitusta)',
      '+ 50 000 laskettuna 48 kk ajalta',
      'noin 8000 €/vuosi',
      '25 000 + 25 000 euroa',
      '50 000 - 80 000 vuosittain',
      'Perustamiskulut 1 000-2 000 euroa. Käyttökustannusarvio 300-500 euroa per kuukausi.',
      'Investointikustannus n. 40 000 €',
      'Vain henkilöstökustannuksia',
      'Ei vielä tiedossa',
      ''
    ]) {
      expect({ text, present: costs.has(text) }).toEqual({ text, present: true });
    }
  });
});
