/**
 * Statements that a cost text makes instead of figures: there are no separate costs
 * ("Vain henkilöstökustannuksia", "Ei kustannuksia", "Kustannukset sisältyvät ...") or they are
 * not known yet ("Ei vielä tiedossa", "Tarkentuu").
 */
import type { Token } from './costTokens';

const STAFF_COSTS = /^(henkilöstökustannu|henkilöstökulu|henkilöstön?kustannu|personalkostnad|personalkostnader)/;
const ONLY = new Set(['vain', 'ainoastaan', 'pelkästään', 'pelkkää', 'endast', 'enbart', 'only']);
const OWN_WORK = /^(oma|omaa|omana|työ|henkilö|sisäi|egen|eget|egna|intern|staff|personnel|internal|own)/;
const NO = new Set(['ei', 'inga', 'ingen', 'no', 'not', 'inte']);
const COST_NOUN = /^(kustannu|kulu|kostnad|cost|expense)/;
const NO_COST_FILLERS = /^(uusia|lisä|erillisi|suoria|välittömi|ylimääräisi|muita|mitään|ole|aiheudu|aiheuta|synny|tule|tarvita|nya|extra|separata|direkta|några|tillkommande|additional|separate|direct|new|any|there|are)/;
const NOT_KNOWN = /^(tiedossa|tietoa|tiedetä|osata|osaa|arvioitu|arvioitavissa|känt|känd|klart|known|yet)/;
const UNKNOWN_WORDS = /^(tarkentu|tarkenne|selvitetään|selvityksessä|selviää|selviävät|tuntemat|okänt|oklart|preciseras|utreds|unknown|tbd|tbc|sisälty|ingår)/;
const SHORT_ONLY = new Set(['avoin', 'auki', 'open', 'öppen', 'öppet']);
const MAX_LOOKAHEAD = 3;

function wordsOf(tokens: Token[]): string[] {
  return tokens.filter((t) => t.kind === 'word').map((t) => t.lower);
}

function saysOnlyOwnWork(words: string[], i: number): boolean {
  const w = words[i] ?? '';
  if (STAFF_COSTS.test(w)) {
    return true;
  }
  if (!ONLY.has(w)) {
    return false;
  }
  return OWN_WORK.test(words[i + 1] ?? '') || OWN_WORK.test(words[i + 2] ?? '');
}

function saysNoCosts(words: string[], i: number): boolean {
  const w = words[i] ?? '';
  if (COST_NOUN.test(w) && NO.has(words[i + 1] ?? '') && NO_COST_FILLERS.test(words[i + 2] ?? '')) {
    return true;
  }
  if (!NO.has(w)) {
    return false;
  }
  for (let k = i + 1; k <= i + MAX_LOOKAHEAD && k < words.length; k++) {
    const next = words[k] ?? '';
    if (COST_NOUN.test(next)) {
      return true;
    }
    if (!NO_COST_FILLERS.test(next)) {
      return false;
    }
  }
  return false;
}

function saysNotKnown(words: string[], i: number): boolean {
  const w = words[i] ?? '';
  if (UNKNOWN_WORDS.test(w) || (SHORT_ONLY.has(w) && words.length <= 3)) {
    return true;
  }
  if (!(NO.has(w) || w === 'ej')) {
    return false;
  }
  const next = words[i + 1] ?? '';
  const skip = next === 'vielä' || next === 'ole' || next === 'ännu' || next === 'yet' ? 1 : 0;
  return NOT_KNOWN.test(words[i + 1 + skip] ?? '');
}

/** True when the text says there are no separate costs or that they are not known yet. */
export function statesNoFigures(tokens: Token[]): boolean {
  const words = wordsOf(tokens);
  for (let i = 0; i < words.length; i++) {
    if (saysOnlyOwnWork(words, i) || saysNoCosts(words, i) || saysNotKnown(words, i)) {
      return true;
    }
  }
  return false;
}
