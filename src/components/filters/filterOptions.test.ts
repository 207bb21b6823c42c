/** Filter options and group names: our vocabulary in the UI language, a city's own values as written. */
import { listInfo, portfolioData } from '../../../test/support/portfolioData';
import type { PortfolioData } from '../../data/contract/repository.types';
import type { Project } from '../../domain/model';
import { emptyProject } from '../../domain/model';
import { groupProjects } from '../../domain/portfolio/grouping';
import * as en from '../../loc/en-us.js';
import * as fi from '../../loc/fi-fi.js';
import * as sv from '../../loc/sv-se.js';
import { serviceAreaLabel, statusLabel } from '../common/labels';
import { groupLabel } from '../grid/gridRows';
import { filterOptions } from './filterOptions';

const OWN_AREA = 'Kaupunkikehitys ja elinvoima';
const OWN_STATUS = 'Odottaa rahoitusta';

function project(serviceArea: string, status: string): Project {
  return { ...emptyProject(`Hanke ${serviceArea}`), id: 1, category: 'Palvelualakohtainen', serviceArea, status, scheduleOwner: 'Tietohallinto', likelihood: 'Suhteellisen varmaa', rag: 'Vihreä' };
}

function data(projects: Project[]): PortfolioData {
  return portfolioData({ projects, canManageSite: false, lists: { projects: listInfo('projects', { ServiceArea: ['Sivistyspalvelut', OWN_AREA] }), plans: listInfo('plans'), goals: listInfo('goals') } });
}

describe('our vocabulary and a city\'s own values', () => {
  const portfolio = data([project('Hallintopalvelut', 'Käynnissä'), project(OWN_AREA, OWN_STATUS)]);
  const texts = (strings: ISalkkuStrings, list: 'serviceAreas' | 'statuses' | 'scheduleOwners' | 'likelihoods' | 'rags'): string[] =>
    filterOptions(portfolio, strings)[list].map((o) => o.text ?? '');

  it.each([
    ['sv', sv, ['Bildningstjänster', OWN_AREA, 'Förvaltningstjänster'], ['Pågår', OWN_STATUS]],
    ['en', en, ['Education and culture services', OWN_AREA, 'Administrative services'], ['In progress', OWN_STATUS]],
    ['fi', fi, ['Sivistyspalvelut', OWN_AREA, 'Hallintopalvelut'], ['Käynnissä', OWN_STATUS]]
  ])('in %s translates ours and keeps the city\'s own as written', (_lang, strings, areas, statuses) => {
    expect(texts(strings, 'serviceAreas')).toEqual(areas);
    expect(texts(strings, 'statuses')).toEqual(statuses);
  });

  it('keeps the stored value as the option key, so the URL and the filter stay the same in every language', () => {
    expect(filterOptions(portfolio, en).serviceAreas.map((o) => o.key)).toEqual(['Sivistyspalvelut', OWN_AREA, 'Hallintopalvelut']);
  });

  it('translates the other filters\' options in Swedish and English', () => {
    expect(texts(sv, 'scheduleOwners')).toEqual(['IT-förvaltningen']);
    expect(texts(en, 'likelihoods')).toEqual(['Fairly certain']);
    expect(texts(en, 'rags')).toEqual(['Green – on track']);
  });

  it('names service-area groups in the UI language, a city\'s own area as written', () => {
    const groups = groupProjects(portfolio.projects);
    expect(groups.map((g) => groupLabel(g, sv))).toEqual(expect.arrayContaining(['Förvaltningstjänster', OWN_AREA]));
    expect(groups.map((g) => groupLabel(g, en))).toEqual(expect.arrayContaining(['Administrative services', OWN_AREA]));
  });

  it('recognises our values however they are written and leaves anything else untouched', () => {
    expect(serviceAreaLabel(en, 'sosiaali- ja  terveyspalvelut')).toBe('Social and health services');
    expect(serviceAreaLabel(sv, 'Tekniset palvelut')).toBe('Tekniska tjänster');
    expect(serviceAreaLabel(en, ' Tietohallinto ')).toBe('IT services');
    expect(serviceAreaLabel(en, 'Tietohallinto ja digitalisaatio')).toBe('Tietohallinto ja digitalisaatio');
    expect(statusLabel(sv, OWN_STATUS)).toBe(OWN_STATUS);
    expect(serviceAreaLabel(en, null)).toBeNull();
  });
});
