/**
 * Clauses: the parts of a schedule text separated by line breaks, semicolons, commas and
 * full stops ("Selvitystyö 2020, hankinta 2021."). A clause with a name and dates may be a
 * phase. Separators inside dates ("1.1.2024") and after abbreviations ("n.", "ks.") do not
 * split.
 *
 * A phase marker ("Vaihe 2:", "2. vaihe") also starts a clause when the clause before it already
 * has a date: lines of phases are often joined into one line when a document is converted to
 * text ("Vaihe 1: 1–2/2024 Vaihe 2: 3–9/2024"). A line holding only a marker and a name is joined
 * to the dates on the next line ("Vaihe 1: esiselvitys" + "1–2/2024").
 */
import type { Atom } from './atom';
import type { Token } from './tokens';

export interface Clause {
  /** First and last token (inclusive), separators excluded. */
  first: number;
  last: number;
  /** Atoms inside the clause, in order. */
  atoms: Atom[];
  /** A phase marker ("Vaihe 2", "2. vaihe") comes before the clause's first date. */
  phase: boolean;
}

/** Words that name a phase when a number comes with them. */
const PHASE_WORDS = new Set(['vaihe', 'osavaihe', 'fas', 'fasen', 'etapp', 'etappi', 'phase', 'stage']);

const ABBREVIATIONS = new Set([
  'ks', 'esim', 'mm', 'ns', 'yms', 'jne', 'klo', 'ca', 'vrt', 'ym', 'kts', 'ts', 'nk', 'tms', 'os', 'puh', 'huom',
  'engl', 'ruots', 'eng', 'etc', 'approx', 'appr', 'ungef', 'bl', 'resp', 'ev', 'fr', 'tom', 'inkl', 'ink', 'eg', 'ie',
  'vs', 'no', 'nr', 'sept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'okt', 'nov', 'dec', 'dek'
]);

/** Token indices covered by an atom (of one of `kinds`, when given). */
function coverage(tokens: readonly Token[], atoms: readonly Atom[], kinds?: ReadonlySet<string>): boolean[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const atom of atoms) {
    if (kinds && !kinds.has(atom.kind)) {
      continue;
    }
    for (let i = atom.first; i <= atom.last; i++) {
      covered[i] = true;
    }
  }
  return covered;
}

/** A number of at most two digits that is not part of a date. */
function isFreeNumber(tokens: readonly Token[], covered: readonly boolean[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'num' && t.text.length <= 2 && !covered[i];
}

/** A phase marker starts at token i: "Vaihe 2" (a phase word and a number) or "2. vaihe" (an ordinal). */
function isPhaseMarker(tokens: readonly Token[], covered: readonly boolean[], i: number): boolean {
  const t = tokens[i];
  if (!t || covered[i]) {
    return false;
  }
  if (t.kind === 'word') {
    return PHASE_WORDS.has(t.lower) && isFreeNumber(tokens, covered, i + 1);
  }
  const dot = tokens[i + 1];
  const word = tokens[i + 2];
  const ordinal = dot !== undefined && dot.kind === 'dot' && !dot.spaced;
  return ordinal && isFreeNumber(tokens, covered, i) && word !== undefined && PHASE_WORDS.has(word.lower);
}

/** Whether a phase marker comes before the first date of tokens first..last. */
function startsWithMarker(tokens: readonly Token[], covered: readonly boolean[], dated: readonly boolean[], first: number, last: number): boolean {
  for (let i = first; i <= last && !dated[i]; i++) {
    if (isPhaseMarker(tokens, covered, i)) {
      return true;
    }
  }
  return false;
}

const DATED = new Set(['time', 'impossible']);

/** "Vaihe 1: esiselvitys" + "1–2/2024": a clause of a marker and a name, then one that starts with a date. */
function joinMarkerLines(clauses: readonly Clause[], dated: readonly boolean[]): Clause[] {
  const out: Clause[] = [];
  for (const clause of clauses) {
    const previous = out[out.length - 1];
    const previousUndated = previous !== undefined && previous.phase && !previous.atoms.some((a) => DATED.has(a.kind));
    if (previous && previousUndated && !clause.phase && dated[clause.first]) {
      out[out.length - 1] = { first: previous.first, last: clause.last, atoms: [...previous.atoms, ...clause.atoms], phase: true };
    } else {
      out.push(clause);
    }
  }
  return out;
}

function isSentenceEnd(tokens: readonly Token[], i: number, clauseStart: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (next && !next.spaced && next.kind !== 'break') {
    return false;
  }
  if (!previous) {
    return true;
  }
  if (previous.kind === 'word' && (previous.text.length === 1 || ABBREVIATIONS.has(previous.lower))) {
    return false;
  }
  // "1. vaihe": an ordinal at the start of a clause.
  return !(previous.kind === 'num' && i - 1 === clauseStart);
}

/** Whether token t (token i of tokens) ends a clause. */
function isSeparator(tokens: readonly Token[], t: Token, i: number, clauseStart: number): boolean {
  switch (t.kind) {
    case 'break':
    case 'semi':
      return true;
    case 'comma': {
      // "1,5": a decimal comma does not split.
      const next = tokens[i + 1];
      const previous = tokens[i - 1];
      return !(previous && previous.kind === 'num' && next && next.kind === 'num' && !next.spaced && !t.spaced);
    }
    case 'dot':
      return isSentenceEnd(tokens, i, clauseStart);
    default:
      return false;
  }
}

/** Splits the tokens into clauses and distributes the atoms over them. */
export function splitClauses(tokens: readonly Token[], atoms: readonly Atom[]): Clause[] {
  const covered = coverage(tokens, atoms);
  const dated = coverage(tokens, atoms, DATED);
  const clauses: Clause[] = [];
  let start = 0;
  let atomIndex = 0;
  let hasDate = false;
  const close = (end: number): void => {
    if (end >= start) {
      const inside: Atom[] = [];
      for (let atom = atoms[atomIndex]; atom !== undefined && atom.first <= end; atom = atoms[atomIndex]) {
        inside.push(atom);
        atomIndex++;
      }
      const phase = startsWithMarker(tokens, covered, dated, start, end);
      clauses.push({ first: start, last: end, atoms: inside, phase });
    }
    hasDate = false;
  };
  for (const [i, t] of tokens.entries()) {
    if (hasDate && isPhaseMarker(tokens, covered, i)) {
      close(i - 1);
      start = i;
    }
    if (!covered[i] && isSeparator(tokens, t, i, start)) {
      close(i - 1);
      start = i + 1;
    }
    hasDate = hasDate || dated[i] === true;
  }
  close(tokens.length - 1);
  return joinMarkerLines(clauses, dated);
}
