/**
 * The Benefits view against an in-memory benefit repository: the owner's own benefits first in
 * "measurement due", closed projects followed while a benefit is open, a member recording a
 * measurement ("12,5" read as 12.5) that the chart's table then lists, visitors without buttons,
 * the financial comparison's payback labelled as estimates, and drafts confirmed by editors.
 */
import { setIconOptions } from '@fluentui/react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import * as React from 'react';
import * as strings from 'SalkkuStrings';
import type { BenefitData, BenefitRepository } from '../../data/contract/benefits.types';
import { RepositoryError } from '../../data/contract/errors';
import { localDay } from '../../data/contract/followUpFacts';
import type { ListInfo, ListKey, PortfolioData, PortfolioRepository } from '../../data/contract/repository.types';
import type { Benefit, Measurement } from '../../domain/benefits/model';
import { emptyBenefit } from '../../domain/benefits/model';
import { BENEFIT_STATUS, BENEFIT_TYPE } from '../../domain/benefits/vocabulary';
import type { Project } from '../../domain/model';
import { emptyProject } from '../../domain/model';
import { STATUS } from '../../domain/vocabulary';
import { format } from '../common/format';
import { formatDate, formatNumber } from '../common/formatting';
import { sharePointHost } from '../common/host';
import { SalkkuEnvironmentContext } from '../common/SalkkuContext';
import type { ViewProps } from '../common/viewProps';
import { BenefitsView } from './BenefitsView';

setIconOptions({ disableWarnings: true });

const SITE = 'https://example.invalid/sites/salkku';
const HOST = sharePointHost({ site: { kind: 'site', url: SITE, source: 'property', setupOffered: true }, pageUrl: () => `${SITE}/SitePages/Salkku.aspx`, clipboard: undefined });
const ME = { id: 14, title: 'Hanna Hyötyvastaava', email: null };
const OTHER = { id: 15, title: 'Olli Omistaja', email: null };
const TODAY = localDay(new Date());
const day = (d: string): string => formatDate(d, strings.Locale) ?? d;
const num = (n: number): string => formatNumber(n, strings.Locale);

function listInfo(key: ListKey, path: string, canEdit = true): ListInfo {
  const permissions = { canRead: true, canAdd: canEdit, canEdit, canManage: false };
  const form = (name: string): string => `${SITE}/Lists/${path}/${name}.aspx`;
  return { key, id: key, title: key, newFormUrl: form('NewForm'), editFormUrl: form('EditForm'), displayFormUrl: form('DispForm'), viewUrl: form('AllItems'), itemCount: 0, permissions, choices: {}, missingFields: [] };
}

function project(id: number, number: string, title: string, status: string, costs: Partial<Project['costs']> = {}): Project {
  const empty = emptyProject(title);
  return { ...empty, id, number, status, costs: { ...empty.costs, ...costs } };
}

const PROJECTS: Project[] = [
  project(1, '1.1', 'Laskutuksen automaatio', STATUS.inProgress, { investmentMin: 40_000, investmentMax: 60_000, recurringPerYearMax: 5000 }),
  project(2, '1.2', 'Sähköinen arkisto', STATUS.done),
  project(3, '1.3', 'Vanha intranet', STATUS.done)
];

function benefit(id: number, fields: Partial<Benefit>): Benefit {
  return { ...emptyBenefit(`Hyöty ${id}`, 1), id, etag: `"${id}"`, status: BENEFIT_STATUS.realising, ...fields };
}

const BENEFITS: Benefit[] = [
  // someone else's, due since its target date passed: listed after the owner's own
  benefit(1, { title: 'Paperilaskut vähenevät', projectId: 1, targetDate: '2020-06-30', owner: OTHER, unit: 'kpl/v', baseline: 5000, target: 500 }),
  // mine, due by its interval: first
  benefit(2, { title: 'Käsittelyaika lyhenee', projectId: 1, owner: ME, unit: 'pv', baseline: 10, baselineDate: '2020-01-15', target: 3, targetDate: '2099-12-31', intervalMonths: 6 }),
  // a closed project with an open benefit stays followed
  benefit(3, { title: 'Arkistointi nopeutuu', projectId: 2, owner: OTHER, unit: 'h/v', baseline: 800, target: 200, targetDate: '2099-01-01' }),
  // a closed project whose benefits are all closed is not followed
  benefit(4, { title: 'Intranetin ylläpito loppuu', projectId: 3, status: BENEFIT_STATUS.realised }),
  // financial: 25 000 €/v less 5 000 €/v running against a 60 000 € investment: 3 years
  benefit(5, { title: 'Säästö laskutuksessa', projectId: 1, type: BENEFIT_TYPE.financial, unit: '€/v', target: 25_000, targetDate: '2099-01-01', owner: OTHER }),
  benefit(6, { title: 'Asiakaspalvelu paranee', projectId: 1, status: BENEFIT_STATUS.draft })
];

