import { actualsByProject } from '../followup/actuals';
import { emptyProject } from '../model';
import { STATUS } from '../vocabulary';
import { addMonths, measurementDue } from './due';
import { draftBenefits, sentences, titleOf } from './drafts';
import type { Benefit, Measurement } from './model';
import { emptyBenefit } from './model';
import { benefitRows, countsByStatusAndType, financialComparison, isEuroUnit, isYearlyUnit, projectsFollowed, statusTypeTable } from './portfolio';
import { progressOf } from './progress';
import { BENEFIT_STATUS, BENEFIT_TYPE } from './vocabulary';

const OWNER = { id: 14, title: 'Hanna Hyötyvastaava', email: null };

function benefit(id: number, fields: Partial<Benefit> = {}): Benefit {
  return { ...emptyBenefit(`Hyöty ${id}`, 1), id, status: BENEFIT_STATUS.realising, ...fields };
}

function measured(benefitId: number, date: string, value: number, id: number | null = null): Measurement {
  return { id, etag: null, benefitId, date, value, note: null, measuredBy: null };
}

describe('progress of a benefit', () => {
  const time = benefit(1, { baseline: 10, target: 3, unit: 'pv' });

  it('follows a target below the baseline: a fall is towards it, and reaching it counts', () => {
    const p = progressOf(time, [measured(1, '2026-06-01', 6), measured(1, '2025-12-01', 8), measured(2, '2026-07-01', 1)]);
    expect(p.series.map((m) => m.value)).toEqual([8, 6]);
    expect(p.direction).toBe('decrease');
    expect(p.share).toBeCloseTo(4 / 7);
    expect(p.trend).toBe('towards');
    expect(p.reached).toBe(false);
    expect(progressOf(time, [measured(1, '2026-06-01', 3)]).reached).toBe(true);
  });

  it('says away when the latest measurement went the wrong way, and flat for no change', () => {
    expect(progressOf(time, [measured(1, '2026-01-01', 6), measured(1, '2026-06-01', 7)]).trend).toBe('away');
    expect(progressOf(time, [measured(1, '2026-01-01', 6), measured(1, '2026-06-01', 6)]).trend).toBe('flat');
    // the first measurement is compared with the baseline
    expect(progressOf(time, [measured(1, '2026-01-01', 12)]).trend).toBe('away');
  });

  it('has no share or direction without a baseline or target, and orders same-day measurements by id', () => {
    const open = benefit(2, { baseline: null, target: 5 });
    const p = progressOf(open, [measured(2, '2026-01-01', 4, 9), measured(2, '2026-01-01', 5, 3)]);
    expect(p.direction).toBeNull();
    expect(p.share).toBeNull();
    expect(p.latest?.value).toBe(4);
    expect(progressOf(open, []).latest).toBeNull();
  });
});

describe('measurement due', () => {
  it('is due when the target date passed without a measurement since', () => {
    const b = benefit(1, { targetDate: '2026-06-30' });
    expect(measurementDue(b, [measured(1, '2026-05-01', 2)], '2026-07-01')).toEqual({ reason: 'targetPassed', since: '2026-06-30' });
    expect(measurementDue(b, [measured(1, '2026-06-30', 2)], '2026-07-01')).toBeNull();
    expect(measurementDue(b, [], '2026-06-29')).toBeNull();
  });

  it('is due when the interval passed since the last measurement, or since the baseline before the first', () => {
    const b = benefit(1, { intervalMonths: 6, baselineDate: '2025-01-31' });
    expect(measurementDue(b, [], '2025-07-30')).toBeNull();
    expect(measurementDue(b, [], '2025-07-31')).toEqual({ reason: 'intervalPassed', since: '2025-07-31' });
    expect(measurementDue(b, [measured(1, '2025-08-15', 1)], '2026-02-14')).toBeNull();
    expect(measurementDue(b, [measured(1, '2025-08-15', 1)], '2026-02-15')).toEqual({ reason: 'intervalPassed', since: '2026-02-15' });
  });

  it('is never due for drafts and closed benefits', () => {
    for (const status of [BENEFIT_STATUS.draft, BENEFIT_STATUS.realised, BENEFIT_STATUS.notRealised]) {
      expect(measurementDue(benefit(1, { status, targetDate: '2020-01-01' }), [], '2026-01-01')).toBeNull();
    }
  });

  it('adds months keeping the day within the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-13-01', 1)).toBeNull();
  });
});

