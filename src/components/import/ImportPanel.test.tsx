/**
 * The in-app import's preview: the carry-over link to an earlier plan's project is listed with
 * why it matched and can be un-linked before anything is written; the write plan (a new dry run)
 * and then the write follow the choice. The repository is a fake holding one earlier project.
 */
import { setIconOptions } from '@fluentui/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import * as fs from 'fs';
import * as path from 'path';
import * as React from 'react';
import * as strings from 'SalkkuStrings';
import { portfolioData } from '../../../test/support/portfolioData';
import type { BenefitRepository } from '../../data/contract/benefits.types';
import type { PortfolioData, PortfolioRepository } from '../../data/contract/repository.types';
import type { DraftBenefit } from '../../domain/benefits/drafts';
import type { Benefit } from '../../domain/benefits/model';
import { emptyBenefit } from '../../domain/benefits/model';
import { BENEFIT_STATUS } from '../../domain/benefits/vocabulary';
import type { Plan, Project } from '../../domain/model';
import { emptyProject } from '../../domain/model';
import { format } from '../common/format';
import { SalkkuEnvironmentContext } from '../common/SalkkuContext';
import { ImportPanel } from './ImportPanel';

setIconOptions({ disableWarnings: true });

const BACKUP = 'Varmuuskopioinnin siirto pilvipalveluun';
const OLDER_PLAN: Plan = { id: 1, etag: null, title: 'Tietohallinnon toimenpidesuunnitelma 2023–2024', organisation: 'Järvenrannan kaupunki', periodStart: '2023-01', periodEnd: '2024-12', approvedOn: null, status: null };
const EARLIER: Project = {
  ...emptyProject(BACKUP),
  id: 7,
  etag: '"1"',
  number: '2.2',
  serviceArea: 'Tietohallinto',
  category: 'Perusinfrastruktuuri, tietohallinto',
  planIds: [1],
  status: 'Käynnissä',
  likelihood: 'Varmaa – itsestä kiinni',
  costs: { text: 'Selvitys tehdään omana työnä.', investmentMin: null, investmentMax: null, recurringPerYearMin: null, recurringPerYearMax: null }
};

interface FakeBenefits {
  repository: BenefitRepository;
  /** addDrafts calls: the project and the drafts' titles. */
  calls: [number, string[]][];
}

/** Benefit lists holding what addDrafts adds (or missing, as on a site before schema version 6). */
function fakeBenefits(missing = false): FakeBenefits {
  const stored: Benefit[] = [];
  const calls: [number, string[]][] = [];
  const unused = (): never => {
    throw new Error('the import does not use this');
  };
  const repository: BenefitRepository = {
    loadBenefits: () => Promise.resolve({ benefits: [...stored], measurements: [], currentUser: null, lists: {}, missing: missing ? ['benefits', 'measurements'] : [], itemIssues: [] }),
    saveBenefit: unused,
    addMeasurement: unused,
    addDrafts: (projectId: number, drafts: readonly DraftBenefit[]) => {
      calls.push([projectId, drafts.map((d) => d.title)]);
      const added = drafts.map((d, i) => ({ ...emptyBenefit(d.title, projectId), id: stored.length + i + 1, status: BENEFIT_STATUS.draft }));
      stored.push(...added);
      return Promise.resolve(added);
    }
  };
  return { repository, calls };
}

/** A repository with the earlier plan and its project; it keeps what the import saves. */
function fakeRepository(benefits: FakeBenefits = fakeBenefits()): { repository: PortfolioRepository; saved: Project[] } {
  const saved: Project[] = [];
  const data: PortfolioData = portfolioData({ projects: [EARLIER], plans: [OLDER_PLAN] });
  const unused = (): never => {
    throw new Error('the import does not use this');
  };
  const repository: PortfolioRepository = {
    siteUrl: data.siteUrl,
    schemaVersion: 1,
    load: () => Promise.resolve(data),
    refresh: unused,
    getProject: unused,
    loadAssessmentTexts: unused,
    findProjects: unused,
    saveProject: (project) => {
      saved.push(project);
      return Promise.resolve({ ...project, id: project.id ?? 100 + saved.length });
    },
    updateProject: unused,
    saveAssessment: unused,
    savePlan: (plan) => Promise.resolve({ ...plan, id: 2 }),
    saveGoal: unused,
    ensurePerson: unused,
    deleteItems: unused,
    setupStatus: () => Promise.resolve({ missingLists: [], upgradeAvailable: false, canManageSite: true }),
    setUp: unused,
    onBusy: () => () => undefined,
    get followUp(): never {
      throw new Error('the import does not use this');
    },
    get proposals(): never {
      throw new Error('the import does not use this');
    },
    get benefits(): BenefitRepository {
      return benefits.repository;
    }
  };
  return { repository, saved };
}

