import type { FollowUpData, FollowUpQuery, FollowUpRepository } from './followUp.types';
import { firstPlanYear, localDay, readPortfolioFollowUp } from './followUpFacts';

function answer(changes: Partial<FollowUpData> = {}): FollowUpData {
  return { reports: [], actuals: [], meetings: [], cadence: { kind: 'weeks', weeks: 6 }, projectsCreated: new Map(), managed: new Set(), lists: {}, missing: [], itemIssues: [], ...changes };
}

function fake(answers: FollowUpData[]): { repository: FollowUpRepository; queries: FollowUpQuery[] } {
  const queries: FollowUpQuery[] = [];
  const unused = (): never => {
    throw new Error('not used');
  };
  const repository: FollowUpRepository = {
    loadFollowUp: (query) => {
      queries.push(query);
      return Promise.resolve(answers[Math.min(queries.length, answers.length) - 1] ?? answer());
    },
    reportHistory: unused,
    saveReport: unused,
    saveActual: unused,
    saveMeeting: unused,
    saveCadence: unused,
    addHistory: unused
  };
  return { repository, queries };
}

describe('reading the follow-up for the portfolio', () => {
  it('reads the default window once when the cadence is the default', async () => {
    const { repository, queries } = fake([answer()]);
    const facts = await readPortfolioFollowUp(repository, { today: '2026-12-05', fromYear: 2025 });
    expect(queries).toEqual([{ since: '2026-10-24', fromYear: 2025 }]);
    expect(facts.kind).toBe('ready');
  });

  it('reads the reports again for a longer cadence, then remembers it for the next read', async () => {
    const long = answer({ cadence: { kind: 'weeks', weeks: 12 } });
    const { repository, queries } = fake([long, long, long]);
    await readPortfolioFollowUp(repository, { today: '2026-12-05', fromYear: 2025 });
    expect(queries.map((q) => q.since)).toEqual(['2026-10-24', '2026-09-12']);
    await readPortfolioFollowUp(repository, { today: '2026-12-05', fromYear: 2025 });
    expect(queries.map((q) => q.since)).toEqual(['2026-10-24', '2026-09-12', '2026-09-12']);
  });

  it('answers unavailable on a site without the follow-up lists', async () => {
    const { repository } = fake([answer({ missing: ['reports', 'actuals', 'meetings', 'settings'] })]);
    expect(await readPortfolioFollowUp(repository, { today: '2026-12-05', fromYear: 2025 })).toEqual({ kind: 'unavailable' });
  });

  it('starts the actuals at the earliest plan’s first year', () => {
    expect(firstPlanYear({ plans: [] }, '2026-12-05')).toBe(2026);
    const plan = { id: 1, etag: null, title: 'TTS', organisation: null, periodStart: '2025-01', periodEnd: '2027-12', approvedOn: null, status: null };
    expect(firstPlanYear({ plans: [plan, { ...plan, id: 2, periodStart: null }] }, '2026-12-05')).toBe(2025);
    expect(localDay(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });
});
