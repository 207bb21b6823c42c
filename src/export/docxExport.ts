/**
 * The plan document as Word (.docx), with the `docx` package, in the structure of the customers'
 * plans: title page, table of contents (page numbers are fields Word and LibreOffice compute),
 * introduction, numbered sections, units and projects. Heading numbers are written as text, so
 * the plan importer reads the document back to the same projects.
 */
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  PageBreak,
  PageNumber,
  PageReference,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType
} from 'docx';
import type { DocumentDecisions } from '../domain/export/planDecisions';
import type { DocumentProject, PlanDocument } from '../domain/export/planDocument';
import { sectionEntries } from '../domain/export/planDocument';

/** Word's built-in names of the table-of-contents styles (the importer ignores them). */
export const TOC_STYLES = { 1: 'toc 1', 2: 'toc 2' } as const;

const TOC_TAB = 9000;

function bookmarkId(number: string): string {
  return `salkku_${number.replace(/\./g, '_')}`;
}

/** A block's lines as runs, with a line break before each line after the first. */
function lineRuns(block: string): TextRun[] {
  return block.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
}

/** Text with paragraph breaks ("\n\n") as paragraphs and line breaks kept inside them. */
function textParagraphs(text: string): Paragraph[] {
  return text
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => new Paragraph({ children: lineRuns(block), spacing: { after: 120 } }));
}

function heading(number: string, text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ heading: level, children: [new Bookmark({ id: bookmarkId(number), children: [new TextRun(`${number} ${text}`)] })] });
}

function tocLine(number: string, text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    style: level === 1 ? 'TOC1' : 'TOC2',
    tabStops: [{ type: TabStopType.RIGHT, position: TOC_TAB, leader: 'dot' }],
    children: [new TextRun(`${number} ${text}`), new TextRun({ children: ['\t'] }), new PageReference(bookmarkId(number))]
  });
}

function fieldParagraphs(label: string, value: string, inline: boolean): Paragraph[] {
  if (inline) {
    const [first, ...rest] = value.split(/\n{2,}/);
    return [
      new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), ...lineRuns((first ?? '').trim())], spacing: { before: 120, after: 120 } }),
      ...textParagraphs(rest.join('\n\n'))
    ];
  }
  return [new Paragraph({ children: [new TextRun({ text: `${label}:`, bold: true })], spacing: { before: 160, after: 80 } }), ...textParagraphs(value)];
}

function projectParagraphs(project: DocumentProject, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], inlineLabels: boolean): Paragraph[] {
  const out: Paragraph[] = [heading(project.number, project.title, level), ...textParagraphs(project.description)];
  for (const field of project.fields) {
    out.push(...fieldParagraphs(field.label, field.text, inlineLabels));
    for (const item of field.items ?? []) {
      out.push(new Paragraph({ children: [new TextRun(`${item.letter}) `), new TextRun({ text: `${item.label}:`, bold: true })], spacing: { before: 80 } }));
      out.push(...textParagraphs(item.text));
    }
  }
  return out;
}

function cell(text: string, header: boolean): TableCell {
  const blocks = text.split(/\n{2,}/).filter((block) => block.trim() !== '');
  return new TableCell({
    children: (blocks.length === 0 ? [''] : blocks).map((block) => new Paragraph({ children: [new TextRun({ text: block.trim(), bold: header })] }))
  });
}

/**
 * The decisions on proposals as an appendix ("Liite 1."): the plan importer keeps everything after
 * an appendix heading apart, so the decisions are never read back as a project's text.
 */
function decisionBlocks(decisions: DocumentDecisions): (Paragraph | Table)[] {
  const c = decisions.columns;
  const header = new TableRow({ tableHeader: true, children: [c.title, c.proposer, c.decision, c.decided, c.reasoning].map((text) => cell(text, true)) });
  const rows = decisions.rows.map(
    (row) =>
      new TableRow({
        children: [row.title, row.proposer, row.projectNumber === null ? row.statusText : `${row.statusText} (${row.projectNumber})`, row.decided, row.reasoning].map((text) =>
          cell(text, false)
        )
      })
  );
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new Bookmark({ id: 'salkku_decisions', children: [new TextRun(decisions.heading)] })] }),
    ...textParagraphs(decisions.intro),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] })
  ];
}

/** The Word document of a plan; pack it with Packer.toBlob (browser) or Packer.toBuffer (Node). */
export function planDocx(plan: PlanDocument): Document {
  const inline = plan.template === 'short';
  const body: (Paragraph | Table)[] = [
    new Paragraph({ children: [new TextRun({ text: plan.organisation, size: 32 })], spacing: { before: 2400, after: 480 } }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(plan.title)] }),
    new Paragraph({ children: [new TextRun({ text: plan.period, size: 28 })], spacing: { after: 240 } }),
    new Paragraph({ children: [new TextRun(plan.date)] }),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ children: [new TextRun({ text: plan.contentsHeading, bold: true, size: 32 })], spacing: { after: 240 } })
  ];
  const introNumber = plan.introNumber;
  if (introNumber !== null) {
    body.push(tocLine(introNumber, plan.introHeading, 1));
  }
  for (const section of plan.sections) {
    body.push(tocLine(section.number, section.heading, 1));
    for (const entry of sectionEntries(section)) {
      if (entry.kind === 'project') {
        body.push(tocLine(entry.project.number, entry.project.title, 2));
      } else {
        body.push(tocLine(entry.unit.number, entry.unit.heading, 2));
        entry.unit.projects.forEach((p) => body.push(tocLine(p.number, p.title, 2)));
      }
    }
  }
  if (plan.decisions !== null) {
    body.push(
      new Paragraph({
        style: 'TOC1',
        tabStops: [{ type: TabStopType.RIGHT, position: TOC_TAB, leader: 'dot' }],
        children: [new TextRun(plan.decisions.heading), new TextRun({ children: ['\t'] }), new PageReference('salkku_decisions')]
      })
    );
  }
  body.push(new Paragraph({ children: [new PageBreak()] }));
  if (introNumber !== null) {
    body.push(heading(introNumber, plan.introHeading, HeadingLevel.HEADING_1), ...textParagraphs(plan.intro));
  }
  for (const section of plan.sections) {
    body.push(heading(section.number, section.heading, HeadingLevel.HEADING_1));
    for (const entry of sectionEntries(section)) {
      if (entry.kind === 'project') {
        body.push(...projectParagraphs(entry.project, HeadingLevel.HEADING_2, inline));
      } else {
        body.push(heading(entry.unit.number, entry.unit.heading, HeadingLevel.HEADING_2));
        entry.unit.projects.forEach((p) => body.push(...projectParagraphs(p, HeadingLevel.HEADING_3, inline)));
      }
    }
  }
  if (plan.decisions !== null) {
    body.push(...decisionBlocks(plan.decisions));
  }
  return new Document({
    creator: 'Salkku',
    title: plan.title,
    description: plan.period,
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22 } } },
      paragraphStyles: [
        { id: 'TOC1', name: TOC_STYLES[1], basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 120 } } },
        { id: 'TOC2', name: TOC_STYLES[2], basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 360 } } }
      ]
    },
    sections: [
      {
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] })
        },
        children: body
      }
    ]
  });
}
