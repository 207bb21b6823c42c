import { CATEGORY } from '../vocabulary';
import type { ImportedPlan } from './importModel';
import { parsePlanText } from './parsePlanDocument';
import { doc, projectNumbered } from '../../../test/support/importedProject';

/** Fixtures are written for these tests (a fictional city, Esimerkkilä), not taken from customer documents. */
const project = projectNumbered;

function numbers(plan: ImportedPlan): (string | null)[] {
  return plan.projects.map((candidate) => candidate.number);
}

describe('parsePlanText: field values', () => {
  it('reads a value on the same line or on the following lines, keeping paragraphs and lists', () => {
    const plan = parsePlanText(
      doc(
        '2. Hankkeet',
        '2.1 Asianhallinnan päivitys',
        'Asianhallinta päivitetään uuteen versioon.',
        '',
        'Päivityksen yhteydessä tarkistetaan:',
        '- arkistointisäännöt',
        '- käyttöoikeudet',
        '',
        'Aikataulu riippuu toimittajan julkaisusta.',
        '',
        'Mikä muuttuu:',
        'Käsittely nopeutuu.',
        '',
        'Ohjeet päivitetään.',
        '',
        '**Aikataulu:**',
        '',
        '4/2026–9/2026'
      )
    );
    const item = project(plan, '2.1');
    expect(item.description).toBe(
      'Asianhallinta päivitetään uuteen versioon.\n\nPäivityksen yhteydessä tarkistetaan:\n- arkistointisäännöt\n- käyttöoikeudet\n\nAikataulu riippuu toimittajan julkaisusta.'
    );
    expect(item.whatChanges).toBe('Käsittely nopeutuu.\n\nOhjeet päivitetään.');
    expect(item.schedule).toMatchObject({ text: '4/2026–9/2026', start: '2026-04', end: '2026-09' });
  });

  it('joins lines broken mid-sentence, also across an empty line', () => {
    const plan = parsePlanText(
      doc('2. Hankkeet', '2.1 Dokumentointi', '', 'Ohjeet ovat nyt paperilla tai', '', 'hajallaan eri kansioissa.', '', 'Ne kootaan yhteen.')
    );
    expect(project(plan, '2.1').description).toBe('Ohjeet ovat nyt paperilla tai hajallaan eri kansioissa.\n\nNe kootaan yhteen.');
  });

  it('reads a double-spaced extraction: empty lines between lines, lines of spaces between paragraphs', () => {
    const wrapped = [
      '2. Perusinfrastruktuurihankkeet, tietohallinto',
      '2.1 Langattoman verkon laajennus',
      'Langaton verkko laajennetaan kaikkiin kaupungin toimipisteisiin, jotta kannettavia',
      'laitteita voidaan käyttää joustavasti myös neuvotteluhuoneissa ja kokoustiloissa.',
      ' ',
      'Samalla vanhat tukiasemat kierrätetään, koska niiden valmistajatuki on jo päättynyt',
      'eikä niihin saa enää tietoturvapäivityksiä tai muita korjauksia valmistajalta.',
      ' ',
      'Mikä muuttuu: Verkko kattaa kaikki tilat ja yhteydet toimivat luotettavasti myös',
      'ruuhkaisina aikoina.',
      'Aikataulu: 1-6/2026'
    ];
    const plan = parsePlanText(wrapped.map((line) => `${line} `).join('\n\n'));
    const item = project(plan, '2.1');
    expect(item.description).toBe(
      'Langaton verkko laajennetaan kaikkiin kaupungin toimipisteisiin, jotta kannettavia laitteita voidaan käyttää joustavasti myös neuvotteluhuoneissa ja kokoustiloissa.\n\n' +
        'Samalla vanhat tukiasemat kierrätetään, koska niiden valmistajatuki on jo päättynyt eikä niihin saa enää tietoturvapäivityksiä tai muita korjauksia valmistajalta.'
    );
    expect(item.whatChanges).toBe('Verkko kattaa kaikki tilat ja yhteydet toimivat luotettavasti myös ruuhkaisina aikoina.');
    expect(item.schedule.text).toBe('1-6/2026');
  });
});

