/**
 * The plan importer against the customers' reference documents (../shared/seeds, plain-text
 * extractions of the Word originals). These files are read, never copied into the project; where
 * they are not (a fresh clone), the suites are skipped with the reason on one line.
 */
import { parseCosts } from '../../src/domain/costs/parseCosts';
import type { ImportedPlan, ImportedProject } from '../../src/domain/import/importModel';
import { parsePlanText } from '../../src/domain/import/parsePlanDocument';
import { CATEGORY } from '../../src/domain/vocabulary';
import { describeWithSeeds, readSeed } from '../support/seeds';

const describeSeeds = describeWithSeeds(__filename);

function importSeed(prefix: string): ImportedPlan {
  const { name, text } = readSeed(prefix);
  return parsePlanText(text, { fileName: name });
}

function project(plan: ImportedPlan, number: string): ImportedProject {
  const found = plan.projects.find((candidate) => candidate.number === number);
  if (!found) {
    throw new Error(`no project ${number}`);
  }
  return found;
}

/** True when `digits` occurs in `text` as a whole number (not inside a longer digit run). */
function containsNumber(text: string, digits: string): boolean {
  const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
  for (let at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) {
    if (!isDigit(text[at - 1]) && !isDigit(text[at + digits.length])) {
      return true;
    }
  }
  return false;
}

function textFields(item: ImportedProject): string[] {
  return [
    item.title,
    item.description,
    item.whatChanges,
    item.strategicGoal,
    item.schedule.text,
    item.costs.text,
    item.likelihood,
    item.scheduleOwner,
    item.resources,
    ...Object.values(item.impacts)
  ].filter((value): value is string => value !== null);
}

