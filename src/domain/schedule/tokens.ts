/**
 * Tokenizer for free-text schedules. One linear pass over the text, no regular expressions:
 * every token keeps its offsets in the original text, so whatever is derived from a token can
 * point back to the exact substring it came from.
 *
 * HTML (SharePoint rich text fields) is tolerated: block tags (<p>, <div>, <br>, <li>...) become
 * line breaks, other tags are skipped, and the entities people use for dashes and spaces are
 * understood.
 */

export type TokenKind =
  | 'num'
  | 'word'
  | 'dash'
  | 'slash'
  | 'dot'
  | 'colon'
  | 'comma'
  | 'semi'
  | 'break'
  | 'question'
  | 'other';

export interface Token {
  kind: TokenKind;
  /** The token's text exactly as in the source. */
  text: string;
  /** Lower-case text (words); same as `text` for other kinds. */
  lower: string;
  /** Offset of the first character in the source. */
  start: number;
  /** Offset after the last character in the source. */
  end: number;
  /** True when whitespace (or a tag) separates this token from the previous one. */
  spaced: boolean;
}

const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D';
const PUNCTUATION: Readonly<Record<string, TokenKind>> = {
  '/': 'slash',
  '.': 'dot',
  ':': 'colon',
  ',': 'comma',
  ';': 'semi',
  '?': 'question'
};
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'hr', 'dd', 'dt', 'dl', 'header', 'footer', 'pre'
]);
const SPACE_ENTITIES = new Set(['nbsp', '#160', '#xa0', 'ensp', 'emsp', 'thinsp']);
const DASH_ENTITIES = new Set([
  'ndash', 'mdash', 'minus', 'hyphen', '#8211', '#8212', '#8722', '#x2013', '#x2014', '#45'
]);
/** Longest tag scanned; a longer '<...' is treated as text. */
const MAX_TAG = 1000;
const MAX_ENTITY = 10;

export function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isLowerLetter(ch: string): boolean {
  return isLetter(ch) && ch === ch.toLowerCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v' ||
    ch === '\u00a0' || ch === '\u2007' || ch === '\u202f' || ch === '\u200b' || ch === '\u2028' || ch === '\u2029' ||
    ch === '\ufeff' || (ch >= '\u2000' && ch <= '\u200a');
}

function isNewline(ch: string): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}

class Scanner {
  public readonly tokens: Token[] = [];
  private spaced = false;

  public constructor(private readonly text: string) {}

  public run(): Token[] {
    const text = this.text;
    let i = 0;
    while (i < text.length) {
      i = this.step(i);
    }
    return this.tokens;
  }

  private step(i: number): number {
    const ch = this.text.charAt(i);
    if (isSpace(ch)) {
      return this.whitespace(i);
    }
    if (isDigit(ch)) {
      return this.runOf(i, 'num', isDigit);
    }
    if (isLetter(ch)) {
      return this.runOf(i, 'word', isLetter);
    }
    if (ch === '<') {
      const end = this.tag(i);
      if (end > 0) {
        return end;
      }
    }
    if (ch === '&') {
      const end = this.entity(i);
      if (end > 0) {
        return end;
      }
    }
    if (DASHES.indexOf(ch) >= 0) {
      this.push('dash', i, i + 1);
      return i + 1;
    }
    this.push(PUNCTUATION[ch] ?? 'other', i, i + 1);
    return i + 1;
  }

  private push(kind: TokenKind, start: number, end: number): void {
    const text = this.text.slice(start, end);
    const lower = kind === 'word' ? text.toLowerCase() : text;
    this.tokens.push({ kind, text, lower, start, end, spaced: this.spaced });
    this.spaced = false;
  }

  private runOf(i: number, kind: TokenKind, accept: (ch: string) => boolean): number {
    let j = i + 1;
    while (j < this.text.length && accept(this.text.charAt(j))) {
      j++;
    }
    this.push(kind, i, j);
    return j;
  }

  /** A run of whitespace; a line break in it ends a clause unless the next line clearly continues the sentence. */
  private whitespace(i: number): number {
    let j = i;
    let newlineAt = -1;
    while (j < this.text.length && isSpace(this.text.charAt(j))) {
      if (newlineAt < 0 && isNewline(this.text.charAt(j))) {
        newlineAt = j;
      }
      j++;
    }
    this.spaced = true;
    if (newlineAt >= 0 && !this.continuesLine(j)) {
      this.push('break', newlineAt, newlineAt + 1);
      this.spaced = true;
    }
    return j;
  }

  private continuesLine(next: number): boolean {
    const previous = this.tokens.length > 0 ? this.tokens[this.tokens.length - 1] : undefined;
    if (!previous || (previous.kind !== 'word' && previous.kind !== 'dash') || next >= this.text.length) {
      return false;
    }
    return isLowerLetter(this.text.charAt(next));
  }

  /** An HTML tag: returns the offset after it, or -1 when '<' does not start a tag. */
  private tag(i: number): number {
    const text = this.text;
    const first = text[i + 1];
    if (first === undefined || !(isLetter(first) || first === '/' || first === '!')) {
      return -1;
    }
    let j = i + 1;
    while (j < text.length && j - i < MAX_TAG && text[j] !== '>' && text[j] !== '<') {
      j++;
    }
    if (text[j] !== '>') {
      return -1;
    }
    let k = i + 1;
    if (text[k] === '/') {
      k++;
    }
    let name = '';
    while (k < j && (isLetter(text.charAt(k)) || isDigit(text.charAt(k)))) {
      name += text.charAt(k);
      k++;
    }
    if (BLOCK_TAGS.has(name.toLowerCase())) {
      this.push('break', i, j + 1);
      this.spaced = true;
    }
    return j + 1;
  }

  /** An HTML entity: returns the offset after it, or -1 when '&' does not start one. */
  private entity(i: number): number {
    const text = this.text;
    let j = i + 1;
    while (j < text.length && j - i <= MAX_ENTITY && (isLetter(text.charAt(j)) || isDigit(text.charAt(j)) || text[j] === '#')) {
      j++;
    }
    if (text[j] !== ';' || j === i + 1) {
      return -1;
    }
    const name = text.slice(i + 1, j).toLowerCase();
    if (SPACE_ENTITIES.has(name)) {
      this.spaced = true;
    } else {
      this.push(DASH_ENTITIES.has(name) ? 'dash' : 'other', i, j + 1);
    }
    return j + 1;
  }
}

/** Splits a text into tokens; whitespace is not a token but sets `spaced` on the next token. */
export function tokenize(text: string): Token[] {
  return new Scanner(text).run();
}

/** Tokens first..last (inclusive) with their indices; stops early at the end of the list. */
export function* tokenRange(tokens: readonly Token[], first: number, last: number): Generator<[number, Token]> {
  for (let i = first; i <= last; i++) {
    const token = tokens[i];
    if (token === undefined) {
      return;
    }
    yield [i, token];
  }
}

/**
 * Token i, where i comes from an atom's or a clause's bounds and so is in the list. A missing
 * token is a mistake in the parser (parseSchedule reports the text as not understood).
 */
export function tokenAt(tokens: readonly Token[], i: number): Token {
  const token = tokens[i];
  if (token === undefined) {
    throw new RangeError(`No token ${i} of ${tokens.length}`);
  }
  return token;
}
