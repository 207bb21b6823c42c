/**
 * Classifies content lines: numbered or Markdown headings, field labels, list items and plain
 * text. A numbered line counts as a heading only when it fits the document's numbering (or the
 * table of contents lists it), so "2020 ja ..." or "14 000 €" stay text.
 */
import { type FieldKey, matchLabel } from './fields';
import {
  continuesTitle,
  isAppendixHeading,
  isPlausibleSuccessor,
  type NumberedHeading,
  parseNumberedHeading,
  sameNumber
} from './headings';
import type { ContentLine, Layout } from './layout';
import type { TocEntry } from './pageNoise';
import type { DomainWarning } from '../warnings';
import { endsSentence, isWhollyBold, joinBrokenLine, listItemText, markdownLevel, plainText, stripInlineMarkup } from './text';

interface TokenBase {
  /** Index of the raw line. */
  line: number;
  gapBefore: boolean;
}

export interface HeadingToken extends TokenBase {
  kind: 'heading';
  /** Heading number, null for an unnumbered heading. */
  parts: number[] | null;
  title: string;
  /** Markdown level (number of '#'), 0 when the line had none. */
  level: number;
  appendix: boolean;
}

export interface LabelToken extends TokenBase {
  kind: 'label';
  field: FieldKey;
  value: string;
  /** Length of the whole line (the wrap rules look at it). */
  length: number;
}

export interface TextToken extends TokenBase {
  kind: 'text' | 'list';
  text: string;
  length: number;
  /** The line was wholly bold: a possible unnumbered heading. */
  bold: boolean;
  /** An item of a numbered list ("1. …"), its number kept in `text`. */
  ordered?: boolean;
}

export type Token = HeadingToken | LabelToken | TextToken;

interface NumberingState {
  previous: number[] | null;
  toc: Map<string, string>;
  markdownHeadingsNumbered: boolean;
}

/** A numbered list item's number ("1. Kartoitus", "2) Kilpailutus"), or null. */
function listOrdinal(text: string): number | null {
  const match = /^(\d{1,2})[.)][ \t]+\S/.exec(plainText(text));
  return match ? Number(match[1]) : null;
}

/** Lines of an item (its text and paragraphs under it) before the next item. */
const ITEM_LINES = 12;

/**
 * Numbered lists in a project's text: lines numbered n, n+1, n+2 … with at most ITEM_LINES
 * lines (no label, no multi-level number) between them. Each run is given by the content-line
 * indexes of its items, in order.
 */