describe('the portfolio of benefits', () => {
  it('puts the owner’s own benefits first, then those due', () => {
    const rows = benefitRows(
      [benefit(1, { title: 'B' }), benefit(2, { title: 'A', targetDate: '2026-01-01' }), benefit(3, { title: 'C', owner: OWNER })],
      [],
      [{ id: 1, number: '2.1' }],
      OWNER.id,
      '2026-06-01'
    );
    expect(rows.map((r) => r.benefit.id)).toEqual([3, 2, 1]);
    expect(rows[0]?.mine).toBe(true);
    expect(rows[1]?.due?.reason).toBe('targetPassed');
  });

  it('counts by status and type, a status the city added as other', () => {
    const counts = countsByStatusAndType([
      benefit(1, { type: BENEFIT_TYPE.financial }),
      benefit(2, { type: BENEFIT_TYPE.timeSaved, status: BENEFIT_STATUS.realised }),
      benefit(3, { type: 'Imagohyöty', status: 'Odottaa' })
    ]);
    expect(counts.byStatus).toMatchObject({ realising: 1, realised: 1, other: 1 });
    expect(counts.byType).toMatchObject({ financial: 1, timeSaved: 1, other: 1 });
    expect(counts.total).toBe(3);
  });

  it('cross-tabulates status and type, listing only the rows and columns that have a benefit', () => {
    const table = statusTypeTable([
      benefit(1, { type: BENEFIT_TYPE.financial }),
      benefit(2, { type: BENEFIT_TYPE.financial }),
      benefit(3, { type: BENEFIT_TYPE.quality, status: BENEFIT_STATUS.realised }),
      benefit(4, { type: null, status: 'Odottaa' })
    ]);
    expect(table.statuses).toEqual(['realising', 'realised', 'other']);
    expect(table.types).toEqual(['financial', 'quality', 'other']);
    expect(table.count('realising', 'financial')).toBe(2);
    expect(table.count('realised', 'financial')).toBe(0);
    expect(table.count('other', 'other')).toBe(1);
    expect(table.totals.total).toBe(4);
  });

  it('keeps a closed project while one of its benefits is open', () => {
    const projects = [
      { ...emptyProject('Valmis, hyöty auki'), id: 1, status: STATUS.done },
      { ...emptyProject('Valmis, hyödyt suljettu'), id: 2, status: STATUS.done },
      { ...emptyProject('Käynnissä'), id: 3, status: STATUS.inProgress },
      { ...emptyProject('Ei hyötyjä'), id: 4, status: STATUS.inProgress }
    ];
    const benefits = [
      benefit(1, { projectId: 1 }),
      benefit(2, { projectId: 2, status: BENEFIT_STATUS.realised }),
      benefit(3, { projectId: 2, status: BENEFIT_STATUS.notRealised }),
      benefit(4, { projectId: 3, status: BENEFIT_STATUS.realised })
    ];
    expect(projectsFollowed(projects, benefits).map((p) => p.id)).toEqual([1, 3]);
  });

  it('recognises euro and yearly units as people write them', () => {
    expect(['€', '€/v', 'eur/vuosi', 'euroa/v', 'EUR/yr'].every(isEuroUnit)).toBe(true);
    expect(['pv', 'kpl/v', '%', null].some(isEuroUnit)).toBe(false);
    expect(['€/v', 'eur/vuosi', '€/år', 'EUR/yr', '€ per year', '€ vuodessa'].every(isYearlyUnit)).toBe(true);
    expect(['€', 'pv'].some(isYearlyUnit)).toBe(false);
  });

  it('compares financial benefits with the costs: payback from the actual investment when known', () => {
    const project = { ...emptyProject('Laskutuksen automaatio'), id: 1, costs: { text: '', investmentMin: 40_000, investmentMax: 60_000, recurringPerYearMin: null, recurringPerYearMax: 5000 } };
    const benefits = [
      benefit(1, { type: BENEFIT_TYPE.financial, unit: '€/v', target: 25_000 }),
      benefit(2, { type: BENEFIT_TYPE.financial, unit: '€', target: 10_000 }),
      benefit(3, { type: BENEFIT_TYPE.timeSaved, unit: 'h/v', target: 900 }),
      benefit(4, { type: BENEFIT_TYPE.financial, unit: '€/v', target: 99_999, status: BENEFIT_STATUS.draft })
    ];
    const estimate = financialComparison(benefits, [measured(1, '2026-05-01', 12_000)], [project], new Map());
    expect(estimate).toEqual([
      { projectId: 1, yearlyTarget: 25_000, yearlyLatest: 12_000, oneOffTarget: 10_000, investmentEstimate: 60_000, recurringEstimate: 5000, actualInvestment: null, paybackYears: 2.5 }
    ]);
    const actuals = actualsByProject([{ id: 1, etag: null, projectId: 1, reportId: null, year: 2025, investment: 30_000, recurring: null, note: null }]);
    expect(financialComparison(benefits, [], [project], actuals)[0]?.paybackYears).toBe(1);
  });

  it('has no payback without an investment figure, rather than paying back at once', () => {
    const project = { ...emptyProject('Y'), id: 1 };
    const row = financialComparison([benefit(1, { type: BENEFIT_TYPE.financial, unit: '€/v', target: 18_000 })], [], [project], new Map())[0];
    expect(row).toMatchObject({ investmentEstimate: null, actualInvestment: null, paybackYears: null, yearlyTarget: 18_000 });
  });

  it('never pays back when the yearly benefit does not exceed the recurring cost', () => {
    const project = { ...emptyProject('X'), id: 1, costs: { text: '', investmentMin: 10_000, investmentMax: null, recurringPerYearMin: 8000, recurringPerYearMax: null } };
    expect(financialComparison([benefit(1, { type: BENEFIT_TYPE.financial, unit: '€/v', target: 8000 })], [], [project], new Map())[0]?.paybackYears).toBeNull();
  });
});

