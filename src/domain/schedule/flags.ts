/**
 * Flags of a schedule that come from words rather than dates: ongoing ("jatkuen",
 * "toistaiseksi", "käynnissä"), recurring ("vuosittain", "joka vuosi", "Q1 / vuosi"),
 * uncertain ("arviolta", "n.", "?", "20XX") and known statements without dates ("Avoin", "ei
 * vielä tiedossa").
 */
import type { Atom } from './atom';
import type { Clause } from './clauses';
import type { MonthRef } from './spans';
import type { Token } from './tokens';
import { tokenRange } from './tokens';
import type { WordInfo } from './words';
import { isQuantityUnit } from './words';

export interface TextFlags {
  ongoing: boolean;
  recurring: boolean;
  uncertain: boolean;
  /** The text makes a known statement ("Avoin", "?", "jatkuva", "vuosittain"): no warning without dates. */
  statement: boolean;
  /** Yearless atoms that are not reported as ignored ("joka syksy", seasons of a recurring schedule). */
  quiet: Set<Atom>;
  /** Offsets of the words that set `ongoing` (parseSchedule drops the flag when an end bounds them). */
  ongoingAt: number[];
}

/** Words after "joka"/"varje"/"every" that make a schedule recur. */
const EVERY_UNITS = new Set(['vuosi', 'vuoden', 'år', 'året', 'year']);
/** Words after "/" or "per" that make a schedule recur ("Q1–Q2 / vuosi", "per år"). */
const PER_YEAR_UNITS = new Set(['vuosi', 'v', 'år', 'året', 'year', 'yr']);

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

/**
 * "/ vuosi", "per år" at token i: every year. Not "vuosi 2024" (a year with its prefix word), nor
 * a price ("200 €/v": the cost field's business, not a schedule's).
 */
function perYear(ctx: FlagContext, t: Token, i: number): boolean {
  const next = ctx.tokens[i + 1];
  const previous = ctx.tokens[i - 1];
  const price = previous !== undefined && isQuantityUnit(previous.lower);
  const per = (t.kind === 'slash' || t.lower === 'per') && !price;
  const dated = ctx.atomAt.get(i + 1)?.year;
  return per && next !== undefined && PER_YEAR_UNITS.has(next.lower) && (dated === undefined || dated === null);
}

function readWord(ctx: FlagContext, t: Token, i: number, info: WordInfo): void {
  const flags = ctx.flags;
  switch (info.kind) {
    case 'ongoing':
      flags.ongoing = true;
      flags.statement = true;
      flags.ongoingAt.push(t.start);
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
      ctx.flags.ongoingAt.push(t.start);
    } else if (perYear(ctx, t, i)) {
      ctx.flags.recurring = true;
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

/**
 * "202X", "20??": a known statement. After a dash ("2024–202X") it is the open end of a range;
 * on its own the year is not decided yet (uncertain).
 */
function readUnknownYears(tokens: readonly Token[], atoms: readonly Atom[], flags: TextFlags): void {
  for (const atom of atoms) {
    if (atom.kind === 'unknownYear') {
      flags.statement = true;
      const endOfRange = tokens[atom.first - 1]?.kind === 'dash';
      flags.uncertain = flags.uncertain || !endOfRange;
    }
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
  const flags: TextFlags = {
    ongoing: false,
    recurring: false,
    uncertain: false,
    statement: false,
    quiet: new Set(),
    ongoingAt: []
  };
  const ctx: FlagContext = { tokens, infos, atomAt, flags };
  for (const clause of clauses) {
    readClauseFlags(ctx, clause);
  }
  readUnknownYears(tokens, atoms, flags);
  if (flags.recurring) {
    for (const atom of atoms) {
      if (atom.year === null) {
        flags.quiet.add(atom);
      }
    }
  }
  return flags;
}

/**
 * Whether the schedule is ongoing once its months are known. An ongoing word written before the
 * end of a schedule that also has a start only says until when the work continues
 * ("11/2020–11/2022 jatkuen 6/2024", "12/2020 alkaen, jatkuu 2021"): nothing continues after
 * that end. Without a start ("jatkuvana – 6/2025": already running) or without an end, or when
 * the word follows the end ("1 – 12/2020 jatkuen"), the work is ongoing.
 */
export function isOngoing(flags: TextFlags, start: MonthRef | null, end: MonthRef | null): boolean {
  if (!flags.ongoing || start === null || end === null) {
    return flags.ongoing;
  }
  return flags.ongoingAt.some((at) => at > end.from);
}
