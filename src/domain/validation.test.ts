import { emptyProject } from './model';
import type { Project } from './model';
import { bidiWarnings, costWarnings, DEFAULT_COST_LIMITS, showBidiControls, validateProject } from './validation';

function project(changes: Partial<Project>): Project {
  return { ...emptyProject('Asianhallintajärjestelmän uusiminen'), ...changes };
}

describe('direction controls in short texts', () => {
  it.each([
    ['RLO', '\u202eevil'],
    ['LRE', 'a\u202ab'],
    ['RLE', 'a\u202bb'],
    ['PDF', 'a\u202cb'],
    ['LRO', 'a\u202db'],
    ['LRI', 'a\u2066b'],
    ['RLI', 'a\u2067b'],
    ['FSI', 'a\u2068b'],
    ['PDI', 'a\u2069b']
  ])('flags %s in a title', (_name, title) => {
    expect(validateProject(project({ title }))).toEqual([{ code: 'bidiControl', field: 'title', detail: showBidiControls(title) }]);
  });

  it('flags the unit, number and service area too, and shows the control instead of obeying it', () => {
    const warnings = bidiWarnings(project({ unit: 'Tekniset \u202epalvelut', number: '1.\u20672', serviceArea: 'x\u202d' }));
    expect(warnings.map((w) => w.field)).toEqual(['number', 'unit', 'serviceArea']);
    expect(warnings[1]?.detail).toBe('Tekniset [U+202E]palvelut');
  });

  it('leaves ordinary Finnish and Swedish text and legitimate characters alone', () => {
    const texts = [
      'Sähköinen asiointi – ÄÖÅ äöå',
      'Ärendehantering och e-tjänster för Närpes–Kristinestad',
      'Kirjaston «uusi» verkkopalvelu: 20 000 € – 50 000 €',
      'שלום ja مرحبا',
      'Left\u200eright\u200fmarks and no\u00a0break, soft\u00adhyphen, zero\u200bwidth',
      'Emoji 👩‍💻 ja €'
    ];
    for (const title of texts) {
      expect(validateProject(project({ title, unit: title, serviceArea: title }))).toEqual([]);
    }
  });
});

describe('implausible cost figures', () => {
  const costs = (changes: Partial<Project['costs']>): Project => project({ costs: { ...emptyProject().costs, ...changes } });

  it('accepts figures within the default limits, including the limits themselves', () => {
    expect(costWarnings(costs({ investmentMin: 20_000, investmentMax: DEFAULT_COST_LIMITS.investment, recurringPerYearMax: DEFAULT_COST_LIMITS.recurringPerYear }))).toEqual([]);
    expect(costWarnings(costs({}))).toEqual([]);
  });

  it('flags an investment of 10^12 € and a negative recurring figure, once per kind', () => {
    expect(costWarnings(costs({ investmentMin: 1e12, investmentMax: 2e12, recurringPerYearMin: -5 }))).toEqual([
      { code: 'costImplausible', field: 'costs.investment', detail: '1000000000000 > 10000000' },
      { code: 'costImplausible', field: 'costs.recurring', detail: '-5 < 0' }
    ]);
  });

  it('uses the limits a city sets', () => {
    const limits = { investment: 1_000_000, recurringPerYear: 100_000 };
    expect(costWarnings(costs({ investmentMax: 2_000_000, recurringPerYearMax: 100_000 }), limits).map((w) => w.field)).toEqual(['costs.investment']);
  });
});
