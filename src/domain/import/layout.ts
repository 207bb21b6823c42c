/**
 * How the text is laid out on lines. Plain-text extractions of Word documents come in several
 * shapes: one paragraph per line (Markdown-like), lines hard-wrapped at the page width, and
 * "double-spaced" extractions where every line is followed by an empty line and only a line
 * of spaces (or several empty lines) separates paragraphs. The paragraph rules need to know.
 */
import { matchLabel } from './fields';
import { cleanLine, endsSentence, isBlank, listItemText, markdownLevel } from './text';

export interface ContentLine {
  /** Index of the raw line. */
  index: number;
  /** The cleaned line (spaces normalised, trimmed), mark-up still in place. */
  text: string;
  /** A paragraph separator precedes the line. */
  gapBefore: boolean;
}

export interface Layout {
  markdown: boolean;
  /** Every line is followed by one empty line; only stronger separators separate paragraphs. */
  doubleSpaced: boolean;
  /** Lines are hard-wrapped at a page width (most long lines end mid-sentence). */
  wrapped: boolean;
  /** A wrapped line shorter than this ends its paragraph. */
  shortLine: number;
}

/** True when most lines are separated by exactly one empty line. */
export function isDoubleSpaced(rawLines: readonly string[]): boolean {
  let single = 0;
  let total = 0;
  let empties = 0;
  let spaces = false;
  let seen = false;
  for (const raw of rawLines) {
    if (raw === '') {
      empties++;
    } else if (isBlank(raw)) {
      spaces = true;
    } else {
      if (seen) {
        total++;
        single += empties === 1 && !spaces ? 1 : 0;
      }
      seen = true;
      empties = 0;
      spaces = false;
    }
  }
  return total >= 10 && single / total >= 0.5;
}

/**
 * The lines that carry text, each with whether a paragraph separator precedes it. Skipped lines
 * (page noise) are ignored as if absent, so a removed footer does not create a separator.
 */
export function collectContentLines(rawLines: readonly string[], skip: readonly boolean[], strictGaps: boolean): ContentLine[] {
  const lines: ContentLine[] = [];
  let empties = 0;
  let spaces = 0;
  let gap = false;
  const closeSegment = (): void => {
    gap = gap || (strictGaps ? spaces > 0 || empties >= 2 : spaces + empties > 0);
    empties = 0;
    spaces = 0;
  };
  rawLines.forEach((raw, index) => {
    if (skip[index]) {
      closeSegment();
    } else if (raw === '') {
      empties++;
    } else if (isBlank(raw)) {
      spaces++;
    } else {
      closeSegment();
      lines.push({ index, text: cleanLine(raw), gapBefore: gap || lines.length === 0 });
      gap = false;
    }
  });
  return lines;
}

/** Decides whether lines are hard-wrapped and how short a line must be to end a paragraph. */
export function analyseLayout(lines: readonly ContentLine[], markdown: boolean, doubleSpaced: boolean): Layout {
  const prose = lines
    .map((line) => line.text)
    .filter((text) => markdownLevel(text) === 0 && listItemText(text) === null && !text.startsWith('**') && matchLabel(text) === null);
  const long = prose.filter((text) => text.length >= 50);
  const broken = long.filter((text) => !endsSentence(text));
  const wrapped = !markdown && long.length >= 5 && broken.length / long.length >= 0.4;
  const lengths = prose.map((text) => text.length).sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  return { markdown, doubleSpaced, wrapped, shortLine: Math.max(30, Math.round(p90 * 0.75)) };
}
