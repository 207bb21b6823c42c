/**
 * Finnish case endings that matter for schedules: the elative ("syyskuusta", "keväästä") says
 * "from", the illative ("joulukuuhun", "syksyyn", "vuoteen") says "to". Together they make a
 * range without a dash: "syyskuusta 2021 joulukuuhun 2022".
 */

/** Grammatical role of a word's case ending. */
export type CaseForm = 'plain' | 'from' | 'to';

/** The case form of an inflected (lower-case) Finnish word or word ending. */
export function finnishForm(lower: string): CaseForm {
  if (lower.endsWith('sta') || lower.endsWith('stä')) {
    return 'from';
  }
  if (lower.endsWith('hun') || lower.endsWith('een') || lower.endsWith('yyn') || lower.endsWith('kesään')) {
    return 'to';
  }
  return 'plain';
}
