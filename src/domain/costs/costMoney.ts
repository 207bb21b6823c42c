/**
 * Decides whether a value expression is an amount of money. Conservative: a bare number counts
 * only when it is at least 100, is not a year, label or count, and has a recurring marker right
 * after it or a cost word near it.
 */
import type { Token } from './costTokens';
import type { ValueExpr } from './costExpressions';
import { amountValue, hasCurrency } from './costExpressions';
import type { SuffixInfo } from './costContext';
import { boundAfter, isApproximator, isBareFollower, isConjunction, isCostWord, isLabelWord, keywordOf } from './costVocabulary';

const COST_WORD_BEFORE = 8;
const COST_WORD_AFTER = 4;

function isSym(token: Token | undefined, sym: string): boolean {
  return token !== undefined && token.kind === 'sym' && token.lower === sym;
}

function hasCostWordNear(tokens: Token[], expr: ValueExpr): boolean {
  for (let k = expr.first - 1; k >= 0 && k >= expr.first - COST_WORD_BEFORE; k--) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'break') {
      break;
    }
    if (isCostWord(t)) {
      return true;
    }
  }
  for (let k = expr.last + 1; k < tokens.length && k <= expr.last + COST_WORD_AFTER; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'break') {
      break;
    }
    if (isCostWord(t)) {
      return true;
    }
  }
  return false;
}

function isYearLike(token: Token | undefined): boolean {
  return token !== undefined && token.plain && token.raw.length === 4 && token.value >= 1900 && token.value <= 2100;
}

/** A bare number followed by a word such as "henkilöä" or "tukiasemaa" counts things. */
function isCount(tokens: Token[], expr: ValueExpr): boolean {
  const next = tokens[expr.last + 1];
  if (next === undefined || next.kind !== 'word') {
    return isSym(next, ':');
  }
  const harmless =
    isConjunction(next) || isBareFollower(next) || isApproximator(next) || keywordOf(next) !== undefined || boundAfter(next) !== undefined;
  return !harmless;
}

/**
 * Whether an expression is an amount of money: it has a currency, or it is a bare number of at
 * least 100 (not a year, label or count) with a recurring marker right after it or a cost word
 * near it.
 */
export function isMoney(tokens: Token[], expr: ValueExpr, suffix: SuffixInfo): boolean {
  if (hasCurrency(expr)) {
    return true;
  }
  const lowToken = tokens[expr.low.numIndex];
  const highToken = expr.high === null ? undefined : tokens[expr.high.numIndex];
  if (amountValue(expr.low) < 100 || (expr.high !== null && amountValue(expr.high) < 100)) {
    return false;
  }
  if (isYearLike(lowToken) && (expr.high === null || isYearLike(highToken))) {
    return false;
  }
  if (isLabelWord(tokens[expr.first - 1])) {
    return false;
  }
  if (suffix.immediate && (suffix.period !== null || suffix.spread !== null) && !suffix.rate) {
    return true;
  }
  if (isCount(tokens, expr)) {
    return false;
  }
  return hasCostWordNear(tokens, expr);
}