class FakeBenefits implements BenefitRepository {
  public data: BenefitData;
  public constructor(canEdit = true) {
    this.data = {
      benefits: BENEFITS,
      measurements: [{ id: 1, etag: null, benefitId: 2, date: '2020-03-01', value: 9, note: 'Ensimmäinen', measuredBy: ME }],
      currentUser: ME,
      lists: { benefits: listInfo('benefits', 'SalkkuBenefits', canEdit), measurements: listInfo('measurements', 'SalkkuBenefitMeasurements', canEdit) },
      missing: [],
      itemIssues: []
    };
  }
  public loadBenefits(): Promise<BenefitData> {
    return Promise.resolve(this.data);
  }
  public addMeasurement = jest.fn((m: Measurement): Promise<Measurement> => {
    const saved = { ...m, id: 100 + this.data.measurements.length, measuredBy: ME };
    this.data = { ...this.data, measurements: [...this.data.measurements, saved] };
    return Promise.resolve(saved);
  });
  public saveBenefit = jest.fn((b: Benefit): Promise<Benefit> => {
    this.data = { ...this.data, benefits: this.data.benefits.map((x) => (x.id === b.id ? b : x)) };
    return Promise.resolve(b);
  });
  public addDrafts = jest.fn(() => Promise.resolve([]));
}

function portfolio(): PortfolioData {
  return {
    siteUrl: SITE,
    detail: 'summary',
    changeToken: null,
    projects: PROJECTS,
    plans: [],
    goals: [],
    lists: { projects: listInfo('projects', 'SalkkuProjects'), plans: listInfo('plans', 'SalkkuPlans'), goals: listInfo('goals', 'SalkkuGoals') },
    currentUser: ME,
    canManageSite: false,
    itemIssues: [],
    upgradeAvailable: false,
    staleSortKeys: 0,
    problems: []
  };
}

async function renderView(fake = new FakeBenefits()): Promise<{ fake: FakeBenefits; container: HTMLElement }> {
  const props: ViewProps = {
    data: portfolio(),
    repository: { benefits: fake } as unknown as PortfolioRepository,
    reload: jest.fn(),
    replaceProject: jest.fn(),
    getProject: jest.fn(),
    loadAssessment: jest.fn(),
    loadFull: jest.fn()
  };
  const { container } = render(
    <SalkkuEnvironmentContext.Provider value={{ strings, host: HOST }}>
      <BenefitsView {...props} />
    </SalkkuEnvironmentContext.Provider>
  );
  await waitFor(() => expect(container.querySelector('[data-salkku-benefits-portfolio]')).not.toBeNull());
  return { fake, container };
}

function dueIds(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[data-salkku-due-row]')].map((r) => r.getAttribute('data-salkku-due-row') ?? '');
}

function openProject(container: HTMLElement, id: number): void {
  const button = container.querySelector<HTMLElement>(`[data-salkku-followed="${id}"] [data-salkku-show-project]`);
  if (!button) {
    throw new Error(`project ${id} is not followed`);
  }
  fireEvent.click(button);
}

