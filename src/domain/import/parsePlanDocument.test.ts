import { CATEGORY } from '../vocabulary';
import type { ImportedPlan } from './importModel';
import { parsePlanText } from './parsePlanDocument';
import { doc, projectNumbered } from '../../../test/support/importedProject';

/** Fixtures are written for these tests (a fictional city, Esimerkkilä), not taken from customer documents. */
const project = projectNumbered;

function numbers(plan: ImportedPlan): (string | null)[] {
  return plan.projects.map((candidate) => candidate.number);
}

const SHORT_TEMPLATE = doc(
  '1. Suunnitelman tarkoitus',
  'Tämä asiakirja kokoaa tietohallinnon kehityskohteet kaudelle 2025-2026.',
  '2. Perusinfrastruktuurihankkeet, tietohallinto (omistajana)',
  'Perusinfran hankkeet pitävät yllä kaupungin yhteisiä palveluita.',
  '2.1 Varmuuskopioinnin uudistus',
  'Nykyinen varmuuskopiointi korvataan pilvipohjaisella ratkaisulla.',
  'Mikä muuttuu: Palautukset nopeutuvat.',
  'Strateginen tavoite: Toiminnan laadullinen parantaminen',
  'Aikataulu: 3/2025 – 12/2025',
  '2.2 Tulostuspalvelut',
  'Kilpailutetaan monitoimilaitteet.',
  'Mikä muuttuu: Laitekanta yhtenäistyy.',
  'Strateginen tausta: Kustannustehokkuus',
  'Aikataulu: 2026',
  '3. Koko kaupunkia koskevat kehityshankkeet',
  '3.1 Sähköinen allekirjoitus',
  'Otetaan käyttöön yhteinen allekirjoituspalvelu.',
  'Mikä muuttuu: Paperiset allekirjoituskierrot loppuvat.',
  'Strateginen toiminta: Sähköisen asioinnin parantaminen',
  'Aikataulu: 1-6/2026',
  '4. Palvelualakohtaiset kehityshankkeet, tekniset palvelut',
  'Teknisten palveluiden hankkeet.',
  '4.1 Kiinteistöt',
  'Kiinteistöjen hankkeet liittyvät rakennusautomaatioon.',
  '4.1.1 Etäluettavat mittarit',
  'Vesimittarit vaihdetaan etäluettaviin.',
  'Mikä muuttuu: Käsin tehtävät lukemat jäävät pois.',
  'Strateginen tavoite/tausta: Prosessien sujuvoittaminen',
  'Aikataulu: 8/2025 - 5/2026',
  '4.1.2 Kulunvalvonnan uusiminen',
  'Vanhat kulkulukijat uusitaan.',
  'Mikä muuttuu: Kulkuoikeudet hallitaan keskitetysti.',
  'Strateginen tavoite: Tietoturvan parantaminen',
  'Aikataulu: 2025-2026',
  '4.2 Liikenneturvallisuuskamerat',
  'Koulujen lähelle asennetaan nopeusnäytöt.',
  'Mikä muuttuu: Ajonopeudet laskevat.',
  'Strateginen tavoite: Toiminnan laadullinen parantaminen',
  'Aikataulu: syksy 2025',
  '5. Toimialakohtaiset kehityshankkeet, ympäristöpalvelut',
  '5.1 Ilmanlaadun seuranta',
  'Ilmanlaadun anturit liitetään avoimeen rajapintaan.',
  'Mikä muuttuu: Mittaustieto on avointa.',
  'Strateginen tavoite: Avoin data',
  'Aikataulu: 2026'
);

