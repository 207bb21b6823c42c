import * as fs from 'fs';
import * as path from 'path';
import { Document, HeadingLevel, type ILevelsOptions, LevelFormat, Packer, Paragraph, Tab, TextRun } from 'docx';
import { CATEGORY } from '../vocabulary';
import { parsePlanDocx, withHeadingNumbers } from './docx';
import { decodeEntities, htmlToPlanText } from './htmlToText';
import { HARD_BREAK } from './text';

/** A Word document written for this test (fictional city, our own words). */
async function buildDocx(paragraphs: Paragraph[], headingLevels?: ILevelsOptions[]): Promise<ArrayBuffer> {
  const document = new Document({ ...(headingLevels ? headingNumbering(headingLevels) : {}), sections: [{ children: paragraphs }] });
  const buffer = await Packer.toBuffer(document);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/**
 * Word's heading numbering as a Word template sets it up: Heading 1–3 carry a list reference in
 * their style, so the numbers are nowhere in the paragraphs. A second list serves body text.
 */
function headingNumbering(levels: ILevelsOptions[]): Pick<ConstructorParameters<typeof Document>[0], 'numbering' | 'styles'> {
  const headingStyle = (level: number): { id: string; name: string; basedOn: string; next: string; paragraph: { numbering: { reference: string; level: number } } } => ({
    id: `Heading${level + 1}`,
    name: `Heading ${level + 1}`,
    basedOn: 'Normal',
    next: 'Normal',
    paragraph: { numbering: { reference: 'otsikot', level } }
  });
  return {
    numbering: {
      config: [
        { reference: 'otsikot', levels },
        { reference: 'luettelo', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1 }] }
      ]
    },
    styles: { paragraphStyles: levels.map((level) => headingStyle(level.level)) }
  };
}

const DECIMAL_HEADINGS: ILevelsOptions[] = [
  { level: 0, format: LevelFormat.DECIMAL, text: '%1', start: 1 },
  { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', start: 1 },
  { level: 2, format: LevelFormat.DECIMAL, text: '%1.%2.%3.', start: 1 }
];

function listItem(text: string): Paragraph {
  return new Paragraph({ text, numbering: { reference: 'luettelo', level: 0 } });
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: label, bold: true }), new TextRun(` ${value}`)] });
}

