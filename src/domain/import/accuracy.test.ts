import * as fs from 'fs';
import * as path from 'path';
import { compareImport, type ExpectedPlan, type ExpectedProject, fieldOutcome, pairProjects, readExpectedPlan } from './accuracy';
import { docxPlanText } from './docx';
import type { ImportedPlan, ImportedProject } from './importModel';
import { lostLines, projectSections } from './lostLines';
import { importedProject } from '../../../test/support/importedProject';

const imported = importedProject;

function expectedProject(changes: Partial<ExpectedProject> = {}): ExpectedProject {
  return {
    number: '2.1',
    title: 'Laiterekisteri',
    serviceArea: 'Tietohallinto',
    unit: null,
    scheduleStart: '2023-04',
    scheduleEnd: '2023-12',
    investmentMin: 5000,
    investmentMax: 10000,
    recurringMin: null,
    recurringMax: null,
    scheduleOwner: 'Tietohallinto',
    likelihood: 'Suhteellisen varmaa',
    ...changes
  };
}

function plan(projects: ImportedProject[], info: Partial<ImportedPlan['plan']> = {}): ImportedPlan {
  return { plan: { title: 'Tietohallinnon toimenpidesuunnitelma 2023–2024', organisation: null, periodStart: '2023-01', periodEnd: '2024-12', ...info }, projects, warnings: [] };
}

function expected(projects: ExpectedProject[], info: Partial<ExpectedPlan['plan']> = {}): ExpectedPlan {
  return { plan: { title: 'Tietohallinnon toimenpidesuunnitelma 2023–2024', periodStart: '2023-01', periodEnd: '2024-12', ...info }, projects };
}

describe('import accuracy: one field', () => {
  it('tells correct, wrong, missing, invented and both-empty apart', () => {
    expect(fieldOutcome('scheduleStart', '2023-04', '2023-04')).toBe('correct');
    expect(fieldOutcome('scheduleStart', '2023-04', '2023-01')).toBe('wrong');
    expect(fieldOutcome('scheduleStart', '2023-04', null)).toBe('missing');
    expect(fieldOutcome('scheduleStart', null, '2023-04')).toBe('invented');
    expect(fieldOutcome('scheduleStart', null, null)).toBe('empty');
    expect(fieldOutcome('title', null, '  ')).toBe('empty');
    expect(fieldOutcome('investmentMin', 5000, 5000)).toBe('correct');
    expect(fieldOutcome('investmentMin', 5000, 50000)).toBe('wrong');
  });

  it('ignores case, dashes, spacing, bold mark-up and a closing full stop in texts, but not other words', () => {
    expect(fieldOutcome('title', 'Omaolo - sähköinen hoidonohjaus', '**Omaolo – sähköinen  hoidonohjaus.**')).toBe('correct');
    expect(fieldOutcome('serviceArea', 'Sivistystoimi', 'sivistystoimi')).toBe('correct');
    expect(fieldOutcome('serviceArea', 'Sivistystoimi', 'Sivitystoimi')).toBe('wrong');
    expect(fieldOutcome('serviceArea', 'Sivistystoimi', 'Sivistyspalvelut')).toBe('wrong');
    expect(fieldOutcome('number', '6.7.1', '6.7.1.')).toBe('correct');
    expect(fieldOutcome('number', '6.7.1', '6.7')).toBe('wrong');
  });

  it('compares a choice by the vocabulary value its text starts with, and an unknown one as written', () => {
    expect(fieldOutcome('likelihood', 'Suhteellisen varmaa', 'Suhteellisen varmaa')).toBe('correct');
    expect(fieldOutcome('likelihood', 'Varmaa – itsestä kiinni', 'Varmaa - itsestä kiinni')).toBe('correct');
    expect(fieldOutcome('likelihood', 'Suhteellisen varmaa', 'Epävarmaa – riippuu rahoituksesta')).toBe('wrong');
    expect(fieldOutcome('likelihood', 'Rahasta kiinni', 'Rahasta kiinni')).toBe('correct');
    expect(fieldOutcome('scheduleOwner', 'Nuorisotoimi', 'Nuorisotoimi')).toBe('correct');
    expect(fieldOutcome('scheduleOwner', 'Nuorisotoimi', 'Aikataulullinen vastuu on nuorisotoimella.')).toBe('wrong');
  });
});

