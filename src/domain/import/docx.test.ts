import { Document, HeadingLevel, Packer, Paragraph, Tab, TextRun } from 'docx';
import { CATEGORY } from '../vocabulary';
import { parsePlanDocx } from './docx';
import { decodeEntities, htmlToPlanText } from './htmlToText';
import { HARD_BREAK } from './text';

/** A Word document written for this test (fictional city, our own words). */
async function buildDocx(paragraphs: Paragraph[]): Promise<ArrayBuffer> {
  const document = new Document({ sections: [{ children: paragraphs }] });
  const buffer = await Packer.toBuffer(document);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
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

  it('keeps the hierarchy of headings without typed numbers (Word numbering is not in the text)', async () => {
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
