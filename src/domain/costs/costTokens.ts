/**
 * Tokenizer for free-text cost estimates. A hand-written scanner (no regular expressions over
 * the whole text), so it runs in linear time on any input. Every token keeps its offsets in the
 * original text, so evidence can always quote the text exactly as written.
 */

export type TokenKind = 'num' | 'word' | 'sym' | 'break' | 'id';

export interface Token {
  kind: TokenKind;
  /** Offset of the first character in the original text. */
  start: number;
  /** Offset after the last character in the original text. */
  end: number;
  /** Lower-cased text; dashes are unified to '-'. */
  lower: string;
  /** Whitespace directly before the token. */
  spaceBefore: boolean;
  /** Numbers: the value as written (NaN for other tokens). */
  value: number;
  /** Numbers: the digits as written (with separators), e.g. "40 000" or "1,5". */
  raw: string;
  /** Numbers: a plain digit run without separators or decimals ("2024"). */
  plain: boolean;
  /** Numbers: written like "1,500", which could be 1.5 or 1500. */
  ambiguousComma: boolean;
  /** Numbers: part of a date or time ("10/2020", "1/1/2024", "8:30"). */
  dateLike: boolean;
}

const SPACE_SEPARATORS = ' \u00a0\u2009\u202f';
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212';
const BREAK_CHARS = '\n\r;!?\u2028\u2029';
/** Words after which a full stop is an abbreviation, not the end of a sentence. */
const ABBREVIATIONS = new Set([
  'n', 'ns', 'esim', 'milj', 'tuh', 'mm', 'yms', 'jne', 'ca', 'c', 'kpl', 'sis', 'vrt', 'ks', 'p', 'max', 'min',
  'maks', 'klo', 'nro', 'ym', 'tms', 'etc', 'approx', 'inkl', 'exkl', 'bl', 'ex', 'ts', 'huom', 'mr', 'dr'
]);

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function isLetter(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && c.toLowerCase() !== c.toUpperCase();
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && (c === ' ' || c === '\t' || c === '\f' || c === '\v' || SPACE_SEPARATORS.includes(c));
}

function isUpper(c: string | undefined): boolean {
  return isLetter(c) && c !== undefined && c === c.toUpperCase();
}

function digitRun(text: string, from: number): number {
  let i = from;
  while (isDigit(text[i])) {
    i++;
  }
  return i;
}

interface NumberScan {
  end: number;
  kind: 'num' | 'id';
  value: number;
  plain: boolean;
  ambiguousComma: boolean;
}

/** Reads dot-separated digit groups: "40.000" (thousands), "1.5" (decimal) or "3.2.1" (an id). */
function readDotted(text: string, start: number, firstEnd: number): NumberScan {
  const groups: number[] = [];
  let k = firstEnd;
  while (text[k] === '.' && isDigit(text[k + 1])) {
    const e = digitRun(text, k + 1);
    groups.push(e - (k + 1));
    k = e;
  }
  const thousands = firstEnd - start <= 3 && groups.every((g) => g === 3);
  if (thousands) {
    const digits = text.slice(start, k).split('.').join('');
    return readDecimalComma(text, start, k, Number(digits), false);
  }
  if (groups.length >= 2) {
    return { end: k, kind: 'id', value: NaN, plain: false, ambiguousComma: false };
  }
  return { end: k, kind: 'num', value: Number(text.slice(start, k)), plain: false, ambiguousComma: false };
}

/** Reads an optional decimal part written with a comma ("1,5") after the integer part. */
function readDecimalComma(text: string, start: number, intEnd: number, intValue: number, plain: boolean): NumberScan {
  if (text[intEnd] === ',' && isDigit(text[intEnd + 1])) {
    const e = digitRun(text, intEnd + 1);
    const fraction = text.slice(intEnd + 1, e);
    const value = intValue + Number('0.' + fraction);
    return { end: e, kind: 'num', value, plain: false, ambiguousComma: plain && fraction.length === 3 };
  }
  return { end: intEnd, kind: 'num', value: intValue, plain, ambiguousComma: false };
}

function readNumber(text: string, start: number): NumberScan {
  const firstEnd = digitRun(text, start);
  if (text[firstEnd] === '.' && isDigit(text[firstEnd + 1])) {
    return readDotted(text, start, firstEnd);
  }
  let end = firstEnd;
  let digits = text.slice(start, firstEnd);
  if (firstEnd - start <= 3) {
    while (
      SPACE_SEPARATORS.includes(text[end] ?? 'x') &&
      isDigit(text[end + 1]) &&
      isDigit(text[end + 2]) &&
      isDigit(text[end + 3]) &&
      !isDigit(text[end + 4]) &&
      !(text[end + 4] === '.' && isDigit(text[end + 5]))
    ) {
      digits += text.slice(end + 1, end + 4);
      end += 4;
    }
  }
  return readDecimalComma(text, start, end, Number(digits), end === firstEnd);
}

