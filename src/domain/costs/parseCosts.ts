/**
 * Parses a free-text cost estimate ("Projektin arvioidut kustannukset") into investment and
 * recurring-per-year figures. Figures are derived only where the text gives them; every figure
 * comes with evidence quoting the text it was read from.
 */
import type { Costs } from '../model';
import { emptyCosts } from '../model';
import type { DomainWarning, Evidence } from '../warnings';
import { analyzePrefix, analyzeSuffix } from './costContext';
import type { PrefixInfo, SuffixInfo } from './costContext';
import { findExpressions } from './costExpressions';
import { isMoney } from './costMoney';
import type { ValueExpr } from './costExpressions';
import { classify, makeItem } from './costItems';
import type { CostItem, CostKind, Term } from './costItems';
import { statesNoFigures } from './costStatements';
import { tokenize } from './costTokens';
import type { Token } from './costTokens';

export interface CostsParse {
  costs: Costs;
  warnings: DomainWarning[];
  evidence: Evidence[];
  /** true when the text says there are no separate costs ("Vain henkilöstökustannuksia") or that they are not known yet ("Ei vielä tiedossa") */
  statedUnknown: boolean;
}

const FIELD = 'costs';
const MAX_DETAIL = 200;
const MAX_PARTLY_WARNINGS = 10;

interface Reading {
  items: CostItem[];
  /** Offsets of amounts of money that could not be assigned. */
  unassigned: Array<[number, number]>;
}

function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if ((c >= '0' && c <= '9') || c.toLowerCase() !== c.toUpperCase()) {
      return true;
    }
  }
  return false;
}

function hasMarker(suffix: SuffixInfo): boolean {
  return suffix.period !== null || suffix.spread !== null || suffix.rate || suffix.investment || suffix.saving || suffix.unclearDuration;
}

function ownCurrency(expr: ValueExpr): boolean {
  const high = expr.high;
  return (expr.low.currency && !expr.low.inherited) || (high !== null && high.currency && !high.inherited);
}

/** A bare member of a '+' chain takes the marker of the next member ("100 + 200 €/kk"). */
function inheritChainSuffixes(exprs: ValueExpr[], suffixes: SuffixInfo[]): void {
  for (let k = exprs.length - 1; k >= 0; k--) {
    const expr = exprs[k];
    const own = suffixes[k];
    if (expr === undefined || own === undefined || expr.plusNext === null || ownCurrency(expr) || hasMarker(own)) {
      continue;
    }
    const next = suffixes[expr.plusNext];
    if (next !== undefined) {
      suffixes[k] = { ...next, immediate: own.immediate || next.immediate };
    }
  }
}