describe('parsePlanText: sections, groups and projects', () => {
  const plan = parsePlanText(SHORT_TEMPLATE);

  it('makes projects of leaf headings only; intro sections and groups are not projects', () => {
    expect(numbers(plan)).toEqual(['2.1', '2.2', '3.1', '4.1.1', '4.1.2', '4.2', '5.1']);
    expect(plan.projects.map((p) => p.title)).not.toContain('Suunnitelman tarkoitus');
    expect(plan.projects.map((p) => p.title)).not.toContain('Kiinteistöt');
  });

  it('takes the unit from the group heading above the project', () => {
    expect(project(plan, '4.1.1').unit).toBe('Kiinteistöt');
    expect(project(plan, '4.1.2').unit).toBe('Kiinteistöt');
    expect(project(plan, '4.2').unit).toBeNull();
    expect(project(plan, '2.1').unit).toBeNull();
  });

  it('takes category and service area from the top-level section heading', () => {
    expect(project(plan, '2.1')).toMatchObject({ category: CATEGORY.infrastructure, serviceArea: 'Tietohallinto' });
    expect(project(plan, '3.1')).toMatchObject({ category: CATEGORY.cityWide, serviceArea: null });
    expect(project(plan, '4.1.1')).toMatchObject({ category: CATEGORY.serviceArea, serviceArea: 'Tekniset palvelut' });
    // not one of the default service areas: the written name, capitalised
    expect(project(plan, '5.1')).toMatchObject({ category: CATEGORY.serviceArea, serviceArea: 'Ympäristöpalvelut' });
  });

  it('reads the short-template fields and the label variations', () => {
    const first = project(plan, '2.1');
    expect(first.title).toBe('Varmuuskopioinnin uudistus');
    expect(first.description).toBe('Nykyinen varmuuskopiointi korvataan pilvipohjaisella ratkaisulla.');
    expect(first.whatChanges).toBe('Palautukset nopeutuvat.');
    expect(first.strategicGoal).toBe('Toiminnan laadullinen parantaminen');
    expect(first.schedule).toMatchObject({ text: '3/2025 – 12/2025', start: '2025-03', end: '2025-12' });
    expect(project(plan, '2.2').strategicGoal).toBe('Kustannustehokkuus');
    expect(project(plan, '3.1').strategicGoal).toBe('Sähköisen asioinnin parantaminen');
    expect(project(plan, '4.1.1').strategicGoal).toBe('Prosessien sujuvoittaminen');
  });

  it('leaves fields the short template does not have null', () => {
    const first = project(plan, '2.1');
    expect(first.likelihood).toBeNull();
    expect(first.scheduleOwner).toBeNull();
    expect(first.resources).toBeNull();
    expect(first.costs).toEqual({ text: null, investmentMin: null, investmentMax: null, recurringPerYearMin: null, recurringPerYearMax: null });
    expect(first.impacts).toEqual({ economic: null, organisation: null, security: null, dataUse: null, caseManagement: null });
    expect(first.warnings).toEqual([]);
  });

  it('reads the plan period from the introduction when nothing else states it', () => {
    expect(plan.plan).toEqual({ title: null, organisation: null, periodStart: '2025-01', periodEnd: '2026-12' });
  });
});

