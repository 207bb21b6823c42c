/** The forms' drafts: person-days and weights as typed, keys of new criteria, the weights' shares. */
import { DEFAULT_SCORING_MODEL } from '../../domain/proposals/model';
import { checkDraft, criteriaOf, isSavable, modelDraftOf, parseDecimal, weightShares } from './modelDraft';
import { draftProblems, emptyDraft, parseDays, proposalFromDraft } from './proposalDraft';

describe('proposal draft', () => {
  it('reads person-days with a decimal comma and refuses words and negatives', () => {
    expect(parseDays('')).toBeNull();
    expect(parseDays(' 7,5 ')).toBe(7.5);
    expect(parseDays('1 200')).toBe(1200);
    expect(parseDays('-3')).toBeNaN();
    expect(parseDays('kymmenen')).toBeNaN();
  });

  it('requires a title and the need, and keeps an unread cost text as written', () => {
    expect(draftProblems(emptyDraft())).toEqual({ title: 'required', need: 'required' });
    const proposal = proposalFromDraft({ ...emptyDraft(), title: ' Uusi ', need: 'Tarve', costText: 'ei vielä tiedossa', contactIsMe: false }, { id: 1, title: 'Minä', email: null });
    expect(proposal).toMatchObject({ id: null, title: 'Uusi', contact: null, costs: { text: 'ei vielä tiedossa', investmentMax: null }, status: 'Jätetty' });
  });
});

describe('scoring model draft', () => {
  it('keeps stored keys and gives a new criterion a unique key from its name', () => {
    const draft = modelDraftOf(DEFAULT_SCORING_MODEL);
    draft.criteria.push({ key: null, rowId: 90, name: 'Hyöty', description: '', weight: '5' }, { key: null, rowId: 91, name: 'Käyttäjien tyytyväisyys', description: '', weight: '5' });
    expect(criteriaOf(draft).map((c) => c.key).slice(-3)).toEqual(['feasibility', 'hyoty', 'kayttajienTyytyvaisyys']);
    const again = { ...draft, criteria: [...draft.criteria, { key: null, rowId: 92, name: 'Hyöty!', description: '', weight: '1' }] };
    expect(criteriaOf(again).map((c) => c.key).slice(-1)).toEqual(['hyoty2']);
  });

  it('reads weights with a decimal comma; a weight that is not a number keeps the model from being saved', () => {
    expect(parseDecimal('2,5')).toBe(2.5);
    expect(parseDecimal('paljon')).toBeNaN();
    const draft = modelDraftOf(DEFAULT_SCORING_MODEL);
    expect(isSavable(checkDraft(draft, 2))).toBe(true);
    const bad = { ...draft, criteria: draft.criteria.map((c, i) => (i === 0 ? { ...c, weight: 'paljon' } : c)) };
    const check = checkDraft(bad, 2);
    expect(isSavable(check)).toBe(false);
    expect([...check.badWeights]).toEqual([0]);
  });

  it('gives each weight its share of the sum, and none while a weight is invalid', () => {
    expect(weightShares([{ weight: 1 }, { weight: 3 }])).toEqual([0.25, 0.75]);
    expect(weightShares([{ weight: 0 }, { weight: 0 }])).toEqual([null, null]);
    expect(weightShares([{ weight: -1 }, { weight: 3 }])).toEqual([null, null]);
  });
});
