import { emptyProject } from '../../../domain/model';
import type { Project } from '../../../domain/model';
import { GOALS_LIST, PLANS_LIST } from '../schema/plansAndGoalsLists';
import { PROJECTS_LIST } from '../schema/projectsList';
import { GOAL_CODECS, PLAN_CODECS } from './planGoalMapping';
import { PROJECT_CODECS, projectFromItem, projectToItem } from './projectMapping';

/** A project with every field set to a value that differs from the empty project. */
export function fullProject(): Project {
  const p = emptyProject('Kaikki kentät');
  return {
    ...p,
    id: 7,
    etag: '"3"',
    number: '3.2.1',
    description: 'Kuvaus',
    category: 'Palvelualakohtainen',
    serviceArea: 'Hallintopalvelut',
    unit: 'Asiahallinto',
    planIds: [1, 2],
    goalIds: [4],
    strategicBackground: 'Tausta',
    impacts: {
      economic: { level: 'Vähäinen', text: 'Mikä muuttuu' },
      organisation: { level: 'Ei vaikutusta', text: 'a' },
      security: { level: 'Merkittävä', text: 'b' },
      dataUse: { level: 'Ei tiedossa', text: 'c' },
      caseManagement: { level: 'Ei arvioitu', text: 'd' }
    },
    assessmentStatus: 'Hyväksytty',
    assessedBy: { id: 5, title: 'Arvioija', email: 'a@example.fi' },
    assessedOn: '2024-03-01',
    schedule: {
      text: 'Vaihe 1: 1-6/2024\nVaihe 2: 7-12/2024',
      start: '2024-01',
      end: '2024-12',
      ongoing: true,
      openEnd: true,
      recurring: true,
      alternatives: true,
      uncertain: true,
      phases: [
        { name: 'Vaihe 1', text: 'Vaihe 1: 1-6/2024', start: '2024-01', end: '2024-06' },
        { name: 'Vaihe 2', text: 'Vaihe 2: 7-12/2024', start: '2024-07', end: '2024-12' }
      ]
    },
    likelihood: 'Suhteellisen varmaa',
    likelihoodNote: 'Resurssit',
    scheduleOwner: 'Tietohallinto',
    costs: { text: '5000 – 10000 €', investmentMin: 5000, investmentMax: 10000, recurringPerYearMin: 100, recurringPerYearMax: 200 },
    fundingNote: 'Hankerahoitus',
    resources: 'Tietohallinto',
    mandatoryByLaw: true,
    status: 'Käynnissä',
    rag: 'Keltainen',
    ragComment: 'Viive',
    progress: 40,
    projectManager: { id: 6, title: 'Päällikkö', email: 'p@example.fi' },
    systems: 'Efecte',
    modified: null
  };
}

describe('project mapping', () => {
  it('maps exactly the fields of the schema (a field without a codec fails here)', () => {
    expect(Object.keys(PROJECT_CODECS).sort()).toEqual(PROJECTS_LIST.fields.map((f) => f.name).sort());
    expect(Object.keys(PLAN_CODECS).sort()).toEqual(PLANS_LIST.fields.map((f) => f.name).sort());
    expect(Object.keys(GOAL_CODECS).sort()).toEqual(GOALS_LIST.fields.map((f) => f.name).sort());
  });

  it('writes lookups and people as <Name>Id and the newest plan as Plan', () => {
    const out = projectToItem(fullProject(), { latestPlanId: (ids) => Math.max(...ids) });
    expect(out).toMatchObject({ PlanId: 2, PlansId: [1, 2], CarriedOver: true, StrategicGoalsId: [4], ProjectManagerId: 6, AssessedById: 5, AssessedOn: '2024-03-01T12:00:00Z' });
    expect(JSON.parse(out.SchedulePhases as string)).toHaveLength(2);
  });

  it('reads malformed values as null with warnings instead of failing', () => {
    const { project, issues } = projectFromItem({
      Id: 3,
      Title: null,
      Progress: 'paljon',
      InvestmentMin: 'x',
      ScheduleStart: '2024-13',
      SchedulePhases: '{not json',
      AssessedOn: 'eilen'
    });
    expect(project).toMatchObject({ id: 3, title: '', progress: null, costs: expect.objectContaining({ investmentMin: null }) });
    expect(project.schedule.start).toBeNull();
    expect(issues.map((i) => i.code).sort()).toEqual(['invalidDate', 'invalidNumber', 'invalidNumber', 'missingTitle', 'scheduleImpossibleDate', 'schedulePartlyUnderstood']);
  });

  it('reads a date-only value stored as local midnight in UTC as the same date', () => {
    expect(projectFromItem({ Id: 1, Title: 'x', AssessedOn: '2024-02-29T22:00:00Z' }).project.assessedOn).toBe('2024-03-01');
    expect(projectFromItem({ Id: 1, Title: 'x', AssessedOn: '2024-03-01T05:00:00Z' }).project.assessedOn).toBe('2024-03-01');
  });
});
