/**
 * Finds value expressions in cost tokens: single amounts ("40 000 €"), ranges ("5000 – 10000 €",
 * "5-10 t€"), products ("2 x 15 000 €") and '+' chains ("25 000 + 25 000 euroa"). Whether an
 * expression is an amount of money, and of which kind, is decided later from its context.
 */
import type { Token } from './costTokens';
import {
  boundBefore,
  durationMonths,
  isApproximator,
  isBetweenWord,
  isCurrency,
  isPercent,
  isTimes,
  rangeConnector,
  scaleWord
} from './costVocabulary';
import type { BoundKind } from './costVocabulary';

export interface Amount {
  /** Token index of the number. */
  numIndex: number;
  /** First token index (a currency written before the number, or the number). */
  first: number;
  /** Last token index (number, scale or currency). */
  last: number;
  /** The number as written ("40 000", "1,5"). */
  raw: string;
  /** The number's value without scale. */
  written: number;
  /** 1, 1000 or 1 000 000 ("t€", "M€"). */
  scale: number;
  /** The scale was written at this amount (not inherited). */
  scaleWritten: boolean;
  currency: boolean;
  /** Currency or scale came from a neighbour ("5-10 t€", "25 000 + 25 000 euroa"). */
  inherited: boolean;
  ambiguous: boolean;
}

export interface ValueExpr {
  first: number;
  last: number;
  low: Amount;
  high: Amount | null;
  /** "5000 tai 8000 €": alternatives have no order, min and max are sorted. */
  alternative: boolean;
  count: { value: number; raw: string } | null;
  bound: BoundKind | null;
  boundIndex: number | null;
  /** Index of the next expression when the two are joined by '+'. */
  plusNext: number | null;
}

export function amountValue(amount: Amount): number {
  return amount.written * amount.scale;
}

export function hasCurrency(expr: ValueExpr): boolean {
  return expr.low.currency || (expr.high !== null && expr.high.currency);
}

function readScaleAndCurrency(tokens: Token[], amount: Amount): void {
  const j = amount.numIndex + 1;
  const scale = scaleWord(tokens[j]);
  const afterScale = tokens[j + 1];
  if (scale !== undefined && scale.needsCurrency) {
    if (isCurrency(afterScale) && afterScale !== undefined && !afterScale.spaceBefore) {
      amount.scale = scale.factor;
      amount.scaleWritten = true;
      amount.currency = true;
      amount.last = j + 1;
    }
  } else if (scale !== undefined) {
    amount.scale = scale.factor;
    amount.scaleWritten = true;
    amount.currency = scale.impliesCurrency;
    amount.last = j;
    let k = j + 1;
    if (tokens[k]?.kind === 'sym' && tokens[k]?.lower === '.') {
      amount.last = k;
      k++;
    }
    if (isCurrency(tokens[k])) {
      amount.currency = true;
      amount.last = k;
    }
  }
  if (amount.last === amount.numIndex && isCurrency(tokens[j])) {
    amount.currency = true;
    amount.last = j;
  }
}

function isPrefixCurrency(token: Token | undefined): boolean {
  return token !== undefined && ((token.kind === 'sym' && token.lower === '€') || (token.kind === 'word' && token.lower === 'eur'));
}

/** "000" or "01": a fragment ("5&nbsp;000") or part of a date, never an amount. */
function isLeadingZero(token: Token): boolean {
  return token.plain && token.raw.length > 1 && token.raw[0] === '0';
}

/** Reads one amount at token i, or null when the number is a date, an id, a percentage or a duration. */
export function readAmount(tokens: Token[], i: number, consumed: boolean[]): Amount | null {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'num' || t.dateLike || consumed[i] || !Number.isFinite(t.value) || isLeadingZero(t)) {
    return null;
  }
  const next = tokens[i + 1];
  if (isPercent(next) || (durationMonths(next) !== undefined && !isCurrency(next))) {
    return null;
  }
  const amount: Amount = {
    numIndex: i,
    first: i,
    last: i,
    raw: t.raw,
    written: t.value,
    scale: 1,
    scaleWritten: false,
    currency: false,
    inherited: false,
    ambiguous: t.ambiguousComma
  };
  readScaleAndCurrency(tokens, amount);
  const before = tokens[i - 1];
  if (!amount.currency && isPrefixCurrency(before) && !consumed[i - 1]) {
    amount.currency = true;
    amount.first = i - 1;
  }
  return amount;
}

function inherit(target: Amount, from: Amount): void {
  if (target.currency || target.scaleWritten) {
    return;
  }
  if (from.scaleWritten && target.written <= from.written) {
    target.scale = from.scale;
  }
  target.currency = from.currency;
  target.inherited = from.currency || target.scale > 1;
}

