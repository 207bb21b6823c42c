/**
 * Atoms that start with a number: "3/2019", "2-8/2020", "1.1.2024", "1/1/2024", "2020–23",
 * "4Q/2021", "2020"; and numbers that are not dates ("906/2019", "2000 €", "6 kk").
 */
import type { Atom, Match } from './atom';
import { makeAtom, MAX_YEAR, MIN_YEAR, monthAtom, quarterAtom } from './atom';
import type { TokenReader } from './tokenReader';
import { isDurationUnit, isQuantityUnit, isWeekWord } from './words';

/** "vko 12/2024", "viikolla 12–14": a week number gives no calendar month of its own. */
function weekNumber(r: TokenReader, i: number): Match | null {
  const dot = r.kindAt(i - 1) === 'dot' ? 1 : 0;
  const first = i - 1 - dot;
  const word = r.tokens[first];
  const previous = r.found.length > 0 ? r.found[r.found.length - 1] : undefined;
  if (!word || word.kind !== 'word' || !isWeekWord(word.lower) || (previous && previous.last >= first)) {
    return null;
  }
  let j = i;
  if (r.kindAt(j + 1) === 'dash' && r.kindAt(j + 2) === 'num') {
    j += 2;
  }
  if (r.isTight(j + 1, 'slash') && r.kindAt(j + 2) === 'num') {
    j += 2;
  }
  return { atoms: [makeAtom('unplaced', first, j)], next: j + 1 };
}

/** "2020-luvulla", "2020-talet": a decade gives no year. */
function decade(r: TokenReader, i: number): Match | null {
  const word = r.tokens[i + 2];
  if (r.yearAt(i) === null || !r.isTight(i + 1, 'dash') || !word || word.kind !== 'word' || word.spaced) {
    return null;
  }
  const isDecade = word.lower.startsWith('luvu') || word.lower.startsWith('luku') || word.lower.startsWith('talet');
  return isDecade ? { atoms: [makeAtom('unplaced', i, i + 2)], next: i + 3 } : null;
}

/** Month 1–12 of a year, or an impossible atom ("13/2020", "0/2020"). */
function monthOrImpossible(first: number, last: number, year: number, month: number, note: string): Atom {
  return month >= 1 && month <= 12 ? monthAtom(first, last, year, month, note) : makeAtom('impossible', first, last);
}

/** "31.12.2024": a Finnish day date. */
function dayMonthYear(r: TokenReader, i: number): Match | null {
  const day = r.numAt(i, 2);
  const month = r.numAt(i + 2, 2, true);
  if (day === null || month === null || !r.isTight(i + 1, 'dot') || !r.isTight(i + 3, 'dot')) {
    return null;
  }
  const year = r.fourDigitsAt(i + 4, true);
  if (year === null) {
    return null;
  }
  return { atoms: [r.dated(i, i + 4, day, month, year, 'D.M.YYYY')], next: i + 5 };
}

/** "1.3." right before a dash ("1.3.–30.6.2024"): a day date whose year comes from the range. */
function dayMonthBeforeDash(r: TokenReader, i: number): Match | null {
  const day = r.numAt(i, 2);
  const month = r.numAt(i + 2, 2, true);
  const dots = r.isTight(i + 1, 'dot') && r.isTight(i + 3, 'dot');
  if (day === null || month === null || !dots || r.kindAt(i + 4) !== 'dash') {
    return null;
  }
  return { atoms: [r.dated(i, i + 3, day, month, null, 'D.M.')], next: i + 4 };
}

/** "1/1/2024" (US month/day/year) or "15/3/2024" (day/month/year when the first number is over 12). */
function slashDate(r: TokenReader, i: number): Match | null {
  const a = r.numAt(i, 2);
  const b = r.numAt(i + 2, 2, true);
  const year = r.fourDigitsAt(i + 4, true);
  if (a === null || b === null || year === null || !r.isTight(i + 1, 'slash') || !r.isTight(i + 3, 'slash')) {
    return null;
  }
  const dayFirst = a > 12 && b <= 12;
  const atom = dayFirst ? r.dated(i, i + 4, a, b, year, 'D/M/YYYY') : r.dated(i, i + 4, b, a, year, 'M/D/YYYY (US)');
  return { atoms: [atom], next: i + 5 };
}

