/**
 * Bounded look-ahead over the tokens for the atom matchers: "is token i a tight slash", "a
 * four-digit year", ... Every helper looks at a fixed number of tokens.
 */
import type { Atom, AtomContext, Match } from './atom';
import { daysInMonth, makeAtom, MAX_YEAR, MIN_YEAR, monthAtom } from './atom';
import type { Token } from './tokens';
import type { WordInfo } from './words';
import { isQuantityUnit } from './words';

export class TokenReader {
  public readonly tokens: readonly Token[];
  public readonly infos: ReadonlyArray<WordInfo | null>;

  /** `found`: the atoms found so far (the matchers must not reuse their tokens). */
  public constructor(ctx: AtomContext, public readonly found: readonly Atom[]) {
    this.tokens = ctx.tokens;
    this.infos = ctx.infos;
  }

  public kindAt(i: number): string {
    const t = this.tokens[i];
    return t ? t.kind : '';
  }

  /** Lower-case text of token i ('' past the end). */
  public lowerAt(i: number): string {
    const t = this.tokens[i];
    return t ? t.lower : '';
  }

  /** Token i is a number of at most `maxLength` digits (and, if `tight`, not preceded by whitespace). */
  public numAt(i: number, maxLength: number, tight = false): number | null {
    const t = this.tokens[i];
    if (!t || t.kind !== 'num' || t.text.length > maxLength || (tight && t.spaced)) {
      return null;
    }
    return Number(t.text);
  }

  /** Token i has the kind and no whitespace before it. */
  public isTight(i: number, kind: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === kind && !t.spaced;
  }

  /** A four-digit number at token i (any value), or null. */
  public fourDigitsAt(i: number, tight = false): number | null {
    const t = this.tokens[i];
    if (!t || t.kind !== 'num' || t.text.length !== 4 || (tight && t.spaced)) {
      return null;
    }
    return Number(t.text);
  }

  /** A four-digit year 1900–2199 at token i. */
  public yearAt(i: number, tight = false): number | null {
    const year = this.fourDigitsAt(i, tight);
    return year !== null && year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
  }

  /** A two-digit year ("21" → 2021) at token i, written right after a slash. */
  public shortYearAt(i: number): number | null {
    const t = this.tokens[i];
    return t && t.kind === 'num' && t.text.length === 2 && !t.spaced ? 2000 + Number(t.text) : null;
  }

  /** A two-digit year read in the century of `year` ("2020–23" → 2023). */
  public centuryYearAt(year: number, i: number): number | null {
    const t = this.tokens[i];
    if (!t || t.kind !== 'num' || t.text.length !== 2) {
      return null;
    }
    return year - (year % 100) + Number(t.text);
  }

  /** A unit that makes a number a quantity ("€", "euroa", "kpl"). */
  public isUnitAt(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && (t.kind === 'word' || t.kind === 'other') && isQuantityUnit(t.lower);
  }

  /** A day date: one month, or an impossible atom when the day, month or year cannot exist. */
  public dated(first: number, last: number, day: number, month: number, year: number | null, note: string): Atom {
    const validYear = year === null || (year >= MIN_YEAR && year <= MAX_YEAR);
    if (!validYear || month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year)) {
      return makeAtom('impossible', first, last);
    }
    return monthAtom(first, last, year, month, note);
  }

  /** Takes a year written right after a yearless atom: "/2021", "/21", " 2021" (or "av 2022"). */
  public withYear(atom: Atom, allowOf = false): Match {
    let j = atom.last + 1;
    const word = this.tokens[j];
    if (allowOf && word && word.kind === 'word' && (word.lower === 'av' || word.lower === 'of')) {
      j++;
    }
    if (this.isTight(j, 'slash')) {
      const year = this.yearAt(j + 1, true) ?? this.shortYearAt(j + 1);
      if (year !== null) {
        atom.year = year;
        atom.last = j + 1;
      }
    } else {
      const year = this.yearAt(j);
      // "2021/2022", "2021.5", "2021 €": the number belongs to something else. A spaced slash
      // separates languages instead ("syksy 2024 / hösten 2024").
      const decimal = this.isTight(j + 1, 'dot') && this.isTight(j + 2, 'num');
      const yearPair = this.kindAt(j + 1) === 'slash' && (this.isTight(j + 1, 'slash') || this.kindAt(j + 2) === 'num');
      const usedElsewhere = yearPair || decimal || this.isUnitAt(j + 1);
      if (year !== null && !usedElsewhere) {
        atom.year = year;
        atom.last = j;
      }
    }
    return { atoms: [atom], next: atom.last + 1 };
  }
}
