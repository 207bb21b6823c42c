/**
 * What an import must never do: invent a project from a numbered list, lose a project's text to
 * another, or take a garbled heading for a new service area. Documents written for these tests
 * (a fictional city, Kuusilahti), not taken from customer documents.
 */
import type { ImportedPlan, ImportedProject } from './importModel';
import { parsePlanText } from './parsePlanDocument';
import { doc, projectNumbered } from '../../../test/support/importedProject';
import { editDistance, matchServiceAreas, nearestKnownName } from './nameMatching';
import { ownerOfSentence } from './toProject';
import { ownerSentence } from './projects';

const project = projectNumbered;

const LIST_IN_DESCRIPTION = doc(
  'Kuusilahden tietohallinnon toimenpidesuunnitelma 2027–2028',
  '',
  '1 Johdanto',
  'Suunnitelma kokoaa kaupungin tietohallinnon kehityskohteet.',
  '',
  '2 Koko kaupunkia koskevat kehityshankkeet',
  '',
  '2.1 Lähiverkon uusiminen',
  'Toimipisteiden kytkimet vaihdetaan.',
  'Mikä muuttuu: Verkko nopeutuu ja vikoja on vähemmän.',
  'Aikataulu: 1–6/2027',
  '',
  '2.2 Asianhallinnan uudistus',
  'Uudistus etenee näissä vaiheissa:',
  '1. Nykytilan kartoitus',
  '2. Vaatimusten kirjaaminen',
  '3. Markkinavuoropuhelu toimittajien kanssa, jossa kuullaan',
  'myös naapurikuntien kokemuksia',
  '4. Kilpailutus',
  '5. Sopimuksen laatiminen',
  '6. Käyttöönotto',
  '7. Henkilöstön koulutus',
  '8. Vanhan järjestelmän alasajo',
  'Mikä muuttuu: Asiat käsitellään yhdessä järjestelmässä.',
  'Strateginen tavoite: Sujuva asiointi',
  'Aikataulu: 3/2027–12/2028',
  '',
  '2.3 Tulostuspalvelut',
  'Mikä muuttuu: Tulostimia on vähemmän.',
  'Aikataulu: 2028',
  '',
  '3 Palvelualakohtaiset kehityshankkeet, sivistyspalvelut',
  '',
  '3.1 Oppimisalusta',
  'Mikä muuttuu: Opettajat käyttävät yhtä alustaa.',
  'Aikataulu: syksy 2027'
);

describe('a numbered list inside a project is the project\'s text, never new projects', () => {
  const plan = parsePlanText(LIST_IN_DESCRIPTION);

  it('finds exactly the projects of the outline', () => {
    expect(plan.projects.map((p) => p.number)).toEqual(['2.1', '2.2', '2.3', '3.1']);
  });

  it('keeps every list item, in order, in the description of the project it belongs to', () => {
    const description = project(plan, '2.2').description ?? '';
    const items = description.split('\n').filter((line) => /^\d\. /.test(line));
    expect(items).toHaveLength(8);
    expect(items[0]).toBe('1. Nykytilan kartoitus');
    expect(items[2]).toBe('3. Markkinavuoropuhelu toimittajien kanssa, jossa kuullaan myös naapurikuntien kokemuksia');
    expect(items[7]).toBe('8. Vanhan järjestelmän alasajo');
  });

  it('leaves the project\'s own fields with it, and the next project\'s with the next', () => {
    const p = project(plan, '2.2');
    expect(p.whatChanges).toBe('Asiat käsitellään yhdessä järjestelmässä.');
    expect(p.strategicGoal).toBe('Sujuva asiointi');
    expect([p.schedule.start, p.schedule.end]).toEqual(['2027-03', '2028-12']);
    expect(project(plan, '2.3').whatChanges).toBe('Tulostimia on vähemmän.');
    expect(project(plan, '3.1').serviceArea).toBe('Sivistyspalvelut');
  });

  it('says so when list numbers could also have been section numbers', () => {
    expect(plan.warnings).toContainEqual({ code: 'importListNotHeading', detail: '3. Markkinavuoropuhelu toimittajien kanssa, jossa kuullaan' });
  });

  it('still reads a numbered list that starts a new top-level section as sections when the outline continues from it', () => {
    const sections = parsePlanText(
      doc('1 Johdanto', 'Teksti.', '2 Yleiset kehityshankkeet', '2.1 Verkko', 'Aikataulu: 2027', '3 Koko kaupunkia koskevat', '3.1 Sähköposti', 'Aikataulu: 2028')
    );
    expect(sections.projects.map((p) => p.number)).toEqual(['2.1', '3.1']);
  });
});

