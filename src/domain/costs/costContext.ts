/**
 * Reads the context of a value expression: what is written right after it ("€/kk",
 * "vuosittain", "laskettuna 48 kk ajalta", "euroa/tunti") and the keywords before it in the
 * same sentence ("Perustamiskulut", "Käyttökustannusarvio", "Säästö"). All scans are bounded.
 */
import type { Token } from './costTokens';
import type { ValueExpr } from './costExpressions';
import { amountValue, hasCurrency } from './costExpressions';
import {
  boundAfter,
  durationMonths,
  isApproximator,
  isBareFollower,
  isConjunction,
  isCostWord,
  isCurrency,
  isLabelWord,
  isPerWord,
  isRateNoun,
  isSpreadCloser,
  isSpreadOpener,
  keywordOf,
  periodUnit
} from './costVocabulary';
import type { BoundKind, CostKeyword, Period } from './costVocabulary';

export interface Spread {
  /** The duration as written ("48"). */
  raw: string;
  /** The duration in months. */
  months: number;
  /** The duration was written in years ("4 vuoden ajalta"). */
  years: boolean;
}

export interface SuffixInfo {
  /** Last token index of the expression and what was read after it. */
  end: number;
  period: Period | null;
  spread: Spread | null;
  investment: boolean;
  rate: boolean;
  saving: boolean;
  /** A duration without words saying the amount is spread over it ("5000 € 12 kk"). */
  unclearDuration: boolean;
  bound: BoundKind | null;
  /** The marker follows the expression directly, without other words between. */
  immediate: boolean;
}

export interface PrefixInfo {
  decisive: 'yearly' | 'monthly' | 'investment' | null;
  decisiveIndex: number | null;
  /** A recurring word without a period ("Ylläpitokustannukset") nearer than the decisive one. */
  unknownPeriod: boolean;
  saving: boolean;
  funding: boolean;
  breakdown: boolean;
  total: boolean;
}

const MAX_FILLERS = 2;
const PREFIX_WINDOW = 12;
const COST_WORD_BEFORE = 8;
const COST_WORD_AFTER = 4;

function emptySuffix(end: number): SuffixInfo {
  return {
    end,
    period: null,
    spread: null,
    investment: false,
    rate: false,
    saving: false,
    unclearDuration: false,
    bound: null,
    immediate: false
  };
}

function isSym(token: Token | undefined, sym: string): boolean {
  return token !== undefined && token.kind === 'sym' && token.lower === sym;
}

/** After "€/kk": "/käyttäjä" or "per käyttäjä" makes it a unit price. */
function followedByRate(tokens: Token[], k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  if (b === undefined || b.kind !== 'word' || periodUnit(b) !== undefined) {
    return false;
  }
  return isSym(a, '/') || (a !== undefined && a.kind === 'word' && a.lower === 'per');
}

/** "48 kk" at k; returns the spread and the index of its last token. */
function readDuration(tokens: Token[], k: number): { spread: Spread; last: number } | null {
  const n = tokens[k];
  const unit = durationMonths(tokens[k + 1]);
  if (n === undefined || n.kind !== 'num' || !n.plain || unit === undefined || n.value < 1 || n.value > 600) {
    return null;
  }
  const last = isSpreadCloser(tokens[k + 2]) ? k + 2 : k + 1;
  return { spread: { raw: n.raw, months: n.value * unit, years: unit === 12 }, last };
}

function readSlash(tokens: Token[], k: number, info: SuffixInfo): void {
  const n = tokens[k + 1];
  const period = periodUnit(n);
  if (period !== undefined) {
    info.period = period;
    info.end = k + 1;
    info.rate = followedByRate(tokens, k + 2);
    info.immediate = true;
    return;
  }
  const duration = readDuration(tokens, k + 1);
  if (duration !== null) {
    info.spread = duration.spread;
    info.end = duration.last;
    info.immediate = true;
    return;
  }
  if (n !== undefined && n.kind === 'word') {
    info.rate = true;
    info.end = k + 1;
  }
}

/** A period keyword is a suffix only when no amount follows it ("5000 € vuosittain 300 €"). */
function numberFollows(tokens: Token[], k: number): boolean {
  let j = k + 1;
  while (isApproximator(tokens[j]) || isCurrency(tokens[j]) || isSym(tokens[j], ':')) {
    j++;
  }
  return tokens[j]?.kind === 'num' && durationMonths(tokens[j + 1]) === undefined;
}

type WordStep = 'stop' | 'done' | 'next' | 'filler';

