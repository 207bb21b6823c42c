/**
 * Spans: what the atoms of one clause say about time. Ranges ("3/2019 – 12/2020",
 * "syyskuusta joulukuuhun 2022"), single dates with their qualifiers ("2021 alkaen",
 * "31.12.2024 mennessä", "3/2024 –") and the parts that could not be used.
 */
import type { Month } from '../model';
import { toMonth } from '../months';
import type { Atom } from './atom';
import type { Clause } from './clauses';
import type { Token } from './tokens';
import { tokenAt, tokenRange } from './tokens';
import type { WordInfo } from './words';

/** One month of a span and the source it was derived from (character offsets). */
export interface MonthRef {
  month: Month;
  from: number;
  to: number;
  note: string;
}

export interface Span {
  start: MonthRef | null;
  end: MonthRef | null;
  openEnd: boolean;
  approx: boolean;
  firstToken: number;
  lastToken: number;
}

/** A part of the text that was ignored: token range. */
export interface TokenRange {
  first: number;
  last: number;
}

export interface ClauseSpans {
  spans: Span[];
  /** Ranges whose end is before their start (kept as written). */
  reversed: TokenRange[];
  /** Time expressions that gave no month (a season without a year, "before 2025", "6 kk"). */
  ignored: TokenRange[];
}

export interface SpanContext {
  tokens: readonly Token[];
  infos: ReadonlyArray<WordInfo | null>;
  /** Atoms not to report when they have no year ("joka syksy", or any when the schedule recurs). */
  quiet: ReadonlySet<Atom>;
}

function ref(
  ctx: SpanContext,
  year: number,
  month: number,
  first: number,
  last: number,
  note: string
): MonthRef | null {
  const value = toMonth(year, month);
  return value ? { month: value, from: tokenAt(ctx.tokens, first).start, to: tokenAt(ctx.tokens, last).end, note } : null;
}

function startRef(ctx: SpanContext, atom: Atom, first = atom.first, last = atom.last): MonthRef | null {
  return atom.year === null ? null : ref(ctx, atom.year + atom.startYearOffset, atom.fromMonth, first, last, atom.note);
}

function endRef(ctx: SpanContext, atom: Atom, first = atom.first, last = atom.last): MonthRef | null {
  return atom.year === null ? null : ref(ctx, atom.year + atom.yearSpan, atom.toMonth, first, last, atom.note);
}

/** "2021 keväällä", "vuoden 2022 Q1": a yearless atom takes the year written right before it. */
function attachPreviousYears(atoms: readonly Atom[]): Atom[] {
  const out: Atom[] = [];
  for (const atom of atoms) {
    const previous = out.length > 0 ? out[out.length - 1] : undefined;
    const yearless = atom.kind === 'time' && atom.year === null && !atom.bare;
    if (
      yearless && previous && previous.plainYear && previous.yearSpan === 0 &&
      previous.last === atom.first - 1 && previous.year !== null
    ) {
      atom.year = previous.year;
      atom.first = previous.first;
      atom.prefixRole = previous.prefixRole;
      out[out.length - 1] = atom;
    } else {
      out.push(atom);
    }
  }
  return out;
}

function infoKind(ctx: SpanContext, i: number): string {
  const info = ctx.infos[i];
  return info ? info.kind : '';
}

/** Whether two atoms form a range: a dash or "to"/"till" between them, or "-sta ... -hun". */
function connected(ctx: SpanContext, a: Atom, b: Atom): boolean {
  const gap = b.first - a.last - 1;
  if (gap === 0) {
    const from = a.form === 'from' || a.prefixRole === 'from';
    return from && (b.form === 'to' || b.prefixRole === 'to');
  }
  if (gap !== 1) {
    return false;
  }
  const between = a.last + 1;
  const kind = infoKind(ctx, between);
  const token = tokenAt(ctx.tokens, between);
  return token.kind === 'dash' || kind === 'rangeWord' || (kind === 'until' && token.lower === 'until');
}