function readRange(tokens: Token[], low: Amount, consumed: boolean[]): ValueExpr {
  const expr: ValueExpr = {
    first: low.first,
    last: low.last,
    low,
    high: null,
    alternative: false,
    count: null,
    bound: null,
    boundIndex: null,
    plusNext: null
  };
  const j = low.last + 1;
  const connector = rangeConnector(tokens[j]);
  if (connector === undefined || (connector === 'between' && !isBetweenWord(tokens[low.first - 1]))) {
    return expr;
  }
  const high = readAmount(tokens, j + 1, consumed);
  if (high === null || high.first !== j + 1) {
    return expr;
  }
  inherit(low, high);
  inherit(high, low);
  expr.high = high;
  expr.last = high.last;
  expr.alternative = connector === 'alternative';
  return expr;
}

function smallCount(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'num' && token.plain && !token.dateLike && token.value >= 1 && token.value <= 1000;
}

/** "2 x 15 000 €", "2 kpl á 15 000 €". */
function readLeadingCount(tokens: Token[], i: number, consumed: boolean[]): ValueExpr | null {
  const countToken = tokens[i];
  if (!smallCount(countToken) || countToken === undefined) {
    return null;
  }
  let k = i + 1;
  if (tokens[k]?.kind === 'word' && (tokens[k]?.lower === 'kpl' || tokens[k]?.lower === 'st')) {
    k++;
  }
  if (!isTimes(tokens[k])) {
    return null;
  }
  const low = readAmount(tokens, k + 1, consumed);
  if (low === null) {
    return null;
  }
  const expr = readRange(tokens, low, consumed);
  expr.first = i;
  expr.count = { value: countToken.value, raw: countToken.raw };
  return expr;
}

/** "15 000 € x 2". */
function readTrailingCount(tokens: Token[], expr: ValueExpr): void {
  const countToken = tokens[expr.last + 2];
  const after = tokens[expr.last + 3];
  if (expr.count !== null || !isTimes(tokens[expr.last + 1]) || !smallCount(countToken) || countToken === undefined) {
    return;
  }
  if (isCurrency(after) || durationMonths(after) !== undefined || scaleWord(after) !== undefined) {
    return;
  }
  expr.count = { value: countToken.value, raw: countToken.raw };
  expr.last += 2;
}

function readBound(tokens: Token[], expr: ValueExpr): void {
  let k = expr.first - 1;
  while (k >= 0 && (tokens[k]?.kind === 'sym' && (tokens[k]?.lower === '.' || tokens[k]?.lower === ':'))) {
    k--;
  }
  if (isApproximator(tokens[k])) {
    k--;
  }
  const bound = boundBefore(tokens[k], tokens[k - 1]);
  if (bound !== undefined) {
    expr.bound = bound.kind;
    expr.boundIndex = k - bound.words + 1;
  }
}

/** Finds every value expression, left to right; tokens are consumed by at most one. */
export function findExpressions(tokens: Token[]): ValueExpr[] {
  const consumed: boolean[] = new Array<boolean>(tokens.length).fill(false);
  const exprs: ValueExpr[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (consumed[i] || tokens[i]?.kind !== 'num') {
      continue;
    }
    let expr = readLeadingCount(tokens, i, consumed);
    if (expr === null) {
      const low = readAmount(tokens, i, consumed);
      expr = low === null ? null : readRange(tokens, low, consumed);
    }
    if (expr === null) {
      continue;
    }
    readTrailingCount(tokens, expr);
    if (expr.high === null) {
      readBound(tokens, expr);
    }
    for (let k = expr.first; k <= expr.last; k++) {
      consumed[k] = true;
    }
    exprs.push(expr);
    i = expr.last;
  }
  linkPlusChains(tokens, exprs);
  return exprs;
}

/** Joins "25 000 + 25 000 euroa": a bare member takes currency and scale from the next member. */
function linkPlusChains(tokens: Token[], exprs: ValueExpr[]): void {
  for (let k = exprs.length - 2; k >= 0; k--) {
    const expr = exprs[k];
    const next = exprs[k + 1];
    if (expr === undefined || next === undefined) {
      continue;
    }
    const between = tokens[expr.last + 1];
    if (next.first !== expr.last + 2 || between === undefined || between.kind !== 'sym' || between.lower !== '+') {
      continue;
    }
    expr.plusNext = k + 1;
    if (!hasCurrency(expr)) {
      const from = next.high ?? next.low;
      inherit(expr.low, from);
      if (expr.high !== null) {
        inherit(expr.high, from);
      }
    }
  }
}