function numberedRuns(lines: readonly ContentLine[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  let last = 0;
  let since = 0;
  lines.forEach((line, index) => {
    const ordinal = markdownLevel(line.text) > 0 ? null : listOrdinal(line.text);
    if (ordinal !== null && run.length > 0 && ordinal === last + 1 && since <= ITEM_LINES) {
      run.push(index);
    } else if (ordinal !== null) {
      if (run.length >= 2) {
        runs.push(run);
      }
      run = [index];
    } else {
      const breaks = matchLabel(line.text) !== null || (parseNumberedHeading(plainText(line.text))?.parts.length ?? 0) > 1;
      since = breaks ? ITEM_LINES + 1 : since + 1;
      return;
    }
    last = ordinal;
    since = 0;
  });
  if (run.length >= 2) {
    runs.push(run);
  }
  return runs;
}

/**
 * Classifies the lines. `notes` receives the numbered-list lines that would also have fitted the
 * document's numbering as headings (kept as list text: a warning, never a silent change).
 */
export function tokenize(lines: readonly ContentLine[], layout: Layout, toc: readonly TocEntry[], notes: DomainWarning[] = []): Token[] {
  const runs = numberedRuns(lines);
  /** Items of a list whose first item is not a heading: text, whatever their numbers look like. */
  const listItems = new Set<number>();
  const state: NumberingState = {
    previous: null,
    toc: new Map(toc.filter((entry) => entry.number !== null).map((entry) => [entry.number ?? '', entry.title])),
    markdownHeadingsNumbered: lines.some((line) => markdownLevel(line.text) > 0 && parseNumberedHeading(plainText(line.text)) !== null)
  };
  const tokens: Token[] = [];
  let index = 0;
  for (let line = lines[index]; line !== undefined; line = lines[++index]) {
    const base = { line: line.index, gapBefore: line.gapBefore };
    const label = matchLabel(line.text);
    if (label) {
      tokens.push({ ...base, kind: 'label', field: label.field, value: label.value, length: line.text.length });
      continue;
    }
    const run = runs.find((r) => r[0] === index);
    if (run && !numberedHeading(line.text, layout, state)) {
      run.forEach((item) => listItems.add(item));
      // one warning per list, naming its first item that could have been read as a heading
      const ambiguous = run.find((item) => numberedHeading(lines[item]?.text ?? '', layout, state) !== null);
      if (ambiguous !== undefined) {
        notes.push({ code: 'importListNotHeading', detail: plainText(lines[ambiguous]?.text ?? '') });
      }
    }
    if (listItems.has(index)) {
      tokens.push({ ...base, kind: 'list', text: plainText(line.text), length: line.text.length, bold: false, ordered: true });
      continue;
    }
    const heading = numberedHeading(line.text, layout, state);
    if (heading) {
      const next = lines[index + 1];
      let title = heading.title;
      if (markdownLevel(line.text) === 0 && next && !next.gapBefore && isPlainLine(next.text) && joinsTitle(heading, next.text, state)) {
        title = joinBrokenLine(title, plainText(next.text));
        index++;
      }
      tokens.push({ ...base, kind: 'heading', parts: heading.parts, title, level: markdownLevel(line.text), appendix: false });
      state.previous = heading.parts;
      continue;
    }
    tokens.push(otherToken(line, base));
  }
  return tokens;
}

function otherToken(line: ContentLine, base: TokenBase): Token {
  const level = markdownLevel(line.text);
  const plain = plainText(line.text);
  if (isAppendixHeading(plain)) {
    return { ...base, kind: 'heading', parts: null, title: plain, level, appendix: true };
  }
  if (level > 0) {
    return { ...base, kind: 'heading', parts: null, title: plain, level, appendix: false };
  }
  const item = listItemText(line.text);
  if (item !== null) {
    return { ...base, kind: 'list', text: stripInlineMarkup(item), length: line.text.length, bold: false };
  }
  return { ...base, kind: 'text', text: plain, length: line.text.length, bold: isWhollyBold(line.text) };
}

/** The numbered heading on this line, if the line is one and its number fits the numbering. */
function numberedHeading(text: string, layout: Layout, state: NumberingState): NumberedHeading | null {
  const heading = parseNumberedHeading(plainText(text));
  if (!heading) {
    return null;
  }
  const explicit = markdownLevel(text) > 0;
  const bold = isWhollyBold(text);
  if (explicit || state.toc.has(heading.numberText)) {
    return heading;
  }
  if (layout.markdown && !bold && state.markdownHeadingsNumbered) {
    return null;
  }
  if (!bold && (heading.title.endsWith('.') || (endsSentence(heading.title) && heading.title.split(' ').length > 8))) {
    return null;
  }
  if (state.previous !== null && sameNumber(state.previous, heading.parts)) {
    return heading.title.length <= 100 && !endsSentence(heading.title) ? heading : null;
  }
  return isPlausibleSuccessor(state.previous, heading.parts) && (bold || heading.title.length <= 150) ? heading : null;
}

function isPlainLine(text: string): boolean {
  return (
    markdownLevel(text) === 0 &&
    listItemText(text) === null &&
    matchLabel(text) === null &&
    parseNumberedHeading(plainText(text)) === null
  );
}

/** The title continues on the next line: by its shape, or because the TOC has the longer title. */
function joinsTitle(heading: NumberedHeading, nextText: string, state: NumberingState): boolean {
  const next = plainText(nextText);
  const tocTitle = state.toc.get(heading.numberText);
  if (tocTitle !== undefined) {
    const joined = joinBrokenLine(heading.title, next).toLowerCase();
    return tocTitle.length > heading.title.length && tocTitle.toLowerCase().startsWith(joined);
  }
  return continuesTitle(heading.title, next);
}