describe('parsePlanText: table of contents, page headers and footers', () => {
  const text = doc(
    'Esimerkkilän kaupunki',
    '',
    'Tietohallinnon toimenpidesuunnitelma',
    'syksy 2025, vuosi 2026',
    '',
    'Sisälllys',
    '1\tJohdanto .....\t2',
    '2\tPerusinfrastruktuurihankkeet, tietohallinto .....\t2',
    '2.1\tPalomuurien uusiminen.....\t3',
    '2.2\tEtätyön yhteydet .....\t4',
    '',
    '1 Johdanto',
    'Suunnitelma kattaa loppuvuoden ja seuraavan vuoden.',
    '2 Perusinfrastruktuurihankkeet, tietohallinto',
    '2.1 Palomuurien uusiminen',
    'Palomuurit ovat elinkaarensa lopussa ja ne vaihdetaan uuteen malliin, joka tukee',
    'Esimerkkilä - toimenpidesuunnitelma 2025-2026',
    'Sivu 3 (9)',
    'keskitettyä hallintaa.',
    'Aikataulu: 9/2025 – 3/2026',
    '2.2 Etätyön yhteydet',
    'Etäyhteydet siirretään uuteen ratkaisuun.',
    '7',
    'Esimerkkilä - toimenpidesuunnitelma 2025-2026',
    'Aikataulu: 2026',
    '8'
  );
  const plan = parsePlanText(text);

  it('skips the table of contents: no TOC line becomes a project', () => {
    expect(numbers(plan)).toEqual(['2.1', '2.2']);
    expect(plan.projects.every((p) => !p.title.includes('....'))).toBe(true);
  });

  it('drops repeated running footers and page numbers, and joins the sentence they split', () => {
    expect(project(plan, '2.1').description).toBe(
      'Palomuurit ovat elinkaarensa lopussa ja ne vaihdetaan uuteen malliin, joka tukee keskitettyä hallintaa.'
    );
    expect(project(plan, '2.2').description).toBe('Etäyhteydet siirretään uuteen ratkaisuun.');
    expect(project(plan, '2.2').schedule.text).toBe('2026');
  });

  it('reads title, organisation and a seasonal period from the title page', () => {
    expect(plan.plan).toEqual({
      title: 'Tietohallinnon toimenpidesuunnitelma',
      organisation: 'Esimerkkilän kaupunki',
      periodStart: '2025-09',
      periodEnd: '2026-12'
    });
    // the introduction is no project's text: kept as a note, nothing else to warn about
    expect(plan.warnings.map((w) => w.code)).toEqual(['importSectionText']);
  });

  it('keeps a value that repeats after the same label in several projects', () => {
    const repeated = parsePlanText(
      doc(
        '2. Hankkeet',
        '2.1 Ensimmäinen',
        '**Strateginen tausta:**',
        '',
        'Digiohjelman toteuttaminen',
        '2.2 Toinen',
        '**Strateginen tausta:**',
        '',
        'Digiohjelman toteuttaminen'
      )
    );
    expect(repeated.projects.map((p) => p.strategicGoal)).toEqual(['Digiohjelman toteuttaminen', 'Digiohjelman toteuttaminen']);
  });

  it('skips a table-of-contents entry whose title wraps onto a second line', () => {
    const wrapped = parsePlanText(
      doc(
        'Sisällys',
        '2\tHankkeet .....\t2',
        '2.1\tErittäin pitkä hankkeen nimi, joka ei mahdu',
        'yhdelle riville .....\t3',
        '2.2\tLyhyt .....\t4',
        '',
        '2 Hankkeet',
        '2.1 Erittäin pitkä hankkeen nimi, joka ei mahdu yhdelle riville',
        'Kuvaus.',
        '2.2 Lyhyt',
        'Toinen kuvaus.'
      )
    );
    expect(wrapped.projects.map((p) => [p.number, p.title])).toEqual([
      ['2.1', 'Erittäin pitkä hankkeen nimi, joka ei mahdu yhdelle riville'],
      ['2.2', 'Lyhyt']
    ]);
    expect(wrapped.warnings.filter((w) => w.code === 'importUnplacedText')).toEqual([]);
  });

  it('recognises the Swedish table-of-contents heading too', () => {
    const swedish = parsePlanText(doc('Innehåll', '2\tInfrastruktur .....\t2', '2.1\tNätverk .....\t3', '', '2 Infrastruktur', '2.1 Nätverk', 'Nätet förnyas.'));
    expect(numbers(swedish)).toEqual(['2.1']);
    expect(project(swedish, '2.1').description).toBe('Nätet förnyas.');
  });
});