describeSeeds('seed 000: Naantali IT action plan 2019–2020 (short template)', () => {
  let plan: ImportedPlan;
  beforeAll(() => {
    plan = importSeed('000_');
  });

  it('imports exactly 49 projects', () => {
    expect(plan.projects).toHaveLength(49);
  });

  it('reads the plan info from the running footer and the text', () => {
    expect(plan.plan).toEqual({
      title: 'Tietohallinto - toimenpidesuunnitelma 2019-2020',
      organisation: 'Naantalin kaupunki',
      periodStart: '2019-01',
      periodEnd: '2020-12'
    });
    // the sections' own texts are kept as notes; nothing else to warn about
    expect(plan.warnings.filter((w) => w.code !== 'importSectionText')).toEqual([]);
  });

  it('numbers and titles the first and last project of each section', () => {
    const sample = ['2.1', '2.9.1', '3.1', '3.6.1', '4.1.1', '4.2.2', '5.1', '5.4.10', '6.1', '6.7.1'].map((number) => [
      number,
      project(plan, number).title
    ]);
    expect(sample).toEqual([
      ['2.1', 'M365 – tuotavuuden lisääminen toimisto-ohjelmistojen käytössä'],
      ['2.9.1', 'Laitevaihdot'],
      ['3.1', 'Tiedonhallintolaki'],
      ['3.6.1', 'Pysäköinninvalvonnan siirtyminen mobiiliin'],
      ['4.1.1', 'Opetuksen sähköinen työpöytä (OPH)'],
      ['4.2.2', 'Avustukset'],
      ['5.1', 'UNA Kaari'],
      ['5.4.10', 'Hoito- ja vanhuspalvelut - Kameravalvonta ja tabletit'],
      ['6.1', 'Teknisten palveluiden järjestelmäkartoitus, Paikkatietopalveluiden kehittäminen'],
      ['6.7.1', '3D-kaupunkimalli']
    ]);
    // 6.3 does not exist in the document; groups (2.9, 3.2, ...) are not projects
    expect(plan.projects.map((p) => p.number)).not.toContain('6.3');
    expect(plan.projects.map((p) => p.number)).not.toContain('3.2');
  });

  it('places projects in sections, service areas and units', () => {
    const placement = (number: string): (string | null)[] => {
      const item = project(plan, number);
      return [item.category, item.serviceArea, item.unit];
    };
    expect(placement('2.1')).toEqual([CATEGORY.infrastructure, 'Tietohallinto', null]);
    expect(placement('2.9.1')).toEqual([CATEGORY.infrastructure, 'Tietohallinto', 'Rutiinitoimet ja -tehtävät']);
    expect(placement('3.1')).toEqual([CATEGORY.serviceArea, 'Hallintopalvelut', null]);
    expect(placement('3.2.1')).toEqual([CATEGORY.serviceArea, 'Hallintopalvelut', 'Rahatoimi ja taloushallinto']);
    expect(placement('4.2.2')).toEqual([CATEGORY.serviceArea, 'Sivistyspalvelut', 'Kulttuuri- ja vapaa-aikapalvelut']);
    expect(placement('5.2')).toEqual([CATEGORY.serviceArea, 'Sosiaali- ja terveyspalvelut', null]);
    expect(placement('5.3.4')).toEqual([CATEGORY.serviceArea, 'Sosiaali- ja terveyspalvelut', 'Terveyspalvelut']);
    expect(placement('6.6.2')).toEqual([CATEGORY.serviceArea, 'Tekniset palvelut', 'Yhdyskuntatekniikka']);
  });

  it('reads the short-template fields', () => {
    const first = project(plan, '2.1');
    expect(first.description).toMatch(/^Hankkeessa edistetään yhteisten käytäntöjen luomista, tietojen löydettävyyttä \(versionhallinta\)/);
    expect(first.whatChanges).toBe('Toteutamme Naantalin tapaa toimia toimisto-ohjelmistojen kanssa');
    expect(first.strategicGoal).toBe('Sisäisten prosessien sähköistäminen ja toiminnan laadullinen parantaminen');
    expect(first.schedule).toMatchObject({ text: '3/2019 – 12/2020', start: '2019-03', end: '2020-12' });
    expect(first.likelihood).toBeNull();
    expect(first.costs.text).toBeNull();
    expect(first.impacts.economic).toBeNull();
    expect(project(plan, '3.6.1').strategicGoal).toBe('Sisäisten prosessien oikaisu ja sähköisen toiminnan edistäminen');
    expect(project(plan, '2.4').description).toContain('seuraavin tarkentavin toimenpitein:\n- laitteen päällä olo\n- resurssien');
  });

  it('keeps the page footer out of the descriptions', () => {
    expect(project(plan, '2.8').description).toBe(
      'Käydään läpi käyttäjähallintaan liittyvät prosessit ja automatisoidaan tiedonkulkua mahdollisimman paljon. ' +
        'Automatisoinnin tueksi haetaan IDM-ratkaisua (Identity Management) kuitenkin siten, että ratkaisu on kevyt ja ' +
        'Naantalin olosuhteisiin sopiva.\n\nRiskinä nähdään se, että IDM-ratkaisut ovat usein hyvin laajoja ja monimutkaisesti ' +
        'konfiguroitavia ja siten myös kalliita. Tässä yhteydessä tutkitaan M365-toteutuksen tarjoamat mahdollisuudet erityisesti tiedonkulun tueksi.'
    );
    const all = plan.projects.flatMap(textFields).join('\n');
    expect(all).not.toContain('toimenpidesuunnitelma 2019-2020');
  });

  it('warns about the project without a schedule', () => {
    expect(project(plan, '3.2.2').schedule.text).toBeNull();
    expect(project(plan, '3.2.2').warnings).toContainEqual(
      expect.objectContaining({ code: 'importMissingField', field: 'schedule' })
    );
  });
});

