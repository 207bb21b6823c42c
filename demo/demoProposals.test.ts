import { parseCosts } from '../src/domain/costs/parseCosts';
import { DEFAULT_SCORING_MODEL } from '../src/domain/proposals/model';
import { weightedScore } from '../src/domain/proposals/scoring';
import { suggestExact } from '../src/domain/proposals/exact';
import type { SelectionItem } from '../src/domain/proposals/selection';
import { costOf, suggestGreedy } from '../src/domain/proposals/selection';
import { parseSchedule } from '../src/domain/schedule/parseSchedule';
import { DEMO_LIMITS, DEMO_PROPOSALS, demoProposalToModel } from './demoProposals';

describe('the demo proposals', () => {
  const today = '2026-12-06';
  const models = DEMO_PROPOSALS.map((d) => demoProposalToModel(d, today));

  it('have schedules and costs the parsers understand, and a score for every criterion when scored', () => {
    for (const demo of DEMO_PROPOSALS) {
      expect({ title: demo.title, schedule: parseSchedule(demo.scheduleText).warnings }).toEqual({ title: demo.title, schedule: [] });
      expect({ title: demo.title, costs: parseCosts(demo.costText).warnings }).toEqual({ title: demo.title, costs: [] });
      expect(demo.scores === null || demo.scores.length === DEFAULT_SCORING_MODEL.criteria.length).toBe(true);
    }
    expect(models.every((p) => p.costs.investmentMax !== null && p.schedule.start !== null)).toBe(true);
  });

  it('keep the decided ones with their reasoning and date, and the open ones undecided', () => {
    const decided = models.filter((p) => p.decisionText !== null);
    expect(decided.map((p) => p.status).sort()).toEqual(['Hylätty', 'Siirretty']);
    expect(decided.every((p) => p.decisionDate !== null && p.decisionDate < today)).toBe(true);
    expect(models.filter((p) => p.decisionText === null).every((p) => p.status === 'Jätetty' || p.status === 'Käsittelyssä')).toBe(true);
  });

  it('make choosing within the demo limits a real choice: not everything fits, the mandatory one always does', () => {
    const open = DEMO_PROPOSALS.map((d, i) => ({ demo: d, model: models[i] })).filter((x) => x.model && x.demo.decision === undefined);
    const items: SelectionItem[] = open.map((x, i) => ({
      id: i + 1,
      score: x.demo.scores ? weightedScore(DEFAULT_SCORING_MODEL, DEFAULT_SCORING_MODEL.criteria.map((c, k) => ({ proposalId: i + 1, criterionKey: c.key, value: x.demo.scores?.[k] ?? null, note: null, scorer: null, modelVersion: 1 }))).total ?? 0 : 0,
      investment: costOf(x.model?.costs ?? { investmentMin: null, investmentMax: null }) ?? 0,
      itDays: x.demo.itDays,
      mandatory: x.demo.mandatory
    }));
    const all = items.reduce((sum, item) => sum + item.investment, 0);
    expect(all).toBeGreaterThan(DEMO_LIMITS.budget);
    const mandatoryId = items.find((i) => i.mandatory)?.id;
    for (const suggestion of [suggestGreedy(items, DEMO_LIMITS), suggestExact(items, DEMO_LIMITS)]) {
      expect(suggestion.chosen).toContain(mandatoryId);
      expect(suggestion.totals.investment).toBeLessThanOrEqual(DEMO_LIMITS.budget);
      expect(suggestion.chosen.length).toBeLessThan(items.length);
    }
  });
});
