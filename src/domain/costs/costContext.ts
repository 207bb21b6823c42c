/**
 * Reads the context of a value expression: what is written right after it ("€/kk",
 * "vuosittain", "laskettuna 48 kk ajalta", "euroa/tunti") and the keywords before it in the
 * same sentence ("Perustamiskulut", "Käyttökustannusarvio", "Säästö"). All scans are bounded.
 */
import type { Token } from './costTokens';
import type { ValueExpr } from './costExpressions';
import {
  boundAfter,
  durationMonths,
  isApproximator,
  isConjunction,
  isCurrency,
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

/** Two words that say per year or per month ("om året", "i månaden", "joka vuosi"); "i år" is "this year". */
const PERIOD_PAIRS: Readonly<Record<string, Period | undefined>> = {
  'joka vuosi': 'year',
  'joka kuukausi': 'month',
  'om året': 'year',
  'i året': 'year',
  'i månaden': 'month',
  'a year': 'year',
  'a month': 'month',
  'each year': 'year',
  'each month': 'month',
  'every year': 'year',
  'every month': 'month'
};

const MAX_FILLERS = 2;
const PREFIX_WINDOW = 12;

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

/** A step of the suffix scan, or null when the reader does not apply to the word at k. */
type WordReader = (tokens: Token[], k: number, info: SuffixInfo, afterFiller: boolean) => WordStep | null;

function done(info: SuffixInfo, end: number): WordStep {
  info.end = end;
  return 'done';
}

/** "laskettuna 48 kk ajalta" opens a spread; "kolmen vuoden ajalta" closes one without a number. */
const readSpreadWord: WordReader = (tokens, k, info) => {
  const t = tokens[k];
  if (isConjunction(t)) {
    return 'stop';
  }
  if (isSpreadOpener(t)) {
    return 'next';
  }
  if (!isSpreadCloser(t)) {
    return null;
  }
  info.unclearDuration = true;
  return done(info, k);
};

/** "p.a.", "per kk", "per år", "om året", "i månaden"; "per käyttäjä" is a unit price. */
const readPeriodPair: WordReader = (tokens, k, info) => {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (t === undefined) {
    return 'stop';
  }
  if (t.lower === 'p' && isSym(next, '.') && tokens[k + 2]?.lower === 'a') {
    info.period = 'year';
    return done(info, k + 2);
  }
  const pairPeriod = t.lower === 'per' ? periodUnit(next) : PERIOD_PAIRS[`${t.lower} ${next?.lower ?? ''}`];
  if (pairPeriod !== undefined) {
    if (numberFollows(tokens, k + 1)) {
      return 'stop';
    }
    info.period = pairPeriod;
    info.rate = followedByRate(tokens, k + 2);
    return done(info, k + 1);
  }
  if (isPerWord(t) && next !== undefined && next.kind === 'word') {
    info.rate = true;
    return done(info, k + 1);
  }
  return null;
};

/** "vuosittain", "kuukausittain", "investointina", "säästöä"; other keywords end the suffix. */
const readKeywordWord: WordReader = (tokens, k, info) => {
  const keyword: CostKeyword | undefined = keywordOf(tokens[k]);
  if (keyword === undefined) {
    return null;
  }
  if (keyword === 'yearly' || keyword === 'monthly') {
    if (numberFollows(tokens, k)) {
      return 'stop';
    }
    info.period = keyword === 'yearly' ? 'year' : 'month';
    return done(info, k);
  }
  if (keyword === 'investment' || keyword === 'saving') {
    info.investment = keyword === 'investment';
    info.saving = keyword === 'saving';
    return done(info, k);
  }
  return 'stop';
};

/** "30 euroa sivulta", "30 € käyttäjää kohden"; "5000 € alkaen", "5000 euroon asti". */
const readRateOrBound: WordReader = (tokens, k, info, afterFiller) => {
  const t = tokens[k];
  if (isRateNoun(t) && !afterFiller) {
    info.rate = true;
    return done(info, isPerWord(tokens[k + 1]) ? k + 1 : k);
  }
  const bound = boundAfter(t);
  if (bound === undefined) {
    return null;
  }
  info.bound = bound;
  info.end = k;
  return 'next';
};

const WORD_READERS: readonly WordReader[] = [readSpreadWord, readPeriodPair, readKeywordWord, readRateOrBound];

function readSuffixWord(tokens: Token[], k: number, info: SuffixInfo, afterFiller: boolean): WordStep {
  for (const reader of WORD_READERS) {
    const step = reader(tokens, k, info, afterFiller);
    if (step !== null) {
      return step;
    }
  }
  return 'filler';
}

/** "50 000 € / 48 kk" or "laskettuna 48 kk ajalta"; a duration without such words is unclear. */
function readSuffixDuration(tokens: Token[], k: number, info: SuffixInfo, opened: boolean, fillers: number): void {
  const duration = readDuration(tokens, k);
  if (duration === null) {
    return;
  }
  const marked = opened || isSpreadCloser(tokens[duration.last]) || isSym(tokens[k - 1], '/');
  info.spread = marked ? duration.spread : null;
  info.unclearDuration = !marked;
  info.end = duration.last;
  info.immediate = marked && fillers === 0;
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
      readSuffixDuration(tokens, k, info, opened, fillers);
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
