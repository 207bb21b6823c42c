/**
 * The weighted score of a proposal under an agreed scoring model.
 *
 * Each criterion's value is first placed on the model's scale as a share (v − min) / (max − min),
 * so that a 0–5 model and a 1–10 model give comparable totals; the shares are weighted and the
 * total is expressed as 0–100:
 *
 *   total = Σ wᵢ · (vᵢ − min) / (max − min) / Σ wᵢ · 100
 *
 * Σ wᵢ runs over every criterion of the model, scored or not: a criterion nobody scored adds
 * nothing, so an incomplete score is shown lower rather than inflated by the criteria that happen
 * to be scored (and `complete` says so). When several members score, a criterion's value is the
 * mean of their values.
 *
 * Rounding: the total is computed from unrounded values and rounded once, half up, to one
 * decimal; each criterion's mean and contribution are rounded the same way on their own, so the
 * breakdown can differ from the total by a tenth. Rounding goes through 12 significant digits
 * first so that a computed 1.35 (in binary 1.3499999999999999) rounds to 1.4.
 */
import type { ProposalScore, ScoringModel } from './model';

export type ModelProblemCode =
  | 'noCriteria'
  | 'duplicateKey'
  | 'emptyKey'
  | 'negativeWeight'
  | 'zeroWeights'
  | 'invalidScale'
  | 'invalidVersion';

/** A problem of a scoring model, in the shape of a DomainWarning (code, field, detail). */
export interface ModelProblem {
  code: ModelProblemCode;
  /** "criteria", "scale", "version" or "criteria.<key>". */
  field?: string;
  /** The offending value as text. */
  detail?: string;
}

/** What a model cannot be used with; an empty list means it can score. */
export function validateModel(model: ScoringModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  if (!Number.isInteger(model.version) || model.version < 1) {
    problems.push({ code: 'invalidVersion', field: 'version', detail: String(model.version) });
  }
  const { min, max } = model.scale;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min >= max) {
    problems.push({ code: 'invalidScale', field: 'scale', detail: `${min}–${max}` });
  }
  if (model.criteria.length === 0) {
    problems.push({ code: 'noCriteria', field: 'criteria' });
    return problems;
  }
  const seen = new Set<string>();
  for (const criterion of model.criteria) {
    const key = criterion.key.trim();
    if (key === '') {
      problems.push({ code: 'emptyKey', field: 'criteria', detail: criterion.name });
    } else if (seen.has(key)) {
      problems.push({ code: 'duplicateKey', field: `criteria.${key}`, detail: key });
    }
    seen.add(key);
    if (!Number.isFinite(criterion.weight) || criterion.weight < 0) {
      problems.push({ code: 'negativeWeight', field: `criteria.${key}`, detail: String(criterion.weight) });
    }
  }
  if (model.criteria.every((c) => !(c.weight > 0))) {
    problems.push({ code: 'zeroWeights', field: 'criteria' });
  }
  return problems;
}

/** Half-up rounding to one decimal, stable against binary representation (see the file's note). */
export function roundOne(value: number): number {
  return Math.round(Number((value * 10).toPrecision(12))) / 10;
}

export interface CriterionScore {
  key: string;
  name: string;
  weight: number;
  /** Mean of the scorers' values, rounded to one decimal; null when nobody scored it. */
  mean: number | null;
  /** How many values the mean is of. */
  values: number;
  /** Points this criterion adds to the 0–100 total, rounded to one decimal. */
  contribution: number;
}

export interface WeightedScore {
  /** 0–100, one decimal; null when the model cannot score (see validateModel). */
  total: number | null;
  breakdown: CriterionScore[];
  /** Keys of the criteria nobody scored. */
  missing: string[];
  /** Distinct scorers whose values were used (scores without a scorer count as one). */
  scorers: number;
  /** Every criterion has at least one value and the model is valid. */
  complete: boolean;
  /** Scores given under another model version, left out. */
  otherVersion: number;
  /** Values outside the scale (or not numbers), left out. */
  outOfScale: number;
  /** Scores for a criterion the model does not have, left out. */
  unknownCriterion: number;
}

/** Scorer identity: the person's id, or one shared identity for scores without a scorer. */
function scorerKey(score: ProposalScore): string {
  return score.scorer === null ? 'anonymous' : `id:${score.scorer.id}`;
}

/**
 * The weighted score of one proposal's scores. Pass the proposal's scores only; a scorer who
 * scored the same criterion twice counts once, with the later value in the list (lists are read
 * oldest first), so a corrected score replaces the first one instead of weighing double.
 */
export function weightedScore(model: ScoringModel, scores: readonly ProposalScore[]): WeightedScore {
  const valid = validateModel(model).length === 0;
  const { min, max } = model.scale;
  const criterionKeys = new Set(model.criteria.map((c) => c.key));
  let otherVersion = 0;
  let outOfScale = 0;
  let unknownCriterion = 0;
  /** criterion key → scorer key → value (later wins). */
  const values = new Map<string, Map<string, number>>();
  for (const score of scores) {
    if (score.modelVersion !== model.version) {
      otherVersion++;
      continue;
    }
    if (!criterionKeys.has(score.criterionKey)) {
      unknownCriterion++;
      continue;
    }
    if (score.value === null) {
      continue; // left empty: not scored
    }
    if (!Number.isFinite(score.value) || score.value < min || score.value > max) {
      outOfScale++;
      continue;
    }
    const byScorer = values.get(score.criterionKey) ?? new Map<string, number>();
    byScorer.set(scorerKey(score), score.value);
    values.set(score.criterionKey, byScorer);
  }

  const weightSum = model.criteria.reduce((sum, c) => sum + (c.weight > 0 ? c.weight : 0), 0);
  const scorerKeys = new Set<string>();
  const missing: string[] = [];
  const breakdown: CriterionScore[] = [];
  let total = 0;
  for (const criterion of model.criteria) {
    const byScorer = values.get(criterion.key);
    const list = byScorer ? [...byScorer.values()] : [];
    for (const key of byScorer?.keys() ?? []) {
      scorerKeys.add(key);
    }
    if (list.length === 0) {
      missing.push(criterion.key);
    }
    const mean = list.length === 0 ? null : list.reduce((a, b) => a + b, 0) / list.length;
    const contribution = valid && mean !== null ? (criterion.weight * (mean - min)) / (max - min) / weightSum * 100 : 0;
    total += contribution;
    breakdown.push({
      key: criterion.key,
      name: criterion.name,
      weight: criterion.weight,
      mean: mean === null ? null : roundOne(mean),
      values: list.length,
      contribution: roundOne(contribution)
    });
  }
  return {
    total: valid ? roundOne(total) : null,
    breakdown,
    missing,
    scorers: scorerKeys.size,
    complete: valid && missing.length === 0,
    otherVersion,
    outOfScale,
    unknownCriterion
  };
}

/** Scores grouped by proposal id (list order kept within each), to score many proposals in one pass. */
export function scoresByProposal(scores: readonly ProposalScore[]): Map<number, ProposalScore[]> {
  const grouped = new Map<number, ProposalScore[]>();
  for (const score of scores) {
    const list = grouped.get(score.proposalId) ?? [];
    list.push(score);
    grouped.set(score.proposalId, list);
  }
  return grouped;
}
