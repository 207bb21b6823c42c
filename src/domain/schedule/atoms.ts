/**
 * Atoms: the smallest pieces of a schedule that denote time ("3/2019", "Q4/2021", "kevät 2021",
 * "1.1.2024", "2020"), recognised by short, bounded look-ahead over the tokens. One left-to-right
 * pass; every matcher looks at a fixed number of tokens, so the whole pass is linear.
 *
 * An atom covers one year (or, for "2021/2022", consecutive years). A season, quarter or month
 * name without a year is a "yearless" atom: it may still get its year from a neighbour later
 * ("Q1–Q2/2022", "2021 keväällä").
 */
import type { Token } from './tokens';
import { classifyWord, finnishMonthStem, isDurationUnit, isQuantityUnit } from './words';
import type { CaseForm, WordInfo } from './words';

/** time = gives months; impossible = a date that cannot exist; duration = "6 kk"; skip = a number that is not a date. */
export type AtomKind = 'time' | 'impossible' | 'duration' | 'skip';

export interface Atom {
  kind: AtomKind;
  /** First and last token (inclusive). */
  first: number;
  last: number;
  /** Year of the first month; null while the atom has no year. */
  year: number | null;
  /** Years the atom covers after `year` ("2021/2022" → 1). */
  yearSpan: number;
  fromMonth: number;
  toMonth: number;
  /** Approximate (a season or a part of a year). */
  approx: boolean;
  /** A year on its own ("2020"): may lend its year to a season written next to it. */
  plainYear: boolean;
  /** A month number that only means something as the left side of a range ("2" in "2-8/2020"). */
  bare: boolean;
  /** Finnish case of a month or season word, used to pair "syyskuusta ... joulukuuhun". */
  form: CaseForm;
  /** Role given by a year prefix word: "vuodesta 2021" (from), "vuoteen 2023" (to). */
  prefixRole: CaseForm;
  /** A vague word ("alussa", "early") that is not reported when it gets no year. */
  weak: boolean;
  /** How the months were derived, for the evidence. */
  note: string;
}

export interface AtomContext {
  tokens: readonly Token[];
  infos: ReadonlyArray<WordInfo | null>;
}

interface Match {
  atoms: Atom[];
  next: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(month: number, year: number | null): number {
  if (month === 2 && year !== null) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return DAYS_IN_MONTH[month - 1];
}

function makeAtom(kind: AtomKind, first: number, last: number, init: Partial<Atom> = {}): Atom {
  return {
    kind,
    first,
    last,
    year: null,
    yearSpan: 0,
    fromMonth: 1,
    toMonth: 12,
    approx: false,
    plainYear: false,
    bare: false,
    form: 'plain',
    prefixRole: 'plain',
    weak: false,
    note: '',
    ...init
  };
}

function monthAtom(first: number, last: number, year: number | null, month: number, note: string): Atom {
  return makeAtom('time', first, last, { year, fromMonth: month, toMonth: month, note });
}

class Matcher {
  private readonly tokens: readonly Token[];
  private readonly infos: ReadonlyArray<WordInfo | null>;

  public constructor(ctx: AtomContext, private readonly found: readonly Atom[]) {
    this.tokens = ctx.tokens;
    this.infos = ctx.infos;
  }

  // ---- token helpers -------------------------------------------------------------------

  private kindAt(i: number): string {
    const t = this.tokens[i];
    return t ? t.kind : '';
  }

  /** Token i is a number of at most `maxLength` digits (and, if `tight`, not preceded by whitespace). */
  private numAt(i: number, maxLength: number, tight = false): number | null {
    const t = this.tokens[i];
    if (!t || t.kind !== 'num' || t.text.length > maxLength || (tight && t.spaced)) {
      return null;
    }
    return Number(t.text);
  }

  private isTight(i: number, kind: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === kind && !t.spaced;
  }

  /** A four-digit year 1900–2199 at token i. */
  private yearAt(i: number, tight = false): number | null {
    const t = this.tokens[i];
    if (!t || t.kind !== 'num' || t.text.length !== 4 || (tight && t.spaced)) {
      return null;
    }
    const year = Number(t.text);
    return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
  }