describe('schedule owner written as a sentence', () => {
  it('is read from the project text when the template has no label', () => {
    const plan = parsePlanText(
      doc(
        '1 Koko kaupunkia koskevat kehityshankkeet',
        '1.1 Nuorisotilojen varausjärjestelmä',
        'Tilat varataan verkossa. Aikataulullinen vastuu on nuorisotoimella.',
        'Aikataulu: 2027',
        '1.2 Sähköinen arkisto',
        'Aikataulusta vastaa tietohallinto.',
        'Aikataulu: 2028'
      )
    );
    expect(project(plan, '1.1').scheduleOwner).toBe('Aikataulullinen vastuu on nuorisotoimella');
    // nothing is lost: the sentence stays in the description too
    expect(project(plan, '1.1').description).toContain('Aikataulullinen vastuu on nuorisotoimella.');
    expect(project(plan, '1.2').scheduleOwner).toBe('Aikataulusta vastaa tietohallinto');
  });

  it('names the vocabulary\'s owner kind, or none', () => {
    expect(ownerOfSentence('Aikataulullinen vastuu on nuorisotoimella')).toBe('serviceArea');
    expect(ownerOfSentence('Aikataulusta vastaa tietohallinto')).toBe('it');
    expect(ownerOfSentence('Aikatauluvastuu on järjestelmätoimittajalla')).toBe('external');
    expect(ownerOfSentence('Aikatauluvastuu on Pekalla')).toBeNull();
    expect(ownerSentence(['Vastuu riskeistä on johdolla.'])).toBeNull();
  });
});

