import type { Costs } from '../model';
import type { Evidence, WarningCode } from '../warnings';
import { parseCosts } from './parseCosts';

type Figure = number | null;

/** [text, investmentMin, investmentMax, recurringPerYearMin, recurringPerYearMax, statedUnknown, warning codes] */
type Row = [string, Figure, Figure, Figure, Figure, boolean, WarningCode[]];

const NBSP = '\u00a0';
const THIN = '\u2009';
const NARROW = '\u202f';

const ROWS: Row[] = [
  // Decided semantics
  ['5000 – 10000 €', 5000, 10000, null, null, false, []],
  ['20 000 – 50 000 € (suurelta osin hankerahoitusta)', 20000, 50000, null, null, false, []],
  ['+ 50 000 laskettuna 48 kk ajalta', null, null, 12500, 12500, false, []],
  ['noin 8000 €/vuosi', null, null, 8000, 8000, false, []],
  ['8 000 e/v', null, null, 8000, 8000, false, []],
  ['8000 euroa vuodessa', null, null, 8000, 8000, false, []],
  ['vuosittain 8000 €', null, null, 8000, 8000, false, []],
  ['8000 €/a', null, null, 8000, 8000, false, []],
  ['25 000 + 25 000 euroa', 50000, 50000, null, null, false, []],
  ['50 000 - 80 000 vuosittain', null, null, 50000, 80000, false, []],
  [
    'Perustamiskulut 1 000-2 000 euroa. Käyttökustannusarvio 300-500 euroa per kuukausi.',
    1000,
    2000,
    3600,
    6000,
    false,
    []
  ],
  ['Investointikustannus n. 40 000 €', 40000, 40000, null, null, false, []],
  ['Vain henkilöstökustannuksia', null, null, null, null, true, []],
  ['Ei kustannuksia', null, null, null, null, true, []],
  ['Ei vielä tiedossa', null, null, null, null, true, []],
  ['Ei tiedossa', null, null, null, null, true, []],
  ['Tarkentuu', null, null, null, null, true, []],
  // Monthly amounts (× 12)
  ['Pilvipalvelu 300 €/kk', null, null, 3600, 3600, false, []],
  ['Tukipalvelu 300 e/kk', null, null, 3600, 3600, false, []],
  ['Lisenssit 250 euroa per kk', null, null, 3000, 3000, false, []],
  ['kuukausittain noin 400 €', null, null, 4800, 4800, false, []],
  ['Kuukausimaksu 150 €', null, null, 1800, 1800, false, []],
  ['Etäkäyttö 12,50 €/kk', null, null, 150, 150, false, []],
  ['3 000 euro i månaden', null, null, 36000, 36000, false, []],
  ['Sopimus 24 kk, kuukausimaksu 350–450 €', null, null, 4200, 5400, false, []],
  // Scales and separators
  ['Arvio 50 t€', 50000, 50000, null, null, false, []],
  ['noin 40 k€', 40000, 40000, null, null, false, []],
  ['120 tuhatta euroa', 120000, 120000, null, null, false, []],
  ['Hankinta 2 M€', 2000000, 2000000, null, null, false, []],
  ['1,5 milj. €', 1500000, 1500000, null, null, false, []],
  ['Kokonaisuus 1,5 M€', 1500000, 1500000, null, null, false, []],
  ['5-10 t€', 5000, 10000, null, null, false, []],
  ['Laitteisto 40.000 €', 40000, 40000, null, null, false, []],
  [`Palvelimet 12${NBSP}500 €`, 12500, 12500, null, null, false, []],
  [`Kaapelointi 9${THIN}800 €`, 9800, 9800, null, null, false, []],
  [`Koulutus 7${NARROW}300 euroa`, 7300, 7300, null, null, false, []],
  ['Hinta 5000,- €', 5000, 5000, null, null, false, []],
  ['€ 2 500', 2500, 2500, null, null, false, []],
  // Bounds, products, alternatives
  ['alle 5000 €', null, 5000, null, null, false, []],
  ['yli 10 000 €', 10000, null, null, null, false, []],
  ['enintään 20 000 €', null, 20000, null, null, false, []],
  ['5 000 € alkaen', 5000, null, null, null, false, []],
  ['up to 5000 euros per year', null, null, null, 5000, false, []],
  ['2 x 15 000 €', 30000, 30000, null, null, false, []],
  ['Näytöt 15 000 € x 2', 30000, 30000, null, null, false, []],
  ['Lisenssit 3 × 1 200 € vuodessa', null, null, 3600, 3600, false, []],
  ['Joko 5000 € tai 8000 €', 5000, 8000, null, null, false, []],
  ['välillä 3000 ja 6000 euroa', 3000, 6000, null, null, false, []],
  // Spread over a duration
  ['Leasing 100 000 € / 48 kk', null, null, 25000, 25000, false, []],
  ['Sopimus 10 000 € / 3 vuotta', null, null, 3333.33, 3333.33, false, []],
  ['Kustannukset 2 000 – 5 000 euroa vuodessa 3 vuoden ajan', null, null, 2000, 5000, false, []],
  // Several items add up
  ['Laitteet 5 000 €. Asennus 2 000 €.', 7000, 7000, null, null, false, []],
  ['Lisenssit 1 200 €/v. Tuki 100 €/kk.', null, null, 2400, 2400, false, []],
  ['Kertamaksu 2 000 € ja kuukausimaksu 150 €', 2000, 2000, 1800, 1800, false, []],
  ['100 + 200 €/kk', null, null, 3600, 3600, false, []],
  ['Investointi:\n- laitteet 8 000 €\n- asennus 1 500 €\nYlläpito 600 €/v', 9500, 9500, 600, 600, false, []],
  ['Vaihe 1: 10 000 €, vaihe 2: 20 000 €', 30000, 30000, null, null, false, []],
  ['Laitteet 5000 €, asennus 2000 €, yhteensä 7000 €', 7000, 7000, null, null, false, []],
  ['Kustannukset 50 000 €, josta hankerahoitusta 30 000 €', 50000, 50000, null, null, false, []],
  ['Hinta 5000 € + alv 24 %', 5000, 5000, null, null, false, []],
  ['Laitteet 2 000 e. Vuosittain tarkistettava.', 2000, 2000, null, null, false, []],
  // Swedish and English
  ['kostnad 10 000 euro per år', null, null, 10000, 10000, false, []],
  ['årligen 6 000 euro', null, null, 6000, 6000, false, []],
  ['Investering 20 000 euro', 20000, 20000, null, null, false, []],
  ['10 000 euro om året', null, null, 10000, 10000, false, []],
  ['Licence 4000 € p.a.', null, null, 4000, 4000, false, []],
  ['Anskaffning 5 000 euro i år', 5000, 5000, null, null, false, []],
  ['Inga kostnader', null, null, null, null, true, []],
  ['Inte känt ännu', null, null, null, null, true, []],
  ['Not known yet', null, null, null, null, true, []],
  // Numbers that are not amounts
  ['Vuonna 2025 noin 3000 euroa', 3000, 3000, null, null, false, []],
  ['Hanke käynnistyy vuonna 2025.', null, null, null, null, false, ['costsNotUnderstood']],
  ['120 tukiasemaa ja 3 henkilöä', null, null, null, null, false, ['costsNotUnderstood']],
  ['Alennus 30 %', null, null, null, null, false, ['costsNotUnderstood']],
  ['3.2.1 Kustannukset 5000 €', 5000, 5000, null, null, false, []],
  ['Aikataulu 3/2019 – 12/2020, hinta 4000 €', 4000, 4000, null, null, false, []],
  ['1/1/2024-12/31/2024: 6 000 €', 6000, 6000, null, null, false, []],
  ['Tarvitaan 500 lisenssiä', null, null, null, null, false, ['costsNotUnderstood']],
  ['Budjetti 50 000', 50000, 50000, null, null, false, []],
  ['Kulunvalvonta 120 ovelle', null, null, null, null, false, ['costsNotUnderstood']],
  // Warnings
  ['10 000 – 5 000 €', 10000, 5000, null, null, false, ['costsMinAboveMax']],
  ['Käännöstyö 40 euroa sivulta, konsultointi 120 €/h', null, null, null, null, false, ['costsNotUnderstood']],
  ['Hankinta 12 000 €, lisäksi tulkkaus 90 €/tunti', 12000, 12000, null, null, false, ['costsPartlyUnderstood']],
  ['Investointi 10 000 €, ylläpitokustannukset 2 000 €', 10000, 10000, null, null, false, ['costsPartlyUnderstood']],
  ['Hankerahoitus 30 000 €, investointi yhteensä 40 000 €', 40000, 40000, null, null, false, ['costsPartlyUnderstood']],
  ['Ylläpitokustannukset 2 000 €', null, null, null, null, false, ['costsNotUnderstood']],
  ['Säästö 4 000 €/v', null, null, null, null, false, ['costsNotUnderstood']],
  ['36 000 euroa kolmen vuoden ajalta', null, null, null, null, false, ['costsNotUnderstood']],
  ['Ohjelmisto 1,500 €', null, null, null, null, false, ['costsNotUnderstood']],
  ['Ei merkittäviä kustannuksia', null, null, null, null, false, ['costsNotUnderstood']],
  ['Säästöä syntyy, kun vanha palvelin poistuu', null, null, null, null, false, ['costsNotUnderstood']],
  ['Ei vielä tiedossa, ehkä 30 euroa käyttäjää kohden', null, null, null, null, true, ['costsPartlyUnderstood']],
  // Statements without figures
  ['Ei uusia kustannuksia', null, null, null, null, true, []],
  ['Kustannukset sisältyvät ylläpitosopimukseen', null, null, null, null, true, []],
  ['Vain omaa työtä', null, null, null, null, true, []],
  ['Ei vielä tiedossa, karkea arvio 10 000 €', 10000, 10000, null, null, false, []],
  ['0 €', 0, 0, null, null, false, []],
  ['', null, null, null, null, false, []],
  ['   ', null, null, null, null, false, []],
  ['-', null, null, null, null, false, []]
];