describe('parsePlanDocx', () => {
  it('reads headings, body text and labels of a .docx', async () => {
    const data = await buildDocx([
      new Paragraph({ text: 'Tietohallinnon toimenpidesuunnitelma 2026', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: '1 Johdanto', heading: HeadingLevel.HEADING_1 }),
      new Paragraph('Suunnitelma kokoaa vuoden 2026 kehityskohteet.'),
      new Paragraph({ text: '2 Perusinfrastruktuurihankkeet, tietohallinto', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: '2.1 Sähköpostin suojaus & arkistointi', heading: HeadingLevel.HEADING_2 }),
      new Paragraph('Sähköpostiin lisätään roskapostisuodatus <uusi palvelu>.'),
      new Paragraph('Viestit arkistoidaan automaattisesti.'),
      labelled('Mikä muuttuu:', 'Haittaviestit vähenevät.'),
      labelled('Aikataulu:', '2-9/2026'),
      new Paragraph({ text: '3 Palvelualakohtaiset kehityshankkeet, sivistyspalvelut', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: '3.1 Kirjasto', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: '3.1.1 Omatoimikirjasto', heading: HeadingLevel.HEADING_3 }),
      new Paragraph('Lähikirjasto avataan omatoimikäyttöön.'),
      new Paragraph({ text: 'Lukijalaitteet uusitaan', bullet: { level: 0 } }),
      new Paragraph({ text: 'Kulunvalvonta liitetään kirjastokorttiin', bullet: { level: 0 } }),
      labelled('Aikataulu:', '2026')
    ]);

    const plan = await parsePlanDocx(data, { fileName: 'suunnitelma.docx' });

    expect(plan.plan).toMatchObject({ title: 'Tietohallinnon toimenpidesuunnitelma 2026', periodStart: '2026-01', periodEnd: '2026-12' });
    expect(plan.projects.map((p) => [p.number, p.title])).toEqual([
      ['2.1', 'Sähköpostin suojaus & arkistointi'],
      ['3.1.1', 'Omatoimikirjasto']
    ]);
    const [mail, library] = plan.projects;
    expect(mail).toMatchObject({ category: CATEGORY.infrastructure, serviceArea: 'Tietohallinto', unit: null });
    expect(mail?.description).toBe('Sähköpostiin lisätään roskapostisuodatus <uusi palvelu>.\n\nViestit arkistoidaan automaattisesti.');
    expect(mail?.whatChanges).toBe('Haittaviestit vähenevät.');
    expect(mail?.schedule).toMatchObject({ text: '2-9/2026', start: '2026-02', end: '2026-09' });
    expect(library).toMatchObject({ category: CATEGORY.serviceArea, serviceArea: 'Sivistyspalvelut', unit: 'Kirjasto' });
    expect(library?.description).toBe(
      'Lähikirjasto avataan omatoimikäyttöön.\n- Lukijalaitteet uusitaan\n- Kulunvalvonta liitetään kirjastokorttiin'
    );
  });

  it('keeps the hierarchy of headings that have no numbers at all', async () => {
    const tocEntry = (title: string, page: string): Paragraph =>
      new Paragraph({ children: [new TextRun({ children: [title, new Tab(), page] })] });
    const data = await buildDocx([
      new Paragraph('Sisällys'),
      tocEntry('Perusinfrastruktuurihankkeet, tietohallinto', '2'),
      tocEntry('Tulostuspalvelut', '2'),
      tocEntry('Verkko', '3'),
      new Paragraph({ text: 'Perusinfrastruktuurihankkeet, tietohallinto', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Tulostuspalvelut', heading: HeadingLevel.HEADING_2 }),
      new Paragraph('Monitoimilaitteet kilpailutetaan.'),
      new Paragraph({ text: 'Verkko', heading: HeadingLevel.HEADING_2 }),
      new Paragraph('Kytkimet uusitaan.')
    ]);

    const plan = await parsePlanDocx(data);

    expect(plan.projects.map((p) => [p.number, p.title, p.description])).toEqual([
      [null, 'Tulostuspalvelut', 'Monitoimilaitteet kilpailutetaan.'],
      [null, 'Verkko', 'Kytkimet uusitaan.']
    ]);
    expect(plan.projects[0]).toMatchObject({ category: CATEGORY.infrastructure, serviceArea: 'Tietohallinto' });
    expect(plan.warnings).toEqual([]);
  });

  it('reads the numbers of headings numbered by Word (numbering of the heading styles)', async () => {
    const h1 = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
    const h2 = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
    const h3 = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.HEADING_3 });
    const data = await buildDocx(
      [
        new Paragraph({ text: 'Tietohallinnon toimenpidesuunnitelma 2027', heading: HeadingLevel.TITLE }),
        h1('Suunnitelman lähtökohdat'),
        new Paragraph('Suunnitelma kokoaa vuoden 2027 kehityskohteet.'),
        h1('Perusinfrastruktuurihankkeet, tietohallinto'),
        h2('Työasemien elinkaaripalvelu'),
        labelled('Aikataulu:', '3-10/2027'),
        h2('Verkon segmentointi'),
        labelled('Aikataulu:', '2027'),
        h1('Palvelualakohtaiset kehityshankkeet, sivistyspalvelut'),
        h2('Kirjasto'),
        h3('Omatoimikirjaston laajennus'),
        labelled('Aikataulu:', '1-6/2027'),
        h3('E-aineistojen lainauspalvelu'),
        labelled('Aikataulu:', '8-12/2027'),
        h2('Varhaiskasvatus'),
        // the third level starts again from 1 under a new second-level heading
        h3('Sähköinen hoitopaikkahakemus'),
        labelled('Aikataulu:', '2-5/2027')
      ],
      DECIMAL_HEADINGS
    );

    const plan = await parsePlanDocx(data);

    expect(plan.projects.map((p) => [p.number, p.title, p.serviceArea, p.unit])).toEqual([
      ['2.1', 'Työasemien elinkaaripalvelu', 'Tietohallinto', null],
      ['2.2', 'Verkon segmentointi', 'Tietohallinto', null],
      ['3.1.1', 'Omatoimikirjaston laajennus', 'Sivistyspalvelut', 'Kirjasto'],
      ['3.1.2', 'E-aineistojen lainauspalvelu', 'Sivistyspalvelut', 'Kirjasto'],
      ['3.2.1', 'Sähköinen hoitopaikkahakemus', 'Sivistyspalvelut', 'Varhaiskasvatus']
    ]);
    expect(plan.projects.map((p) => p.schedule.start)).toEqual(['2027-03', '2027-01', '2027-01', '2027-08', '2027-02']);
  });

  it('starts Word-numbered headings at the start value of their level', async () => {
    const levels = DECIMAL_HEADINGS.map((level) => (level.level === 0 ? { ...level, start: 5 } : level));
    const data = await buildDocx(
      [
        new Paragraph({ text: 'Palvelualakohtaiset kehityshankkeet, tekniset palvelut', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: 'Rakennusvalvonnan sähköinen arkisto', heading: HeadingLevel.HEADING_2 }),
        new Paragraph('Paperiset lupapiirustukset skannataan.'),
        new Paragraph({ text: 'Katuvalojen etäohjaus', heading: HeadingLevel.HEADING_2 }),
        new Paragraph('Valaistusta ohjataan keskitetysti.'),
        new Paragraph({ text: 'Palvelualakohtaiset kehityshankkeet, hallintopalvelut', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: 'Sähköinen allekirjoitus', heading: HeadingLevel.HEADING_2 }),
        new Paragraph('Sopimukset allekirjoitetaan sähköisesti.')
      ],
      levels
    );

    const plan = await parsePlanDocx(data);

    expect(plan.projects.map((p) => [p.number, p.title, p.serviceArea])).toEqual([
      ['5.1', 'Rakennusvalvonnan sähköinen arkisto', 'Tekniset palvelut'],
      ['5.2', 'Katuvalojen etäohjaus', 'Tekniset palvelut'],
      ['6.1', 'Sähköinen allekirjoitus', 'Hallintopalvelut']
    ]);
  });

  it('keeps a numbered list in a description as text of its project, under Word-numbered headings', async () => {
    const data = await buildDocx(
      [
        new Paragraph({ text: 'Perusinfrastruktuurihankkeet, tietohallinto', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: 'Sähköpostin siirto pilvipalveluun', heading: HeadingLevel.HEADING_2 }),
        new Paragraph('Siirto tehdään vaiheittain:'),
        listItem('Nykytilan kartoitus'),
        listItem('Koesiirto tietohallinnossa'),
        listItem('Siirto palvelualoittain'),
        labelled('Mikä muuttuu:', 'Palvelimia ylläpidetään vähemmän.'),
        labelled('Aikataulu:', '4-11/2027'),
        new Paragraph({ text: 'Tulostuspalvelut', heading: HeadingLevel.HEADING_2 }),
        new Paragraph('Monitoimilaitteet kilpailutetaan.')
      ],
      DECIMAL_HEADINGS
    );

    const plan = await parsePlanDocx(data);

    expect(plan.projects.map((p) => [p.number, p.title])).toEqual([
      ['1.1', 'Sähköpostin siirto pilvipalveluun'],
      ['1.2', 'Tulostuspalvelut']
    ]);
    const [mail] = plan.projects;
    expect(mail?.description).toBe('Siirto tehdään vaiheittain:\n- Nykytilan kartoitus\n- Koesiirto tietohallinnossa\n- Siirto palvelualoittain');
    expect(mail?.whatChanges).toBe('Palvelimia ylläpidetään vähemmän.');
    expect(mail?.schedule).toMatchObject({ start: '2027-04', end: '2027-11' });
  });

  it('leaves a package without Word heading numbers as it is', async () => {
    // a numbering part (a body list; Heading 3 numbered but not used) and typed heading numbers
    const typed = await buildDocx(
      [
        new Paragraph({ text: '2 Perusinfrastruktuurihankkeet, tietohallinto', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: '2.1 Verkko', heading: HeadingLevel.HEADING_2 }),
        listItem('Kytkimet uusitaan')
      ],
      DECIMAL_HEADINGS.slice(2)
    );
    const plain = await buildDocx([new Paragraph({ text: '2.1 Verkko', heading: HeadingLevel.HEADING_2 })]);
    // nothing to write: the same data goes to mammoth, not a copy
    expect(await withHeadingNumbers(typed)).toBe(typed);
    expect(await withHeadingNumbers(plain)).toBe(plain);
    expect((await parsePlanDocx(typed)).projects.map((p) => [p.number, p.title, p.description])).toEqual([['2.1', 'Verkko', '- Kytkimet uusitaan']]);
  });

  it.each(['docx-auto-numbering', 'docx-styled-headings'])('reads the fixture %s as its expected JSON lists the projects', async (name) => {
    const folder = path.resolve(__dirname, '../../../test/fixtures/plans');
    const buffer = fs.readFileSync(path.join(folder, `${name}.docx`));
    const expected = JSON.parse(fs.readFileSync(path.join(folder, `${name}.expected.json`), 'utf8')) as {
      projects: { number: string; title: string; serviceArea: string; unit: string | null }[];
    };

    const plan = await parsePlanDocx(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);

    const place = (p: { number: string | null; title: string; serviceArea: string | null; unit: string | null }): (string | null)[] => [p.number, p.title, p.serviceArea, p.unit];
    expect(plan.projects.map(place)).toEqual(expected.projects.map(place));
  });
});

describe('htmlToPlanText', () => {
  it('turns headings into Markdown headings and list items into "- " lines', () => {
    const html =
      '<h1>2 Hankkeet</h1><h2>2.1 Verkko</h2><p>Kytkimet <em>uusitaan</em>.<br />Toinen rivi</p>' +
      '<ul><li>Yksi<ul><li>Kaksi</li></ul></li></ul><p><strong>Aikataulu: </strong>2026</p><p></p><!-- huomautus -->';
    expect(htmlToPlanText(html).split('\n').filter((line) => line !== '')).toEqual([
      '# 2 Hankkeet',
      '## 2.1 Verkko',
      // a <br> ends the line with the hard-break mark, so joining lines keeps it as a line break
      `Kytkimet uusitaan.${HARD_BREAK}`,
      'Toinen rivi',
      '- Yksi',
      '- Kaksi',
      '**Aikataulu:** 2026'
    ]);
  });

  it('decodes HTML entities', () => {
    expect(decodeEntities('A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39; &#8364; &#x20AC; &nbsp;&bogus;')).toBe(
      'A & B <c> "d" \'e\' € € \u00a0&bogus;'
    );
  });
});