/** Marker words (alkaen, mennessä...) around a single atom. */
function markerAround(ctx: SpanContext, clause: Clause, atom: Atom, kind: 'from' | 'until'): boolean {
  const before = atom.first - 1 >= clause.first ? ctx.infos[atom.first - 1] : null;
  let afterIndex = atom.last + 1;
  // "12/2020-alkaen"
  if (afterIndex < clause.last && ctx.tokens[afterIndex]?.kind === 'dash' && ctx.tokens[afterIndex + 1]?.spaced === false) {
    afterIndex++;
  }
  const after = afterIndex <= clause.last ? ctx.infos[afterIndex] : null;
  return (
    (before?.kind === kind && before.before) || (after?.kind === kind && after.after)
  );
}

/**
 * Words that may come before a leading dash without being its start: a label ("Aikataulu: –
 * 12/2024") or a word saying the work is already running ("jatkuvana – 6/2025", "käynnissä –
 * 12/2024": running now, ends then).
 */
const BEFORE_LEADING_DASH = new Set(['label', 'ongoing']);

/** The first word or number of the clause that may start a span, or after the clause. */
function firstContent(ctx: SpanContext, clause: Clause): number {
  for (const [j, t] of tokenRange(ctx.tokens, clause.first, clause.last)) {
    if ((t.kind === 'word' && !BEFORE_LEADING_DASH.has(infoKind(ctx, j))) || t.kind === 'num') {
      return j;
    }
  }
  return clause.last + 1;
}

class ClauseReader {
  public readonly result: ClauseSpans = { spans: [], reversed: [], ignored: [] };
  private readonly atoms: Atom[];
  private readonly atomStarts = new Set<number>();
  /** First tokens of years not known yet ("202X"). */
  private readonly unknownYears = new Set<number>();
  /** Tokens before this are only labels and punctuation ("Aikataulu: – 12/2024"). */
  private readonly contentStart: number;

  public constructor(private readonly ctx: SpanContext, private readonly clause: Clause) {
    this.atoms = attachPreviousYears(clause.atoms.filter((a) => a.kind === 'time' || a.kind === 'impossible'));
    for (const atom of this.atoms) {
      this.atomStarts.add(atom.first);
    }
    for (const atom of clause.atoms) {
      if (atom.kind === 'unknownYear') {
        this.unknownYears.add(atom.first);
      }
    }
    this.contentStart = firstContent(ctx, clause);
  }

  public read(): ClauseSpans {
    let k = 0;
    for (let atom = this.atoms[k]; atom !== undefined; atom = this.atoms[k]) {
      k = this.readAt(atom, k);
    }
    return this.result;
  }

  /** Reads from atom a (atoms[k]); returns the index of the next atom to read. */
  private readAt(a: Atom, k: number): number {
    const b = this.atoms[k + 1];
    const linked = b !== undefined && connected(this.ctx, a, b);
    if (a.kind === 'impossible' || (b && linked && b.kind === 'impossible')) {
      return this.impossibleRange(k, a, linked ? b : undefined);
    }
    if (b && linked && (a.year !== null || b.year !== null)) {
      return this.range(k, a, b);
    }
    this.single(a);
    return k + 1;
  }

  /**
   * "13/2020 – 12/2020": an impossible side of a range gives no month (the warning comes from the atom).
   * a is atoms[k]; b is atoms[k + 1] when the two are linked.
   */
  private impossibleRange(k: number, a: Atom, b: Atom | undefined): number {
    if (!b) {
      return k + 1;
    }
    const start = a.kind === 'time' ? startRef(this.ctx, a) : null;
    const end = b.kind === 'time' ? endRef(this.ctx, b) : null;
    this.push(start, end, false, a.approx || b.approx, a.first, b.last);
    return k + 2;
  }

