/**
 * Finds the atoms of a schedule (see atom.ts) by short, bounded look-ahead over the tokens: one
 * left-to-right pass in which every matcher looks at a fixed number of tokens, so the whole pass
 * is linear in the length of the text.
 */
import type { Atom, AtomContext } from './atom';
import { matchNumber } from './numberAtoms';
import { TokenReader } from './tokenReader';
import type { SeasonMap } from './seasons';
import { DEFAULT_SEASONS } from './seasons';
import type { Token } from './tokens';
import { matchWord } from './wordAtoms';
import type { WordInfo } from './words';
import { classifyWord } from './words';

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
  const reader = new TokenReader(ctx, atoms);
  let i = 0;
  for (let t = ctx.tokens[i]; t !== undefined; t = ctx.tokens[i]) {
    const match = t.kind === 'num' ? matchNumber(reader, i) : t.kind === 'word' ? matchWord(reader, i) : null;
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

/** The lower-case texts of tokens from..i match `expected`. */
function tokensAre(tokens: readonly Token[], i: number, expected: readonly string[]): boolean {
  const from = i - expected.length + 1;
  if (from < 0) {
    return false;
  }
  return expected.every((text, k) => tokens[from + k]?.lower === text);
}

/** Swedish "från och med" / "fr.o.m." (from) and "till och med" / "t.o.m." (until), ending at token t (token i). */
function swedishPhrase(tokens: readonly Token[], t: Token, i: number): WordInfo | null {
  if (t.lower === 'med' && tokens[i - 1]?.lower === 'och') {
    const first = tokens[i - 2]?.lower;
    if (first === 'från' || first === 'till') {
      return { kind: first === 'från' ? 'from' : 'until', before: true, after: false };
    }
    return null;
  }
  if (t.kind === 'dot' && tokens[i - 1]?.lower === 'm') {
    if (tokensAre(tokens, i, ['fr', '.', 'o', '.', 'm', '.'])) {
      return { kind: 'from', before: true, after: false };
    }
    if (tokensAre(tokens, i, ['t', '.', 'o', '.', 'm', '.'])) {
      return { kind: 'until', before: true, after: false };
    }
  }
  return null;
}

/** Classifies every word token (null for other tokens and ordinary words); seasons from `seasons`. */
export function classifyTokens(tokens: readonly Token[], seasons: SeasonMap = DEFAULT_SEASONS): Array<WordInfo | null> {
  return tokens.map((t, i) => {
    if (t.lower === 'med' || t.kind === 'dot') {
      return swedishPhrase(tokens, t, i);
    }
    return t.kind === 'word' ? classifyWord(t.lower, seasons) : null;
  });
}
