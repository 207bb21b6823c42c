import type { Plan, Project } from '../model';
import { emptyProject, emptySchedule } from '../model';
import { monthIndex } from '../months';
import { LIKELIHOOD } from '../vocabulary';
import { isPlaceable, projectBar, timelineRange } from './layout';

const range = { start: monthIndex('2023-01'), end: monthIndex('2024-12') };

function withSchedule(changes: Partial<Project['schedule']>, project: Partial<Project> = {}): Project {
  return { ...emptyProject('x'), ...project, schedule: { ...emptySchedule('text'), ...changes } };
}

const plan: Plan = { id: 1, etag: null, title: 'P', organisation: null, periodStart: '2023-08', periodEnd: '2024-12', approvedOn: null, status: null };

describe('timeline layout', () => {
  it('draws a closed range as one segment', () => {
    expect(projectBar(withSchedule({ start: '2023-04', end: '2023-12' }), range)?.segments).toEqual([
      { name: null, start: monthIndex('2023-04'), end: monthIndex('2023-12'), startUnknown: false, endOpen: false }
    ]);
  });

  it('never invents a start: an unknown start is drawn from the edge and marked', () => {
    const bar = projectBar(withSchedule({ start: null, end: '2024-06' }), range);
    expect(bar?.segments[0]).toMatchObject({ start: range.start, startUnknown: true, endOpen: false });
  });

  it('runs an open end to the edge and marks it', () => {
    const bar = projectBar(withSchedule({ start: '2024-01', end: null, openEnd: true }), range);
    expect(bar?.segments[0]).toMatchObject({ start: monthIndex('2024-01'), end: range.end, endOpen: true });
  });

  it('draws phases as named segments', () => {
    const bar = projectBar(
      withSchedule({
        start: '2023-01',
        end: '2024-12',
        phases: [
          { name: 'Selvitys', text: 'Selvitys 2023', start: '2023-01', end: '2023-12' },
          { name: 'Hankinta', text: 'Hankinta 2024', start: '2024-01', end: '2024-12' }
        ]
      }),
      range
    );
    expect(bar?.segments.map((s) => s.name)).toEqual(['Selvitys', 'Hankinta']);
  });

  it('carries the flags and low likelihood', () => {
    const bar = projectBar(withSchedule({ start: '2023-01', end: '2023-06', ongoing: true, recurring: true, alternatives: true, uncertain: true }, { likelihood: LIKELIHOOD.uncertainFunding }), range);
    expect(bar).toMatchObject({ ongoing: true, recurring: true, alternatives: true, uncertain: true, lowLikelihood: true });
    expect(projectBar(withSchedule({ start: '2023-01', end: '2023-06' }, { likelihood: LIKELIHOOD.certain }), range)?.lowLikelihood).toBe(false);
  });

  it('cannot place a schedule without start and end ("Avoin", "jatkuva")', () => {
    const open = withSchedule({ uncertain: true });
    expect(isPlaceable(open.schedule)).toBe(false);
    expect(projectBar(open, range)).toBeNull();
  });

  it('shows whole years from the plan period, widened to schedules but capped', () => {
    const projects = [withSchedule({ start: '2022-05', end: '2023-02' }), withSchedule({ start: '2023-01', end: '2040-12' })];
    const r = timelineRange(projects, [plan], 1);
    expect(r).toEqual({ start: monthIndex('2022-01'), end: monthIndex('2027-12') });
    expect(timelineRange([], [], null)).toBeNull();
  });
});