  /** a – partner (– atoms[k+2] ...), a = atoms[k]: a range, years shared when only one side has one. */
  private range(k: number, a: Atom, partner: Atom): number {
    const ctx = this.ctx;
    let last = k + 1;
    // b = atoms[last], previous = atoms[last - 1]
    let b = partner;
    let previous = a;
    // "1-12/2019 - 12/2020": a chain extends the range.
    for (let next = this.atoms[last + 1]; next !== undefined; next = this.atoms[last + 1]) {
      if (next.year === null || next.kind !== 'time' || !connected(ctx, b, next)) {
        break;
      }
      previous = b;
      b = next;
      last++;
    }
    let start: MonthRef | null;
    let end: MonthRef | null;
    if (a.year === null && partner.year !== null) {
      // "2-8/2020", "Q1–Q2/2022": the start takes the year of its partner; its source runs to that year.
      a.year = partner.year;
      start = startRef(ctx, a, a.first, partner.last);
    } else {
      start = startRef(ctx, a);
    }
    if (b.year === null && previous.year !== null) {
      b.year = previous.year + previous.yearSpan;
      end = endRef(ctx, b, previous.first, b.last);
    } else {
      end = endRef(ctx, b);
    }
    this.push(start, end, false, this.atoms.slice(k, last + 1).some((x) => x.approx), a.first, b.last);
    if (start && end && start.month > end.month) {
      this.result.reversed.push({ first: a.first, last: b.last });
    }
    return last + 1;
  }

  private single(atom: Atom): void {
    const ctx = this.ctx;
    const clause = this.clause;
    if (atom.year === null) {
      if (!atom.weak && !ctx.quiet.has(atom)) {
        this.result.ignored.push({ first: atom.first, last: atom.last });
      }
      return;
    }
    const beforeIndex = atom.first - 1;
    const afterIndex = atom.last + 1;
    // "ennen 2025", "vuoden 2021 jälkeen": a month before or after a date is not given by the text.
    if (beforeIndex >= clause.first && infoKind(ctx, beforeIndex) === 'beforeWord') {
      this.result.ignored.push({ first: beforeIndex, last: atom.last });
      return;
    }
    if (afterIndex <= clause.last && infoKind(ctx, afterIndex) === 'afterWord') {
      this.result.ignored.push({ first: atom.first, last: afterIndex });
      return;
    }
    const dashAfter = afterIndex <= clause.last && ctx.tokens[afterIndex]?.kind === 'dash';
    const dashBefore = beforeIndex >= clause.first && ctx.tokens[beforeIndex]?.kind === 'dash';
    const trailingDash = dashAfter && (this.endsOpen(afterIndex + 1) || this.unknownYears.has(afterIndex + 1));
    const leadingDash = dashBefore && this.contentStart >= beforeIndex;
    const from = atom.prefixRole === 'from' || markerAround(ctx, clause, atom, 'from') || trailingDash;
    const until = !from && (atom.prefixRole === 'to' || markerAround(ctx, clause, atom, 'until') || leadingDash);
    const start = until ? null : startRef(ctx, atom);
    const end = from ? null : endRef(ctx, atom);
    this.push(start, end, from, atom.approx, atom.first, atom.last);
  }

  /** After "3/2024 –": nothing, or only words like "toistaiseksi" or "?" (not a name, not a date), maybe in brackets. */
  private endsOpen(at: number): boolean {
    const bracket = this.ctx.tokens[at]?.text;
    const i = bracket === '(' || bracket === '[' ? at + 1 : at;
    if (i > this.clause.last) {
      return true;
    }
    const t = tokenAt(this.ctx.tokens, i);
    if (t.kind === 'question') {
      return true;
    }
    const info = this.ctx.infos[i] ?? null;
    return t.kind === 'word' && info !== null && !this.atomStarts.has(i) && info.kind !== 'label';
  }

  private push(
    start: MonthRef | null,
    end: MonthRef | null,
    openEnd: boolean,
    approx: boolean,
    first: number,
    last: number
  ): void {
    if (start || end) {
      const span: Span = { start, end, openEnd: openEnd && end === null, approx, firstToken: first, lastToken: last };
      this.result.spans.push(span);
    }
  }
}

/** Spans of one clause. */
export function readClause(ctx: SpanContext, clause: Clause): ClauseSpans {
  return new ClauseReader(ctx, clause).read();
}
