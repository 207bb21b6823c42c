/**
 * Heading recognition: hierarchical numbers ("2", "2.1", "3.2.1."), whether a numbered line
 * plausibly continues the document's numbering, titles split across two lines, unnumbered
 * group headings ("Infrastruktuuri") and appendix headings ("Liite 1. ...").
 */
import { comparable, endsSentence, startsLowercase, startsUppercase } from './text';

export interface NumberedHeading {
  parts: number[];
  /** The number without a trailing dot: "3.1.1". */
  numberText: string;
  title: string;
}

const NUMBERED = /^(\d{1,2}(?:\.\d{1,3}){0,5})\.?[ \t]+(\S.*)$/;

/** A line's heading number and title, or null when it does not start like a numbered heading. */
export function parseNumberedHeading(text: string): NumberedHeading | null {
  const match = NUMBERED.exec(text.trim());
  if (!match) {
    return null;
  }
  const [, numberText = '', rawTitle = ''] = match;
  const title = rawTitle.trim();
  if (title.length > 200 || !titleStart(title)) {
    return null;
  }
  const parts = numberText.split('.').map((part) => Number(part));
  return { parts, numberText: parts.join('.'), title };
}

/** A title starts with a capital, a quote and a capital, or a digit glued to letters ("3D-malli"). */
function titleStart(title: string): boolean {
  if (startsUppercase(title)) {
    return true;
  }
  return /^(?:\d{1,4}\p{L}|["\u201c\u201d\u00ab]\p{Lu})/u.test(title);
}

export function sameNumber(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}

/** True when `ancestor` is a proper prefix of `descendant` (3.2 of 3.2.1). */
export function isAncestorNumber(ancestor: readonly number[], descendant: readonly number[]): boolean {
  return ancestor.length < descendant.length && ancestor.every((part, index) => part === descendant[index]);
}

/** Largest forward jump tolerated between siblings (a plan may skip a number: 6.2 → 6.4). */
const MAX_SKIP = 3;

/**
 * Whether `next` can follow `previous` in a numbering: a first child (3 → 3.1, or 3 → 3.1.1
 * when a level is unnumbered), a next sibling (3.1 → 3.2) or the next item of an ancestor's
 * level (3.2.4 → 3.3, 5.4.10 → 6); new deeper levels must start from 1.
 */
export function isPlausibleSuccessor(previous: readonly number[] | null, next: readonly number[]): boolean {
  if (previous === null) {
    const [first = 0, ...rest] = next;
    return first >= 1 && first <= 9 && rest.every((part) => part === 1);
  }
  let common = 0;
  while (common < previous.length && common < next.length && previous[common] === next[common]) {
    common++;
  }
  const nextPart = next[common];
  if (nextPart === undefined) {
    // `next` is `previous` or one of its ancestors.
    return false;
  }
  const startsFresh = next.slice(common + 1).every((part) => part === 1);
  const previousPart = previous[common];
  if (previousPart === undefined) {
    return nextPart === 1 && startsFresh;
  }
  const step = nextPart - previousPart;
  return step >= 1 && step <= MAX_SKIP && startsFresh;
}

/**
 * Whether the line after a numbered heading continues its title ("... Paikkatietopalveluiden"
 * + "kehittäminen"): a short line that is not a sentence, and either starts in lower case or
 * follows a title that visibly breaks off (comma, dash, "ja").
 */
export function continuesTitle(title: string, next: string): boolean {
  const line = next.trim();
  if (line === '' || line.length > 80 || endsSentence(line)) {
    return false;
  }
  if (/[,(&\-\u2013]$/.test(title) || /\s(?:ja|tai|sekä|eli|och|eller|and|or|of)$/i.test(title)) {
    return true;
  }
  return startsLowercase(line) && line.length <= 60;
}

/**
 * A one-line paragraph that reads like an unnumbered heading ("Infrastruktuuri",
 * "Sosiaali- ja terveystoimi"): short, capitalised, no sentence punctuation.
 */
export function isHeadingLike(text: string): boolean {
  const line = text.trim();
  if (line.length < 3 || line.length > 60 || !startsUppercase(line) || /[.,;:!?]$/.test(line)) {
    return false;
  }
  return line.split(' ').length <= 8;
}

/** "Liite 1. Kauniaisten strategiset painopisteet", "Liitteet", "Bilaga 2". */
export function isAppendixHeading(text: string): boolean {
  const line = text.trim();
  if (line.length > 120) {
    return false;
  }
  if (/^(?:liitteet|bilagor|appendices|attachments)$/i.test(line)) {
    return true;
  }
  const match = /^(?:liite|bilaga|appendix|attachment) \d{1,2}[.:]?(?: |$)/i.exec(line);
  if (!match) {
    return false;
  }
  const rest = line.slice(match[0].length);
  return rest === '' || startsUppercase(rest) || /^["\u201c\u201d]/.test(rest);
}

/** "Sisällys" (also the typo "Sisälllys"), "Sisältö", "Innehåll", "Contents". */
export function isTocHeading(text: string): boolean {
  return /^(?:sis[aä]l+ys(?:luettelo)?|sis[aä]lt[oö]|inneh[aå]ll(?:sf[oö]rteckning)?|(?:table of )?contents)$/.test(
    comparable(text).replace(/[:.]$/, '')
  );
}