const FULL_TEMPLATE = doc(
  '## 2 Perusinfrastruktuurihankkeet, tietohallinto omistajana',
  '',
  '### 2.1 Tunnistautumisen uudistus',
  '',
  'Kirjautumiseen otetaan käyttöön monivaiheinen tunnistautuminen.',
  '',
  '#### **Taloudellisten ja toiminnallisten muutosvaikutusten arviointi (mikä muuttuu, kun projekti toteutetaan?):**',
  '',
  'Lisenssikulut kasvavat hieman.',
  '',
  '**Tiedonhallinnan muutosvaikutusten arviointi:**',
  '',
  '- Vaikutus tiedonhallinnan järjestämiseen (muutokset tehtävissä ja vastuissa)**  ',
  'Ei muutosta',
  '- Vaikutukset tietoturvallisuuteen (käyttöoikeudet, lokit)**  ',
  'Tietoturva paranee.',
  '- c) **Vaikutukset tietojen käsittelyyn ja hyödyntämiseen (säilytys ja luovutus)** Ei vaikutusta',
  '',
  '- d) **Vaikutukset asianhallintaan (rekisteröinti ja seuranta)**',
  '',
  'Ei tietoa',
  '',
  '**Strateginen tausta:**',
  '',
  'Tietoturvan parantaminen',
  '',
  '**Aikataulu:**',
  '',
  '2/2026–6/2026',
  '',
  '**Projektin toteutumisen todennäköisyys arvioidussa aikataulussa:**',
  '',
  'Suhteellisen varmaa – riippuu käyttäjien koulutuksesta',
  '',
  '**Projektin aikatauluvastuullinen taho (projektipäällikön asettaja):**',
  '',
  'Tietohallinto',
  '',
  '**Projektin arvioidut kustannukset (investointi, jatkuvat kustannukset yms.):**',
  '',
  'Käyttöönotto 5000 – 10000 €',
  '',
  '**Arvio projektiin tarvittavista resursseista (palveluala, tietohallinto, ostopalvelut):**',
  '',
  'Tietohallinto, ostopalvelut',
  '',
  '## 2.2 Tukipyyntöjen itsepalvelu',
  '',
  'Itsepalveluportaaliin lisätään salasanan vaihto.',
  '',
  '### Taloudellisten ja toiminnallisten muutosvaikutusten arviointi (mikä muuttuu, kun projekti toteutetaan?):',
  '',
  'Puhelinpalvelun kuormitus laskee.',
  '',
  '### Strateginen tausta:',
  '',
  'Toiminnan laadullinen parantaminen',
  '',
  '### Aikataulu:',
  '',
  '3/2026–5/2026',
  '',
  '### Projektin toteutumisen todennäköisyys arvioidussa aikataulussa:',
  '',
  'Varmaa - itsestä kiinni',
  '',
  '### Projektin aikatauluvastuullinen taho (projektipäällikön asettaja):',
  '',
  'Tietohallinto',
  '',
  '### Arvio projektiin tarvittavista resursseista (palveluala, tietohallinto, ostopalvelut):',
  '',
  'Tietohallinto'
);