describe('parsePlanText: headings', () => {
  it('joins a numbered heading whose title continues on the next line', () => {
    const plan = parsePlanText(
      doc(
        '2. Perusinfrastruktuurihankkeet, tietohallinto',
        '2.1 Verkkolevyjen siirto pilvipalveluun ja',
        'tiedostojen arkistointi',
        'Verkkolevyt poistuvat käytöstä.',
        '2.2 Paikkatietojärjestelmän kartoitus, palvelun',
        'jatkokehitys',
        'Kartoitetaan nykytila.'
      )
    );
    expect(plan.projects.map((p) => p.title)).toEqual([
      'Verkkolevyjen siirto pilvipalveluun ja tiedostojen arkistointi',
      'Paikkatietojärjestelmän kartoitus, palvelun jatkokehitys'
    ]);
    expect(project(plan, '2.1').description).toBe('Verkkolevyt poistuvat käytöstä.');
  });

  it('does not take numbers inside the text for headings', () => {
    const plan = parsePlanText(
      doc(
        '2. Perusinfrastruktuurihankkeet, tietohallinto',
        '2.1 Työasemat',
        'Vaihdetaan noin 300 työasemaa. Hankinta tehdään vuonna',
        '2026 yhteishankintana.',
        'Aikataulu: 2026',
        '2.2 Tulostimet',
        'Tulostimet vähennetään.'
      )
    );
    expect(numbers(plan)).toEqual(['2.1', '2.2']);
    expect(project(plan, '2.1').description).toBe('Vaihdetaan noin 300 työasemaa. Hankinta tehdään vuonna 2026 yhteishankintana.');
  });

  it('takes an unnumbered plan-section line for the missing top-level heading', () => {
    const plan = parsePlanText(
      doc(
        'Esimerkkilän kaupunki',
        'Perusinfrastruktuurihankkeet, tietohallinto',
        '2.1 Palvelinten päivitys',
        'Palvelimet päivitetään.',
        'Palvelualakohtaiset kehityshankkeet, sosiaali- ja terveyspalvelut',
        '3.1 Ajanvaraus',
        'Sähköinen ajanvaraus laajenee.'
      )
    );
    expect(plan.projects.map((p) => [p.number, p.category, p.serviceArea, p.description])).toEqual([
      ['2.1', CATEGORY.infrastructure, 'Tietohallinto', 'Palvelimet päivitetään.'],
      ['3.1', CATEGORY.serviceArea, 'Sosiaali- ja terveyspalvelut', 'Sähköinen ajanvaraus laajenee.']
    ]);
    expect(plan.plan.organisation).toBe('Esimerkkilän kaupunki');
    expect(plan.warnings).toEqual([]);
  });

  it('warns about a number used twice', () => {
    const plan = parsePlanText(
      doc('2. Hankkeet', '2.1 Ensimmäinen', 'Teksti yksi.', '2.2 Toinen', 'Teksti kaksi.', '2.2 Kolmas', 'Teksti kolme.')
    );
    expect(plan.projects.map((p) => p.title)).toEqual(['Ensimmäinen', 'Toinen', 'Kolmas']);
    expect(project(plan, '2.1').warnings).toEqual([]);
    expect(plan.projects[2]?.warnings).toContainEqual({ code: 'importDuplicateNumber', field: 'number', detail: '2.2' });
  });
});

describe('parsePlanText: document warnings', () => {
  it('reports preamble text it could not place', () => {
    const plan = parsePlanText(doc('Luonnos kommentoitavaksi', '2. Hankkeet', '2.1 Yksi', 'Teksti.', 'Aikataulu: 2026'));
    expect(plan.warnings).toEqual([{ code: 'importUnplacedText', detail: 'Luonnos kommentoitavaksi' }]);
  });

  it('flags a document without plan structure and marks empty projects', () => {
    const plan = parsePlanText(doc('1. Taustaa', 'Historiaa.', '2. Painopisteet', '2.1 Laatu', 'Laatua parannetaan.', '2.2 Yhteistyö'));
    expect(plan.warnings).toContainEqual({ code: 'importNoPlanStructure' });
    expect(project(plan, '2.2').warnings).toContainEqual({ code: 'importEmptyProject', detail: 'Yhteistyö' });
  });

  it('returns an empty plan for empty input', () => {
    expect(parsePlanText('')).toEqual({ plan: { title: null, organisation: null, periodStart: null, periodEnd: null }, projects: [], warnings: [] });
  });
});
