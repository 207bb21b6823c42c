/**
 * Line-level text helpers of the plan importer: splitting, whitespace clean-up, Markdown
 * mark-up removal and the small character tests the paragraph and heading rules use.
 * Pure string work; every regular expression here is anchored and linear.
 */

/** Splits a document into lines (any line ending). */
export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** True when a line has no visible characters. */
export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/**
 * Cleans one line: unusual spaces become plain spaces, runs of spaces collapse to one and the
 * line is trimmed. Nothing else changes.
 */
export function cleanLine(line: string): string {
  return line
    .replace(/[\u00a0\u2007\u2009\u200a\u202f\u3000\t]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Number of leading '#' characters of a Markdown ATX heading ("## Title" → 2), else 0. */
export function markdownLevel(line: string): number {
  const match = /^(#{1,6})(?: |$)/.exec(line);
  return match?.[1]?.length ?? 0;
}

/** Removes a Markdown heading prefix ("### "). */
export function stripHeadingPrefix(line: string): string {
  return line.replace(/^#{1,6}(?: |$)/, '');
}

/** Removes Markdown bold markers and autolink brackets, undoes backslash escapes, trims. */
export function stripInlineMarkup(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/<((?:https?|mailto):[^<>\s]*)>/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Heading prefix and inline mark-up removed: the text as a reader sees it. */
export function plainText(line: string): string {
  return stripInlineMarkup(stripHeadingPrefix(line));
}

/** True when the (bold-stripped) line is wholly bold: "**2.1 Title**". */
export function isWhollyBold(line: string): boolean {
  const text = stripHeadingPrefix(line).trim();
  return text.length > 4 && text.startsWith('**') && text.endsWith('**') && text.indexOf('**', 2) === text.length - 2;
}

const LIST_MARKER = /^(?:[-*\u2022\u25aa\u25e6\u25cf\u00b7\u2023\u2043\uf0a7\uf0b7\uf0d8\uf076\uf0fc])(?: +|$)/;

/** The text of a bulleted list item without its marker, or null when the line is no list item. */
export function listItemText(line: string): string | null {
  if (line.startsWith('**')) {
    return null;
  }
  const match = LIST_MARKER.exec(line);
  return match ? line.slice(match[0].length) : null;
}

/** Ends like a sentence or a lead-in: . ! ? : ; … possibly followed by closing quotes/brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?:;\u2026]["'\u201d\u2019)\]*]*$/.test(text.trim());
}

/** The first letter-or-digit character decides: true when it is a lower-case letter. */
export function startsLowercase(text: string): boolean {
  const first = firstSignificantChar(text);
  return first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase();
}

/** True when the first character of the text is an upper-case letter. */
export function startsUppercase(text: string): boolean {
  const first = text.trim().charAt(0);
  return first !== '' && first !== first.toLowerCase() && first === first.toUpperCase();
}

function firstSignificantChar(text: string): string | undefined {
  for (const char of text.trim()) {
    if (char.toLowerCase() !== char.toUpperCase() || (char >= '0' && char <= '9')) {
      return char;
    }
    if (char !== '(' && char !== '"' && char !== '\u201d' && char !== '\u201c' && char !== "'") {
      return undefined;
    }
  }
  return undefined;
}

/**
 * What goes between two pieces of one broken sentence: a word hyphenated at the end of a line
 * keeps its hyphen and gets no space ("integraatio-" + "ongelmilta"); otherwise one space.
 */
export function lineSeparator(previous: string, next: string): string {
  return /[\p{L}\d] ?-$/u.test(previous.slice(-3)) && startsLowercase(next) ? '' : ' ';
}

/** Joins two pieces of one broken sentence (see lineSeparator). */
export function joinBrokenLine(first: string, second: string): string {
  return first + lineSeparator(first, second) + second;
}

/** Marks the end of a line that ended in a hard line break (a <br> in a .docx paragraph). */
export const HARD_BREAK = '\uE000';

/** Joins the lines of one paragraph (see lineSeparator); a hard line break stays a "\n". */
export function joinLines(lines: readonly string[]): string {
  const parts: string[] = [];
  let previous: string | null = null;
  for (const line of lines) {
    if (previous !== null) {
      parts.push(previous.endsWith(HARD_BREAK) ? '\n' : lineSeparator(previous, line));
    }
    parts.push(line);
    previous = line;
  }
  return parts.join('').split(HARD_BREAK).join('');
}

/** Upper-cases the first letter; an all-capitals text is first lower-cased ("YLEISTÄ" → "Yleistä"). */
export function capitalise(text: string): string {
  const trimmed = text.trim();
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  const base = letters.length > 1 && letters === letters.toUpperCase() ? trimmed.toLowerCase() : trimmed;
  return base.charAt(0).toUpperCase() + base.slice(1);
}

/** Lower-cases and unifies dashes and spaces, for comparisons. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
