/**
 * Draft benefits from a plan's free text (issue 21): the sentences of a project's "benefits" and
 * "what changes" passages that promise something (time saved, fewer systems, savings, better
 * service). Text only: no figures are invented, nothing is a benefit until a person confirms it
 * (the drafts are saved with the status "Luonnos").
 */

export interface DraftBenefit {
  /** The sentence, shortened to a title at a word boundary. */
  title: string;
  /** The whole sentence as written. */
  description: string;
  /** Which passage it came from (e.g. the field's label), for the person confirming it. */
  source: string;
}

/** Words that promise a benefit in Finnish, Swedish and English plans (stems). */
const CUES = [
  /hyöty|hyödy(?!n)|hyötyä|hyötyinä/i,
  /sääst/i,
  /nopeu(t|tt)|nopeammin|lyhen/i,
  /tehost|tehokkaam/i,
  /vähen|vähemmän/i,
  /paran(?!n)|parempi|paremmin/i,
  /helpott|helpompi|sujuv/i,
  /automatisoi|poistuu|poistaa tarpeen/i,
  /\bnytta|\bbesparing|\bsnabbare|\bminskar|\bförbättr|\beffektiv/i,
  /\bbenefit|\bsaving|\bfaster|\breduc|\bimprov|\bfewer\b/i
];

const TITLE_MAX = 90;

/** Sentences of a passage: split after . ! ? or at line breaks and list bullets. */
export function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9"“])/u)
    .map((s) => s.replace(/^\s*(?:[-–•*]|\d+[.)])\s+/, '').trim())
    .filter((s) => s.length >= 12);
}

/** A sentence shortened to a title at a word boundary, without its closing full stop. */
export function titleOf(sentence: string): string {
  const plain = sentence.replace(/[.!?]+$/, '').trim();
  if (plain.length <= TITLE_MAX) {
    return plain;
  }
  const cut = plain.slice(0, TITLE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[,;:–-]+$/, '').trim()}…`;
}

/** Draft benefits from labelled passages, in order, each sentence once. */
export function draftBenefits(passages: readonly { source: string; text: string | null }[]): DraftBenefit[] {
  const seen = new Set<string>();
  const drafts: DraftBenefit[] = [];
  for (const passage of passages) {
    for (const sentence of sentences(passage.text ?? '')) {
      const key = sentence.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(key) || !CUES.some((cue) => cue.test(sentence))) {
        continue;
      }
      seen.add(key);
      drafts.push({ title: titleOf(sentence), description: sentence, source: passage.source });
    }
  }
  return drafts;
}
