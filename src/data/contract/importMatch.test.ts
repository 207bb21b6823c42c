import type { ImportedProject } from '../../domain/import/importModel';
import type { Plan, Project } from '../../domain/model';
import { emptyProject } from '../../domain/model';
import type { MatchInput } from './importMatch';
import { matchImported, sameArea, similarTitles } from './importMatch';

const plan = (id: number, organisation: string | null, periodStart: string): Plan => ({ id, etag: null, title: `Suunnitelma ${id}`, organisation, periodStart, periodEnd: null, approvedOn: null, status: null });
const OLD = plan(1, 'Järvenrannan kaupunki', '2023-01');
const NEW = plan(2, 'Järvenrannan kaupunki', '2025-01');
const OTHER = plan(3, 'Toinen kaupunki', '2023-01');

function item(id: number, number: string | null, title: string, changes: Partial<Project> = {}): Project {
  return { ...emptyProject(title), id, number, serviceArea: 'Tietohallinto', planIds: [OLD.id ?? 0], ...changes };
}

function imported(number: string | null, title: string, changes: Partial<ImportedProject> = {}): ImportedProject {
  const schedule = { text: null, start: null, end: null, ongoing: false, openEnd: false, recurring: false, alternatives: false, uncertain: false, phases: [] };
  const costs = { text: null, investmentMin: null, investmentMax: null, recurringPerYearMin: null, recurringPerYearMax: null };
  const impacts = { economic: null, organisation: null, security: null, dataUse: null, caseManagement: null };
  return { number, title, category: null, serviceArea: 'Tietohallinto', unit: null, description: null, whatChanges: null, strategicGoal: null, schedule, costs, likelihood: null, scheduleOwner: null, resources: null, benefits: null, impacts, warnings: [], ...changes };
}

function run(projects: Project[], importedProjects: ImportedProject[], changes: Partial<MatchInput> = {}): ReturnType<typeof matchImported> {
  return matchImported({ projects, plans: [OLD, NEW, OTHER], planId: NEW.id ?? 0, organisation: 'Järvenrannan kaupunki', imported: importedProjects, ...changes });
}