const FIGURES = ['investmentMin', 'investmentMax', 'recurringPerYearMin', 'recurringPerYearMax'] as const;

/** Matches numbers as written: "50 000", "40.000", "1,5", "12". */
const NUMBER = /\d{1,3}(?:[ \u00a0\u2009\u202f.]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?/g;

function valueOf(raw: string): number {
  const compact = raw.replace(/[ \u00a0\u2009\u202f]/g, '');
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(compact)) {
    return Number(compact.replace(/\./g, '').replace(',', '.'));
  }
  return Number(compact.replace(',', '.'));
}

interface NoteNumber {
  raw: string;
  operator: string;
}

/** Reads a note such as "50 000 € / 48 kk × 12 + 2 × 300 €/kk × 12": units are ignored. */
function noteTokens(note: string): Array<NoteNumber | string> {
  const cleaned = note.replace(/€\/kk|€\/v|€/g, ' ').replace(/\b(kk|v)\b/g, ' ');
  const tokens: Array<NoteNumber | string> = [];
  const pattern = /(\d{1,3}(?:[ \u00a0\u2009\u202f.]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)|( \/ |×|\+)/g;
  let operator = '';
  for (let match = pattern.exec(cleaned); match !== null; match = pattern.exec(cleaned)) {
    if (match[1] !== undefined) {
      tokens.push({ raw: match[1], operator });
    } else {
      operator = (match[2] ?? '').trim();
      tokens.push(operator);
    }
  }
  return tokens;
}

function evaluateNote(note: string): number {
  let total = 0;
  let term = 0;
  let pending = '+';
  for (const token of noteTokens(note)) {
    if (typeof token === 'string') {
      if (token === '+') {
        total += term;
      }
      pending = token;
      continue;
    }
    const value = valueOf(token.raw);
    term = pending === '+' ? value : pending === '×' ? term * value : term / value;
  }
  return total + term;
}

const CONSTANT_FACTORS = new Set([12, 1000, 1000000]);

function expectEvidenceProvesFigure(text: string, evidence: Evidence, costs: Costs): void {
  expect(text.includes(evidence.source)).toBe(true);
  const field = evidence.field as (typeof FIGURES)[number];
  expect(FIGURES).toContain(field);
  expect(Number(evidence.value)).toBe(costs[field]);
  if (evidence.note === undefined) {
    const written = (evidence.source.match(NUMBER) ?? []).map(valueOf);
    expect(written).toContain(Number(evidence.value));
    return;
  }
  expect(evaluateNote(evidence.note)).toBeCloseTo(Number(evidence.value), 2);
  for (const token of noteTokens(evidence.note)) {
    if (typeof token === 'string') {
      continue;
    }
    const isConstant = token.operator === '×' && CONSTANT_FACTORS.has(valueOf(token.raw));
    if (!isConstant) {
      expect(evidence.source).toContain(token.raw);
    }
  }
}

describe('parseCosts', () => {
  it('has at least 45 expressions in its table', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(45);
  });

  it.each(ROWS)('%j', (text, invMin, invMax, recMin, recMax, statedUnknown, codes) => {
    const result = parseCosts(text);
    expect(result.costs).toEqual({
      text,
      investmentMin: invMin,
      investmentMax: invMax,
      recurringPerYearMin: recMin,
      recurringPerYearMax: recMax
    });
    expect(result.statedUnknown).toBe(statedUnknown);
    expect(result.warnings.map((warning) => warning.code)).toEqual(codes);
  });

  it.each(ROWS)('proves every figure of %j with evidence from the text', (text) => {
    const result = parseCosts(text);
    for (const evidence of result.evidence) {
      expectEvidenceProvesFigure(text, evidence, result.costs);
    }
    for (const field of FIGURES) {
      const proven = result.evidence.filter((evidence) => evidence.field === field);
      expect(proven.length).toBe(result.costs[field] === null ? 0 : 1);
    }
    for (const warning of result.warnings) {
      expect(warning.field).toBe('costs');
      expect(text.includes(warning.detail ?? '')).toBe(true);
    }
  });

  it('explains computations in the evidence notes', () => {
    const monthly = parseCosts('Perustamiskulut 1 000-2 000 euroa. Käyttökustannusarvio 300-500 euroa per kuukausi.');
    expect(monthly.evidence).toContainEqual({
      field: 'recurringPerYearMin',
      value: '3600',
      source: '300-500 euroa per kuukausi',
      note: '300 €/kk × 12'
    });
    const spread = parseCosts('+ 50 000 laskettuna 48 kk ajalta');
    expect(spread.evidence[0]?.note).toBe('50 000 € / 48 kk × 12');
    expect(spread.evidence[0]?.source).toBe('50 000 laskettuna 48 kk ajalta');
    const sum = parseCosts('25 000 + 25 000 euroa');
    expect(sum.evidence[0]).toEqual({ field: 'investmentMin', value: '50000', source: '25 000 + 25 000 euroa', note: '25 000 + 25 000' });
  });

  it('keeps the text exactly as given and treats null and undefined as empty', () => {
    expect(parseCosts(null)).toEqual({ costs: { text: '', investmentMin: null, investmentMax: null, recurringPerYearMin: null, recurringPerYearMax: null }, warnings: [], evidence: [], statedUnknown: false });
    expect(parseCosts(undefined).costs.text).toBe('');
    const padded = '  noin 8000 €/vuosi \n';
    expect(parseCosts(padded).costs.text).toBe(padded);
  });

  it('gives the offending text as the detail of a warning', () => {
    expect(parseCosts('Hankinta 12 000 €, lisäksi tulkkaus 90 €/tunti').warnings).toEqual([
      { code: 'costsPartlyUnderstood', field: 'costs', detail: '90 €/tunti' }
    ]);
    expect(parseCosts('10 000 – 5 000 €').warnings[0]?.detail).toBe('10 000 – 5 000 €');
  });

  it('returns quickly on 100 KB of text', () => {
    const sentence = 'Laitteet 1 000 € ja ylläpito 50 €/kk, vuonna 2025 noin 3 henkilöä 30 %. ';
    const text = sentence.repeat(Math.ceil(100000 / sentence.length));
    const started = Date.now();
    const result = parseCosts(text);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.costs.investmentMin).toBe(1000 * Math.ceil(100000 / sentence.length));
  });

  it.each([
    '<script>alert("5000 €")</script>'.repeat(3000),
    '<img src=x onerror="fetch(`//evil`)">'.repeat(3000),
    '1'.repeat(100000),
    '1 000 '.repeat(20000),
    '€/'.repeat(50000),
    '-'.repeat(100000),
    '((((((((((' + 'a+'.repeat(40000),
    'ei '.repeat(30000),
    '5.'.repeat(50000)
  ])('survives hostile input quickly (%#)', (text) => {
    const started = Date.now();
    expect(() => parseCosts(text)).not.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('never throws on random input', () => {
    const alphabet = '0123456789 €e/kk-–+x.,:%ajv\nEi tiedossa vuosittain noin alle';
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 300; n++) {
      let text = '';
      for (let i = 0; i < 60; i++) {
        text += alphabet[Math.floor(random() * alphabet.length)] ?? '';
      }
      const result = parseCosts(text);
      expect(result.costs.text).toBe(text);
      for (const evidence of result.evidence) {
        expect(text.includes(evidence.source)).toBe(true);
      }
    }
  });
});
