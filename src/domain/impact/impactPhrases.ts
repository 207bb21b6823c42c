/**
 * Phrases of impact-assessment answers (Finnish, Swedish, English), matched on the words of a
 * normalised answer. All matching looks at a bounded number of words from the start.
 */

/** Words that turn a no-impact or not-known opening into a description ("Ei vaikutusta, mutta ..."). */
const CONTRAST = new Set(['mutta', 'paitsi', 'kuitenkin', 'lukuunottamatta', 'ottamatta', 'men', 'dock', 'utom', 'but', 'however', 'except']);

/** Words of "no impact" after a negation: "ei vaikutusta", "ei muutoksia", "ei vaikuta", "ei koske". */
const NO_IMPACT_NOUN = /^(vaikutu|vaikuta|muutos|muutok|muutu|koske|sovellu)/;
const NEGATION_FILLERS = new Set(['ole', 'mitään', 'minkäänlaista', 'minkäänlaisia']);
const SWEDISH_NO_IMPACT = /^(inverkan|påverkan|förändring|effekt|konsekvens)/;
const ENGLISH_NO_IMPACT = /^(impact|effect|change|changes|effects|impacts|influence)$/;
/** Whole answers meaning no (impact): "Ei", "Ei ole", "Ingen", "Nej", "None". */
const NO_ANSWERS = new Set(['ei', 'ei ole', 'ei mitään', 'ingen', 'inga', 'nej', 'no', 'none', 'n a', 'not applicable']);
/** Openings meaning no impact, which may be followed by an explanation. */
const NO_IMPACT_OPENINGS = new Set(['påverkar inte', 'ingen inverkan', 'does not affect', 'not affected', 'has no impact', 'has no effect']);

/** Strong not-known openings, which may be followed by any explanation. */
const NOT_KNOWN_AFTER_NEGATION = /^(tietoa|tiedossa|tiedetä|tiedä)$/;
const CAN_WORDS = new Set(['osata', 'osaa', 'voida', 'voi', 'pystytä', 'pysty']);
const SAY_WORDS = /^(sanoa|arvioida|arvioimaan|arvioi)/;
const NOT_KNOWN_OPENINGS = new Set([
  'tuntematon', 'okänt', 'oklart', 'unknown', 'tbd', 'vaikea sanoa', 'vaikea arvioida', 'vaikeaa arvioida', 'inte känt',
  'ej känt', 'inte klart', 'vet ej', 'vet inte', 'not known', 'not yet known', 'to be determined', 'en osaa'
]);
/** Weak not-known words, only in short answers ("Tarkentuu myöhemmin", "Selvitetään"). */
const NOT_KNOWN_SHORT = /^(tarkentu|tarkenne|selvitetään|selvityksessä|selviää|avoin|auki|myöhemmin|utreds|preciseras|tbc|open)/;
const SHORT_ANSWER_WORDS = 4;

/** "Ei arvioitu", "Arvioimatta", "Inte bedömd", "Not assessed". */
const NOT_ASSESSED = new Set(['ei arvioitu', 'ei vielä arvioitu', 'arvioimatta', 'inte bedömd', 'ej bedömd', 'inte bedömt', 'ej bedömt', 'not assessed']);

/** Whole answers that are a level choice ("Vähäinen", "Merkittävä vaikutus"). */
const MINOR = new Set(['vähäinen', 'vähäinen vaikutus', 'liten', 'liten påverkan', 'ringa', 'minor', 'minor impact']);
const SIGNIFICANT = new Set(['merkittävä', 'merkittävä vaikutus', 'betydande', 'betydande påverkan', 'significant', 'significant impact']);

export function hasContrast(words: string[]): boolean {
  return words.some((word) => CONTRAST.has(word));
}

/** Skips an adessive subject: "Hankkeella ei ole vaikutusta" reads as "ei ole vaikutusta". */
function skipSubject(words: string[]): number {
  const first = words[0] ?? '';
  return words[1] === 'ei' && /(lla|llä)$/.test(first) ? 1 : 0;
}

function saysNoImpactFinnish(words: string[], from: number): boolean {
  if (words[from] !== 'ei') {
    return false;
  }
  let k = from + 1;
  while (k < from + 3 && NEGATION_FILLERS.has(words[k] ?? '')) {
    k++;
  }
  return NO_IMPACT_NOUN.test(words[k] ?? '');
}

export function saysNoImpact(words: string[]): boolean {
  const whole = words.join(' ');
  if (NO_ANSWERS.has(whole)) {
    return true;
  }
  if (saysNoImpactFinnish(words, skipSubject(words))) {
    return true;
  }
  const first = words[0] ?? '';
  const second = words[1] ?? '';
  if (NO_IMPACT_OPENINGS.has(`${first} ${second}`) || NO_IMPACT_OPENINGS.has(`${first} ${second} ${words[2] ?? ''}`)) {
    return true;
  }
  if ((first === 'ingen' || first === 'inga') && SWEDISH_NO_IMPACT.test(second)) {
    return true;
  }
  return first === 'no' && ENGLISH_NO_IMPACT.test(second);
}

function notKnownAfterNegation(words: string[]): boolean {
  if (words[0] !== 'ei' && words[0] !== 'en') {
    return false;
  }
  let k = 1;
  if (words[k] === 'vielä' || words[k] === 'ole') {
    k++;
  }
  if (NOT_KNOWN_AFTER_NEGATION.test(words[k] ?? '')) {
    return true;
  }
  if (!CAN_WORDS.has(words[k] ?? '')) {
    return false;
  }
  k++;
  if (words[k] === 'vielä') {
    k++;
  }
  return SAY_WORDS.test(words[k] ?? '');
}

export function saysNotKnown(words: string[]): boolean {
  if (notKnownAfterNegation(words)) {
    return true;
  }
  const one = words[0] ?? '';
  const two = `${one} ${words[1] ?? ''}`;
  const three = `${two} ${words[2] ?? ''}`;
  if (NOT_KNOWN_OPENINGS.has(one) || NOT_KNOWN_OPENINGS.has(two) || NOT_KNOWN_OPENINGS.has(three)) {
    return true;
  }
  return words.length <= SHORT_ANSWER_WORDS && NOT_KNOWN_SHORT.test(one);
}

export function saysNotAssessed(words: string[]): boolean {
  return NOT_ASSESSED.has(words.join(' '));
}

export function statedLevel(words: string[]): 'minor' | 'significant' | null {
  const whole = words.join(' ');
  if (MINOR.has(whole)) {
    return 'minor';
  }
  return SIGNIFICANT.has(whole) ? 'significant' : null;
}
