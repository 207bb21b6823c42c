import { writeHeadingNumbers, type DocxParts } from './docxNumbering';

/** Hand-written package parts, for the numbering cases the docx package does not write. */
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function lvl(level: number, text: string, extra = '', format = 'decimal'): string {
  return `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

/** A three-level heading list (abstract 1) and a one-level body list (abstract 2), with numIds 1 and 2. */
const HEADING_LEVELS = [lvl(0, '%1'), lvl(1, '%1.%2'), lvl(2, '%1.%2.%3.')].join('');

function numbering(extra = '', headingLevels = HEADING_LEVELS): string {
  return (
    `<w:numbering ${W}><w:abstractNum w:abstractNumId="1">${headingLevels}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="2">${lvl(0, '%1.')}</w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>${extra}</w:numbering>`
  );
}

function style(id: string, name: string, pPr = '', basedOn = ''): string {
  const based = basedOn === '' ? '' : `<w:basedOn w:val="${basedOn}"/>`;
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${based}<w:pPr>${pPr}</w:pPr></w:style>`;
}

function numPr(numId: string, level?: number): string {
  return `<w:numPr>${level === undefined ? '' : `<w:ilvl w:val="${level}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
}

/** Heading 1–3 numbered through their styles (list 1), as Word's heading numbering is set up. */
const STYLES =
  `<w:styles ${W}>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
  style('Otsikko1', 'heading 1', numPr('1', 0)) +
  style('Otsikko2', 'heading 2', numPr('1', 1)) +
  style('Otsikko3', 'heading 3', numPr('1', 2)) +
  style('Luettelo', 'List Paragraph') +
  '</w:styles>';

function paragraph(text: string, pPr = ''): string {
  return `<w:p>${pPr === '' ? '' : `<w:pPr>${pPr}</w:pPr>`}<w:r><w:t>${text}</w:t></w:r></w:p>`;
}

function heading(level: number, text: string, extra = ''): string {
  return paragraph(text, `<w:pStyle w:val="Otsikko${level}"/>${extra}`);
}

function documentXml(body: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body.join('')}</w:body></w:document>`;
}