describe('import accuracy: pairing projects', () => {
  it('pairs by number first, then by title, and leaves the rest invented or missing', () => {
    const parsed = [
      expectedProject({ number: '3.1', title: 'Kokousportaali (luonnos)' }),
      expectedProject({ number: null, title: 'Laiterekisteri' }),
      expectedProject({ number: '8', title: 'Vanhat lomakkeet poistetaan' })
    ];
    const wanted = [expectedProject({ number: '2.1', title: 'Laiterekisteri' }), expectedProject({ number: '3.1', title: 'Kokousportaali' }), expectedProject({ number: '3.2', title: 'Arkistointi' })];
    expect(pairProjects(parsed, wanted)).toEqual({ pairs: [[1, 0], [0, 1]], invented: [2], missing: [2] });
  });

  it('uses each parsed project once when a number repeats', () => {
    const parsed = [expectedProject({ number: '2.1', title: 'A' }), expectedProject({ number: '2.1', title: 'B' })];
    const pairing = pairProjects(parsed, [expectedProject({ number: '2.1', title: 'A' })]);
    expect(pairing.pairs).toEqual([[0, 0]]);
    expect(pairing.invented).toEqual([1]);
  });
});

describe('import accuracy: a whole plan', () => {
  it('counts outcomes per field, lists invented and missing projects and the schedule months right', () => {
    const parsed = plan([
      imported(),
      imported({ number: '2.2', title: 'Varmuuskopiointi', schedule: { ...imported().schedule, start: '2024-01', end: null }, likelihood: null }),
      imported({ number: '9', title: 'Listan kohta' })
    ]);
    const want = expected([
      expectedProject(),
      expectedProject({ number: '2.2', title: 'Varmuuskopiointi', scheduleStart: '2024-03', scheduleEnd: '2024-12', likelihood: 'Varmaa – itsestä kiinni' }),
      expectedProject({ number: '3.1', title: 'Kokousportaali' })
    ]);
    const report = compareImport(parsed, want);
    expect(report.fields.scheduleStart).toEqual({ correct: 1, wrong: 1, missing: 0, invented: 0, empty: 0 });
    expect(report.fields.scheduleEnd).toEqual({ correct: 1, wrong: 0, missing: 1, invented: 0, empty: 0 });
    expect(report.fields.likelihood).toEqual({ correct: 1, wrong: 0, missing: 1, invented: 0, empty: 0 });
    expect(report.fields.recurringMin).toEqual({ correct: 0, wrong: 0, missing: 0, invented: 0, empty: 2 });
    expect(report.inventedProjects).toEqual(['9 Listan kohta']);
    expect(report.missingProjects).toEqual(['3.1 Kokousportaali']);
    // the missing project's two months count as not right
    expect(report.scheduleMonths).toEqual({ expected: 6, right: 2 });
    expect(report.differences).toContainEqual({ project: '2.2 Varmuuskopiointi', field: 'scheduleStart', outcome: 'wrong', expected: '2024-03', actual: '2024-01' });
    const sum = Object.values(report.fields).reduce((total, counts) => total + counts.correct + counts.wrong + counts.missing + counts.invented + counts.empty, 0);
    expect(sum).toBe(report.totals.correct + report.totals.wrong + report.totals.missing + report.totals.invented + report.totals.empty);
  });

  it('takes a plan title that holds the expected words as right, but not a shorter one', () => {
    const longer = compareImport(plan([], { title: 'Tietohallinnon toimenpidesuunnitelma syksy 2023, vuosi 2024' }), expected([], { title: 'Tietohallinnon toimenpidesuunnitelma' }));
    expect(longer.fields['plan.title']?.correct).toBe(1);
    const shorter = compareImport(plan([], { title: 'Tietohallinto' }), expected([], { title: 'Tietohallinnon toimenpidesuunnitelma' }));
    expect(shorter.fields['plan.title']?.wrong).toBe(1);
    expect(shorter.differences).toEqual([{ project: 'plan', field: 'plan.title', outcome: 'wrong', expected: 'Tietohallinnon toimenpidesuunnitelma', actual: 'Tietohallinto' }]);
  });
});

