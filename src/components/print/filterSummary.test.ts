import * as strings from 'SalkkuStrings';
import { portfolioData } from '../../../test/support/portfolioData';
import type { PortfolioData } from '../../data/contract/repository.types';
import { emptyProject } from '../../domain/model';
import { EMPTY_FILTER } from '../../domain/portfolio/filter';
import { describeFilters } from './filterSummary';

const data: PortfolioData = portfolioData({
  detail: 'summary',
  projects: [{ ...emptyProject('Verkkolevyjen uusiminen'), id: 1, status: 'Käynnissä', serviceArea: 'Tietohallinto' }],
  goals: [{ id: 7, etag: null, title: 'Sujuvat digitaaliset palvelut', description: null, strategyPeriod: null }]
});

describe('the printed page names the filters in the chips\' words', () => {
  it('says nothing when nothing is filtered out', () => {
    expect(describeFilters(EMPTY_FILTER, data, strings)).toEqual([]);
  });

  it('gives the search, then one line per field with its values in the chips\' order', () => {
    const lines = describeFilters(
      { ...EMPTY_FILTER, text: ' verkko ', statuses: ['Käynnissä', 'Oma tila'], goals: [7], mandatory: false, impact: { perspective: 'security', level: 'missing' } },
      data,
      strings
    );
    expect(lines).toEqual([
      'Search: “verkko”',
      `${strings.FilterStatus}: ${strings.StatusInProgress}, Oma tila`,
      `${strings.FilterGoal}: Sujuvat digitaaliset palvelut`,
      `${strings.FilterMandatory}: ${strings.FilterMandatoryNo}`,
      `${strings.FilterImpact}: ${strings.PerspectiveSecurity} – ${strings.ImpactMissing}`
    ]);
  });
});
