/**
 * Builds paragraphs from classified lines: lines broken mid-sentence are joined, paragraph
 * breaks and list items are kept, and a field's paragraphs are rendered back to text
 * ("\n\n" between paragraphs, list items as "- " lines).
 */
import type { FieldKey } from './fields';
import type { Layout } from './layout';
import type { HeadingToken, Token } from './tokens';
import { endsSentence, joinLines, startsLowercase } from './text';

export interface ParagraphBlock {
  kind: 'para';
  text: string;
  list: boolean;
  /** A numbered list item: its number is part of `text` (rendered without a bullet). */
  ordered: boolean;
  /** Raw line index of the first line. */
  line: number;
  /** The source lines as read (mark-up removed), before joining. */
  lines: string[];
  /** Wholly bold line or unnumbered Markdown heading: a strong unnumbered-heading candidate. */
  headingMark: boolean;
  /** The paragraph is the first of a field value (directly after its label). */
  afterLabel: boolean;
}

export interface LabelBlock {
  kind: 'label';
  field: FieldKey;
  line: number;
}

export interface HeadingBlock {
  kind: 'heading';
  token: HeadingToken;
}

export type Block = ParagraphBlock | LabelBlock | HeadingBlock;

interface OpenParagraph {
  block: ParagraphBlock;
  lastText: string;
  lastLength: number;
}

/** Collects blocks; keeps the paragraph being built open while lines continue it. */
class BlockBuilder {
  private readonly blocks: Block[] = [];
  private open: OpenParagraph | null = null;
  private afterLabel = false;

  public constructor(private readonly layout: Layout) {}

  public heading(token: HeadingToken): void {
    this.close();
    this.blocks.push({ kind: 'heading', token });
    this.afterLabel = false;
  }

  public label(field: FieldKey, line: number, value: string, length: number): void {
    this.close();
    this.blocks.push({ kind: 'label', field, line });
    this.afterLabel = true;
    if (value !== '') {
      this.start(value, false, line, length, false);
    }
  }

  public text(text: string, gapBefore: boolean, line: number, length: number, bold: boolean): void {
    const open = this.open;
    if (open !== null && !bold && !open.block.headingMark && shouldJoin(open, text, gapBefore, this.layout)) {
      open.block.lines.push(text);
      open.lastText = text;
      open.lastLength = length;
    } else {
      this.start(text, false, line, length, bold);
    }
  }

  public start(text: string, list: boolean, line: number, length: number, headingMark: boolean, ordered = false): void {
    this.close();
    this.open = {
      block: { kind: 'para', text, list, ordered, line, lines: [text], headingMark, afterLabel: this.afterLabel },
      lastText: text,
      lastLength: length
    };
    this.afterLabel = false;
  }

  public finish(): Block[] {
    this.close();
    return this.blocks;
  }

  private close(): void {
    if (this.open !== null) {
      this.open.block.text = joinLines(this.open.block.lines);
      this.blocks.push(this.open.block);
      this.open = null;
    }
  }
}

export function assembleBlocks(tokens: readonly Token[], layout: Layout): Block[] {
  const builder = new BlockBuilder(layout);
  for (const token of tokens) {
    if (token.kind === 'heading') {
      builder.heading(token);
    } else if (token.kind === 'label') {
      builder.label(token.field, token.line, token.value, token.length);
    } else if (token.kind === 'list') {
      builder.start(token.text, true, token.line, token.length, false, token.ordered === true);
    } else {
      builder.text(token.text, token.gapBefore, token.line, token.length, token.bold);
    }
  }
  return builder.finish();
}

/**
 * Whether a line continues the open paragraph. A line starting in lower case after a line that
 * does not end a sentence always continues it (even across an empty line: page breaks split
 * sentences); so does a line starting with a digit ("vuonna" + "2026 alkaen"). Otherwise a
 * separator ends the paragraph; without one, Markdown soft-wraps, a hard-wrapped text
 * continues unless the previous line was short, and one-paragraph-per-line text starts a new
 * paragraph.
 */
function shouldJoin(open: OpenParagraph, text: string, gapBefore: boolean, layout: Layout): boolean {
  const previousEnds = endsSentence(open.lastText);
  if (startsLowercase(text)) {
    return !(gapBefore && previousEnds);
  }
  if (/^\d/.test(text) && !previousEnds && (!gapBefore || open.lastText.length >= 40)) {
    return true;
  }
  if (gapBefore) {
    return false;
  }
  if (open.block.list) {
    return layout.wrapped && !previousEnds && open.lastLength >= layout.shortLine;
  }
  if (layout.markdown) {
    return true;
  }
  return layout.wrapped && open.lastLength >= layout.shortLine;
}

/** Paragraphs as one text: "\n\n" between paragraphs, "- " list lines; null when there are none. */
export function renderParagraphs(paragraphs: readonly ParagraphBlock[]): string | null {
  const text = paragraphs
    .map((paragraph, index) => {
      const separator = index === 0 ? '' : paragraph.list ? '\n' : '\n\n';
      return separator + (paragraph.list && !paragraph.ordered ? `- ${paragraph.text}` : paragraph.text);
    })
    .join('')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return text === '' ? null : text;
}
