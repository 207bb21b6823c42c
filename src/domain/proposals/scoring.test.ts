import type { Person } from '../model';
import type { ProposalScore, ScoringModel } from './model';
import { DEFAULT_SCORING_MODEL } from './model';
import { roundOne, scoresByProposal, validateModel, weightedScore } from './scoring';

const aino: Person = { id: 11, title: 'Aino Esimerkki', email: null };
const ville: Person = { id: 12, title: 'Ville Malli', email: null };

function score(criterionKey: string, value: number | null, scorer: Person | null = aino, modelVersion = 1): ProposalScore {
  return { proposalId: 7, criterionKey, value, note: null, scorer, modelVersion };
}

/** Two criteria, weights 3 and 1, scale 1–5: easy to compute by hand. */
const small: ScoringModel = {
  version: 2,
  title: 'Pieni malli',
  scale: { min: 1, max: 5 },
  criteria: [
    { key: 'a', name: 'A', description: '', weight: 3 },
    { key: 'b', name: 'B', description: '', weight: 1 }
  ]
};

describe('validateModel', () => {
  it('accepts the default model, whose weights sum to 100', () => {
    expect(validateModel(DEFAULT_SCORING_MODEL)).toEqual([]);
    expect(DEFAULT_SCORING_MODEL.criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    expect(DEFAULT_SCORING_MODEL.criteria.map((c) => c.key)).toEqual(['strategicFit', 'legalObligation', 'benefit', 'riskOfNotDoing', 'urgency', 'feasibility']);
  });

  it('reports a model without criteria', () => {
    expect(validateModel({ ...small, criteria: [] }).map((p) => p.code)).toEqual(['noCriteria']);
  });

  it('reports duplicate and empty keys, negative weights and a scale whose min is not below max', () => {
    const codes = validateModel({
      ...small,
      scale: { min: 5, max: 5 },
      criteria: [
        { key: 'a', name: 'A', description: '', weight: 1 },
        { key: 'a', name: 'A2', description: '', weight: -2 },
        { key: ' ', name: 'Nimetön', description: '', weight: 1 }
      ]
    }).map((p) => p.code);
    expect(codes).toEqual(['invalidScale', 'duplicateKey', 'negativeWeight', 'emptyKey']);
  });

  it('reports weights that are all zero, and a version that is not a positive integer', () => {
    const zero = { ...small, version: 0, criteria: small.criteria.map((c) => ({ ...c, weight: 0 })) };
    expect(validateModel(zero).map((p) => p.code)).toEqual(['invalidVersion', 'zeroWeights']);
    expect(validateModel({ ...small, version: 1.5 }).map((p) => p.code)).toEqual(['invalidVersion']);
  });
});

describe('weightedScore', () => {
  it('normalises to 0–100 by the scale and the weights', () => {
    // a: (5−1)/4 = 1 × 3; b: (3−1)/4 = 0.5 × 1 → 3.5 / 4 = 87.5
    const result = weightedScore(small, [score('a', 5, aino, 2), score('b', 3, aino, 2)]);
    expect(result.total).toBe(87.5);
    expect(result.breakdown.map((c) => [c.key, c.mean, c.contribution])).toEqual([
      ['a', 5, 75],
      ['b', 3, 12.5]
    ]);
    expect(result.complete).toBe(true);
    expect(result.scorers).toBe(1);
  });

  it('gives 0 for every value at the minimum and 100 for every value at the maximum', () => {
    expect(weightedScore(small, [score('a', 1, aino, 2), score('b', 1, aino, 2)]).total).toBe(0);
    expect(weightedScore(small, [score('a', 5, aino, 2), score('b', 5, aino, 2)]).total).toBe(100);
  });

  it('takes the mean of several scorers per criterion', () => {
    const result = weightedScore(small, [score('a', 5, aino, 2), score('a', 2, ville, 2), score('b', 4, ville, 2)]);
    expect(result.breakdown[0]?.mean).toBe(3.5);
    expect(result.breakdown[0]?.values).toBe(2);
    // a: (3.5−1)/4 × 3 = 1.875; b: 0.75 → 2.625 / 4 = 65.625 → 65.6
    expect(result.total).toBe(65.6);
    expect(result.scorers).toBe(2);
  });

  it('counts a scorer\'s corrected value once, the later one', () => {
    const result = weightedScore(small, [score('a', 1, aino, 2), score('a', 5, aino, 2), score('b', 5, aino, 2)]);
    expect(result.breakdown[0]).toMatchObject({ mean: 5, values: 1 });
    expect(result.total).toBe(100);
  });

  it('counts missing criteria as nothing and says the score is incomplete', () => {
    const result = weightedScore(small, [score('b', 5, aino, 2), score('a', null, aino, 2)]);
    expect(result.missing).toEqual(['a']);
    expect(result.complete).toBe(false);
    expect(result.total).toBe(25);
  });

  it('leaves out scores of another model version, out of the scale or of unknown criteria, and counts them', () => {
    const result = weightedScore(small, [
      score('a', 5, aino, 1),
      score('a', 6, ville, 2),
      score('a', Number.NaN, ville, 2),
      score('a', 0, aino, 2),
      score('c', 3, aino, 2),
      score('b', 5, aino, 2)
    ]);
    expect(result).toMatchObject({ otherVersion: 1, outOfScale: 3, unknownCriterion: 1, missing: ['a'], total: 25 });
  });

  it('has no total under an unusable model, and nothing scored gives 0 and incomplete', () => {
    expect(weightedScore({ ...small, scale: { min: 3, max: 1 } }, [score('a', 2, aino, 2)]).total).toBeNull();
    expect(weightedScore({ ...small, criteria: [] }, []).complete).toBe(false);
    const none = weightedScore(DEFAULT_SCORING_MODEL, []);
    expect(none).toMatchObject({ total: 0, complete: false, scorers: 0 });
    expect(none.missing).toHaveLength(6);
  });

  it('weights a zero-weight criterion as nothing but still asks for it', () => {
    const model: ScoringModel = { ...small, criteria: [...small.criteria, { key: 'z', name: 'Z', description: '', weight: 0 }] };
    const result = weightedScore(model, [score('a', 5, aino, 2), score('b', 5, aino, 2)]);
    expect(result.total).toBe(100);
    expect(result.missing).toEqual(['z']);
  });

  it('works with huge weights', () => {
    const model: ScoringModel = { ...small, criteria: small.criteria.map((c) => ({ ...c, weight: c.weight * 1e12 })) };
    expect(weightedScore(model, [score('a', 5, aino, 2), score('b', 3, aino, 2)]).total).toBe(87.5);
  });
});

describe('roundOne', () => {
  it('rounds half up to one decimal even where binary fractions fall short', () => {
    const computed = (3 / 40) * 18; // 1.35 on paper, 1.3499999999999999 in binary
    expect(Math.round(computed * 10) / 10).toBe(1.3); // why plain rounding is not enough
    expect(roundOne(computed)).toBe(1.4);
    expect(roundOne(1.04)).toBe(1);
    expect(roundOne(65.625)).toBe(65.6);
    expect(roundOne(65.65)).toBe(65.7);
    expect(roundOne(100)).toBe(100);
  });
});

describe('scoresByProposal', () => {
  it('groups scores by proposal, keeping their order so a later correction still wins', () => {
    const scores = [score('a', 1, aino, 2), { ...score('a', 4, aino, 2), proposalId: 8 }, score('a', 5, aino, 2)];
    const grouped = scoresByProposal(scores);
    expect([...grouped.keys()]).toEqual([7, 8]);
    expect(grouped.get(7)?.map((s) => s.value)).toEqual([1, 5]);
    expect(scoresByProposal([]).size).toBe(0);
  });
});