const FIXTURE = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/plans/jarvenranta-2025-2026.md'), 'utf8');

async function openPreview(repository: PortfolioRepository, text = FIXTURE, links = 1): Promise<void> {
  render(
    <SalkkuEnvironmentContext.Provider value={{ strings }}>
      <ImportPanel isOpen={true} repository={repository} onDismiss={() => undefined} onImported={() => undefined} />
    </SalkkuEnvironmentContext.Provider>
  );
  const input = document.querySelector('[data-salkku-import-file]');
  if (!input) {
    throw new Error('no file input');
  }
  const file = new File([text], 'suunnitelma-2025.md', { type: 'text/markdown' });
  // jsdom's File has no text(); browsers' has
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
  fireEvent.change(input, { target: { files: [file] } });
  await screen.findByText(links > 0 ? format(strings.ImportLinksTitle, links) : format(strings.ImportPreview, 2, 0, 0, 0));
}

/** The preview's write plan: new / updated / carried over / unchanged. */
function writePlan(): string | null {
  return document.querySelector('[data-salkku-import-plan]')?.getAttribute('data-salkku-import-plan') ?? null;
}

describe('import preview: links to earlier plans', () => {
  it('lists the link with why it matched; un-linking it creates the project as new, and nothing is written before confirming', async () => {
    const { repository, saved } = fakeRepository();
    await openPreview(repository);
    // 2.1 is carried over, 2.2 and 3.1 are new
    expect(writePlan()).toBe('2/0/1/0');
    const row = document.querySelector('[data-salkku-import-link="0"]');
    expect(row?.textContent).toContain(`2.1 ${BACKUP}`);
    expect(row?.textContent).toContain(format(strings.ImportLinkExisting, '2.2', BACKUP, OLDER_PLAN.title));
    expect(row?.textContent).toContain(`${strings.ImportLinkSameTitle}, ${format(strings.ImportLinkServiceArea, 'Tietohallinto')}, ${format(strings.ImportLinkOrganisation, 'Järvenrannan kaupunki')}`);

    fireEvent.click(screen.getByRole('button', { name: format(strings.ImportUnlinkLabel, `2.1 ${BACKUP}`) }));
    await waitFor(() => expect(writePlan()).toBe('3/0/0/0'));
    expect(document.querySelector('[data-salkku-import-link="0"]')?.getAttribute('data-salkku-unlinked')).toBe('true');
    expect(screen.getByText(strings.ImportUnlinked)).toBeTruthy();
    // linking it again restores the plan
    fireEvent.click(screen.getByRole('button', { name: strings.ImportRelink }));
    await waitFor(() => expect(writePlan()).toBe('2/0/1/0'));
    fireEvent.click(screen.getByRole('button', { name: format(strings.ImportUnlinkLabel, `2.1 ${BACKUP}`) }));
    await waitFor(() => expect(writePlan()).toBe('3/0/0/0'));
    expect(saved).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: format(strings.ImportConfirm, 3) }));
    await screen.findByText(format(strings.ImportDone, 3, 0, 0, 0));
    // three new items, the earlier project untouched and nothing of it on the new one
    expect(saved.map((p) => [p.id, p.number, p.title, p.planIds])).toEqual([
      [null, '2.1', BACKUP, [2]],
      [null, '2.2', 'Työasemien käyttöjärjestelmäpäivitys', [2]],
      [null, '3.1', 'Koulujen näyttölaitteiden uusiminen', [2]]
    ]);
    expect(saved[0]).toMatchObject({ status: null, likelihood: null, costs: { text: 'Käyttöönotto noin 12 000 €, jatkossa 400 €/kk' } });
  });

  it('without un-linking, writes the imported values on the earlier project and shows the link in the summary', async () => {
    const { repository, saved } = fakeRepository();
    await openPreview(repository);
    fireEvent.click(screen.getByRole('button', { name: format(strings.ImportConfirm, 3) }));
    await screen.findByText(format(strings.ImportDone, 2, 0, 1, 0));
    const carried = saved.find((p) => p.id === EARLIER.id);
    expect(carried).toMatchObject({ number: '2.1', planIds: [1, 2], status: 'Käynnissä', likelihood: null, costs: { text: 'Käyttöönotto noin 12 000 €, jatkossa 400 €/kk' } });
    expect(screen.getByText(strings.ImportLinked)).toBeTruthy();
    expect(screen.queryByRole('button', { name: strings.ImportRelink })).toBeNull();
  });
});

