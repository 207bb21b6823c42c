/**
 * Atoms: the smallest pieces of a schedule that denote time ("3/2019", "Q4/2021", "kevät 2021",
 * "1.1.2024", "2020"). An atom covers one year (or, for "2021/2022", consecutive years). A
 * season, quarter or month name without a year is a "yearless" atom: it may still get its year
 * from a neighbour later ("Q1–Q2/2022", "2021 keväällä").
 */
import type { Token } from './tokens';
import type { CaseForm } from './caseForm';
import type { WordInfo } from './words';

/**
 * time = gives months; impossible = a date that cannot exist ("13/2020"); unplaced = time that
 * gives no calendar month ("6 kk", "vko 12/2024", "2020-luvulla"); skip = a number that is not a
 * date ("906/2019", "2000 €"); unknownYear = a year not known yet ("202X", "20xx", "20??"): no
 * month, and the end of a range it closes stays open ("2024–202X").
 */
export type AtomKind = 'time' | 'impossible' | 'unplaced' | 'skip' | 'unknownYear';

export interface Atom {
  kind: AtomKind;
  /** First and last token (inclusive). */
  first: number;
  last: number;
  /** Year of the first month; null while the atom has no year. */
  year: number | null;
  /** Years the atom covers after `year` ("2021/2022" → 1). */
  yearSpan: number;
  /** -1 when the first month is in the year before `year` (winter: "talvi 2025" starts 12/2024). */
  startYearOffset: number;
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

export interface Match {
  atoms: Atom[];
  next: number;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month 1–12 (February has 29 when the year is not known). */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2 && year !== null) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  const days = DAYS_IN_MONTH[month - 1];
  if (days === undefined) {
    throw new RangeError(`No month ${month}: check the month before asking for its days`);
  }
  return days;
}

export function makeAtom(kind: AtomKind, first: number, last: number, init: Partial<Atom> = {}): Atom {
  return {
    kind,
    first,
    last,
    year: null,
    yearSpan: 0,
    startYearOffset: 0,
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

export function monthAtom(first: number, last: number, year: number | null, month: number, note: string): Atom {
  return makeAtom('time', first, last, { year, fromMonth: month, toMonth: month, note });
}

/** Quarter q (1–4) of a year still to be found. */
export function quarterAtom(first: number, last: number, q: number): Atom {
  return makeAtom('time', first, last, { fromMonth: q * 3 - 2, toMonth: q * 3, note: `quarter ${q}` });
}
