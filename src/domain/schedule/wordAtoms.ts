/**
 * Atoms that start with a word: "Q4/2021", "H1/2022", month names ("syyskuussa 2021",
 * "tammi–maaliskuu 2024", "January 2024") and seasons ("kevät 2021", "alkuvuodesta 2022").
 */
import type { Match } from './atom';
import { makeAtom, monthAtom, quarterAtom } from './atom';
import type { TokenReader } from './tokenReader';
import { finnishMonthStem } from './words';

/** "Q4/2021", "Q4 2021", "H1/2022". */
function letterPeriod(r: TokenReader, i: number): Match | null {
  const letter = r.lowerAt(i);
  const n = r.numAt(i + 1, 1, true);
  if (n === null || (letter !== 'q' && letter !== 'h')) {
    return null;
  }
  const valid = letter === 'q' ? n >= 1 && n <= 4 : n >= 1 && n <= 2;
  if (!valid) {
    // "Q5/2021" is an impossible quarter; "Q5" alone is a name and is only skipped.
    const atom = makeAtom('skip', i, i + 1);
    const period = r.withYear(atom);
    atom.kind = atom.year === null ? 'skip' : 'impossible';
    return period;
  }
  if (letter === 'q') {
    return r.withYear(quarterAtom(i, i + 1, n));
  }
  return r.withYear(makeAtom('time', i, i + 1, { fromMonth: n * 6 - 5, toMonth: n * 6, note: `half-year ${n}` }));
}

/** Month names ("syyskuussa 2021", "1. syyskuuta 2021", "tammi–maaliskuu 2024", "January 2024"). */
function monthWord(r: TokenReader, i: number): Match | null {
  const info = r.infos[i];
  const stem = finnishMonthStem(r.lowerAt(i));
  if (stem > 0 && r.kindAt(i + 1) === 'dash') {
    const next = r.infos[i + 2];
    if (next && next.kind === 'month' && !next.weak) {
      return { atoms: [monthAtom(i, i, null, stem, 'month name')], next: i + 1 };
    }
  }
  if (!info || info.kind !== 'month') {
    return null;
  }
  const atom = monthAtom(dayBefore(r, i), i, null, info.month, 'month name');
  atom.form = info.form;
  if (r.isTight(i + 1, 'dot') && info.weak) {
    atom.last = i + 1;
  }
  const match = r.withYear(atom);
  if (info.weak && atom.year === null) {
    return null;
  }
  return match;
}

/** "1." before a month name ("1. syyskuuta 2021"): part of the date, if not already used. */
function dayBefore(r: TokenReader, i: number): number {
  const last = r.found[r.found.length - 1]?.last ?? -1;
  return i >= 2 && last < i - 2 && r.isTight(i - 1, 'dot') && r.numAt(i - 2, 2) !== null ? i - 2 : i;
}

/**
 * "talvi 2024–2025", "talvella 2024/25": a season across the turn of the year written with both
 * years takes the second (the year of its last month).
 */
function yearPair(r: TokenReader, i: number): { year: number; last: number } | null {
  const year = r.yearAt(i + 1);
  const separator = r.kindAt(i + 2) === 'dash' || r.isTight(i + 2, 'slash');
  if (year === null || !separator) {
    return null;
  }
  const second = r.yearAt(i + 3) ?? r.centuryYearAt(year, i + 3);
  return second === year + 1 ? { year: second, last: i + 3 } : null;
}

/** Seasons and parts of a year ("kevät 2021", "alkuvuodesta 2022", "i början av 2022"). */
function partWord(r: TokenReader, i: number): Match | null {
  const info = r.infos[i];
  if (!info || info.kind !== 'part') {
    return null;
  }
  const crossesYear = info.first > info.last;
  const atom = makeAtom('time', i, i, {
    fromMonth: info.first,
    toMonth: info.last,
    startYearOffset: crossesYear ? -1 : 0,
    approx: true,
    form: info.form,
    weak: info.weak,
    note: crossesYear ? `${info.note}, from the year before` : info.note
  });
  const pair = crossesYear ? yearPair(r, i) : null;
  if (pair) {
    atom.year = pair.year;
    atom.last = pair.last;
    return { atoms: [atom], next: pair.last + 1 };
  }
  return r.withYear(atom, true);
}

/** The atom starting at word token i, or null. */
export function matchWord(r: TokenReader, i: number): Match | null {
  return letterPeriod(r, i) ?? monthWord(r, i) ?? partWord(r, i);
}