/** Skips endings written after a number: "5000,-" (price style) or "5 000:lla" (case ending). */
function skipNumberEnding(text: string, end: number): number {
  if (text[end] === ',' && DASHES.includes(text[end + 1] ?? 'x') && !isDigit(text[end + 2])) {
    return DASHES.includes(text[end + 2] ?? 'x') ? end + 3 : end + 2;
  }
  if (text[end] === ':' && isLetter(text[end + 1])) {
    let i = end + 1;
    while (isLetter(text[i])) {
      i++;
    }
    return i;
  }
  return end;
}

/** Reads a word: letters and digits, joined by inner hyphens or a colon case ending ("kk:n"). */
function readWord(text: string, start: number): number {
  let i = start;
  for (;;) {
    while (isLetter(text[i]) || isDigit(text[i])) {
      i++;
    }
    const c = text[i];
    if ((c === '-' || c === ':' || c === '\u2011') && isLetter(text[i + 1])) {
      i++;
      continue;
    }
    return i;
  }
}

function lowerOf(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

function makeToken(kind: TokenKind, start: number, end: number, lower: string, spaceBefore: boolean): Token {
  return { kind, start, end, lower, spaceBefore, value: NaN, raw: '', plain: false, ambiguousComma: false, dateLike: false };
}

function isSentenceEnd(text: string, i: number, previous: Token | undefined): boolean {
  let k = i + 1;
  if (k < text.length && !isSpace(text[k]) && !BREAK_CHARS.includes(text[k] ?? 'x')) {
    return false;
  }
  while (isSpace(text[k])) {
    k++;
  }
  const next = text[k];
  if (next !== undefined && !BREAK_CHARS.includes(next) && !isUpper(next)) {
    return false;
  }
  return !(previous !== undefined && previous.kind === 'word' && ABBREVIATIONS.has(previous.lower));
}

/** Splits a text into tokens. Linear in the length of the text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaceBefore = false;
  while (i < text.length) {
    const c = text[i];
    if (isSpace(c)) {
      spaceBefore = true;
      i++;
      continue;
    }
    const previous = tokens[tokens.length - 1];
    let token: Token;
    if (isDigit(c)) {
      const scan = readNumber(text, i);
      const end = skipNumberEnding(text, scan.end);
      token = makeToken(scan.kind, i, end, text.slice(i, end), spaceBefore);
      token.value = scan.value;
      token.raw = text.slice(i, scan.end);
      token.plain = scan.plain;
      token.ambiguousComma = scan.ambiguousComma;
    } else if (isLetter(c)) {
      const end = readWord(text, i);
      token = makeToken('word', i, end, lowerOf(text.slice(i, end)), spaceBefore);
    } else if (BREAK_CHARS.includes(c ?? 'x') || (c === '.' && isSentenceEnd(text, i, previous))) {
      token = makeToken('break', i, i + 1, c ?? '', spaceBefore);
    } else {
      const lower = DASHES.includes(c ?? 'x') ? '-' : c ?? '';
      token = makeToken('sym', i, i + 1, lower, spaceBefore);
    }
    tokens.push(token);
    i = token.end;
    spaceBefore = false;
  }
  markDates(tokens);
  return tokens;
}

function isDatePart(token: Token | undefined): boolean {
  return token !== undefined && ((token.kind === 'num' && token.plain) || (token.kind === 'word' && /\d/.test(token.lower)));
}

/** Marks numbers joined by '/' or ':' without spaces ("10/2020", "1/1/2024", "Q4/2021", "8:30"). */
function markDates(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const sep = tokens[i];
    const left = tokens[i - 1];
    const right = tokens[i + 1];
    if (sep === undefined || left === undefined || right === undefined) {
      continue;
    }
    if (sep.kind !== 'sym' || (sep.lower !== '/' && sep.lower !== ':') || sep.spaceBefore || right.spaceBefore) {
      continue;
    }
    if (isDatePart(left) && right.kind === 'num' && right.plain) {
      left.dateLike = left.kind === 'num' ? true : left.dateLike;
      right.dateLike = true;
    }
  }
}
