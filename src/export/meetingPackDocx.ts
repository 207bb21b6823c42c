/**
 * The steering group's meeting pack as Word (.docx), with the `docx` package: real headings (the
 * navigation pane and a PDF's bookmarks follow them), tables whose header row repeats on every
 * page and whose rows do not break across pages, RAG values as shape and word (the shape also in
 * its colour), the document's language set for spelling and screen readers, and its title and
 * subject in the file's properties.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LeaderType,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType
} from 'docx';
import { DOCUMENT_LOCALE } from '../domain/export/documentLabels';
import type { MeetingPack, PackAttentionProject, PackRag, PackTable } from '../domain/export/meetingPack';
import { packLabel } from '../domain/export/meetingPackLabels';

/** Text width of an A4 page with the default 2.54 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;


/** Darker than the web's RAG colours so the shapes keep 3:1 contrast on white paper. */
const RAG_COLOUR: Readonly<Record<NonNullable<PackRag['key']>, string>> = { red: 'B00020', amber: '9A6700', green: '2E7D32' };

const HEADER_FILL = 'E7E6E6';

type Heading = (typeof HeadingLevel)[keyof typeof HeadingLevel];

function lineRuns(block: string, bold = false): TextRun[] {
  return block.split('\n').map((line, i) => new TextRun({ text: line, bold, break: i > 0 ? 1 : undefined }));
}

/** Text with paragraph breaks ("\n\n") as paragraphs and line breaks kept inside them. */
function textParagraphs(text: string): Paragraph[] {
  return text
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => new Paragraph({ children: lineRuns(block), spacing: { after: 120 } }));
}

function heading(text: string, level: Heading, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: level, keepNext: true, pageBreakBefore, children: [new TextRun(text)], spacing: { before: level === HeadingLevel.HEADING_1 ? 360 : 240, after: 120 } });
}

function ragRuns(rag: PackRag, bold = false): TextRun[] {
  return [new TextRun({ text: rag.symbol, bold, color: rag.key ? RAG_COLOUR[rag.key] : undefined }), new TextRun({ text: ` ${rag.text}`, bold })];
}

function cell(children: Paragraph[], width: number, header = false): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 }
  });
}

function textCell(text: string, width: number, header = false): TableCell {
  const blocks = text.split(/\n{2,}/);
  return cell(
    blocks.map((block) => new Paragraph({ children: lineRuns(block.trim(), header) })),
    width,
    header
  );
}

/** Column widths from shares of the text width. */
function widths(shares: readonly number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  return shares.map((s) => Math.floor((s / total) * TEXT_WIDTH));
}

/** A table with a header row that repeats on each page; rows are kept whole. */
function table(data: PackTable, shares: readonly number[], render?: (row: string[], column: number, width: number, index: number) => TableCell | undefined): Table {
  const columns = widths(shares);
  const width = (i: number): number => columns[i] ?? columns[columns.length - 1] ?? TEXT_WIDTH;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns,
    rows: [
      ...(data.header.length === 0 ? [] : [new TableRow({ tableHeader: true, cantSplit: true, children: data.header.map((h, i) => textCell(h, width(i), true)) })]),
      ...data.rows.map((row, index) => new TableRow({ cantSplit: true, children: row.map((value, i) => render?.(row, i, width(i), index) ?? textCell(value, width(i))) }))
    ]
  });
}

function note(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, italics: true })], spacing: { before: 80, after: 120 } });
}

/**
 * Ruled empty lines to write on when the pack is printed: a tab to the right margin with an
 * underline leader (paragraph borders would merge into one box).
 */
function notesLines(count: number): Paragraph[] {
  return Array.from(
    { length: count },
    () => new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.UNDERSCORE }], children: [new TextRun({ children: ['\t'], color: '999999' })], spacing: { before: 200 } })
  );
}

function agenda(pack: MeetingPack): (Paragraph | Table)[] {
  const { agenda: a } = pack;
  const facts = table({ header: [], rows: a.facts.map((f) => [f.label, f.text]) }, [1, 2], (row, column, width) =>
    column === 0 ? cell([new Paragraph({ children: [new TextRun({ text: row[0] ?? '', bold: true })] })], width) : undefined
  );
  return [
    heading(a.heading, HeadingLevel.HEADING_1),
    facts,
    heading(a.agendaLabel, HeadingLevel.HEADING_2),
    ...a.items.map((item, i) => new Paragraph({ children: [new TextRun(`${i + 1}. ${item}`)], indent: { left: 360 }, spacing: { after: 60 } })),
    heading(a.notesLabel, HeadingLevel.HEADING_2),
    ...(a.notes !== '' ? textParagraphs(a.notes) : [note(packLabel('notesEmpty', pack.language))]),
    ...notesLines(8)
  ];
}

