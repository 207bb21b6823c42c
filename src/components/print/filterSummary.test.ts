import * as strings from 'SalkkuStrings';
import type { ListInfo, ListKey, PortfolioData } from '../../data/contract/repository.types';
import { emptyProject } from '../../domain/model';
import { EMPTY_FILTER } from '../../domain/portfolio/filter';
import { describeFilters } from './filterSummary';

function listInfo(key: ListKey): ListInfo {
  const permissions = { canRead: true, canAdd: false, canEdit: false, canManage: false };
  return { key, id: key, title: key, newFormUrl: '', editFormUrl: '', displayFormUrl: '', viewUrl: '', itemCount: 0, permissions, choices: {}, missingFields: [] };
}

const data: PortfolioData = {
  siteUrl: 'https://example.invalid/sites/salkku',
  detail: 'summary',
  changeToken: null,
  projects: [{ ...emptyProject('Verkkolevyjen uusiminen'), id: 1, status: 'Käynnissä', serviceArea: 'Tietohallinto' }],
  plans: [],
  goals: [{ id: 7, etag: null, title: 'Sujuvat digitaaliset palvelut', description: null, strategyPeriod: null }],
  lists: { projects: listInfo('projects'), plans: listInfo('plans'), goals: listInfo('goals') },
  currentUser: null,
  canManageSite: false,
  itemIssues: [],
  upgradeAvailable: false,
  staleSortKeys: 0,
  problems: []
};

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
