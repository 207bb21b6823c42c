import { invoiceBenefit } from '../../../../test/support/benefit';
import { itemAsRead } from '../../../../test/support/itemAsRead';
import type { Benefit, Measurement } from '../../../domain/benefits/model';
import type { DomainWarning } from '../../../domain/warnings';
import { BENEFITS_LIST, MEASUREMENTS_LIST } from '../schema/benefitLists';
import { BENEFIT_CODECS, benefitFromItem, benefitToItem, measurementFromItem, measurementToItem } from './benefitMapping';

const benefit: Benefit = invoiceBenefit(41, { owner: { id: 7, title: '', email: null } });

const measurement: Measurement = {
  id: null,
  etag: null,
  benefitId: 9,
  date: '2027-03-31',
  value: 8.5,
  note: 'Kevään otos, 200 laskua.',
  measuredBy: { id: 3, title: '', email: null }
};

describe('benefit mapping', () => {
  it('has a codec for every field of the Benefits list', () => {
    expect(Object.keys(BENEFIT_CODECS).sort()).toEqual(BENEFITS_LIST.fields.map((f) => f.name).sort());
  });

  it('writes exactly the list\'s columns (lookups and people as <Name>Id) and reads back what it wrote', () => {
    const out = benefitToItem(benefit);
    expect(Object.keys(out).map((k) => k.replace(/Id$/, '')).sort()).toEqual(BENEFITS_LIST.fields.map((f) => f.name).sort());
    expect(out).toMatchObject({ ProjectId: 41, BenefitOwnerId: 7, BaselineValue: 12.5, TargetDate: '2027-12-31T12:00:00Z', StatusReason: null });
    const read = benefitFromItem({ ...itemAsRead(out, 9), Modified: '2026-12-06T10:00:00Z' });
    expect(read.issues).toEqual([]);
    expect(read.benefit).toEqual({ ...benefit, id: 9, etag: '"1"', modified: '2026-12-06T10:00:00Z' });
  });

  it('keeps a type or status the city added as written, and reports what it cannot read without losing the text', () => {
    const out = { ...benefitToItem(benefit), BenefitType: 'Ympäristö', BenefitStatus: 'Jäädytetty', TargetValue: 'noin puolet', BaselineDate: 'ensi keväänä' };
    const read = benefitFromItem(itemAsRead(out, 9));
    expect(read.benefit).toMatchObject({ type: 'Ympäristö', status: 'Jäädytetty', target: null, baselineDate: null, baseline: 12.5 });
    expect(read.issues).toEqual([
      { code: 'invalidDate', field: 'BaselineDate', detail: 'ensi keväänä' },
      { code: 'invalidNumber', field: 'TargetValue', detail: 'noin puolet' }
    ]);
  });

  it('reports a benefit without its title or project', () => {
    const read = benefitFromItem(itemAsRead({ ...benefitToItem(benefit), Title: '', ProjectId: null }, 9));
    expect(read.issues.map((i) => i.code).sort()).toEqual(['missingTitle', 'missingValue']);
  });

  it('writes a measurement with its day as the title and reads it back; one without a number is listed with the text, not used', () => {
    const out = measurementToItem(measurement);
    expect(Object.keys(out).map((k) => k.replace(/Id$/, '')).sort()).toEqual(MEASUREMENTS_LIST.fields.map((f) => f.name).sort());
    expect(out.Title).toBe('2027-03-31');
    expect(measurementFromItem(itemAsRead(out, 4))).toEqual({ ...measurement, id: 4, etag: '"1"' });
    const issues: DomainWarning[] = [];
    expect(measurementFromItem(itemAsRead({ ...out, MeasuredValue: 'n. 8' }, 5), issues)).toBeNull();
    expect(issues).toEqual([
      { code: 'invalidNumber', field: 'MeasuredValue', detail: 'n. 8' },
      { code: 'missingValue', field: 'MeasuredValue', detail: 'a measurement without its benefit, day or value' }
    ]);
    expect(measurementFromItem(itemAsRead({ ...out, BenefitId: null }, 6))).toBeNull();
  });
});
