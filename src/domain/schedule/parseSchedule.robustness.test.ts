import { isMonth } from '../months';
import { expectHonestEvidence } from './__tests__/scheduleAssertions';
import { parseSchedule } from './parseSchedule';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS: readonly string[] = [
  '–', '-', '—', ' ', ', ', '. ', '\n', '/', '?', ':', 'Q', 'kevät', 'syksyllä', 'talvi', 'alkaen',
  'mennessä', 'tai', 'jatkuen', 'Vaihe 1:', 'hankinta', 'vuoden', 'alusta', 'n.', 'syyskuusta',
  'joulukuuhun', 'viimeistään', 'vuosittain', 'Avoin', '€', 'kk', '&ndash;', '<p>', '</div>', 'maalis',
  'tammi–', 'våren', 'eller', '1.', 'vuodesta', 'vuoteen'
];

function generate(next: () => number): string {
  let text = '';
  const parts = 1 + Math.floor(next() * 8);
  for (let i = 0; i < parts; i++) {
    const roll = next();
    const year = 2015 + Math.floor(next() * 30);
    const month = Math.floor(next() * 15);
    const day = Math.floor(next() * 34);
    if (roll < 0.2) {
      text += `${month}/${year}`;
    } else if (roll < 0.3) {
      text += `${month}/${String(year).slice(2)}`;
    } else if (roll < 0.4) {
      text += `${day}.${month}.${year}`;
    } else if (roll < 0.48) {
      text += `${month}/${day}/${year}`;
    } else if (roll < 0.58) {
      text += String(year);
    } else if (roll < 0.64) {
      text += `${month}-${1 + Math.floor(next() * 12)}/${year}`;
    } else if (roll < 0.68) {
      text += `Q${month % 6}/${year}`;
    } else if (roll < 0.72) {
      text += String.fromCharCode(Math.floor(next() * 0x3000));
    } else {
      text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
    }
    text += next() < 0.6 ? ' ' : '';
  }
  return text;
}

describe('parseSchedule on generated input', () => {
  const next = random(20240611);
  const inputs = Array.from({ length: 400 }, () => generate(next));

  it('keeps the text, gives valid months and only evidence taken from the text', () => {
    for (const text of inputs) {
      const result = parseSchedule(text);
      const { schedule } = result;
      expect(schedule.text).toBe(text);
      for (const month of [schedule.start, schedule.end, ...schedule.phases.flatMap((p) => [p.start, p.end])]) {
        expect(month === null || isMonth(month)).toBe(true);
      }
      if (schedule.openEnd) {
        expect(schedule.start).not.toBeNull();
        expect(schedule.end).toBeNull();
      }
      for (const warning of result.warnings) {
        expect(warning.code.startsWith('schedule')).toBe(true);
        expect(text.includes(warning.detail ?? '')).toBe(true);
      }
      expectHonestEvidence(text, result);
    }
  });
});

describe('parseSchedule on hostile input', () => {
  const big = (unit: string): string => unit.repeat(Math.ceil(100000 / unit.length));
  const hostile: Array<[string, string]> = [
    ['dates', big('3/2019 – 12/2020, ')],
    ['dashes', big('1-')],
    ['digits', big('1')],
    ['dots', big('1.')],
    ['slashes', big('1/')],
    ['letters', big('a')],
    ['open tags', big('<a')],
    ['unclosed tag', '<' + big('a')],
    ['entities', big('&ndash')],
    ['newlines', big('\n')],
    ['phases', big('Vaihe 1: 1-6/2024\n')],
    ['seasons', big('kevät ')],
    ['quarters', big('Q1–')],
    ['html', big('<script>alert(1)</script> 2020 ')],
    ['impossible', big('13/2020 ')]
  ];

  it.each(hostile)('returns quickly for 100 KB of %s', (name, text) => {
    const started = Date.now();
    const result = parseSchedule(text);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.schedule.text).toBe(text);
    expect(result.warnings.length).toBeLessThanOrEqual(20);
    expectHonestEvidence(text, result);
  });
});