function readSuffixWord(tokens: Token[], k: number, info: SuffixInfo, afterFiller: boolean): WordStep {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (t === undefined || isConjunction(t)) {
    return 'stop';
  }
  if (isSpreadOpener(t)) {
    return 'next';
  }
  if (isSpreadCloser(t)) {
    // "36 000 euroa kolmen vuoden ajalta": spread over a duration that is not a number.
    info.unclearDuration = true;
    info.end = k;
    return 'done';
  }
  if (t.lower === 'p' && isSym(next, '.') && tokens[k + 2]?.lower === 'a') {
    info.period = 'year';
    info.end = k + 2;
    return 'done';
  }
  const pairPeriod = periodUnit(next);
  if (['per', 'joka', 'om', 'i', 'a', 'each', 'every'].includes(t.lower) && pairPeriod !== undefined) {
    if (numberFollows(tokens, k + 1)) {
      return 'stop';
    }
    info.period = pairPeriod;
    info.end = k + 1;
    info.rate = followedByRate(tokens, k + 2);
    return 'done';
  }
  if (isPerWord(t) && next !== undefined && next.kind === 'word') {
    info.rate = true;
    info.end = k + 1;
    return 'done';
  }
  const keyword: CostKeyword | undefined = keywordOf(t);
  if (keyword === 'yearly' || keyword === 'monthly') {
    if (numberFollows(tokens, k)) {
      return 'stop';
    }
    info.period = keyword === 'yearly' ? 'year' : 'month';
    info.end = k;
    return 'done';
  }
  if (keyword === 'investment' || keyword === 'saving') {
    info.investment = keyword === 'investment';
    info.saving = keyword === 'saving';
    info.end = k;
    return 'done';
  }
  if (keyword !== undefined) {
    return 'stop';
  }
  if (isRateNoun(t) && !afterFiller) {
    info.rate = true;
    info.end = isPerWord(next) ? k + 1 : k;
    return 'done';
  }
  const bound = boundAfter(t);
  if (bound !== undefined) {
    info.bound = bound;
    info.end = k;
    return 'next';
  }
  return 'filler';
}

/** Reads what is written after an expression, up to the next number, comma or sentence end. */
export function analyzeSuffix(tokens: Token[], expr: ValueExpr): SuffixInfo {
  const info = emptySuffix(expr.last);
  let k = expr.last + 1;
  if (isSym(tokens[k], '/')) {
    readSlash(tokens, k, info);
    return info;
  }
  let fillers = 0;
  let opened = false;
  for (; k < tokens.length && fillers <= MAX_FILLERS; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'break' || t.kind === 'id') {
      break;
    }
    if (t.kind === 'sym') {
      if (t.lower !== '.' && t.lower !== ':') {
        break;
      }
      continue;
    }
    if (t.kind === 'num') {
      const duration = readDuration(tokens, k);
      if (duration !== null) {
        const marked = opened || isSpreadCloser(tokens[duration.last]) || isSym(tokens[k - 1], '/');
        info.spread = marked ? duration.spread : null;
        info.unclearDuration = !marked;
        info.end = duration.last;
        info.immediate = marked && fillers === 0;
      }
      break;
    }
    const step = readSuffixWord(tokens, k, info, fillers > 0);
    if (step === 'stop') {
      break;
    }
    if (step === 'done') {
      info.immediate = fillers === 0;
      break;
    }
    opened = opened || (step === 'next' && isSpreadOpener(t));
    fillers += step === 'filler' ? 1 : 0;
  }
  return info;
}

function recordKeyword(info: PrefixInfo, keyword: CostKeyword, index: number): void {
  if (keyword === 'saving' || keyword === 'funding' || keyword === 'breakdown' || keyword === 'total') {
    info[keyword] = true;
    return;
  }
  if (keyword === 'recurringUnknown') {
    info.unknownPeriod = info.unknownPeriod || info.decisive === null;
    return;
  }
  if (info.decisive === null) {
    info.decisive = keyword;
    info.decisiveIndex = index;
  }
}

/** Reads the keywords before an expression, back to the previous amount or sentence end. */
export function analyzePrefix(tokens: Token[], first: number, stopAt: number): PrefixInfo {
  const info: PrefixInfo = {
    decisive: null,
    decisiveIndex: null,
    unknownPeriod: false,
    saving: false,
    funding: false,
    breakdown: false,
    total: false
  };
  info.total = isSym(tokens[first - 1], '=');
  const limit = Math.max(stopAt, first - PREFIX_WINDOW, 0);
  for (let k = first - 1; k >= limit; k--) {
    const t = tokens[k];
    if (t === undefined || t.kind === 'break') {
      break;
    }
    const keyword = keywordOf(t);
    if (keyword !== undefined) {
      recordKeyword(info, keyword, k);
    }
  }
  if (info.decisive !== null && info.unknownPeriod && info.decisive !== 'investment') {
    info.unknownPeriod = false;
  }
  return info;
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