/** Two projects whose texts promise benefits, one with a "Hyödyt" passage (our own wording). */
const WITH_BENEFITS = `Järvenrannan kaupunki

# Tietohallinnon toimenpidesuunnitelma 2027–2028

## 2 Perusinfrastruktuurihankkeet, tietohallinto omistajana

### 2.1 Sähköinen laskujen kierrätys

Ostolaskut kierrätetään hyväksyjille sähköisesti.

**Mikä muuttuu:** Laskujen käsittely nopeutuu ja paperiarkisto poistuu.

**Hyödyt:**

- Maksumuistutuksia tulee vähemmän, kun laskut eivät jää pöydille.
- Hyväksyjä näkee laskun puhelimesta.

**Aikataulu:** 2027

### 2.2 Palvelinsalin jäähdytys

Jäähdytyslaitteet uusitaan.

**Mikä muuttuu:** Sähkönkulutus vähenee.

**Aikataulu:** 2028
`;

describe('import preview: draft benefits', () => {
  it('shows per project how many drafts are proposed; a project left out gets none, and the summary says how many were added', async () => {
    const benefits = fakeBenefits();
    const { repository, saved } = fakeRepository(benefits);
    await openPreview(repository, WITH_BENEFITS, 0);
    expect(document.querySelector('[data-salkku-import-drafts]')?.getAttribute('data-salkku-import-drafts')).toBe('3');
    expect(screen.getByText(format(strings.ImportDraftsSummary, 3))).toBeTruthy();
    const first = screen.getByRole('checkbox', { name: `${format(strings.ImportDraftsInclude, 'Sähköinen laskujen kierrätys')}: ${format(strings.ImportDraftsCount, 2)}` });
    const second = screen.getByRole('checkbox', { name: `${format(strings.ImportDraftsInclude, 'Palvelinsalin jäähdytys')}: ${format(strings.ImportDraftsCount, 1)}` });
    expect((first as HTMLInputElement).checked).toBe(true);
    fireEvent.click(second);
    expect((second as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(format(strings.ImportDraftsSummary, 2))).toBeTruthy();
    expect(benefits.calls).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: format(strings.ImportConfirm, 2) }));
    await screen.findByText(format(strings.ImportDraftsAdded, 2, 1));
    const invoices = saved.find((p) => p.number === '2.1');
    // the drafts go to the created item (the fake gives it the id 100 + its order of saving)
    expect(benefits.calls).toEqual([[101, ['Maksumuistutuksia tulee vähemmän, kun laskut eivät jää pöydille', 'Laskujen käsittely nopeutuu ja paperiarkisto poistuu']]]);
    expect(invoices?.title).toBe('Sähköinen laskujen kierrätys');
  });

  it('on a site without the benefit lists, says so and imports the projects without drafts', async () => {
    const benefits = fakeBenefits(true);
    const { repository, saved } = fakeRepository(benefits);
    await openPreview(repository, WITH_BENEFITS, 0);
    expect(screen.getByText(strings.ImportDraftsMissing)).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: strings.ImportColDrafts })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: format(strings.ImportConfirm, 2) }));
    await screen.findByText(format(strings.ImportDone, 2, 0, 0, 0));
    expect(saved).toHaveLength(2);
    expect(benefits.calls).toEqual([]);
  });
});