  /** A two-digit year ("21" → 2021) at token i, written right after a slash. */
  private shortYearAt(i: number): number | null {
    const t = this.tokens[i];
    return t && t.kind === 'num' && t.text.length === 2 && !t.spaced ? 2000 + Number(t.text) : null;
  }

  private isUnitAt(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && (t.kind === 'word' || t.kind === 'other') && isQuantityUnit(t.lower);
  }

  // ---- numeric dates -------------------------------------------------------------------

  /** "31.12.2024": a Finnish day date. */
  private dayMonthYear(i: number): Match | null {
    const day = this.numAt(i, 2);
    const month = this.numAt(i + 2, 2, true);
    if (day === null || month === null || !this.isTight(i + 1, 'dot') || !this.isTight(i + 3, 'dot')) {
      return null;
    }
    const t = this.tokens[i + 4];
    if (!t || t.kind !== 'num' || t.text.length !== 4 || t.spaced) {
      return null;
    }
    const year = Number(t.text);
    return { atoms: [this.dated(i, i + 4, day, month, year, 'D.M.YYYY')], next: i + 5 };
  }

  /** "1.3." right before a dash ("1.3.–30.6.2024"): a day date whose year comes from the range. */
  private dayMonthBeforeDash(i: number): Match | null {
    const day = this.numAt(i, 2);
    const month = this.numAt(i + 2, 2, true);
    if (day === null || month === null || !this.isTight(i + 1, 'dot') || !this.isTight(i + 3, 'dot') || this.kindAt(i + 4) !== 'dash') {
      return null;
    }
    return { atoms: [this.dated(i, i + 3, day, month, null, 'D.M.')], next: i + 4 };
  }

  /** "1/1/2024" (US month/day/year) or "15/3/2024" (day/month/year when the first number is over 12). */
  private slashDate(i: number): Match | null {
    const a = this.numAt(i, 2);
    const b = this.numAt(i + 2, 2, true);
    const t = this.tokens[i + 4];
    if (a === null || b === null || !this.isTight(i + 1, 'slash') || !this.isTight(i + 3, 'slash') || !t || t.kind !== 'num' || t.text.length !== 4 || t.spaced) {
      return null;
    }
    const year = Number(t.text);
    const dayFirst = a > 12 && b <= 12;
    const atom = dayFirst ? this.dated(i, i + 4, a, b, year, 'D/M/YYYY') : this.dated(i, i + 4, b, a, year, 'M/D/YYYY (US)');
    return { atoms: [atom], next: i + 5 };
  }

  private dated(first: number, last: number, day: number, month: number, year: number | null, note: string): Atom {
    const validYear = year === null || (year >= MIN_YEAR && year <= MAX_YEAR);
    if (!validYear || month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year)) {
      return makeAtom('impossible', first, last);
    }
    return monthAtom(first, last, year, month, note);
  }

  /** "2021/2022", "2021/22": consecutive years (a school or season year). */
  private yearSlashYear(i: number): Match | null {
    const year = this.yearAt(i);
    if (year === null || !this.isTight(i + 1, 'slash')) {
      return null;
    }
    const second = this.yearAt(i + 2, true) ?? this.centuryYear(year, i + 2);
    if (second === null) {
      return null;
    }
    if (second < year || second - year > 10) {
      return { atoms: [makeAtom('skip', i, i + 2)], next: i + 3 };
    }
    const atom = makeAtom('time', i, i + 2, { year, yearSpan: second - year, note: 'years' });
    return { atoms: [atom], next: i + 3 };
  }

  /** A two-digit year read in the century of `year` ("2020–23" → 2023). */
  private centuryYear(year: number, i: number): number | null {
    const t = this.tokens[i];
    if (!t || t.kind !== 'num' || t.text.length !== 2) {
      return null;
    }
    return year - (year % 100) + Number(t.text);
  }