describe('import accuracy: lost lines', () => {
  const source = [
    'Tietohallinnon toimenpidesuunnitelma 2023–2024',
    '',
    '2 Perusinfrastruktuurihankkeet, tietohallinto',
    '2.1 Laiterekisteri',
    'Laitteet kirjataan yhteen',
    'rekisteriin.',
    'Laitteiden takuutiedot tuodaan hankinta-',
    'järjestelmästä.',
    'Mikä muuttuu: Käsityö vähenee.',
    'Aikataulu:',
    '4/2023–12/2023',
    'Rantakosken kaupunki | Suunnitelma 2023–2024',
    '2.2 Varmuuskopiointi',
    'Varmuuskopiot siirretään pilveen.',
    'Rantakosken kaupunki | Suunnitelma 2023–2024',
    'Aikataulu: 2024',
    'Rantakosken kaupunki | Suunnitelma 2023–2024',
    'Infrastruktuurin jälkeen',
    '3 Toimialakohtaiset kehityshankkeet, hallintopalvelut',
    'Ryhmän johdanto, joka ei kuulu yhteenkään hankkeeseen.',
    '3.1 Kokousportaali',
    'Portaali avataan valtuutetuille.'
  ].join('\n');
  const wanted = [expectedProject(), expectedProject({ number: '2.2', title: 'Varmuuskopiointi' }), expectedProject({ number: '3.1', title: 'Kokousportaali' })];

  it('finds each project section from its heading to the next project or the group that project opens', () => {
    const sections = projectSections(source, wanted);
    expect(sections.map((section) => section.lines)).toEqual([
      ['Laitteet kirjataan yhteen', 'rekisteriin.', 'Laitteiden takuutiedot tuodaan hankinta-', 'järjestelmästä.', 'Mikä muuttuu: Käsityö vähenee.', 'Aikataulu:', '4/2023–12/2023'],
      // the running header is page noise; "Infrastruktuurin jälkeen" is text of 2.2 (the group "3" is numbered)
      ['Varmuuskopiot siirretään pilveen.', 'Aikataulu: 2024', 'Infrastruktuurin jälkeen'],
      ['Portaali avataan valtuutetuille.']
    ]);
  });

  it('reports a line in no field of its project; labels, hyphenated breaks and label values are matched', () => {
    const project = imported({ description: 'Laitteet kirjataan yhteen rekisteriin.', whatChanges: 'Käsityö vähenee.' });
    const [first] = projectSections(source, wanted);
    expect(lostLines(first?.lines ?? [], project)).toEqual(['Laitteiden takuutiedot tuodaan hankinta-', 'järjestelmästä.']);
    const kept = imported({ description: 'Laitteet kirjataan yhteen rekisteriin. Laitteiden takuutiedot tuodaan hankintajärjestelmästä.' });
    expect(lostLines(first?.lines ?? [], kept)).toEqual([]);
    expect(lostLines(['Mikä muuttuu: Jotain muuta.'], kept)).toEqual(['Mikä muuttuu: Jotain muuta.']);
  });

  it('counts every line of a project the import did not find as lost', () => {
    expect(lostLines(['Aikataulu:', 'Portaali avataan valtuutetuille.'], null)).toEqual(['Portaali avataan valtuutetuille.']);
  });

  it('keeps a numbered list item that looks like the next section inside the project it is written in', () => {
    const text = ['3 Hallintopalvelut', '3.1 Lomakkeet', 'Vaiheet:', '3. Yhdistäminen', '4. Lomaketyökalun valinta', 'Työkalu kilpailutetaan.', 'Aikataulu: 2025', '4 Tekniset palvelut', '4.1 Energiaraportointi', 'Kulutus seurataan.'].join('\n');
    const sections = projectSections(text, [expectedProject({ number: '3.1', title: 'Lomakkeet' }), expectedProject({ number: '4.1', title: 'Energiaraportointi' })]);
    expect(sections[0]?.lines).toEqual(['Vaiheet:', '3. Yhdistäminen', '4. Lomaketyökalun valinta', 'Työkalu kilpailutetaan.', 'Aikataulu: 2025']);
    const invented = imported({ number: '3.1', title: 'Lomakkeet', description: 'Vaiheet: 3. Yhdistäminen' });
    expect(lostLines(sections[0]?.lines ?? [], invented)).toEqual(['4. Lomaketyökalun valinta', 'Työkalu kilpailutetaan.', 'Aikataulu: 2025']);
  });

  it('ends a section at an unnumbered group heading when the plan leaves group levels unnumbered', () => {
    const text = ['4.2.3. Kehityskohteet', 'Laitteita hankitaan lisää.', ' Yhdyskuntatoimi', 'Toimiala esittää laskujen automatisointia.', '4.3.1. Rakennusvalvonta', 'Arkisto digitoidaan.'].join('\n');
    const sections = projectSections(text, [expectedProject({ number: '4.2.3', title: 'Kehityskohteet' }), expectedProject({ number: '4.3.1', title: 'Rakennusvalvonta' })]);
    expect(sections.map((section) => section.lines)).toEqual([['Laitteita hankitaan lisää.'], ['Arkisto digitoidaan.']]);
  });

  it('finds a heading whose title wraps onto the next line, and names a heading it cannot find', () => {
    const text = ['2.1 Langattoman verkon laajennus', 'kouluihin', 'Tukiasemia lisätään.', '2.2 Etäyhteydet', 'Uusi ratkaisu.'].join('\n');
    const want = [expectedProject({ title: 'Langattoman verkon laajennus kouluihin' }), expectedProject({ number: '2.3', title: 'Puuttuva hanke' })];
    const project = imported({ title: 'Langattoman verkon laajennus kouluihin', description: 'Tukiasemia lisätään.' });
    const report = compareImport(plan([project]), expected(want), text);
    expect(report.unlocatedSections).toEqual(['2.3 Puuttuva hanke']);
    // 2.3 has no section; 2.1, now the last one found, ends at the next numbered heading after it
    expect(report.lostLines).toEqual([]);
    // the title's second line is checked like text: it is found in the imported title
    expect(projectSections(text, want)[0]?.lines).toEqual(['kouluihin', 'Tukiasemia lisätään.']);
  });
});