describeSeeds('seed 003: Naantali IT action plan autumn 2023 + 2024 (full template)', () => {
  let plan: ImportedPlan;
  beforeAll(() => {
    plan = importSeed('003_');
  });

  it('imports exactly 23 projects and skips the table of contents', () => {
    expect(plan.projects).toHaveLength(23);
    expect(plan.projects.map((p) => p.number)).toEqual([
      '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10',
      '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8',
      '4.1', '4.2', '4.3',
      '5.1', '5.2'
    ]);
    expect(plan.projects.every((p) => !p.title.includes('....'))).toBe(true);
  });

  it('reads the plan info from the title page', () => {
    expect(plan.plan).toEqual({
      title: 'Tietohallinnon toimenpidesuunnitelma',
      organisation: 'Naantalin kaupunki',
      periodStart: '2023-09',
      periodEnd: '2024-12'
    });
    expect(plan.warnings.filter((w) => w.code !== 'importSectionText')).toEqual([]);
  });

  it('numbers, titles and places the first and last project of each section', () => {
    const sample = ['2.1', '2.10', '3.1', '3.8', '4.1', '4.3', '5.1', '5.2'].map((number) => {
      const item = project(plan, number);
      return [number, item.title, item.category, item.serviceArea, item.unit];
    });
    expect(sample).toEqual([
      ['2.1', 'Asset Management', CATEGORY.infrastructure, 'Tietohallinto', null],
      ['2.10', 'Vanhojen verkkolaitteiden uusiminen', CATEGORY.infrastructure, 'Tietohallinto', null],
      ['3.1', 'Verkkosivujen kieliversiot', CATEGORY.serviceArea, 'Hallintopalvelut', null],
      ['3.8', 'TE-palvelut 2024 -uudistus', CATEGORY.serviceArea, 'Hallintopalvelut', null],
      ['4.1', 'Kansallinen e-kirjasto', CATEGORY.serviceArea, 'Sivistyspalvelut', null],
      ['4.3', 'Tietosuojapalvelut, opetussovellusten turvallinen käyttö', CATEGORY.serviceArea, 'Sivistyspalvelut', null],
      ['5.1', 'Suurtulostimen uusiminen', CATEGORY.serviceArea, 'Tekniset palvelut', null],
      ['5.2', 'Sähköisen kiinteistönvaihdannan järjestelmän käyttöönotto', CATEGORY.serviceArea, 'Tekniset palvelut', null]
    ]);
  });

  it('reads all fields of 2.1', () => {
    const item = project(plan, '2.1');
    expect(item.description).toMatch(/^Tietohallinnon omaisuutta halutaan hallinnoida aiempaa kattavammin/);
    expect(item.whatChanges).toMatch(/^Omaisuuden hallinta paranee\. /);
    expect(item.impacts.economic).toBe(item.whatChanges);
    expect(item.impacts.organisation).toBe(
      'Omaisuuden hallinta paranee. Laitteiden sekä niiden oheislaitteiden jäljitettävyyks paranee. Palveluiden sisäisen laskutuksen kohdentaminen helpottuu.'
    );
    expect(item.impacts.security).toBe('Kontrolli laitteiden tilastatuksesta paranee, mikä parantaa myös tietoturvallisuutta.');
    expect(item.impacts.dataUse).toBe('Omaisuuden hallinta siirtyy exceleistä yhteiseen tietokantapohjaiseen järjestelmään');
    expect(item.impacts.caseManagement).toBe('Ei vaikutusta');
    expect(item.strategicGoal).toBe('Toiminnan laadullinen parantaminen');
    expect(item.schedule).toMatchObject({ text: '4/2023–12/2023', start: '2023-04', end: '2023-12' });
    expect(item.likelihood).toBe('Suhteellisen varmaa – resursointi toki aina henkilöriippuvaista');
    expect(item.scheduleOwner).toBe('Tietohallinto');
    expect(item.costs).toMatchObject({ investmentMin: 5000, investmentMax: 10000, recurringPerYearMin: null, recurringPerYearMax: null });
    expect(item.costs.text).toContain('5000 – 10000');
    expect(item.resources).toBe('Tietohallinto, ostopalvelut');
  });

  it('joins an impact answer split across an empty line and keeps the running footer out of values', () => {
    expect(project(plan, '2.4').impacts.dataUse).toBe(
      'Suunnitelmat ovat kootusti nähtävissä Digiturvamallissa sen sijaan, että ne olisivat paperilla tai hajautetusti ' +
        'palveluajon eri tavoin järjestetyissä ”siiloissa”. Muutosten hallinta tulee olemaan selkeämpää ja informatiivisempaa.'
    );
    expect(project(plan, '4.3').costs.text).toBe('Perustamiskulut 1 000-2 000 euroa. Käyttökustannusarvio 300-500 euroa per kuukausi.');
    expect(project(plan, '5.2').resources).toBe('Edellyttää työpanosta ja resursseja maankäytöstä ja hallintopalveluista.');
    const all = plan.projects.flatMap(textFields).join('\n');
    expect(all).not.toContain('toimenpidesuunnitelma syksy 2023');
  });

  it('has every template field for every project', () => {
    for (const item of plan.projects) {
      expect(item.warnings.filter((w) => w.code === 'importMissingField')).toEqual([]);
      expect(Object.values(item.impacts).every((value) => value !== null)).toBe(true);
      expect([item.likelihood, item.scheduleOwner, item.costs.text, item.resources, item.schedule.text]).not.toContain(null);
    }
  });

  it('gives the same projects when read as Markdown', () => {
    const { text } = readSeed('003_');
    expect(parsePlanText(text, { format: 'markdown' }).projects).toEqual(plan.projects);
  });
});

