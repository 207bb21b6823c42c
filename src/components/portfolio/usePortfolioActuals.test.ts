import type { ItemIssue } from '../../data/contract/repository.types';
import { emptyProject } from '../../domain/model';
import type { ProjectActualFigures } from '../../domain/followup/portfolioFacts';
import { withOverruns } from './usePortfolioActuals';

const over: ProjectActualFigures = { investment: 120, recurring: null, overruns: [{ measure: 'investment', actual: 120, estimateMax: 100 }] };

describe('overrunning projects in "needs attention"', () => {
  const projects = [
    { ...emptyProject('Asianhallinta'), id: 1 },
    { ...emptyProject('Verkko'), id: 2 },
    { ...emptyProject('Kirjasto'), id: 3 }
  ];

  it('adds the reason to a project already listed and lists a new one, nothing else changed', () => {
    const issues: ItemIssue[] = [{ list: 'projects', itemId: 1, title: 'Asianhallinta', warnings: [{ code: 'missingNumber' }] }];
    const figures = new Map([
      [1, over],
      [2, over],
      [3, { investment: 50, recurring: null, overruns: [] }]
    ]);
    const merged = withOverruns(issues, projects, figures);
    expect(merged).toEqual([
      { list: 'projects', itemId: 1, title: 'Asianhallinta', warnings: [{ code: 'missingNumber' }, { code: 'actualOverEstimate', field: 'actuals.investment', detail: '120 > 100' }] },
      { list: 'projects', itemId: 2, title: 'Verkko', warnings: [{ code: 'actualOverEstimate', field: 'actuals.investment', detail: '120 > 100' }] }
    ]);
    expect(issues[0]?.warnings).toHaveLength(1);
  });
});
