/**
 * Words of cost estimates (Finnish, Swedish, English): currencies, scales, periods and the
 * keywords that tell what an amount is. Only anchored, linear regular expressions on single
 * words are used.
 */
import type { Token } from './costTokens';

export type Period = 'year' | 'month';

/** What a keyword written before or after an amount says about it. */
export type CostKeyword =
  | 'yearly'
  | 'monthly'
  | 'investment'
  | 'recurringUnknown'
  | 'saving'
  | 'funding'
  | 'breakdown'
  | 'total';

export type BoundKind = 'upper' | 'lower';

const CURRENCY_WORDS = new Set([
  'e', 'eur', 'euro', 'euroa', 'euroja', 'euron', 'euros', 'euroina', 'eurolla', 'euroon', 'eurot', 'eurosta',
  'euroilla', 'euroissa', 'euroihin', 'euroksi'
]);

export function isCurrency(token: Token | undefined): boolean {
  if (token === undefined) {
    return false;
  }
  return (token.kind === 'sym' && token.lower === '€') || (token.kind === 'word' && CURRENCY_WORDS.has(token.lower));
}

export interface ScaleWord {
  factor: number;
  /** The word itself says euros ("keur"). */
  impliesCurrency: boolean;
  /** A single letter that is a scale only directly before a currency ("t€", "M€"). */
  needsCurrency: boolean;
}

const SCALE_WORDS: Readonly<Record<string, ScaleWord>> = {
  t: { factor: 1000, impliesCurrency: false, needsCurrency: true },
  k: { factor: 1000, impliesCurrency: false, needsCurrency: true },
  m: { factor: 1000000, impliesCurrency: false, needsCurrency: true },
  teur: { factor: 1000, impliesCurrency: true, needsCurrency: false },
  keur: { factor: 1000, impliesCurrency: true, needsCurrency: false },
  meur: { factor: 1000000, impliesCurrency: true, needsCurrency: false },
  tuhatta: { factor: 1000, impliesCurrency: false, needsCurrency: false },
  tuh: { factor: 1000, impliesCurrency: false, needsCurrency: false },
  tusen: { factor: 1000, impliesCurrency: false, needsCurrency: false },
  thousand: { factor: 1000, impliesCurrency: false, needsCurrency: false },
  milj: { factor: 1000000, impliesCurrency: false, needsCurrency: false },
  miljoona: { factor: 1000000, impliesCurrency: false, needsCurrency: false },
  miljoonaa: { factor: 1000000, impliesCurrency: false, needsCurrency: false },
  miljoner: { factor: 1000000, impliesCurrency: false, needsCurrency: false },
  miljon: { factor: 1000000, impliesCurrency: false, needsCurrency: false },
  million: { factor: 1000000, impliesCurrency: false, needsCurrency: false },
  millions: { factor: 1000000, impliesCurrency: false, needsCurrency: false },
  mn: { factor: 1000000, impliesCurrency: false, needsCurrency: false }
};

export function scaleWord(token: Token | undefined): ScaleWord | undefined {
  if (token === undefined || token.kind !== 'word' || !Object.prototype.hasOwnProperty.call(SCALE_WORDS, token.lower)) {
    return undefined;
  }
  return SCALE_WORDS[token.lower];
}

const MONTH_UNITS = new Set([
  'kk', 'kuukausi', 'kuukaudessa', 'kuukaus', 'kuu', 'kuussa', 'kuukaudelta', 'mån', 'månad', 'månaden', 'month', 'mo',
  'mth', 'kuukautta'
]);
const YEAR_UNITS = new Set(['v', 'vuosi', 'vuodessa', 'vuosittain', 'a', 'år', 'året', 'year', 'yr', 'y', 'annum', 'vuoden']);

/** A period word written after "/" or "per" ("€/kk", "per vuosi", "per år"). */
export function periodUnit(token: Token | undefined): Period | undefined {
  if (token === undefined || token.kind !== 'word') {
    return undefined;
  }
  if (MONTH_UNITS.has(token.lower)) {
    return 'month';
  }
  return YEAR_UNITS.has(token.lower) ? 'year' : undefined;
}

const DURATION_MONTHS = new Set([
  'kk', 'kk:n', 'kk:lle', 'kk:ksi', 'kuukautta', 'kuukauden', 'kuukaudelle', 'kuukaudeksi', 'månader', 'månaders', 'months',
  'mån'
]);
const DURATION_YEARS = new Set(['vuotta', 'vuoden', 'vuodelle', 'vuodeksi', 'år', 'års', 'years', 'v']);

/** Months in one unit of a duration written after a count ("48 kk", "4 vuoden"), if it is one. */
export function durationMonths(token: Token | undefined): number | undefined {
  if (token === undefined || token.kind !== 'word') {
    return undefined;
  }
  if (DURATION_MONTHS.has(token.lower)) {
    return 1;
  }
  return DURATION_YEARS.has(token.lower) ? 12 : undefined;
}