describe('carry-over links to an earlier plan', () => {
  it('links on the same title in the same service area and says why', () => {
    const backup = item(10, '2.2', 'Varmuuskopiointi pilveen');
    const result = run([backup], [imported('2.1', 'Varmuuskopiointi pilveen')]);
    expect(result.matches[0]).toEqual({ project: backup, carriedOver: true });
    expect(result.links).toEqual([
      {
        index: 0,
        number: '2.1',
        title: 'Varmuuskopiointi pilveen',
        item: { id: 10, number: '2.2', title: 'Varmuuskopiointi pilveen', plans: [{ id: 1, title: 'Suunnitelma 1' }] },
        matchedOn: ['title'],
        serviceArea: 'Tietohallinto',
        unit: null,
        category: null,
        organisation: 'Järvenrannan kaupunki',
        unlinked: false
      }
    ]);
  });

  it('never links on the title alone: another service area, unit or organisation is a new project', () => {
    const library = item(11, '3.1', 'Omatoimikirjasto', { serviceArea: 'Sivistyspalvelut', unit: 'Kirjasto' });
    expect(run([library], [imported('4.1', 'Omatoimikirjasto', { serviceArea: 'Tekniset palvelut' })]).matches).toEqual([undefined]);
    expect(run([library], [imported('3.1', 'Omatoimikirjasto', { serviceArea: 'Sivistyspalvelut', unit: 'Nuorisotoimi' })]).matches).toEqual([undefined]);
    // a service area on one side only is not a match either
    expect(run([library], [imported('3.1', 'Omatoimikirjasto', { serviceArea: null })]).matches).toEqual([undefined]);
    expect(run([library], [imported('3.1', 'Omatoimikirjasto', { serviceArea: 'Sivistyspalvelut' })], { organisation: 'Toinen kaupunki' }).matches).toEqual([undefined]);
    // a unit named on one side only, or an organisation unknown on one side, does not prevent it
    expect(run([library], [imported('3.1', 'Omatoimikirjasto', { serviceArea: 'sivistyspalvelut' })], { organisation: null }).links).toHaveLength(1);
  });

  it('links on the number only with a title that contains the other (a renamed project), never on the number alone', () => {
    const asset = item(12, '2.1', 'Asset Management');
    expect(run([asset], [imported('2.1', 'Asset Management, vaihe 2')]).links[0]?.matchedOn).toEqual(['number']);
    // plans renumber their projects: 2.1 of the new plan is usually another project
    expect(run([asset], [imported('2.1', 'Työasemien päivitys')]).matches).toEqual([undefined]);
    expect(similarTitles('Verkko', 'Verkkolevyt')).toBe(false);
  });

  it('links nothing when several earlier items fit, and lists them (another organisation\'s item is no candidate)', () => {
    const a = item(13, '2.3', 'Käyttäjähallinta');
    const b = item(14, '2.8', 'Käyttäjähallinta', { planIds: [OTHER.id ?? 0] });
    const c = item(15, '2.4', 'Käyttäjähallinta');
    const result = run([a, c, b], [imported('2.5', 'Käyttäjähallinta')]);
    expect(result.matches).toEqual([undefined]);
    expect(result.links).toEqual([]);
    expect(result.ambiguous).toEqual([expect.objectContaining({ index: 0, reason: 'several', candidates: [expect.objectContaining({ id: 13 }), expect.objectContaining({ id: 15 })] })]);
  });

  it('links nothing when two imported projects want the same item; un-linking one lets the other link', () => {
    const earlier = item(16, '2.2', 'Tulostus');
    const both = [imported('2.1', 'Tulostus'), imported('2.6', 'Tulostus')];
    const result = run([earlier], both);
    expect(result.matches).toEqual([undefined, undefined]);
    expect(result.ambiguous.map((a) => [a.index, a.reason])).toEqual([
      [0, 'shared'],
      [1, 'shared']
    ]);
    const unlinked = run([earlier], both, { unlinked: new Set([0]) });
    expect(unlinked.matches).toEqual([undefined, { project: earlier, carriedOver: true }]);
    expect(unlinked.links.map((l) => [l.index, l.unlinked])).toEqual([
      [0, true],
      [1, false]
    ]);
  });

  it('an un-linked project is created as new, its link still listed', () => {
    const backup = item(10, '2.2', 'Varmuuskopiointi pilveen');
    const result = run([backup], [imported('2.1', 'Varmuuskopiointi pilveen')], { unlinked: new Set([0]) });
    expect(result.matches).toEqual([undefined]);
    expect(result.links).toEqual([expect.objectContaining({ index: 0, unlinked: true, item: expect.objectContaining({ id: 10 }) })]);
  });

  it('without a service area on either side compares the category', () => {
    const infra = { category: 'Perusinfrastruktuuri, tietohallinto', serviceArea: null, unit: null };
    expect(sameArea(infra, { ...infra })).toBe(true);
    expect(sameArea(infra, { ...infra, category: 'Koko kaupunkia koskeva' })).toBe(false);
    expect(sameArea({ ...infra, category: null }, { ...infra, category: null })).toBe(false);
  });
});

describe('matching within the plan imported again', () => {
  it('keeps a project moved to another number on its own item, not on the item that had the number', () => {
    const old21 = item(20, '2.1', 'Vanha', { planIds: [NEW.id ?? 0] });
    const result = run([old21], [imported('2.1', 'Uusi'), imported('2.2', 'Vanha')]);
    expect(result.matches).toEqual([undefined, { project: old21, carriedOver: false }]);
  });

  it('takes a renamed project by its number in the same service area', () => {
    const renamed = item(21, '2.1', 'Laiterekisteri', { planIds: [NEW.id ?? 0] });
    expect(run([renamed], [imported('2.1', 'Laite- ja lisenssirekisteri')]).matches).toEqual([{ project: renamed, carriedOver: false }]);
    expect(run([renamed], [imported('2.1', 'Laite- ja lisenssirekisteri', { serviceArea: 'Sivistyspalvelut' })]).matches).toEqual([undefined]);
  });
});
