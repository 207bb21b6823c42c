import type { PortfolioData } from '../../data/contract/repository.types';
import { emptyProject } from '../../domain/model';
import type { Project } from '../../domain/model';
import { DEFAULT_COST_LIMITS } from '../../domain/validation';
import { costLimitsOf, parseCostLimit, withCostChecks } from './costChecks';

function project(id: number, investmentMax: number | null): Project {
  return { ...emptyProject(`Hanke ${id}`), id, costs: { ...emptyProject().costs, investmentMax } };
}

function data(projects: Project[], itemIssues: PortfolioData['itemIssues'] = []): PortfolioData {
  return { projects, itemIssues } as unknown as PortfolioData;
}

describe('cost checks added to what needs attention', () => {
  it('returns the same data when every figure is plausible', () => {
    const before = data([project(1, 50_000), project(2, null)]);
    expect(withCostChecks(before, DEFAULT_COST_LIMITS)).toBe(before);
  });

  it('adds an item of its own, or joins the warnings an item already has', () => {
    const before = data([project(1, 1e12), project(2, 2e7), project(3, 10)], [{ list: 'projects', itemId: 2, title: 'Hanke 2', warnings: [{ code: 'missingNumber' }] }]);
    const after = withCostChecks(before, DEFAULT_COST_LIMITS);
    expect(after.itemIssues.map((i) => [i.itemId, i.warnings.map((w) => w.code)])).toEqual([
      [2, ['missingNumber', 'costImplausible']],
      [1, ['costImplausible']]
    ]);
    expect(before.itemIssues[0]?.warnings).toHaveLength(1);
  });

  it('follows the limits it is given', () => {
    expect(withCostChecks(data([project(1, 2e7)]), { investment: 5e7, recurringPerYear: 1 }).itemIssues).toEqual([]);
  });
});

describe('cost limits from the web part\'s settings', () => {
  it('reads whole euros, with or without spaces', () => {
    expect(parseCostLimit('10000000')).toBe(10_000_000);
    expect(parseCostLimit(' 2 500 000 ')).toBe(2_500_000);
    expect(parseCostLimit('2\u00a0500\u00a0000')).toBe(2_500_000);
  });

  it.each(['', '0', '-5', '1,5', '10 M€', 'abc', '99999999999999999999'])('refuses "%s"', (value) => {
    expect(parseCostLimit(value)).toBeUndefined();
  });

  it('falls back to the defaults for what is not set', () => {
    expect(costLimitsOf({})).toEqual(DEFAULT_COST_LIMITS);
    expect(costLimitsOf({ investmentLimit: '50000000', recurringLimit: 'x' })).toEqual({ investment: 50_000_000, recurringPerYear: DEFAULT_COST_LIMITS.recurringPerYear });
  });
});