describeSeeds('seed 004: Kauniainen ICT programme 2021–2023 (free form)', () => {
  let plan: ImportedPlan;
  beforeAll(() => {
    plan = importSeed('004_');
  });

  it('imports the 22 numbered development items (x.y.z), not the unnumbered sub-topics or the appendix', () => {
    expect(plan.projects.map((p) => p.number)).toEqual([
      '3.1.1', '3.1.2',
      '3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.2.5', '3.2.6', '3.2.7',
      '4.1.1', '4.1.2', '4.1.3',
      '4.2.1', '4.2.2', '4.2.3',
      '4.3.1', '4.3.2', '4.3.3', '4.3.4', '4.3.5',
      '4.4.1', '4.4.2'
    ]);
    expect(plan.warnings.filter((w) => w.code === 'importSkippedSection')).toEqual([{ code: 'importSkippedSection', detail: 'Liite 1. Kauniaisten strategiset painopisteet' }]);
    // the group introductions (with their proposals) are kept as notes with their headings
    expect(plan.warnings.filter((w) => w.code === 'importSectionText').map((w) => w.field)).toEqual(['JOHDANTO', 'YLEISTÄ', 'ICT-KEHITYSKOHTEET', 'KEHITYSKOHTEET TOIMIALOITTAIN', 'Sivistystoimi', 'Yhdyskuntatoimi', 'Sosiaali- ja terveystoimi']);
  });

  it('reads the plan info', () => {
    // no title page: the name the programme gives itself, with a warning
    expect(plan.plan).toEqual({ title: 'ICT-ohjelma', organisation: 'Kauniaisten kaupunki', periodStart: '2021-01', periodEnd: '2023-12' });
    expect(plan.warnings).toContainEqual({ code: 'importValueInferred', field: 'plan.title', detail: 'ICT-ohjelma' });
  });

  it('groups the items by the unnumbered headings they appear under', () => {
    const sample = ['3.1.1', '3.2.1', '3.2.7', '4.1.1', '4.2.3', '4.3.5', '4.4.2'].map((number) => {
      const item = project(plan, number);
      return [number, item.title, item.category, item.serviceArea];
    });
    expect(sample).toEqual([
      ['3.1.1', 'Tiedonhallinta', CATEGORY.cityWide, null],
      ['3.2.1', 'Laiterekisteri ja laitteiden etähallinta', CATEGORY.infrastructure, null],
      ['3.2.7', 'Puhelimet', CATEGORY.infrastructure, null],
      ['4.1.1', 'Kaupunginkanslia ja viestintä', CATEGORY.serviceArea, 'Yleishallinto'],
      ['4.2.3', 'Kehityskohteet', CATEGORY.serviceArea, 'Sivistystoimi'],
      ['4.3.5', 'Ympäristö', CATEGORY.serviceArea, 'Yhdyskuntatoimi'],
      ['4.4.2', 'Vanhuspalvelut', CATEGORY.serviceArea, 'Sosiaali- ja terveystoimi']
    ]);
  });

  it('gives descriptions only, with sub-topics and lists kept, and schedules stated in the text marked as inferred', () => {
    for (const item of plan.projects) {
      expect(item.description).not.toBeNull();
      expect([item.whatChanges, item.strategicGoal, item.costs.text, item.likelihood]).toEqual([null, null, null, null]);
      // a schedule is only ever taken from the item's own text, and says so
      const inferred = item.warnings.filter((w) => w.code === 'importValueInferred');
      expect(item.warnings).toEqual(inferred);
      expect(inferred.map((w) => w.detail)).toEqual(item.schedule.text === null ? [] : [item.schedule.text]);
      expect(item.schedule.text === null || (item.description ?? '').includes(item.schedule.text)).toBe(true);
    }
    expect([project(plan, '4.4.1').schedule.text, project(plan, '4.4.1').schedule.start]).toEqual(['Käyttöönoton tavoite 1.1.2023.', '2023-01']);
    expect([project(plan, '4.1.2').schedule.start, project(plan, '4.1.2').schedule.end]).toEqual(['2022-09', '2022-11']);
    expect(project(plan, '4.1.1').description).toMatch(/^Intran kehitys\n\nIntran sisällön tuotanto on jäänyt kesken/);
    expect(project(plan, '3.2.7').description).toMatch(/^- Kaikki Kauniaisten kaupungin omistamat puhelimet siirretään etävalvonnan piiriin, /);
    expect(project(plan, '4.4.2').description).toMatch(/Terveystoimen lainapadi\n\nTiimipohjainen .* päivityksiä\.$/);
    // the group headings are not swallowed into the previous item
    expect(project(plan, '3.1.2').description).not.toContain('Infrastruktuuri');
    expect(project(plan, '4.4.2').description).not.toContain('Kuntalainen keskiössä');
  });
});

