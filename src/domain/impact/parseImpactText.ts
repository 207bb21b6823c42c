/**
 * Classifies an impact-assessment answer written as free text: no impact ("Ei vaikutusta"),
 * not known yet ("Ei osata sanoa vielä"), empty ("-") or a description of the impact. A
 * description has no level: minor or significant is never guessed from a sentence.
 */
import type { ImpactLevel } from '../model';
import { hasContrast, saysNoImpact, saysNotAssessed, saysNotKnown, statedLevel } from './impactPhrases';

export type ImpactTextKind = 'none' | 'unknown' | 'described' | 'empty';

export interface ImpactTextParse {
  kind: ImpactTextKind;
  /** the level this text states; null when the text states none (a described impact has no stated level: never guess minor/significant) */
  level: ImpactLevel | null;
}

const MAX_WORDS = 64;

function isWordChar(c: string): boolean {
  return (c >= '0' && c <= '9') || c.toLowerCase() !== c.toUpperCase();
}

/** Removes markup that rich-text fields may carry ("<p>Ei vaikutusta</p>", "&nbsp;"). */
function stripMarkup(text: string): string {
  return text.replace(/<[^<>]*>/g, ' ').replace(/&(nbsp|#160|#xa0);/gi, ' ');
}

/** The first words of the answer, lower-cased, without punctuation, bullets or markup. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let current = '';
  for (let i = 0; i < text.length && words.length < MAX_WORDS; i++) {
    const c = text[i] ?? '';
    if (isWordChar(c)) {
      current += c;
      continue;
    }
    if (current !== '') {
      words.push(current.toLowerCase());
      current = '';
    }
  }
  if (current !== '' && words.length < MAX_WORDS) {
    words.push(current.toLowerCase());
  }
  return dropListMarker(words, text);
}

/** "a) Ei vaikutusta" and "1. Ei vaikutusta": a leading list letter or number is not part of the answer. */
function dropListMarker(words: string[], text: string): string[] {
  const marker = /^\s*([a-dA-D]|\d{1,2})[).]\s/.exec(text.slice(0, 8));
  return marker !== null && words.length > 1 ? words.slice(1) : words;
}

function classify(text: string): ImpactTextParse {
  const plain = stripMarkup(text);
  const words = wordsOf(plain);
  if (words.length === 0) {
    return plain.includes('?') ? { kind: 'unknown', level: 'unknown' } : { kind: 'empty', level: null };
  }
  if (hasContrast(words)) {
    return { kind: 'described', level: null };
  }
  if (saysNotAssessed(words)) {
    return { kind: 'unknown', level: 'notAssessed' };
  }
  if (saysNotKnown(words)) {
    return { kind: 'unknown', level: 'unknown' };
  }
  if (saysNoImpact(words)) {
    return { kind: 'none', level: 'none' };
  }
  return { kind: 'described', level: statedLevel(words) };
}

/** Answers already classified: the same sentences recur across a plan ("Ei vaikutusta."). */
const classified = new Map<string, ImpactTextParse>();
const MAX_REMEMBERED = 20_000;

/** Classifies an impact answer written as free text. Never throws. */
export function parseImpactText(text: string | null | undefined): ImpactTextParse {
  if (typeof text !== 'string') {
    return { kind: 'empty', level: null };
  }
  const known = classified.get(text);
  if (known) {
    return known;
  }
  let result: ImpactTextParse;
  try {
    result = classify(text);
  } catch {
    result = { kind: 'described', level: null };
  }
  if (classified.size >= MAX_REMEMBERED) {
    classified.clear();
  }
  classified.set(text, result);
  return result;
}

/** The level an impact answer states (= parseImpactText(text).level). */
export function impactLevelOfText(text: string | null | undefined): ImpactLevel | null {
  return parseImpactText(text).level;
}