/** "2021/2022", "2021/22": consecutive years (a school or season year). */
function yearSlashYear(r: TokenReader, i: number): Match | null {
  const year = r.yearAt(i);
  if (year === null || !r.isTight(i + 1, 'slash')) {
    return null;
  }
  const second = r.yearAt(i + 2, true) ?? r.centuryYearAt(year, i + 2);
  if (second === null) {
    return null;
  }
  if (second < year || second - year > 10) {
    return { atoms: [makeAtom('skip', i, i + 2)], next: i + 3 };
  }
  const atom = makeAtom('time', i, i + 2, { year, yearSpan: second - year, note: 'years' });
  return { atoms: [atom], next: i + 3 };
}

/** "3/2019", "03/2020", "3/21"; "906/2019" (a statute number) is not a date; "13/2020" is impossible. */
function monthSlashYear(r: TokenReader, i: number): Match | null {
  const t = r.tokens[i];
  if (!t || t.kind !== 'num' || !r.isTight(i + 1, 'slash')) {
    return null;
  }
  const month = Number(t.text);
  const y = r.tokens[i + 2];
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
  return { atoms: [monthOrImpossible(i, i + 2, year, month, 'M/YYYY')], next: i + 3 };
}

/** "3.2024": month and year with a dot. */
function monthDotYear(r: TokenReader, i: number): Match | null {
  const month = r.numAt(i, 2);
  const year = r.yearAt(i + 2, true);
  // "1.2.2024" is a day date, read by dayMonthYear.
  const dayDate = r.isTight(i + 3, 'dot') && r.isTight(i + 4, 'num');
  if (month === null || year === null || !r.isTight(i + 1, 'dot') || dayDate) {
    return null;
  }
  return { atoms: [monthOrImpossible(i, i + 2, year, month, 'M.YYYY')], next: i + 3 };
}

/** "2024-03-15": an ISO date. */
function isoDate(r: TokenReader, i: number): Match | null {
  const year = r.yearAt(i);
  const month = r.numAt(i + 2, 2, true);
  const day = r.numAt(i + 4, 2, true);
  if (year === null || month === null || day === null || !r.isTight(i + 1, 'dash') || !r.isTight(i + 3, 'dash')) {
    return null;
  }
  return { atoms: [r.dated(i, i + 4, day, month, year, 'YYYY-MM-DD')], next: i + 5 };
}

/** Last token of a year written with placeholders ("202X", "20xx", "20??") starting at token i, or -1. */
function placeholderEnd(r: TokenReader, i: number): number {
  const digits = r.tokens[i];
  if (!digits || digits.kind !== 'num' || digits.text.length < 2 || digits.text.length > 3 || digits.text[0] !== '2') {
    return -1;
  }
  const missing = 4 - digits.text.length;
  const next = r.tokens[i + 1];
  if (next && !next.spaced && next.kind === 'word' && next.lower === 'x'.repeat(missing)) {
    return i + 1;
  }
  for (let k = 1; k <= missing; k++) {
    if (!r.isTight(i + k, 'question')) {
      return -1;
    }
  }
  return i + missing;
}

/** "202X", "20xx", "20??": a year not decided yet. */
function placeholderYear(r: TokenReader, i: number): Match | null {
  const last = placeholderEnd(r, i);
  return last < 0 ? null : { atoms: [makeAtom('unknownYear', i, last, { note: 'year not known' })], next: last + 1 };
}

/** "2020–23" (years with a two-digit end) or "2024-03" (an ISO month); not "2024–20xx". */
function yearDashShort(r: TokenReader, i: number): Match | null {
  const year = r.yearAt(i);
  if (year === null || r.kindAt(i + 1) !== 'dash' || placeholderEnd(r, i + 2) >= 0) {
    return null;
  }
  const short = r.tokens[i + 2];
  if (!short || short.kind !== 'num' || short.text.length !== 2 || r.kindAt(i + 3) === 'slash' || r.isUnitAt(i + 3)) {
    return null;
  }
  if (r.isTight(i + 3, 'dot') && r.isTight(i + 4, 'num')) {
    return null;
  }
  const second = year - (year % 100) + Number(short.text);
  const yearAtom = makeAtom('time', i, i, { year, plainYear: true, note: 'year' });
  if (second >= year) {
    const end = makeAtom('time', i + 2, i + 2, { year: second, note: 'two-digit year' });
    return { atoms: [yearAtom, end], next: i + 3 };
  }
  const month = Number(short.text);
  if (r.isTight(i + 1, 'dash') && !short.spaced && month >= 1 && month <= 12) {
    return { atoms: [monthAtom(i, i + 2, year, month, 'YYYY-MM')], next: i + 3 };
  }
  return { atoms: [yearAtom], next: i + 1 };
}