describeSeeds('seed 002: IT strategy (not a plan)', () => {
  it('says that the document has no plan structure', () => {
    const plan = importSeed('002_');
    expect(plan.warnings).toContainEqual({ code: 'importNoPlanStructure' });
    // a strategy's sections are not projects (nothing invented); their texts are kept as notes
    expect(plan.plan.title).toBe('Tietohallintostrategia');
    expect(plan.projects).toEqual([]);
    expect(plan.warnings.filter((w) => w.code === 'importSectionText').length).toBeGreaterThanOrEqual(6);
  });
});

describeSeeds('no invented values', () => {
  const prefixes = ['000_', '002_', '003_', '004_'];

  it('has structured values to check (the checks below are not vacuous)', () => {
    const projects = prefixes.flatMap((prefix) => importSeed(prefix).projects);
    expect(projects.filter((item) => item.schedule.start !== null).length).toBeGreaterThan(60);
    expect(projects.filter((item) => item.costs.investmentMin !== null || item.costs.recurringPerYearMin !== null).length).toBeGreaterThan(10);
  });

  it.each(prefixes)('seed %s: every structured month has its year in the schedule text', (prefix) => {
    for (const item of importSeed(prefix).projects) {
      const schedule = item.schedule;
      const months = [schedule.start, schedule.end, ...schedule.phases.flatMap((phase) => [phase.start, phase.end])].filter(
        (month): month is string => month !== null
      );
      if (schedule.text === null) {
        expect(months).toEqual([]);
        continue;
      }
      for (const month of months) {
        const year = month.slice(0, 4);
        const written = schedule.text.includes(year) || containsNumber(schedule.text, year.slice(2));
        expect({ number: item.number, text: schedule.text, month, written }).toEqual({ number: item.number, text: schedule.text, month, written: true });
      }
    }
  });

  it.each(prefixes)('seed %s: every cost figure is traceable to the cost text', (prefix) => {
    for (const item of importSeed(prefix).projects) {
      const costs = item.costs;
      const figures = (['investmentMin', 'investmentMax', 'recurringPerYearMin', 'recurringPerYearMax'] as const).filter(
        (key) => costs[key] !== null
      );
      if (costs.text === null) {
        expect(figures).toEqual([]);
        continue;
      }
      const evidence = parseCosts(costs.text).evidence;
      for (const key of figures) {
        const found = evidence.find((entry) => entry.field === key && Number(entry.value) === costs[key]);
        expect({ number: item.number, key, found: found !== undefined }).toEqual({ number: item.number, key, found: true });
        if (found) {
          expect(costs.text).toContain(found.source);
          expect(found.source).toMatch(/\d/);
        }
      }
    }
  });
});
