/**
 * Clauses: the parts of a schedule text separated by line breaks, semicolons, commas and
 * full stops ("Selvitystyö 2020, hankinta 2021."). A clause with a name and dates may be a
 * phase. Separators inside dates ("1.1.2024") and after abbreviations ("n.", "ks.") do not
 * split.
 */
import type { Atom } from './atom';
import type { Token } from './tokens';

export interface Clause {
  /** First and last token (inclusive), separators excluded. */
  first: number;
  last: number;
  /** Atoms inside the clause, in order. */
  atoms: Atom[];
}

const ABBREVIATIONS = new Set([
  'ks', 'esim', 'mm', 'ns', 'yms', 'jne', 'klo', 'ca', 'vrt', 'ym', 'kts', 'ts', 'nk', 'tms', 'os', 'puh', 'huom',
  'engl', 'ruots', 'eng', 'etc', 'approx', 'appr', 'ungef', 'bl', 'resp', 'ev', 'fr', 'tom', 'inkl', 'ink', 'eg', 'ie',
  'vs', 'no', 'nr', 'sept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'okt', 'nov', 'dec', 'dek'
]);

/** Token indices covered by an atom. */
function coverage(tokens: readonly Token[], atoms: readonly Atom[]): boolean[] {
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const atom of atoms) {
    for (let i = atom.first; i <= atom.last; i++) {
      covered[i] = true;
    }
  }
  return covered;
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
  const clauses: Clause[] = [];
  let start = 0;
  let atomIndex = 0;
  const close = (end: number): void => {
    if (end >= start) {
      const inside: Atom[] = [];
      for (let atom = atoms[atomIndex]; atom !== undefined && atom.first <= end; atom = atoms[atomIndex]) {
        inside.push(atom);
        atomIndex++;
      }
      clauses.push({ first: start, last: end, atoms: inside });
    }
  };
  for (const [i, t] of tokens.entries()) {
    if (!covered[i] && isSeparator(tokens, t, i, start)) {
      close(i - 1);
      start = i + 1;
    }
  }
  close(tokens.length - 1);
  return clauses;
}
