/** A time-saving benefit of invoice handling for tests: `changes` say what differs. */
import type { Benefit } from '../../src/domain/benefits/model';
import { emptyBenefit } from '../../src/domain/benefits/model';
import { BENEFIT_STATUS, BENEFIT_TYPE } from '../../src/domain/benefits/vocabulary';

export function invoiceBenefit(projectId: number, changes: Partial<Benefit> = {}): Benefit {
  return {
    ...emptyBenefit('Laskujen käsittelyaika lyhenee', projectId),
    description: 'Ostolaskut kierrätetään sähköisesti, eikä paperilaskuja tarvitse skannata.',
    type: BENEFIT_TYPE.timeSaved,
    indicator: 'Laskun käsittelyaika',
    unit: 'pv',
    baseline: 12.5,
    baselineDate: '2026-03-01',
    target: 4,
    targetDate: '2027-12-31',
    responsibleUnit: 'Taloushallinto',
    status: BENEFIT_STATUS.realising,
    intervalMonths: 6,
    ...changes
  };
}