function readItems(tokens: Token[]): Reading {
  const exprs = findExpressions(tokens);
  const suffixes = exprs.map((expr) => analyzeSuffix(tokens, expr));
  inheritChainSuffixes(exprs, suffixes);
  const reading: Reading = { items: [], unassigned: [] };
  let stopAt = 0;
  let chainPrefix: PrefixInfo | null = null;
  let earlierMoney = false;
  exprs.forEach((expr, k) => {
    const suffix = suffixes[k];
    const chained = k > 0 && exprs[k - 1]?.plusNext === k && chainPrefix !== null;
    if (suffix === undefined || !isMoney(tokens, expr, suffix)) {
      chainPrefix = null;
      return;
    }
    const prefix: PrefixInfo =
      chained && chainPrefix !== null ? chainPrefix : analyzePrefix(tokens, expr.boundIndex ?? expr.first, stopAt);
    chainPrefix = prefix;
    stopAt = Math.max(expr.last, suffix.end) + 1;
    const verdict = classify(expr, suffix, prefix, earlierMoney);
    earlierMoney = true;
    const item = makeItem(tokens, expr, suffix, prefix, verdict);
    if (item !== null) {
      reading.items.push(item);
    } else if (verdict.kind === 'unassigned') {
      const first = Math.min(expr.first, expr.boundIndex ?? expr.first);
      reading.unassigned.push([tokens[first]?.start ?? 0, tokens[Math.max(expr.last, suffix.end)]?.end ?? 0]);
    }
  });
  return reading;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

type FigureField = 'investmentMin' | 'investmentMax' | 'recurringPerYearMin' | 'recurringPerYearMax';

function setFigure(costs: Costs, field: FigureField, value: number): void {
  costs[field] = value;
}

function addEvidence(result: CostsParse, field: FigureField, items: CostItem[], terms: Term[]): void {
  const value = round(terms.reduce((sum, term) => sum + term.value, 0));
  const start = items.reduce((least, item) => Math.min(least, item.start), Number.POSITIVE_INFINITY);
  const end = items.reduce((most, item) => Math.max(most, item.end), 0);
  const evidence: Evidence = { field, value: String(value), source: result.costs.text.slice(start, end) };
  if (terms.length > 1 || terms.some((term) => term.computed)) {
    evidence.note = terms.map((term) => term.note).join(' + ');
  }
  result.evidence.push(evidence);
  setFigure(result.costs, field, value);
}

function aggregate(result: CostsParse, items: CostItem[], kind: CostKind): void {
  let ofKind = items.filter((item) => item.kind === kind);
  if (ofKind.some((item) => item.total)) {
    ofKind = ofKind.filter((item) => item.total);
  }
  if (ofKind.length === 0) {
    return;
  }
  const minField: FigureField = kind === 'investment' ? 'investmentMin' : 'recurringPerYearMin';
  const maxField: FigureField = kind === 'investment' ? 'investmentMax' : 'recurringPerYearMax';
  const mins = ofKind.map((item) => item.min);
  const maxes = ofKind.map((item) => item.max);
  if (mins.every((term): term is Term => term !== null)) {
    addEvidence(result, minField, ofKind, mins);
  }
  if (maxes.every((term): term is Term => term !== null)) {
    addEvidence(result, maxField, ofKind, maxes);
  }
}

function detailOf(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > MAX_DETAIL ? `${trimmed.slice(0, MAX_DETAIL)}…` : trimmed;
}

function addWarnings(result: CostsParse, reading: Reading): void {
  const text = result.costs.text;
  for (const item of reading.items) {
    if (item.reversed) {
      result.warnings.push({ code: 'costsMinAboveMax', field: FIELD, detail: text.slice(item.start, item.end) });
    }
  }
  if (reading.items.length === 0 && !result.statedUnknown) {
    result.warnings.push({ code: 'costsNotUnderstood', field: FIELD, detail: detailOf(text) });
    return;
  }
  for (const [start, end] of reading.unassigned.slice(0, MAX_PARTLY_WARNINGS)) {
    result.warnings.push({ code: 'costsPartlyUnderstood', field: FIELD, detail: text.slice(start, end) });
  }
}

function parse(text: string): CostsParse {
  const result: CostsParse = { costs: emptyCosts(text), warnings: [], evidence: [], statedUnknown: false };
  if (!hasLetterOrDigit(text)) {
    return result;
  }
  const tokens = tokenize(text);
  const reading = readItems(tokens);
  result.statedUnknown = reading.items.length === 0 && statesNoFigures(tokens);
  aggregate(result, reading.items, 'investment');
  aggregate(result, reading.items, 'recurring');
  addWarnings(result, reading);
  return result;
}

/**
 * Reads investment and recurring-per-year figures (euros) from a free-text cost estimate.
 * Never throws; the text is kept exactly as given ('' for null or undefined).
 */
export function parseCosts(text: string | null | undefined): CostsParse {
  const source = typeof text === 'string' ? text : '';
  try {
    return parse(source);
  } catch {
    return {
      costs: emptyCosts(source),
      warnings: [{ code: 'costsNotUnderstood', field: FIELD, detail: detailOf(source) }],
      evidence: [],
      statedUnknown: false
    };
  }
}