describe('parsePlanText: full template with impact assessments', () => {
  const plan = parsePlanText(FULL_TEMPLATE);

  it('follows the numbering, not the inconsistent Markdown heading levels', () => {
    expect(numbers(plan)).toEqual(['2.1', '2.2']);
    expect(plan.projects.every((p) => p.category === CATEGORY.infrastructure && p.serviceArea === 'Tietohallinto')).toBe(true);
  });

  it('reads the economic impact as "what changes" and the a)–d) list items as impacts', () => {
    const item = project(plan, '2.1');
    expect(item.whatChanges).toBe('Lisenssikulut kasvavat hieman.');
    expect(item.impacts).toEqual({
      economic: 'Lisenssikulut kasvavat hieman.',
      organisation: 'Ei muutosta',
      security: 'Tietoturva paranee.',
      dataUse: 'Ei vaikutusta',
      caseManagement: 'Ei tietoa'
    });
  });

  it('reads likelihood and schedule owner as written, and costs through the cost parser', () => {
    const item = project(plan, '2.1');
    expect(item.strategicGoal).toBe('Tietoturvan parantaminen');
    expect(item.likelihood).toBe('Suhteellisen varmaa – riippuu käyttäjien koulutuksesta');
    expect(item.scheduleOwner).toBe('Tietohallinto');
    expect(item.resources).toBe('Tietohallinto, ostopalvelut');
    expect(item.schedule).toMatchObject({ text: '2/2026–6/2026', start: '2026-02', end: '2026-06' });
    expect(item.costs).toMatchObject({ text: 'Käyttöönotto 5000 – 10000 €', investmentMin: 5000, investmentMax: 10000 });
  });

  it('warns when a project lacks a field the other projects have, and keeps the field null', () => {
    const item = project(plan, '2.2');
    expect(item.costs.text).toBeNull();
    expect(item.costs.investmentMin).toBeNull();
    expect(item.warnings).toContainEqual({ code: 'importMissingField', field: 'costs', detail: 'Tukipyyntöjen itsepalvelu' });
    expect(project(plan, '2.1').warnings.filter((w) => w.code === 'importMissingField')).toEqual([]);
  });

  it('parses the same document as Markdown', () => {
    const markdown = parsePlanText(FULL_TEMPLATE, { format: 'markdown' });
    expect(markdown.projects).toEqual(plan.projects);
  });
});

describe('parsePlanText: free-form programme with numbered development items', () => {
  const text = doc(
    '1. JOHDANTO',
    ' ',
    'Ohjelma kuvaa kaupungin ICT-kehityksen kaudelle 2026–2028.',
    ' ',
    '3. ICT-KEHITYSKOHTEET',
    ' ',
    'Kehityskohteet on jaettu kahteen ryhmään.',
    '',
    ' Infrastruktuuri ',
    '',
    '3.1.1. Palvelinsali',
    '',
    'Palvelimet siirretään ulkoiseen konesaliin.',
    ' ',
    '3.1.2. Verkko',
    '',
    '- Kuituyhteydet uusitaan.',
    '- Langattomat verkot yhdenmukaistetaan.',
    '',
    '4. KEHITYSKOHTEET TOIMIALOITTAIN',
    ' ',
    ' Sivistystoimi ',
    ' ',
    'Sivistystoimessa painottuu digitaalinen oppiminen.',
    '',
    '4.1.1. Oppimisalusta',
    '',
    'Koulujen oppimisalusta',
    ' ',
    'Valitaan yhteinen oppimisalusta kaikille kouluille.',
    '',
    ' Yhdyskuntatoimi ',
    '',
    '4.2.1. Rakennusvalvonta',
    '',
    'Lupa-arkisto digitoidaan.',
    ' Liite 1. Kaupungin strategiset painopisteet ',
    '',
    'Asukas keskiössä'
  );
  const plan = parsePlanText(text);

  it('imports the numbered development items, grouped by the unnumbered headings above them', () => {
    expect(numbers(plan)).toEqual(['3.1.1', '3.1.2', '4.1.1', '4.2.1']);
    expect(project(plan, '3.1.1')).toMatchObject({ category: CATEGORY.infrastructure, serviceArea: null, unit: null });
    expect(project(plan, '4.1.1')).toMatchObject({ category: CATEGORY.serviceArea, serviceArea: 'Sivistystoimi', unit: null });
    expect(project(plan, '4.2.1')).toMatchObject({ category: CATEGORY.serviceArea, serviceArea: 'Yhdyskuntatoimi' });
  });

  it('gives description only; every template field stays null without warnings', () => {
    const item = project(plan, '4.1.1');
    expect(item.description).toBe('Koulujen oppimisalusta\n\nValitaan yhteinen oppimisalusta kaikille kouluille.');
    expect(item.whatChanges).toBeNull();
    expect(item.schedule.text).toBeNull();
    expect(item.schedule.start).toBeNull();
    expect(item.warnings).toEqual([]);
    expect(project(plan, '3.1.2').description).toBe('- Kuituyhteydet uusitaan.\n- Langattomat verkot yhdenmukaistetaan.');
  });

  it('leaves the appendix out and says so', () => {
    expect(project(plan, '4.2.1').description).toBe('Lupa-arkisto digitoidaan.');
    expect(plan.warnings).toContainEqual({ code: 'importSkippedSection', detail: 'Liite 1. Kaupungin strategiset painopisteet' });
    expect(plan.plan.periodStart).toBe('2026-01');
    expect(plan.plan.periodEnd).toBe('2028-12');
  });
});

