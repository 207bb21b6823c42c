/**
 * The scoring-model editor's content as typed, and the next version it becomes. A criterion's key
 * never changes once made (scores refer to it); a new criterion gets a key from its name, unique
 * within the model. Weights and the scale are typed as text ("2,5" reads as 2.5).
 */
import type { ScoringCriterion, ScoringModel } from '../../domain/proposals/model';
import type { ModelProblem } from '../../domain/proposals/scoring';
import { validateModel } from '../../domain/proposals/scoring';

export interface CriterionDraft {
  /** The stored key; null for a criterion added in this edit. */
  key: string | null;
  /** Tells rows apart in the editor (also for new ones). */
  rowId: number;
  name: string;
  description: string;
  weight: string;
}

export interface ModelDraft {
  title: string;
  min: string;
  max: string;
  criteria: CriterionDraft[];
}

export function modelDraftOf(model: ScoringModel): ModelDraft {
  return {
    title: model.title,
    min: String(model.scale.min),
    max: String(model.scale.max),
    criteria: model.criteria.map((c, i) => ({ key: c.key, rowId: i, name: c.name, description: c.description, weight: String(c.weight) }))
  };
}

/** A number as typed (decimal comma or point, optional minus); NaN when it is not one. */
export function parseDecimal(text: string): number {
  const compact = text.trim().replace(/\s/g, '').replace(',', '.').replace('−', '-');
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

/** A key from a name: ASCII letters and digits in camel case ("Tietoturva ja riskit" → "tietoturvaJaRiskit"). */
function keyFromName(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  const key = words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return /^[a-z]/.test(key) ? key : `criterion${key}`;
}

/** The criteria as the model will store them; new criteria get unique keys. */
export function criteriaOf(draft: ModelDraft): ScoringCriterion[] {
  const taken = new Set(draft.criteria.flatMap((c) => (c.key === null ? [] : [c.key])));
  return draft.criteria.map((c) => {
    let key = c.key;
    if (key === null) {
      const base = keyFromName(c.name);
      key = base;
      for (let n = 2; taken.has(key); n++) {
        key = `${base}${n}`;
      }
      taken.add(key);
    }
    return { key, name: c.name.trim(), description: c.description.trim(), weight: parseDecimal(c.weight) };
  });
}

export interface DraftCheck {
  /** The model to save (version: the next one). */
  model: ScoringModel;
  /** Rows without a name, by rowId. */
  unnamed: Set<number>;
  /** Rows whose weight is not a number, by rowId. */
  badWeights: Set<number>;
  badMin: boolean;
  badMax: boolean;
  /** The domain's own problems of the model. */
  problems: ModelProblem[];
}

export function checkDraft(draft: ModelDraft, nextVersion: number): DraftCheck {
  const model: ScoringModel = { version: nextVersion, title: draft.title, scale: { min: parseDecimal(draft.min), max: parseDecimal(draft.max) }, criteria: criteriaOf(draft) };
  return {
    model,
    unnamed: new Set(draft.criteria.filter((c) => c.name.trim() === '').map((c) => c.rowId)),
    badWeights: new Set(draft.criteria.filter((c) => Number.isNaN(parseDecimal(c.weight))).map((c) => c.rowId)),
    badMin: Number.isNaN(model.scale.min),
    badMax: Number.isNaN(model.scale.max),
    problems: validateModel(model)
  };
}

export function isSavable(check: DraftCheck): boolean {
  return check.unnamed.size === 0 && check.badWeights.size === 0 && !check.badMin && !check.badMax && check.problems.length === 0;
}

/** Each weight's share of the sum (0–1), null while the weights are not all numbers ≥ 0 with a positive sum. */
export function weightShares(criteria: readonly Pick<ScoringCriterion, 'weight'>[]): (number | null)[] {
  const valid = criteria.every((c) => Number.isFinite(c.weight) && c.weight >= 0);
  const sum = criteria.reduce((s, c) => s + (Number.isFinite(c.weight) ? c.weight : 0), 0);
  return criteria.map((c) => (valid && sum > 0 ? c.weight / sum : null));
}
