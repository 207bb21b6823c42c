/**
 * Phases and the combination of spans: a clause with a name and dates ("Selvitystyö 2020",
 * "Vaihe 1: 1-6/2024") is a phase when at least two such clauses exist; the overall schedule
 * spans all of them.
 */
import type { Clause } from './clauses';
import type { MonthRef, Span } from './spans';
import type { Token } from './tokens';
import { tokenAt, tokenRange } from './tokens';
import type { WordInfo } from './words';

export interface Combined {
  start: MonthRef | null;
  end: MonthRef | null;
  openEnd: boolean;
}

export interface NameContext {
  text: string;
  tokens: readonly Token[];
  infos: ReadonlyArray<WordInfo | null>;
  covered: readonly boolean[];
}

/**
 * Start and end of several spans: the earliest start and the latest end. One span is kept as
 * written (even when its end is before its start). An open span that starts after every end
 * leaves the end open: the text never gives one.
 */
export function combineSpans(spans: readonly Span[]): Combined {
  const [only] = spans;
  if (only && spans.length === 1) {
    return { start: only.start, end: only.end, openEnd: only.openEnd };
  }
  let start: MonthRef | null = null;
  let end: MonthRef | null = null;
  for (const span of spans) {
    if (span.start && (!start || span.start.month < start.month)) {
      start = span.start;
    }
    if (span.end && (!end || span.end.month > end.month)) {
      end = span.end;
    }
  }
  const openAfterEnd = spans.some((s) => s.openEnd && s.start !== null && (end === null || s.start.month > end.month));
  if (openAfterEnd) {
    return { start, end: null, openEnd: true };
  }
  return { start, end, openEnd: false };
}

/** Index of the first token after a label ("Aikataulu:") at the start of a token range, or `first`. */
export function afterLabel(ctx: NameContext, first: number, last: number): number {
  for (const [i, t] of tokenRange(ctx.tokens, first, last - 1)) {
    if (t.kind === 'colon') {
      const previous = ctx.infos[i - 1];
      return i > first && previous !== null && previous !== undefined && previous.kind === 'label' ? i + 1 : first;
    }
    if (t.kind === 'word' || t.kind === 'num') {
      continue;
    }
    return first;
  }
  return first;
}

/** A word that can be part of a name: an ordinary word outside any date (t is token i). */
function isNameWord(ctx: NameContext, t: Token, i: number): boolean {
  return t.kind === 'word' && ctx.infos[i] === null && !ctx.covered[i] && t.text.length > 1;
}

/** "2." right before token i, from `begin` on: the ordinal of "2. vaihe" belongs to the name. */
function ordinalBefore(ctx: NameContext, begin: number, i: number): number {
  const num = ctx.tokens[i - 2];
  const dot = ctx.tokens[i - 1];
  const ordinal = i - 2 >= begin && num?.kind === 'num' && !ctx.covered[i - 2] && dot?.kind === 'dot' && !dot.spaced;
  return ordinal ? i - 2 : i;
}

/** Token i, or the ")" right after it when the name opened a bracket it did not close ("vaihe 3 (pilotti"). */
function closingBracket(ctx: NameContext, name: string, i: number, last: number): number {
  const opened = name.split('(').length - name.split(')').length;
  return opened > 0 && i + 1 <= last && ctx.tokens[i + 1]?.text === ')' ? i + 1 : i;
}

/** The name in tokens first..last: from the first ordinary word to the last word or number after it. */
function nameIn(ctx: NameContext, first: number, last: number): string | null {
  const begin = afterLabel(ctx, first, last);
  let nameStart = -1;
  let nameEnd = -1;
  for (const [i, t] of tokenRange(ctx.tokens, begin, last)) {
    if (isNameWord(ctx, t, i)) {
      nameStart = nameStart < 0 ? ordinalBefore(ctx, begin, i) : nameStart;
      nameEnd = i;
    } else if (nameStart >= 0 && t.kind === 'num' && !ctx.covered[i]) {
      nameEnd = i;
    }
  }
  if (nameStart < 0) {
    return null;
  }
  const from = tokenAt(ctx.tokens, nameStart).start;
  const name = ctx.text.slice(from, tokenAt(ctx.tokens, nameEnd).end);
  return ctx.text.slice(from, tokenAt(ctx.tokens, closingBracket(ctx, name, nameEnd, last)).end);
}

/** The name of a clause with spans: the words before its first date, or else after its last one. */
export function clauseName(ctx: NameContext, clause: Clause, spans: readonly Span[]): string | null {
  const [firstSpan] = spans;
  if (!firstSpan) {
    return null;
  }
  let firstToken = firstSpan.firstToken;
  let lastToken = firstSpan.lastToken;
  for (const span of spans) {
    firstToken = Math.min(firstToken, span.firstToken);
    lastToken = Math.max(lastToken, span.lastToken);
  }
  return nameIn(ctx, clause.first, firstToken - 1) ?? nameIn(ctx, lastToken + 1, clause.last);
}

/** The clause as written, without a leading label ("Aikataulu: ") and surrounding whitespace. */
export function clauseText(ctx: NameContext, clause: Clause): string {
  const begin = afterLabel(ctx, clause.first, clause.last);
  return ctx.text.slice(tokenAt(ctx.tokens, begin).start, tokenAt(ctx.tokens, clause.last).end).trim();
}