describe('benefits view', () => {
  it('lists measurements due with the owner’s own first, and filters to my benefits', async () => {
    const { container } = await renderView();
    expect(dueIds(container)).toEqual(['2', '1']);
    const mine = container.querySelector('[data-salkku-due-row="2"]');
    expect(mine?.getAttribute('data-salkku-mine')).toBe('true');
    expect(mine?.textContent).toContain(strings.BnMine);
    expect(container.querySelector('[data-salkku-due-row="1"]')?.textContent).toContain(format(strings.BnDueTarget, day('2020-06-30')));
    expect(container.querySelector('[data-salkku-passed-row="1"]')).not.toBeNull();
    expect(container.querySelector('[data-salkku-passed-row="2"]')).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: strings.BnMineOnly }));
    expect(dueIds(container)).toEqual(['2']);
  });

  it('follows a closed project while a benefit is open, not one whose benefits are all closed', async () => {
    const { container } = await renderView();
    const followed = [...container.querySelectorAll('[data-salkku-followed]')].map((r) => r.getAttribute('data-salkku-followed'));
    expect(followed).toEqual(['1', '2']);
    const closed = container.querySelector('[data-salkku-followed="2"]');
    expect(closed?.getAttribute('data-salkku-closed')).toBe('true');
    expect(closed?.textContent).toContain(strings.BnFollowedClosed);
    expect(closed?.textContent).toContain(format(strings.BnOpenCount, 1, 1));
  });

  it('counts by status and type, and compares financial benefits with the costs as estimates', async () => {
    const { container } = await renderView();
    // the draft is not counted
    const realising = container.querySelector('[data-salkku-count-status="realising"]');
    expect(realising?.querySelector('[data-salkku-count-type="financial"]')?.textContent).toBe('1');
    expect(container.querySelector('[data-salkku-count-status="draft"]')).toBeNull();
    const section = container.querySelector<HTMLElement>('[data-salkku-benefits-financial]');
    if (!section) {
      throw new Error('no financial comparison');
    }
    expect(within(section).getByRole('heading', { level: 4 }).textContent).toContain(strings.BnEstimates.toLowerCase());
    expect(section.querySelector('[data-salkku-estimates]')?.textContent).toContain(strings.BnFinancialExplain);
    const row = section.querySelector('[data-salkku-financial-row="1"]');
    expect(row?.querySelector('[data-salkku-payback]')?.getAttribute('data-salkku-payback')).toBe('3');
    expect(row?.querySelector('[data-salkku-payback]')?.textContent).toBe(format(strings.BnPaybackYears, num(3)));
  });

  it('lets a member record a measurement typed with a decimal comma, and shows it in the chart’s table and both parts', async () => {
    const { fake, container } = await renderView();
    openProject(container, 1);
    const card = await waitFor(() => {
      const found = container.querySelector<HTMLElement>('[data-salkku-benefit="2"]');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(card.querySelector('[data-salkku-journey="2"]')?.textContent).toBe(format(strings.BnJourney, '10 pv', '9 pv', '3 pv'));
    expect(card.querySelector('[data-salkku-benefit-chart="2"] circle title')?.textContent).toBe(format(strings.BnChartPoint, day('2020-03-01'), '9 pv'));
    fireEvent.click(within(card).getByRole('button', { name: format(strings.BnRecordFor, 'Käsittelyaika lyhenee') }));
    const panel = await screen.findByRole('dialog');
    expect((within(panel).getByLabelText(strings.BnDateLabel, { exact: false }) as HTMLInputElement).value).toBe(TODAY);
    const value = within(panel).getByRole('textbox', { name: format(strings.BnValueLabel, 'pv') });
    fireEvent.change(value, { target: { value: 'paljon' } });
    fireEvent.click(within(panel).getByRole('button', { name: strings.BnSave }));
    expect(await within(panel).findByText(strings.BnValueInvalid)).toBeTruthy();
    expect(fake.addMeasurement).not.toHaveBeenCalled();
    fireEvent.change(value, { target: { value: '12,5' } });
    fireEvent.change(within(panel).getByRole('textbox', { name: strings.BnNoteLabel }), { target: { value: 'Kevään otos' } });
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: strings.BnSave }));
      await Promise.resolve();
    });
    expect(fake.addMeasurement).toHaveBeenCalledWith({ id: null, etag: null, benefitId: 2, date: TODAY, value: 12.5, note: 'Kevään otos', measuredBy: null });
    await waitFor(() => expect(container.querySelector('[data-salkku-notice="measurement"]')).not.toBeNull());
    await waitFor(() => expect(container.querySelector('[data-salkku-journey="2"]')?.textContent).toBe(format(strings.BnJourney, '10 pv', `${num(12.5)} pv`, '3 pv')));
    const updated = container.querySelector<HTMLElement>('[data-salkku-benefit="2"]') as HTMLElement;
    expect(updated.querySelector('[data-salkku-trend]')?.getAttribute('data-salkku-trend')).toBe('away');
    // measured today: no longer due, and the portfolio part shows it as the project's latest
    expect(dueIds(container)).toEqual(['1']);
    expect(container.querySelector('[data-salkku-followed-latest="1"]')?.textContent).toContain(`${num(12.5)} pv`);
    // the chart's table alternative: baseline, every measurement with its note, target
    fireEvent.click(within(updated).getByRole('switch', { name: strings.PrChartAsTable }));
    const table = updated.querySelector('[data-salkku-chart-table="benefit-2"]');
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      [strings.BnRowBaseline, day('2020-01-15'), '10 pv', ''],
      [strings.BnRowMeasurement, day('2020-03-01'), '9 pv', 'Ensimmäinen'],
      [strings.BnRowMeasurement, day(TODAY), `${num(12.5)} pv`, 'Kevään otos'],
      [strings.BnRowTarget, day('2099-12-31'), '3 pv', '']
    ]);
  });

  it('changes a benefit’s status with its reason, and says so when someone else saved first', async () => {
    const { fake, container } = await renderView();
    openProject(container, 2);
    const card = await waitFor(() => container.querySelector<HTMLElement>('[data-salkku-benefit="3"]') as HTMLElement);
    fireEvent.click(within(card).getByRole('button', { name: format(strings.BnChangeStatusFor, 'Arkistointi nopeutuu') }));
    const panel = await screen.findByRole('dialog');
    fireEvent.click(within(panel).getByRole('radio', { name: strings.BnStatusNotRealised }));
    fireEvent.click(within(panel).getByRole('button', { name: strings.BnSave }));
    expect(await within(panel).findByText(strings.BnReasonRequired)).toBeTruthy();
    expect(fake.saveBenefit).not.toHaveBeenCalled();
    fake.saveBenefit.mockImplementationOnce(() => Promise.reject(new RepositoryError('conflict', 'ETag')));
    fireEvent.change(within(panel).getByRole('textbox', { name: strings.BnReasonLabel }), { target: { value: 'Arkisto jäi käyttöön' } });
    fireEvent.click(within(panel).getByRole('button', { name: strings.BnSave }));
    expect(await within(panel).findByText(strings.BnConflict)).toBeTruthy();
    expect(fake.saveBenefit).toHaveBeenLastCalledWith(expect.objectContaining({ id: 3, etag: '"3"', status: BENEFIT_STATUS.notRealised, statusReason: 'Arkisto jäi käyttöön' }));
  });

  it('lets editors confirm a draft as planned', async () => {
    const { fake, container } = await renderView();
    expect(container.querySelector('[data-salkku-benefit-drafts]')?.textContent).toContain('Asiakaspalvelu paranee');
    fireEvent.click(screen.getByRole('button', { name: format(strings.BnConfirmFor, 'Asiakaspalvelu paranee') }));
    await waitFor(() => expect(container.querySelector('[data-salkku-notice="confirmed"]')).not.toBeNull());
    expect(fake.saveBenefit).toHaveBeenCalledWith(expect.objectContaining({ id: 6, status: BENEFIT_STATUS.planned }));
    await waitFor(() => expect(container.querySelector('[data-salkku-benefit-drafts]')).toBeNull());
  });

  it('gives visitors no record, status or confirm buttons', async () => {
    const { container } = await renderView(new FakeBenefits(false));
    expect(container.querySelector('[data-salkku-state="benefits-read-only"]')?.textContent).toBe(strings.BnReadOnly);
    openProject(container, 1);
    await waitFor(() => expect(container.querySelector('[data-salkku-benefit="2"]')).not.toBeNull());
    expect(container.querySelectorAll('[data-salkku-record]')).toHaveLength(0);
    expect(container.querySelectorAll('[data-salkku-change-status]')).toHaveLength(0);
    expect(container.querySelectorAll('[data-salkku-confirm]')).toHaveLength(0);
    expect(container.querySelectorAll('[data-salkku-edit], [data-salkku-new]')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: strings.BnRecord })).toBeNull();
  });
});