/** Words that close a spread: "48 kk ajalta", "4 vuoden aikana". */
const SPREAD_CLOSERS = /^(ajalta|ajaksi|aikana|aikaa|jaksolta|jaksolle|kaudelta|kaudelle|sopimuskaudelta|periodilta)$/;
/** Words that open a spread: "laskettuna 48 kk ajalta", "för 48 månader", "over 4 years". */
const SPREAD_OPENERS = /^(laskettuna|jaettuna|för|över|over|during|for|yhteensä)$/;

export function isSpreadCloser(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && SPREAD_CLOSERS.test(token.lower);
}

export function isSpreadOpener(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && SPREAD_OPENERS.test(token.lower);
}

const YEARLY = /^(vuosittai|vuotui|vuosikustannu|vuosikulu|vuosimaks|vuosilisenssi|vuosihin|vuosiveloitu|årlig|årsavgift|årskostnad|annual|yearly)/;
const YEARLY_EXACT = new Set(['vuodessa', 'annually', 'årligen']);
const MONTHLY = /^(kuukausittai|kuukausimaks|kuukausikustannu|kuukausikulu|kuukausihin|kuukausiveloitu|kuukausilaskutu|kuukausivuokra|månadsvis|månatlig|månadsavgift|månadskostnad|monthly)/;
const MONTHLY_EXACT = new Set(['kuukaudessa', 'kuussa']);
const INVESTMENT = /^(investoin|kertakustannu|kertamaks|kertakulu|kertaluontei|kertaerä|perustamis|hankint|käyttöönot|toteutus|asennu|aloitus|engångs|investering|anskaffning|etablering|one-off|one-time|setup|implementation|purchase|capex)/;
const RECURRING_UNKNOWN = /^(jatkuv|ylläpi|käyttökustannu|käyttökulu|käyttömaks|palvelumaks|lisenssimaks|tukimaks|toistuv|löpande|drifts|underhåll|licensavgift|running|ongoing|recurring|maintenance|subscription)/;
const SAVING = /^(säästö|säästy|säästä|besparing|inbesparing|saving)/;
const FUNDING = /(rahoitu|avustu|bidrag|finansier|funding|grant)/;
const BREAKDOWN = new Set(['josta', 'joista', 'mistä', 'varav', 'sisältäen', 'including']);
const TOTAL = /^(yhteensä|kokonais|kaikkiaan|totalt|sammanlagt|total|kokonaisuudessaan)/;

/** The keyword a single word is, if any. */
export function keywordOf(token: Token | undefined): CostKeyword | undefined {
  if (token === undefined || token.kind !== 'word') {
    return undefined;
  }
  const w = token.lower;
  if (BREAKDOWN.has(w)) {
    return 'breakdown';
  }
  if (SAVING.test(w)) {
    return 'saving';
  }
  if (FUNDING.test(w)) {
    return 'funding';
  }
  if (YEARLY_EXACT.has(w) || YEARLY.test(w)) {
    return 'yearly';
  }
  if (MONTHLY_EXACT.has(w) || MONTHLY.test(w)) {
    return 'monthly';
  }
  if (RECURRING_UNKNOWN.test(w)) {
    return 'recurringUnknown';
  }
  if (TOTAL.test(w)) {
    return 'total';
  }
  return INVESTMENT.test(w) ? 'investment' : undefined;
}

const UPPER_BOUND = new Set(['alle', 'enintään', 'korkeintaan', 'max', 'maks', 'maksimissaan', 'maksimi', 'under', 'högst', 'below']);
const LOWER_BOUND = new Set(['yli', 'vähintään', 'min', 'minimissään', 'över', 'minst', 'over', 'alkaen', 'från']);
const UPPER_BOUND_PAIRS = new Set(['upp till', 'up to', 'less than', 'at most']);
const LOWER_BOUND_PAIRS = new Set(['at least', 'more than']);

/**
 * A bound written before an amount ("alle 5000 €", "yli 10 000 €", "up to 5000 €"), with the
 * number of words it takes (1 or 2).
 */
export function boundBefore(previous: Token | undefined, beforePrevious: Token | undefined): { kind: BoundKind; words: number } | undefined {
  if (previous === undefined || previous.kind !== 'word') {
    return undefined;
  }
  const pair = beforePrevious !== undefined && beforePrevious.kind === 'word' ? `${beforePrevious.lower} ${previous.lower}` : '';
  if (UPPER_BOUND_PAIRS.has(pair)) {
    return { kind: 'upper', words: 2 };
  }
  if (LOWER_BOUND_PAIRS.has(pair)) {
    return { kind: 'lower', words: 2 };
  }
  if (UPPER_BOUND.has(previous.lower)) {
    return { kind: 'upper', words: 1 };
  }
  return LOWER_BOUND.has(previous.lower) ? { kind: 'lower', words: 1 } : undefined;
}

const LOWER_BOUND_AFTER = new Set(['alkaen', 'ylöspäin', 'uppåt']);
const UPPER_BOUND_AFTER = new Set(['asti', 'saakka']);