describe('import accuracy: expected JSON files', () => {
  it('rejects a file of the wrong shape, naming the field', () => {
    const good = { plan: { title: null, periodStart: '2024-01', periodEnd: null }, projects: [expectedProject()] };
    expect(readExpectedPlan(good)).toBe(good);
    expect(() => readExpectedPlan({ ...good, plan: { ...good.plan, periodStart: '1/2024' } })).toThrow('plan.periodStart');
    const withoutLikelihood: Partial<ExpectedProject> = expectedProject();
    delete withoutLikelihood.likelihood;
    expect(() => readExpectedPlan({ ...good, projects: [withoutLikelihood] })).toThrow('projects[0].likelihood is absent');
    expect(() => readExpectedPlan({ ...good, projects: [{ ...expectedProject(), investmentMin: '5000' }] })).toThrow('projects[0].investmentMin');
  });

  /** Every fixture has an expected JSON of the right shape whose project headings are in the text. */
  const plans = path.resolve(__dirname, '../../../test/fixtures/plans');
  const fixtures = fs.readdirSync(plans).filter((file) => /\.(?:txt|md|docx)$/.test(file));

  it.each(fixtures)('%s has a readable expected JSON whose every project heading is found in the text', async (file) => {
    const name = file.replace(/\.[^.]+$/, '');
    const want = readExpectedPlan(JSON.parse(fs.readFileSync(path.join(plans, `${name}.expected.json`), 'utf8')), name);
    expect(want.projects.length).toBeGreaterThan(0);
    const buffer = fs.readFileSync(path.join(plans, file));
    const text = file.endsWith('.docx') ? await docxPlanText(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer) : buffer.toString('utf8');
    const sections = projectSections(text, want.projects);
    expect(sections.filter((section) => section.start < 0).map((section) => want.projects[section.expectedIndex]?.title)).toEqual([]);
  });
});