describe('garbled headings are matched to the organisation\'s names, a city\'s own names kept', () => {
  it('counts a swapped pair of letters as one edit', () => {
    expect(editDistance('sivistystoimi', 'sivsitystoimi')).toBe(1);
    expect(editDistance('kissa', 'kissa')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
  });

  it('takes a near spelling as the known name, but not a different name', () => {
    const known = ['Sivistystoimi', 'Tekniset palvelut', 'Sosiaali- ja terveyspalvelut'];
    expect(nearestKnownName('Sivsitystoimi', known)).toBe('Sivistystoimi');
    expect(nearestKnownName('Tekniset plavelut', known)).toBe('Tekniset palvelut');
    expect(nearestKnownName('Sivistyspalvelut', known)).toBeNull();
    expect(nearestKnownName('Sivistystoimi', known)).toBeNull();
  });

  it('corrects every project under a garbled heading with one warning, and keeps a city\'s own name', () => {
    const plan = parsePlanText(
      doc(
        '1 Palvelualakohtaiset kehityshankkeet, sivistystoimi',
        '1.1 Oppilashallinto',
        'Aikataulu: 2027',
        '2 Palvelualakohtaiset kehityshankkeet, sivsitystoimi',
        '2.1 Kirjaston omatoimiaika',
        'Aikataulu: 2027',
        '2.2 Liikuntapaikkojen varaus',
        'Aikataulu: 2028',
        '3 Palvelualakohtaiset kehityshankkeet, tekniset plavelut',
        '3.1 Katuvalot',
        'Aikataulu: 2028'
      ),
      { serviceAreas: ['Sivistystoimi', 'Tekniset palvelut'] }
    );
    expect(plan.projects.map((p) => p.serviceArea)).toEqual(['Sivistystoimi', 'Sivistystoimi', 'Sivistystoimi', 'Tekniset palvelut']);
    expect(plan.warnings.filter((w) => w.code === 'importNameMatched').map((w) => w.detail)).toEqual(['Sivsitystoimi → Sivistystoimi', 'Tekniset plavelut → Tekniset palvelut']);
    const own = parsePlanText(doc('1 Palvelualakohtaiset kehityshankkeet, sivistystoimi', '1.1 Oppilashallinto', 'Aikataulu: 2027', '1.2 Kirjasto', 'Aikataulu: 2027'));
    expect(own.projects.map((p) => p.serviceArea)).toEqual(['Sivistystoimi', 'Sivistystoimi']);
    expect(own.warnings.filter((w) => w.code === 'importNameMatched')).toEqual([]);
  });

  it('takes the spelling of the table of contents when the heading itself is garbled', () => {
    const plan = parsePlanText(
      doc(
        'Sisällys',
        '1. Toimialakohtaiset kehityshankkeet, Vapaa-aikatoimi ........ 2',
        '1.1 Uimahallin kassajärjestelmä ........ 2',
        '',
        '1. Toimialakohtaiset kehityshankkeet, Vapaa-aiaktoimi',
        '1.1 Uimahallin kassajärjestelmä',
        'Aikataulu: 2027'
      ),
      { serviceAreas: [] }
    );
    expect(plan.projects.map((p) => p.serviceArea)).toEqual(['Vapaa-aikatoimi']);
    expect(plan.warnings).toContainEqual({ code: 'importNameMatched', field: 'serviceArea', detail: 'Vapaa-aiaktoimi → Vapaa-aikatoimi' });
  });

  it('uses the document\'s more frequent spelling when the organisation has no such name', () => {
    const base: ImportedPlan = parsePlanText(doc('1 Koko kaupunkia koskevat', '1.1 A', 'Aikataulu: 2027'));
    const template = base.projects[0] as ImportedProject;
    const plan: ImportedPlan = { ...base, projects: ['Vapaa-aikatoimi', 'Vapaa-aikatoimi', 'Vapaa-aiaktoimi'].map((serviceArea) => ({ ...template, serviceArea })) };
    expect(matchServiceAreas(plan, []).projects.map((p) => p.serviceArea)).toEqual(['Vapaa-aikatoimi', 'Vapaa-aikatoimi', 'Vapaa-aikatoimi']);
  });
});

describe('a free-form programme (no field labels)', () => {
  const plan = parsePlanText(
    doc(
      '1 Johdanto',
      'Digiohjelma on kaupungin kolmivuotinen suunnitelma kaudelle 2027–2029. Digiohjelma kattaa kaikki toimialat.',
      '2 Kehityskohteet',
      '2.1 Palkanlaskenta',
      'Nykyinen järjestelmä otettiin käyttöön vuonna 2015, ja sen tuki päättyy. Uuden järjestelmän käyttöönotto syksyllä 2028.',
      '2.2 Kotihoidon toiminnanohjaus',
      'Järjestelmä liitetään potilastietojärjestelmään. Käyttöönoton tavoite 1.1.2029.',
      '2.3 Hiilineutraali kaupunki',
      'Sivusto kertoo, miten kaupunki on hiilineutraali vuonna 2040.',
      '2.4 Verkko',
      'Valokuitu uusitaan 2027–2028 välisenä aikana, vanhat osat ovat vuodelta 1998.'
    )
  );

  it('takes the name the document gives itself as the title, with a warning', () => {
    expect(plan.plan.title).toBe('Digiohjelma');
    expect(plan.warnings).toContainEqual({ code: 'importValueInferred', field: 'plan.title', detail: 'Digiohjelma' });
  });

  it('takes a schedule stated in the text within the plan period, as written, with a warning', () => {
    const payroll = project(plan, '2.1');
    expect([payroll.schedule.start, payroll.schedule.end]).toEqual(['2028-09', '2028-11']);
    expect(payroll.schedule.text).toBe('Uuden järjestelmän käyttöönotto syksyllä 2028.');
    expect(payroll.warnings).toContainEqual({ code: 'importValueInferred', field: 'schedule', detail: 'Uuden järjestelmän käyttöönotto syksyllä 2028.' });
    expect([project(plan, '2.2').schedule.start, project(plan, '2.2').schedule.end]).toEqual(['2029-01', '2029-01']);
    expect([project(plan, '2.4').schedule.start, project(plan, '2.4').schedule.end]).toEqual(['2027-01', '2028-12']);
  });

  it('does not take history or a far goal for the schedule', () => {
    const goal = project(plan, '2.3');
    expect(goal.schedule.text).toBeNull();
    expect(goal.warnings.filter((w) => w.code === 'importValueInferred')).toEqual([]);
  });
});

describe('text that belongs to no project', () => {
  it('is kept as a warning with the section heading and the whole text, never dropped silently', () => {
    const plan = parsePlanText(
      doc(
        '1 Johdanto',
        'Suunnitelma kokoaa kehityskohteet.',
        '2 Palvelualakohtaiset kehityshankkeet, sivistyspalvelut',
        'Sivistyspalvelut ehdottaa koko kaupungille yhteistä oppimisanalytiikkaa.',
        '2.1 Oppimisalusta',
        'Aikataulu: 2027'
      )
    );
    const texts = plan.warnings.filter((w) => w.code === 'importSectionText');
    expect(texts).toEqual([
      { code: 'importSectionText', field: 'Johdanto', detail: 'Suunnitelma kokoaa kehityskohteet.' },
      { code: 'importSectionText', field: 'Palvelualakohtaiset kehityshankkeet, sivistyspalvelut', detail: 'Sivistyspalvelut ehdottaa koko kaupungille yhteistä oppimisanalytiikkaa.' }
    ]);
  });
});

describe('a strategy is not a plan', () => {
  it('offers no projects from a document that calls itself a strategy and has no plan structure, keeping its texts', () => {
    const strategy = parsePlanText(doc('Tietohallintostrategia 2026–2030', '1 Painopisteet', '1.1 Tiedolla johtaminen', 'Päätökset perustuvat tietoon.', '1.2 Yhteiset palvelut', 'Palvelut tuotetaan yhdessä.'));
    expect(strategy.projects).toEqual([]);
    expect(strategy.warnings).toContainEqual({ code: 'importSectionText', field: '1.1 Tiedolla johtaminen', detail: 'Päätökset perustuvat tietoon.' });
    // the same outline under another name is still offered (flagged) as projects
    const draft = parsePlanText(doc('Luonnos 2026', '1 Painopisteet', '1.1 Tiedolla johtaminen', 'Päätökset perustuvat tietoon.', '1.2 Yhteiset palvelut', 'Teksti.'));
    expect(draft.projects).toHaveLength(2);
    expect(draft.warnings).toContainEqual({ code: 'importNoPlanStructure' });
  });
});
