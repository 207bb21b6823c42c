/**
 * Flags of a schedule that come from words rather than dates: ongoing ("jatkuen",
 * "toistaiseksi"), recurring ("vuosittain", "joka vuosi"), uncertain ("arviolta", "n.", "?")
 * and known statements without dates ("Avoin", "ei vielä tiedossa").
 */
import type { Atom } from './atom';
import type { Clause } from './clauses';
import type { Token } from './tokens';
import { tokenRange } from './tokens';
import type { WordInfo } from './words';

export interface TextFlags {
  ongoing: boolean;
  recurring: boolean;
  uncertain: boolean;
  /** The text makes a known statement ("Avoin", "?", "jatkuva", "vuosittain"): no warning without dates. */
  statement: boolean;
  /** Yearless atoms that are not reported as ignored ("joka syksy", seasons of a recurring schedule). */
  quiet: Set<Atom>;
}

/** Words after "joka"/"varje"/"every" that make a schedule recur. */
const EVERY_UNITS = new Set(['vuosi', 'vuoden', 'år', 'året', 'year']);

interface FlagContext {
  tokens: readonly Token[];
  infos: ReadonlyArray<WordInfo | null>;
  atomAt: ReadonlyMap<number, Atom>;
  flags: TextFlags;
}

/** "n." (noin) but not the genitive ending in "THL:n": t is token i. */
function isAbbreviatedNoin(ctx: FlagContext, t: Token, i: number): boolean {
  const previous = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  const genitive = previous !== undefined && previous.kind === 'colon' && !t.spaced;
  return !genitive && next !== undefined && next.kind === 'dot' && !next.spaced;
}

function everyApplies(ctx: FlagContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (!next || next.kind !== 'word') {
    return false;
  }
  const atom = ctx.atomAt.get(i + 1);
  if (atom) {
    ctx.flags.quiet.add(atom);
    return true;
  }
  const info = ctx.infos[i + 1];
  return EVERY_UNITS.has(next.lower) || info?.kind === 'part' || info?.kind === 'month';
}

function readWord(ctx: FlagContext, t: Token, i: number, info: WordInfo): void {
  const flags = ctx.flags;
  switch (info.kind) {
    case 'ongoing':
      flags.ongoing = true;
      flags.statement = true;
      break;
    case 'ongoingUnlessTime':
      if (!ctx.atomAt.has(i + 1)) {
        flags.ongoing = true;
        flags.statement = true;
      }
      break;
    case 'recurring':
      flags.recurring = true;
      flags.statement = true;
      break;
    case 'every':
      if (everyApplies(ctx, i)) {
        flags.recurring = true;
        flags.statement = true;
      }
      break;
    case 'statement':
      flags.uncertain = true;
      flags.statement = true;
      break;
    case 'qualifier':
      if (t.lower !== 'n' || isAbbreviatedNoin(ctx, t, i)) {
        flags.uncertain = true;
      }
      break;
    default:
      break;
  }
}

function readClauseFlags(ctx: FlagContext, clause: Clause): void {
  let negation = false;
  let knowledge = false;
  for (const [i, t] of tokenRange(ctx.tokens, clause.first, clause.last)) {
    const info = ctx.infos[i];
    if (t.kind === 'question') {
      ctx.flags.uncertain = true;
      ctx.flags.statement = true;
    } else if (t.lower === 'tills' && ctx.tokens[i + 1]?.lower === 'vidare') {
      ctx.flags.ongoing = true;
      ctx.flags.statement = true;
    } else if (info) {
      negation = negation || info.kind === 'negation';
      knowledge = knowledge || info.kind === 'knowledge';
      readWord(ctx, t, i, info);
    }
  }
  if (negation && knowledge) {
    ctx.flags.uncertain = true;
    ctx.flags.statement = true;
  }
}

/** Reads the word flags of all clauses. */
export function readFlags(
  tokens: readonly Token[],
  infos: ReadonlyArray<WordInfo | null>,
  atoms: readonly Atom[],
  clauses: readonly Clause[]
): TextFlags {
  const atomAt = new Map<number, Atom>();
  for (const atom of atoms) {
    if (atom.kind === 'time') {
      atomAt.set(atom.first, atom);
    }
  }
  const flags: TextFlags = { ongoing: false, recurring: false, uncertain: false, statement: false, quiet: new Set() };
  const ctx: FlagContext = { tokens, infos, atomAt, flags };
  for (const clause of clauses) {
    readClauseFlags(ctx, clause);
  }
  if (flags.recurring) {
    for (const atom of atoms) {
      if (atom.year === null) {
        flags.quiet.add(atom);
      }
    }
  }
  return flags;
}