  /** "3/2019", "03/2020", "3/21"; "906/2019" (a statute number) is not a date; "13/2020" is impossible. */
  private monthSlashYear(i: number): Match | null {
    const t = this.tokens[i];
    if (!t || t.kind !== 'num' || !this.isTight(i + 1, 'slash')) {
      return null;
    }
    const month = Number(t.text);
    const y = this.tokens[i + 2];
    if (!y || y.kind !== 'num' || y.spaced || (y.text.length !== 4 && y.text.length !== 2)) {
      return null;
    }
    if (t.text.length > 2) {
      return { atoms: [makeAtom('skip', i, i + 2)], next: i + 3 };
    }
    if (y.text.length === 2) {
      const year = 2000 + Number(y.text);
      const atom = month >= 1 && month <= 12 ? monthAtom(i, i + 2, year, month, 'M/YY') : makeAtom('skip', i, i + 2);
      return { atoms: [atom], next: i + 3 };
    }
    const year = Number(y.text);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return { atoms: [makeAtom('skip', i, i + 2)], next: i + 3 };
    }
    const atom = month >= 1 && month <= 12 ? monthAtom(i, i + 2, year, month, 'M/YYYY') : makeAtom('impossible', i, i + 2);
    return { atoms: [atom], next: i + 3 };
  }

  /** "3.2024": month and year with a dot. */
  private monthDotYear(i: number): Match | null {
    const month = this.numAt(i, 2);
    const year = this.yearAt(i + 2, true);
    if (month === null || year === null || !this.isTight(i + 1, 'dot') || (this.isTight(i + 3, 'dot') && this.isTight(i + 4, 'num'))) {
      return null;
    }
    const atom = month >= 1 && month <= 12 ? monthAtom(i, i + 2, year, month, 'M.YYYY') : makeAtom('impossible', i, i + 2);
    return { atoms: [atom], next: i + 3 };
  }

  /** "2024-03-15": an ISO date. */
  private isoDate(i: number): Match | null {
    const year = this.yearAt(i);
    const month = this.numAt(i + 2, 2, true);
    const day = this.numAt(i + 4, 2, true);
    if (year === null || month === null || day === null || !this.isTight(i + 1, 'dash') || !this.isTight(i + 3, 'dash')) {
      return null;
    }
    return { atoms: [this.dated(i, i + 4, day, month, year, 'YYYY-MM-DD')], next: i + 5 };
  }

  /** "2020–23" (years with a two-digit end) or "2024-03" (an ISO month). */
  private yearDashShort(i: number): Match | null {
    const year = this.yearAt(i);
    if (year === null || this.kindAt(i + 1) !== 'dash') {
      return null;
    }
    const short = this.tokens[i + 2];
    if (!short || short.kind !== 'num' || short.text.length !== 2 || this.kindAt(i + 3) === 'slash' || this.isUnitAt(i + 3)) {
      return null;
    }
    if (this.isTight(i + 3, 'dot') && this.isTight(i + 4, 'num')) {
      return null;
    }
    const second = year - (year % 100) + Number(short.text);
    const yearAtom = makeAtom('time', i, i, { year, plainYear: true, note: 'year' });
    if (second >= year) {
      const end = makeAtom('time', i + 2, i + 2, { year: second, note: 'two-digit year' });
      return { atoms: [yearAtom, end], next: i + 3 };
    }
    const month = Number(short.text);
    if (!this.tokens[i + 1].spaced && !short.spaced && month >= 1 && month <= 12) {
      return { atoms: [monthAtom(i, i + 2, year, month, 'YYYY-MM')], next: i + 3 };
    }
    return { atoms: [yearAtom], next: i + 1 };
  }

  /** "2" in "2-8/2020" and "01" in "01 – 10/2020": a month whose year comes after the dash. */
  private bareMonth(i: number): Match | null {
    const month = this.numAt(i, 2);
    if (month === null || this.kindAt(i + 1) !== 'dash' || this.kindAt(i + 2) !== 'num' || !this.isTight(i + 3, 'slash')) {
      return null;
    }
    const y = this.tokens[i + 4];
    if (!y || y.kind !== 'num' || y.spaced || (y.text.length !== 4 && y.text.length !== 2) || this.tokens[i + 2].text.length > 2) {
      return null;
    }
    if (month < 1 || month > 12) {
      return { atoms: [makeAtom('impossible', i, i)], next: i + 1 };
    }
    return { atoms: [makeAtom('time', i, i, { fromMonth: month, toMonth: month, bare: true, note: 'M-M/YYYY' })], next: i + 1 };
  }

  /** "4Q/2021", "1. kvartaali 2022". */
  private quarterNumberFirst(i: number): Match | null {
    const q = this.numAt(i, 1);
    if (q === null || q < 1 || q > 4) {
      return null;
    }
    let j = i + 1;
    const t = this.tokens[j];
    if (t && t.kind === 'word' && t.lower === 'q' && !t.spaced) {
      return this.withYear(this.quarter(i, j, q));
    }
    if (this.isTight(j, 'dot')) {
      j++;
    }
    const info = this.infos[j];
    return info && info.kind === 'quarterWord' ? this.withYear(this.quarter(i, j, q)) : null;
  }

  private quarter(first: number, last: number, q: number): Atom {
    return makeAtom('time', first, last, { fromMonth: q * 3 - 2, toMonth: q * 3, note: `quarter ${q}` });
  }

  /** "6 kk", "3-6 kuukautta" (a duration) or "2000 €", "1 000 – 2 000 euroa" (a quantity). */
  private quantity(i: number): Match | null {
    let j = this.skipGroups(i);
    if (this.kindAt(j + 1) === 'dash' && this.kindAt(j + 2) === 'num') {
      j = this.skipGroups(j + 2);
    }
    const unit = this.tokens[j + 1];
    if (!unit || (unit.kind !== 'word' && unit.kind !== 'other')) {
      return null;
    }
    if (this.tokens[i].text.length <= 3 && unit.kind === 'word' && isDurationUnit(unit.lower)) {
      return { atoms: [makeAtom('duration', i, j + 1)], next: j + 2 };
    }
    return isQuantityUnit(unit.lower) ? { atoms: [makeAtom('skip', i, j + 1)], next: j + 2 } : null;
  }

  /** Thousands written in groups: "20 000". */
  private skipGroups(i: number): number {
    let j = i;
    while (this.kindAt(j + 1) === 'num' && this.tokens[j + 1].text.length === 3 && j - i < 6) {
      j++;
    }
    return j;
  }

  private plainYear(i: number): Match | null {
    const year = this.yearAt(i);
    return year === null ? null : { atoms: [makeAtom('time', i, i, { year, plainYear: true, note: 'year' })], next: i + 1 };
  }

  // ---- words ---------------------------------------------------------------------------

  /** "Q4/2021", "Q4 2021", "H1/2022". */
  private letterPeriod(i: number): Match | null {
    const letter = this.tokens[i].lower;
    const n = this.numAt(i + 1, 1, true);
    if (n === null || (letter !== 'q' && letter !== 'h')) {
      return null;
    }
    const valid = letter === 'q' ? n >= 1 && n <= 4 : n >= 1 && n <= 2;
    if (!valid) {
      // "Q5/2021" is an impossible quarter; "Q5" alone is a name and is only skipped.
      const period = this.withYear(makeAtom('skip', i, i + 1));
      period.atoms[0].kind = period.atoms[0].year === null ? 'skip' : 'impossible';
      return period;
    }
    if (letter === 'q') {
      return this.withYear(this.quarter(i, i + 1, n));
    }
    return this.withYear(makeAtom('time', i, i + 1, { fromMonth: n * 6 - 5, toMonth: n * 6, note: `half-year ${n}` }));
  }

  /** Month names ("syyskuussa 2021", "1. syyskuuta 2021", "tammi–maaliskuu 2024", "January 2024"). */
  private monthWord(i: number): Match | null {
    const info = this.infos[i];
    const stem = finnishMonthStem(this.tokens[i].lower);
    if (stem > 0 && this.kindAt(i + 1) === 'dash') {
      const next = this.infos[i + 2];
      if (next && next.kind === 'month' && !next.weak) {
        return { atoms: [monthAtom(i, i, null, stem, 'month name')], next: i + 1 };
      }
    }
    if (!info || info.kind !== 'month') {
      return null;
    }
    const atom = monthAtom(this.dayBefore(i), i, null, info.month, 'month name');
    atom.form = info.form;
    if (this.isTight(i + 1, 'dot') && info.weak) {
      atom.last = i + 1;
    }
    const match = this.withYear(atom);
    if (info.weak && atom.year === null) {
      return null;
    }
    return match;
  }

  /** "1." before a month name ("1. syyskuuta 2021"): part of the date, if not already used. */
  private dayBefore(i: number): number {
    const last = this.found.length > 0 ? this.found[this.found.length - 1].last : -1;
    return i >= 2 && last < i - 2 && this.isTight(i - 1, 'dot') && this.numAt(i - 2, 2) !== null ? i - 2 : i;
  }

  /** Seasons and parts of a year ("kevät 2021", "alkuvuodesta 2022", "i början av 2022"). */
  private partWord(i: number): Match | null {
    const info = this.infos[i];
    if (!info || info.kind !== 'part') {
      return null;
    }
    const atom = makeAtom('time', i, i, {
      fromMonth: info.first,
      toMonth: info.last,
      approx: true,
      form: info.form,
      weak: info.weak,
      note: info.note
    });
    return this.withYear(atom, true);
  }

  /** Takes a year written right after a yearless atom: "/2021", "/21", " 2021" (or "av 2022"). */
  private withYear(atom: Atom, allowOf = false): Match {
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
      const usedElsewhere = this.kindAt(j + 1) === 'slash' || this.isTight(j + 1, 'dot') || this.isUnitAt(j + 1);
      if (year !== null && !usedElsewhere) {
        atom.year = year;
        atom.last = j;
      }
    }
    return { atoms: [atom], next: atom.last + 1 };
  }

  // ---- dispatch ------------------------------------------------------------------------

  public at(i: number): Match | null {
    const t = this.tokens[i];
    if (t.kind === 'num') {
      return (
        this.dayMonthYear(i) ??
        this.dayMonthBeforeDash(i) ??
        this.slashDate(i) ??
        this.yearSlashYear(i) ??
        this.monthSlashYear(i) ??
        this.isoDate(i) ??
        this.monthDotYear(i) ??
        this.yearDashShort(i) ??
        this.bareMonth(i) ??
        this.quarterNumberFirst(i) ??
        this.quantity(i) ??
        this.plainYear(i)
      );
    }
    if (t.kind === 'word') {
      return this.letterPeriod(i) ?? this.monthWord(i) ?? this.partWord(i);
    }
    return null;
  }
}