/** A bound written after an amount ("5000 € alkaen", "5000 euroon asti"). */
export function boundAfter(token: Token | undefined): BoundKind | undefined {
  if (token === undefined || token.kind !== 'word') {
    return undefined;
  }
  if (LOWER_BOUND_AFTER.has(token.lower)) {
    return 'lower';
  }
  return UPPER_BOUND_AFTER.has(token.lower) ? 'upper' : undefined;
}

const APPROXIMATORS = new Set([
  'noin', 'n', 'arviolta', 'arvioitu', 'arvio', 'luokkaa', 'suunnilleen', 'ca', 'c', 'cirka', 'ungefär', 'omkring',
  'about', 'approx', 'approximately', 'around', 'circa', 'est', 'estimated'
]);

export function isApproximator(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && APPROXIMATORS.has(token.lower);
}

/** Connectors of a range: "5000 – 10000", "5000 tai 8000", "5000 to 10000". */
export function rangeConnector(token: Token | undefined): 'dash' | 'alternative' | 'between' | undefined {
  if (token === undefined) {
    return undefined;
  }
  if (token.kind === 'sym' && (token.lower === '-' || token.lower === '…')) {
    return 'dash';
  }
  if (token.kind !== 'word') {
    return undefined;
  }
  if (token.lower === 'tai' || token.lower === 'eller' || token.lower === 'or') {
    return 'alternative';
  }
  if (token.lower === 'to' || token.lower === 'till') {
    return 'dash';
  }
  return token.lower === 'ja' || token.lower === 'och' || token.lower === 'and' ? 'between' : undefined;
}

const BETWEEN = new Set(['välillä', 'mellan', 'between', 'väliltä']);

export function isBetweenWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && BETWEEN.has(token.lower);
}

/** Multiplication signs of "2 x 15 000 €". */
export function isTimes(token: Token | undefined): boolean {
  if (token === undefined) {
    return false;
  }
  if (token.kind === 'sym') {
    return token.lower === '×' || token.lower === '*';
  }
  return token.kind === 'word' && (token.lower === 'x' || token.lower === 'kertaa' || token.lower === 'á' || token.lower === 'à');
}

const RATE_NOUNS = /^(sivu|sivulta|sivua|tunti|tunnilta|tunnissa|tunnin|h|hlö|henkilö|henkilöltä|henkilöä|käyttäjä|käyttäjältä|käyttäjää|kpl|kappale|kappaleelta|laite|laitteelta|laitetta|päivä|päivässä|pv|viikko|viikossa|vko|sida|timme|timmen|användare|page|hour|user|unit|piece|day|week)$/;

/** A noun of a unit price ("30 euroa sivu", "150 €/tunti", "5 € per käyttäjä"). */
export function isRateNoun(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && RATE_NOUNS.test(token.lower);
}

export function isPerWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && (token.lower === 'per' || token.lower === 'kohden' || token.lower === 'kohti');
}

export function isPercent(token: Token | undefined): boolean {
  if (token === undefined) {
    return false;
  }
  if (token.kind === 'sym') {
    return token.lower === '%' || token.lower === '‰';
  }
  return token.kind === 'word' && /^(prosent|procent|percent|%)/.test(token.lower);
}

const CONJUNCTIONS = new Set(['ja', 'sekä', 'tai', 'eli', 'och', 'eller', 'and', 'or', 'plus', 'lisäksi', 'samt']);

export function isConjunction(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && CONJUNCTIONS.has(token.lower);
}

/** Words a bare number may be followed by and still be an amount ("Budjetti 50 000 ja ..."). */
const BARE_FOLLOWERS = new Set(['alv', 'sis', 'ilman', 'exkl', 'inkl', 'moms', 'vat', 'netto', 'brutto']);

export function isBareFollower(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && BARE_FOLLOWERS.has(token.lower);
}

/**
 * Cost words that make a bare number an amount: kustannus, kulut, hinta, investointi, euroa,
 * €, e, budjetti, maksu, rahoitus (and their Swedish and English counterparts).
 */
const COST_WORD = /(kustannu|investoin|budjet|rahoitu|maksu|maksa|hinta|hinna|kostnad|investering|avgift|budget|cost|price|fee)/;
const COST_WORD_ENDING = /kulu(t|ja|jen|ihin|issa|ina|a)?$/;

export function isCostWord(token: Token | undefined): boolean {
  if (token === undefined) {
    return false;
  }
  if (isCurrency(token)) {
    return true;
  }
  return token.kind === 'word' && (COST_WORD.test(token.lower) || COST_WORD_ENDING.test(token.lower) || token.lower === 'pris');
}

/** Words before a number that make it a label, not an amount ("Vaihe 2", "kohta 3"). */
const LABELS = new Set(['vaihe', 'vaiheen', 'kohta', 'luku', 'nro', 'numero', 'versio', 'liite', 'pykälä', 'fas', 'steg', 'phase', 'step', 'version', 'vuonna', 'vuosi', 'vuoden', 'vuosina', 'år', 'året', 'year']);

export function isLabelWord(token: Token | undefined): boolean {
  return token !== undefined && ((token.kind === 'word' && LABELS.has(token.lower)) || (token.kind === 'sym' && (token.lower === '§' || token.lower === '#')));
}