describe('draft benefits from a plan’s text', () => {
  it('takes the sentences that promise something, text only, each once', () => {
    const drafts = draftBenefits([
      {
        source: 'Mikä muuttuu',
        text: 'Järjestelmä otetaan käyttöön keväällä. Laskujen käsittely nopeutuu ja paperilaskut vähenevät. Laskujen käsittely nopeutuu ja paperilaskut vähenevät.\n- Asiakaspalvelu paranee, kun tiedot ovat yhdessä paikassa'
      },
      { source: 'Hyödyt', text: null }
    ]);
    expect(drafts.map((d) => d.description)).toEqual(['Laskujen käsittely nopeutuu ja paperilaskut vähenevät.', 'Asiakaspalvelu paranee, kun tiedot ovat yhdessä paikassa']);
    expect(drafts[0]?.title).toBe('Laskujen käsittely nopeutuu ja paperilaskut vähenevät');
    expect(drafts[0]?.source).toBe('Mikä muuttuu');
  });

  it('shortens a long sentence to a title at a word boundary', () => {
    const long = 'Sähköinen asiointi vähentää asiakkaiden käyntejä palvelupisteissä ja vapauttaa henkilöstön aikaa neuvontaan, ohjaukseen ja vaativampiin tehtäviin koko kaupungissa.';
    const title = titleOf(long);
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('splits at sentence ends and bullets but not inside numbers', () => {
    expect(sentences('Kustannukset 1.5 milj. euroa säästyvät.\n- Toinen hyöty tulee myöhemmin')).toEqual(['Kustannukset 1.5 milj. euroa säästyvät.', 'Toinen hyöty tulee myöhemmin']);
  });
});