/** Extends atoms over a year prefix word before them ("vuoden 2021", "vuodesta 2021"). */
function absorbPrefixes(ctx: AtomContext, atoms: Atom[]): void {
  let previousLast = -1;
  for (const atom of atoms) {
    const info = atom.first > 0 ? ctx.infos[atom.first - 1] : null;
    if (atom.kind === 'time' && info && info.kind === 'yearPrefix' && atom.first - 1 > previousLast) {
      atom.first -= 1;
      atom.prefixRole = info.role;
    }
    previousLast = atom.last;
  }
}

/** All atoms of a token list, in order and without overlap. */
export function findAtoms(ctx: AtomContext): Atom[] {
  const atoms: Atom[] = [];
  const matcher = new Matcher(ctx, atoms);
  let i = 0;
  while (i < ctx.tokens.length) {
    const match = matcher.at(i);
    if (match) {
      atoms.push(...match.atoms);
      i = Math.max(match.next, i + 1);
    } else {
      i++;
    }
  }
  absorbPrefixes(ctx, atoms);
  return atoms;
}

/** Swedish "från och med" / "fr.o.m." (from) and "till och med" / "t.o.m." (until), ending at token i. */
function swedishPhrase(tokens: readonly Token[], i: number): WordInfo | null {
  const words = (n: number): string => {
    const parts: string[] = [];
    for (let j = Math.max(0, i - n + 1); j <= i; j++) {
      parts.push(tokens[j].lower);
    }
    return parts.join(' ');
  };
  const spelled = words(3);
  const abbreviated = words(6);
  if (spelled === 'från och med' || abbreviated === 'fr . o . m .') {
    return { kind: 'from', before: true, after: false };
  }
  if (spelled === 'till och med' || abbreviated === 't . o . m .') {
    return { kind: 'until', before: true, after: false };
  }
  return null;
}

/** Classifies every word token (null for other tokens and ordinary words). */
export function classifyTokens(tokens: readonly Token[]): Array<WordInfo | null> {
  return tokens.map((t, i) => {
    if (t.lower === 'med' || t.kind === 'dot') {
      return swedishPhrase(tokens, i);
    }
    return t.kind === 'word' ? classifyWord(t.lower) : null;
  });
}