/** "2" in "2-8/2020" and "01" in "01 – 10/2020": a month whose year comes after the dash. */
function bareMonth(r: TokenReader, i: number): Match | null {
  const month = r.numAt(i, 2);
  if (month === null || r.kindAt(i + 1) !== 'dash' || r.kindAt(i + 2) !== 'num' || !r.isTight(i + 3, 'slash')) {
    return null;
  }
  const y = r.tokens[i + 4];
  const yearDigits = y && y.kind === 'num' && !y.spaced ? y.text.length : 0;
  // The month after the dash (a number, see above) has at most two digits.
  if ((yearDigits !== 4 && yearDigits !== 2) || r.numAt(i + 2, 2) === null) {
    return null;
  }
  if (month < 1 || month > 12) {
    return { atoms: [makeAtom('impossible', i, i)], next: i + 1 };
  }
  const atom = makeAtom('time', i, i, { fromMonth: month, toMonth: month, bare: true, note: 'M-M/YYYY' });
  return { atoms: [atom], next: i + 1 };
}

/** "4Q/2021", "1. kvartaali 2022". */
function quarterNumberFirst(r: TokenReader, i: number): Match | null {
  const q = r.numAt(i, 1);
  if (q === null || q < 1 || q > 4) {
    return null;
  }
  let j = i + 1;
  const t = r.tokens[j];
  if (t && t.kind === 'word' && t.lower === 'q' && !t.spaced) {
    return r.withYear(quarterAtom(i, j, q));
  }
  if (r.isTight(j, 'dot')) {
    j++;
  }
  const info = r.infos[j];
  return info && info.kind === 'quarterWord' ? r.withYear(quarterAtom(i, j, q)) : null;
}

/** "6 kk", "3-6 kuukautta" (a duration) or "2000 €", "1 000 – 2 000 euroa" (a quantity). */
function quantity(r: TokenReader, i: number): Match | null {
  let j = skipGroups(r, i);
  if (r.kindAt(j + 1) === 'dash' && r.kindAt(j + 2) === 'num') {
    j = skipGroups(r, j + 2);
  }
  const unit = r.tokens[j + 1];
  if (!unit || (unit.kind !== 'word' && unit.kind !== 'other')) {
    return null;
  }
  // A duration has a number of at most three digits ("6 kk", "120 päivää").
  if (r.numAt(i, 3) !== null && unit.kind === 'word' && isDurationUnit(unit.lower)) {
    return { atoms: [makeAtom('unplaced', i, j + 1)], next: j + 2 };
  }
  return isQuantityUnit(unit.lower) ? { atoms: [makeAtom('skip', i, j + 1)], next: j + 2 } : null;
}

/** Thousands written in groups: "20 000". */
function skipGroups(r: TokenReader, i: number): number {
  let j = i;
  while (r.kindAt(j + 1) === 'num' && r.tokens[j + 1]?.text.length === 3 && j - i < 6) {
    j++;
  }
  return j;
}

function plainYear(r: TokenReader, i: number): Match | null {
  const year = r.yearAt(i);
  if (year === null) {
    return null;
  }
  return { atoms: [makeAtom('time', i, i, { year, plainYear: true, note: 'year' })], next: i + 1 };
}

/** The atom(s) starting at number token i, or null. */
export function matchNumber(r: TokenReader, i: number): Match | null {
  return (
    placeholderYear(r, i) ??
    weekNumber(r, i) ??
    decade(r, i) ??
    dayMonthYear(r, i) ??
    dayMonthBeforeDash(r, i) ??
    slashDate(r, i) ??
    yearSlashYear(r, i) ??
    monthSlashYear(r, i) ??
    isoDate(r, i) ??
    monthDotYear(r, i) ??
    yearDashShort(r, i) ??
    bareMonth(r, i) ??
    quarterNumberFirst(r, i) ??
    quantity(r, i) ??
    plainYear(r, i)
  );
}