function summary(pack: MeetingPack, number: number): (Paragraph | Table)[] {
  const s = pack.summary;
  const ragTable = table({ header: [s.ragLabels.rag, s.ragLabels.count], rows: s.rag.map((r) => [`${r.rag.symbol} ${r.rag.text}`, String(r.count)]) }, [3, 1], (_row, column, width, index) => {
    const entry = s.rag[index];
    return column === 0 && entry ? cell([new Paragraph({ children: ragRuns(entry.rag) })], width) : undefined;
  });
  return [
    // the first page is the meeting's: details, agenda and room for notes
    heading(`${number} ${s.heading}`, HeadingLevel.HEADING_1, true),
    heading(s.byStatusHeading, HeadingLevel.HEADING_2),
    table(s.byStatus, [3, 1]),
    heading(s.ragHeading, HeadingLevel.HEADING_2),
    ragTable,
    heading(s.totalsHeading, HeadingLevel.HEADING_2),
    table(s.totals, [3, 2])
  ];
}

function changes(pack: MeetingPack, number: number): (Paragraph | Table)[] {
  const c = pack.changes;
  return [heading(`${number} ${c.heading}`, HeadingLevel.HEADING_1), note(c.intro), ...(c.items.length === 0 ? [new Paragraph(c.empty)] : [table(c.table, [6, 3, 5])])];
}

function attentionProject(project: PackAttentionProject): (Paragraph | Table)[] {
  // the facts stay on the page of the report's first lines (keep with next)
  const facts = table({ header: [], rows: project.facts.map((f) => [f.label, f.value]) }, [1, 2], (row, column, width, index) => {
    const fact = project.facts[index];
    const runs = column === 0 ? [new TextRun({ text: row[0] ?? '', bold: true })] : fact?.rag ? ragRuns(fact.rag) : [new TextRun(row[1] ?? '')];
    return cell([new Paragraph({ keepNext: true, children: runs })], width);
  });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [...ragRuns(project.rag), new TextRun(` – ${project.heading}`)], spacing: { before: 240, after: 120 } }),
    facts,
    new Paragraph({ keepNext: project.fields.length > 0, children: [new TextRun({ text: project.source, italics: true })], spacing: { before: 80, after: 120 } }),
    ...project.fields.flatMap((f) => [new Paragraph({ keepNext: true, children: [new TextRun({ text: f.label, bold: true })], spacing: { before: 120, after: 60 } }), ...textParagraphs(f.text)])
  ];
}

function attention(pack: MeetingPack, number: number): (Paragraph | Table)[] {
  const a = pack.attention;
  return [heading(`${number} ${a.heading}`, HeadingLevel.HEADING_1), ...(a.projects.length === 0 ? [new Paragraph(a.empty)] : a.projects.flatMap(attentionProject))];
}

function decisions(pack: MeetingPack, number: number): (Paragraph | Table)[] {
  const d = pack.decisions;
  return [heading(`${number} ${d.heading}`, HeadingLevel.HEADING_1), ...(d.items.length === 0 ? [new Paragraph(d.empty)] : [table(d.table, [7, 11, 4])])];
}

function missing(pack: MeetingPack, number: number): (Paragraph | Table)[] {
  const m = pack.missing;
  return [heading(`${number} ${m.heading}`, HeadingLevel.HEADING_1), ...(m.items.length === 0 ? [new Paragraph(m.empty)] : [table(m.table, [14, 12, 9, 9])])];
}

function benefits(pack: MeetingPack, number: number): (Paragraph | Table)[] {
  const b = pack.benefits;
  if (!b) {
    return [];
  }
  return [
    heading(`${number} ${b.heading}`, HeadingLevel.HEADING_1),
    heading(b.due.heading, HeadingLevel.HEADING_2),
    ...(b.due.items.length === 0 ? [new Paragraph(b.due.empty)] : [table(b.due.table, [10, 10, 7, 8, 5])]),
    heading(b.closed.heading, HeadingLevel.HEADING_2),
    ...(b.closed.items.length === 0 ? [new Paragraph(b.closed.empty)] : [table(b.closed.table, [10, 10, 5, 11])]),
    heading(b.financial.heading, HeadingLevel.HEADING_2),
    note(b.financial.note),
    ...(b.financial.projectIds.length === 0 ? [new Paragraph(b.financial.empty)] : [table(b.financial.table, [8, 5, 5, 5, 5, 5, 4])])
  ];
}

/** The Word document of a meeting pack; pack it with Packer.toBlob (browser) or Packer.toBuffer (Node). */
export function meetingPackDocx(pack: MeetingPack): Document {
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(pack.title)] }),
    new Paragraph({ children: [new TextRun({ text: pack.subject, size: 28 })], spacing: { after: 240 } }),
    ...agenda(pack),
    ...summary(pack, 1),
    ...changes(pack, 2),
    ...attention(pack, 3),
    ...decisions(pack, 4),
    ...missing(pack, 5),
    ...benefits(pack, 6)
  ];
  return new Document({
    creator: 'Salkku',
    title: pack.title,
    subject: pack.subject,
    description: pack.footer,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: DOCUMENT_LOCALE[pack.language] } } } }
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: `${pack.footer} · ${packLabel('page', pack.language)} `, size: 18 }), new TextRun({ children: [PageNumber.CURRENT], size: 18 })]
              })
            ]
          })
        },
        children: body
      }
    ]
  });
}