describe('parsePlanText: Markdown input', () => {
  it('joins soft-wrapped lines and keeps blank-line paragraphs', () => {
    const plan = parsePlanText(
      doc(
        '# Tietohallinnon toimenpidesuunnitelma 2026',
        '',
        '## 2 Koko kaupunkia koskevat kehityshankkeet',
        '',
        '### 2.1 Hyvinvointialueen rajapinnat',
        '',
        'Rajapinnat kuvataan',
        'ja dokumentoidaan.',
        '',
        'Sopimukset päivitetään.',
        '',
        '**Aikataulu:** 2026'
      ),
      { fileName: 'suunnitelma.md' }
    );
    const item = project(plan, '2.1');
    expect(item.description).toBe('Rajapinnat kuvataan ja dokumentoidaan.\n\nSopimukset päivitetään.');
    expect(item.schedule).toMatchObject({ text: '2026', start: '2026-01', end: '2026-12' });
    expect(plan.plan).toMatchObject({ title: 'Tietohallinnon toimenpidesuunnitelma 2026', periodStart: '2026-01', periodEnd: '2026-12' });
  });

  it('takes unnumbered section headings above numbered projects for the sections', () => {
    const plan = parsePlanText(
      doc(
        '# Tietohallinnon toimenpidesuunnitelma',
        '## Perusinfrastruktuurihankkeet, tietohallinto',
        '### 2.1 Palvelimet',
        'Palvelimet päivitetään.',
        '## Palvelualakohtaiset kehityshankkeet, sivistyspalvelut',
        '### 3.1 Oppilashallinto',
        'Oppilashallinto siirtyy pilveen.'
      ),
      { format: 'markdown' }
    );
    expect(plan.projects.map((p) => [p.number, p.category, p.serviceArea])).toEqual([
      ['2.1', CATEGORY.infrastructure, 'Tietohallinto'],
      ['3.1', CATEGORY.serviceArea, 'Sivistyspalvelut']
    ]);
    expect(plan.plan.title).toBe('Tietohallinnon toimenpidesuunnitelma');
    expect(plan.warnings).toEqual([]);
  });

  it('uses heading levels when the headings carry no numbers', () => {
    const plan = parsePlanText(
      doc(
        '# Tietohallinnon toimenpidesuunnitelma',
        '',
        '## Perusinfrastruktuurihankkeet, tietohallinto',
        '',
        '### Varmuuskopiointi',
        '',
        'Varmuuskopiot siirretään pilveen.',
        '',
        '## Palvelualakohtaiset kehityshankkeet, hallintopalvelut',
        '',
        '### Viestintä',
        '',
        '#### Intranetin uudistus',
        '',
        'Intranet uudistetaan.'
      ),
      { format: 'markdown' }
    );
    expect(plan.projects.map((p) => [p.number, p.title, p.serviceArea, p.unit])).toEqual([
      [null, 'Varmuuskopiointi', 'Tietohallinto', null],
      [null, 'Intranetin uudistus', 'Hallintopalvelut', 'Viestintä']
    ]);
    expect(plan.plan.title).toBe('Tietohallinnon toimenpidesuunnitelma');
  });
});

