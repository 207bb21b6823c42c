import { isMeasurementDay, parseMeasurementValue } from './benefitTexts';

describe('a measurement as typed', () => {
  it('reads a decimal comma or point, spaces and a typographic minus', () => {
    expect(parseMeasurementValue('12,5')).toBe(12.5);
    expect(parseMeasurementValue(' 12.5 ')).toBe(12.5);
    expect(parseMeasurementValue('1 200')).toBe(1200);
    expect(parseMeasurementValue('−3')).toBe(-3);
    expect(parseMeasurementValue(',5')).toBe(0.5);
  });

  it('refuses text, two separators and nothing', () => {
    expect(parseMeasurementValue('')).toBeNull();
    expect(parseMeasurementValue('noin 5')).toBeNull();
    expect(parseMeasurementValue('1,2,3')).toBeNull();
    expect(parseMeasurementValue('1e5')).toBeNull();
  });

  it('accepts a real day up to today', () => {
    expect(isMeasurementDay('2026-05-31', '2026-06-01')).toBe(true);
    expect(isMeasurementDay('2026-06-01', '2026-06-01')).toBe(true);
    expect(isMeasurementDay('2026-06-02', '2026-06-01')).toBe(false);
    expect(isMeasurementDay('2026-02-30', '2026-06-01')).toBe(false);
    expect(isMeasurementDay('31.5.2026', '2026-06-01')).toBe(false);
  });
});