/** The paragraphs' texts after the numbers are written (runs joined). */
function texts(parts: DocxParts): string[] {
  const written = writeHeadingNumbers(parts) ?? parts.document;
  return [...written.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((match) =>
    [...(match[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join('')
  );
}

describe('writeHeadingNumbers', () => {
  it('numbers headings through their styles, restarting deeper levels when a higher one advances', () => {
    const document = documentXml([
      heading(1, 'Johdanto'),
      heading(1, 'Hankkeet'),
      heading(2, 'Verkko'),
      heading(3, 'Kytkimet'),
      heading(3, 'Langaton verkko'),
      heading(2, 'Palvelimet'),
      heading(3, 'Varmuuskopiot')
    ]);
    expect(texts({ document, styles: STYLES, numbering: numbering() })).toEqual([
      '1 Johdanto',
      '2 Hankkeet',
      '2.1 Verkko',
      '2.1.1 Kytkimet',
      '2.1.2 Langaton verkko',
      '2.2 Palvelimet',
      '2.2.1 Varmuuskopiot'
    ]);
  });

  it('leaves numbered body lists alone, also when they follow the heading numbering', () => {
    const document = documentXml([
      heading(1, 'Hankkeet'),
      paragraph('Kartoitus', `<w:pStyle w:val="Luettelo"/>${numPr('2', 0)}`),
      paragraph('Kilpailutus', `<w:pStyle w:val="Luettelo"/>${numPr('2', 0)}`),
      // a body paragraph in the heading list counts (as in Word) but is not a heading
      paragraph('Välikohta', numPr('1', 0)),
      heading(1, 'Liitteet')
    ]);
    expect(texts({ document, styles: STYLES, numbering: numbering() })).toEqual(['1 Hankkeet', 'Kartoitus', 'Kilpailutus', 'Välikohta', '3 Liitteet']);
  });

  it('starts a list instance at its w:startOverride; instances without overrides share their counters', () => {
    const extra =
      '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>';
    const document = documentXml([
      heading(1, 'Alku'),
      heading(1, 'Jatko', numPr('4', 0)),
      heading(1, 'Seitsemäs', numPr('3', 0)),
      heading(2, 'Alakohta', numPr('3', 1)),
      heading(1, 'Kolmas')
    ]);
    expect(texts({ document, styles: STYLES, numbering: numbering(extra) })).toEqual([
      '1 Alku',
      '2 Jatko',
      '7 Seitsemäs',
      '7.1 Alakohta',
      '3 Kolmas'
    ]);
  });

  it('honours w:start, w:lvlRestart="0" and w:isLgl, and skips numbers the parser cannot read', () => {
    const levels = [
      `<w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1"/></w:lvl>`,
      lvl(1, '%1.%2', '<w:isLgl/><w:lvlRestart w:val="0"/>'),
      lvl(2, '%3)', '', 'lowerLetter')
    ].join('');
    const document = documentXml([heading(1, 'Neljäs'), heading(2, 'Eka'), heading(1, 'Viides'), heading(2, 'Toka'), heading(3, 'Kirjain')]);
    // level 1 is not restarted by level 0 (w:lvlRestart 0); Roman and letter numbers are not written
    expect(texts({ document, styles: STYLES, numbering: numbering('', levels) })).toEqual(['Neljäs', '4.1 Eka', 'Viides', '5.2 Toka', 'Kirjain']);
  });

  it('follows based-on styles, style links, outline levels and w:numId 0', () => {
    const styles = STYLES.replace(
      '</w:styles>',
      style('Projekti', 'Projektin otsikko', '', 'Otsikko2') +
        style('Jakso', 'Jakso', `${numPr('5')}<w:outlineLvl w:val="0"/>`) +
        `<w:style w:type="numbering" w:styleId="Otsikkonumerointi"><w:name w:val="Otsikkonumerointi"/><w:pPr>${numPr('1')}</w:pPr></w:style>` +
        '</w:styles>'
    );
    // list 5 takes its levels from list 1 through the numbering style; level 0 is the one linked to "Jakso"
    const extra =
      '<w:abstractNum w:abstractNumId="5"><w:numStyleLink w:val="Otsikkonumerointi"/></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="5"/></w:num>';
    const numberingXml = numbering(extra, HEADING_LEVELS.replace('<w:lvlText w:val="%1"/>', '<w:lvlText w:val="%1"/><w:pStyle w:val="Jakso"/>'));
    const document = documentXml([
      paragraph('Palvelualat', '<w:pStyle w:val="Jakso"/>'),
      paragraph('Kirjaston omatoimiaukiolo', '<w:pStyle w:val="Projekti"/>'),
      heading(2, 'Numeroimaton', numPr('0')),
      // an earlier numbering kept in a tracked change is not the paragraph's own
      heading(2, 'Muutettu', `<w:pPrChange w:id="1"><w:pPr>${numPr('2', 0)}</w:pPr></w:pPrChange>`)
    ]);
    expect(texts({ document, styles, numbering: numberingXml })).toEqual(['1 Palvelualat', '1.1 Kirjaston omatoimiaukiolo', 'Numeroimaton', '1.2 Muutettu']);
  });

  it('writes with the prefix the part uses and answers null when there is nothing to number', () => {
    const document = documentXml([heading(1, 'Hankkeet')]).replace(/w:/g, 'ns0:').replace('xmlns:w=', 'xmlns:ns0=');
    const written = writeHeadingNumbers({ document, styles: STYLES, numbering: numbering() });
    expect(written).toContain('<ns0:r><ns0:t xml:space="preserve">1 </ns0:t></ns0:r><ns0:r><ns0:t>Hankkeet');
    expect(writeHeadingNumbers({ document: documentXml([paragraph('Teksti')]), styles: STYLES, numbering: numbering() })).toBeNull();
  });
});
