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
}

export type Token = HeadingToken | LabelToken | TextToken;

interface NumberingState {
  previous: number[] | null;
  toc: Map<string, string>;
  markdownHeadingsNumbered: boolean;
}

export function tokenize(lines: readonly ContentLine[], layout: Layout, toc: readonly TocEntry[]): Token[] {
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
