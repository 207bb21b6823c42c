import * as strings from 'SalkkuStrings';
import type { Plan } from '../../domain/model';
import { planOptionLabel, planOptions, planPeriodLabel } from './planOptions';


function plan(id: number | null, title: string, periodStart: string | null, periodEnd: string | null): Plan {
  return { id, etag: null, title, organisation: null, periodStart, periodEnd, approvedOn: null, status: null };
}

describe('plan picker options', () => {
  it('put the period before the title', () => {
    expect(planOptionLabel(strings, plan(1, 'Tietohallinnon toimenpidesuunnitelma', '2023-08', '2024-12'))).toBe('2023–2024 · Tietohallinnon toimenpidesuunnitelma');
  });

  it('show one year for a one-year plan and the title alone without a period', () => {
    expect(planPeriodLabel(strings, '2025-01', '2025-12')).toBe('2025');
    expect(planPeriodLabel(strings, '2025-01', null)).toBe('2025');
    expect(planOptionLabel(strings, plan(1, 'TTS', null, null))).toBe('TTS');
  });

  it('list the newest plan first, give the full title as the tooltip and end with all periods', () => {
    const options = planOptions(strings, [plan(1, 'Plan A', '2021-01', '2022-12'), plan(2, 'Plan B', '2023-01', '2024-12'), plan(null, 'Unsaved', '2025-01', '2025-12')]);
    expect(options.map((o) => [o.key, o.text, o.title])).toEqual([
      ['2', '2023–2024 · Plan B', 'Plan B'],
      ['1', '2021–2022 · Plan A', 'Plan A'],
      ['all', 'All periods', undefined]
    ]);
  });
});
