import type { SchedulePhase } from '../model';
import type { WarningCode } from '../warnings';
import { expectedFlags, expectHonestEvidence, flagsOf } from './__tests__/scheduleAssertions';
import { parseSchedule } from './parseSchedule';

/** [text, start, end, flags that are true (space-separated), phases, warning codes] */
type Row = [string, string | null, string | null, string, SchedulePhase[]?, WarningCode[]?];

function phase(name: string, text: string, start: string | null, end: string | null): SchedulePhase {
  return { name, text, start, end };
}

const ROWS: Row[] = [
  // Month/year ranges, any dash, with or without spaces
  ['3/2019 – 12/2020', '2019-03', '2020-12', ''],
  ['4/2023–12/2023', '2023-04', '2023-12', ''],
  ['1/2023–12/2040', '2023-01', '2040-12', ''],
  ['8/2019 – 03/2020', '2019-08', '2020-03', ''],
  ['09/2019 — 03/2020', '2019-09', '2020-03', ''],
  ['10/2019-4/2020', '2019-10', '2020-04', ''],
  ['6/2020 - 12/2020', '2020-06', '2020-12', ''],
  ['5/2023 &ndash; 8/2023', '2023-05', '2023-08', ''],
  ['3/2024', '2024-03', '2024-03', ''],
  ['3.2024 – 9.2024', '2024-03', '2024-09', ''],
  // Finnish month-range shorthands
  ['2-8/2020', '2020-02', '2020-08', ''],
  ['01 – 10/2020', '2020-01', '2020-10', ''],
  ['8-12/2019', '2019-08', '2019-12', ''],
  ['1 – 6/2020', '2020-01', '2020-06', ''],
  ['1-12/2019 - 12/2020', '2019-01', '2020-12', ''],
  // Years
  ['2020', '2020-01', '2020-12', ''],
  ['2019 – 12/2020', '2019-01', '2020-12', ''],
  ['3/2019 – 2020', '2019-03', '2020-12', ''],
  ['2021-2022', '2021-01', '2022-12', ''],
  ['2020 - 2021', '2020-01', '2021-12', ''],
  ['2020–23', '2020-01', '2023-12', ''],
  ['2019-20', '2019-01', '2020-12', ''],
  ['3/21–12/22', '2021-03', '2022-12', ''],
  ['lukuvuosi 2021/22', '2021-01', '2022-12', ''],
  ['2020 ja 2021', '2020-01', '2021-12', ''],
  ['vuoden 2024 aikana', '2024-01', '2024-12', ''],
  ['vuonna 2024', '2024-01', '2024-12', ''],
  ['vuodesta 2021 vuoteen 2023', '2021-01', '2023-12', ''],
  ['from 2021 to 2023', '2021-01', '2023-12', ''],
  ['från 2021 till 2023', '2021-01', '2023-12', ''],
  // Continuing
  ['1 – 12/2020 jatkuen', '2020-01', '2020-12', 'ongoing'],
  ['jatkuva', null, null, 'ongoing'],
  ['Jatkuvaa', null, null, 'ongoing'],
  ['toistaiseksi', null, null, 'ongoing'],
  ['pysyvä', null, null, 'ongoing'],
  ['tills vidare', null, null, 'ongoing'],
  ['2021 alkaen jatkuva', '2021-01', null, 'ongoing openEnd'],
  ['3/2024 – toistaiseksi', '2024-03', null, 'ongoing openEnd'],
  ['käyttöönotto 12/2020-alkaen, jatkuu 2021', '2020-12', '2021-12', ''],
  // Open end
  ['vuoden 2021 alusta –', '2021-01', null, 'openEnd'],
  ['2021 alkaen', '2021-01', null, 'openEnd'],
  ['1/2024 alkaen', '2024-01', null, 'openEnd'],
  ['alkaen 3/2024', '2024-03', null, 'openEnd'],
  ['3/2024 –', '2024-03', null, 'openEnd'],
  ['vuodesta 2022 lähtien', '2022-01', null, 'openEnd'],
  ['syyskuusta 2021 alkaen', '2021-09', null, 'openEnd'],
  ['1. syyskuuta 2021 alkaen', '2021-09', null, 'openEnd'],
  ['från och med 2022', '2022-01', null, 'openEnd'],
  ['fr.o.m. 3/2022', '2022-03', null, 'openEnd'],
  // End only
  ['31.12.2024 mennessä', null, '2024-12', ''],
  ['2024 loppuun mennessä', null, '2024-12', ''],
  ['vuoden 2025 loppuun mennessä', null, '2025-12', ''],
  ['viimeistään 6/2024', null, '2024-06', ''],
  ['maaliskuun 2024 loppuun mennessä', null, '2024-03', ''],
  ['– 12/2024', null, '2024-12', ''],
  ['senast 2023', null, '2023-12', ''],
  ['till och med 6/2023', null, '2023-06', ''],
  ['t.o.m. 2023', null, '2023-12', ''],
  ['aloitus 1/2024, valmis 6/2025', '2024-01', '2025-06', ''],
  // Known statements
  ['Avoin', null, null, 'uncertain'],
  ['avoin', null, null, 'uncertain'],
  ['Ei vielä tiedossa', null, null, 'uncertain'],
  ['auki', null, null, 'uncertain'],
  ['?', null, null, 'uncertain'],
  ['Aikataulu tarkentuu', null, null, 'uncertain'],
  ['Öppen', null, null, 'uncertain'],
  ['Naantalin osalta käyttöönoton aikataulu on vielä avoin.', null, null, 'uncertain'],
  // Alternatives
  ['9-12/2019 tai 2020', '2019-09', '2020-12', 'alternatives'],
  ['2021 eller 2022', '2021-01', '2022-12', 'alternatives'],
  ['keväällä 2023 tai syksyllä 2023', '2023-03', '2023-11', 'alternatives uncertain'],
  // Phases
  [
    'Selvitystyö 2020, hankinta 2021.',
    '2020-01',
    '2021-12',
    '',
    [
      phase('Selvitystyö', 'Selvitystyö 2020', '2020-01', '2020-12'),
      phase('hankinta', 'hankinta 2021', '2021-01', '2021-12')
    ]
  ],
  [
    'liittymä 2019, kamerat 2020',
    '2019-01',
    '2020-12',
    '',
    [
      phase('liittymä', 'liittymä 2019', '2019-01', '2019-12'),
      phase('kamerat', 'kamerat 2020', '2020-01', '2020-12')
    ]
  ],
  [
    'Vaihe 1: 1-6/2024\nVaihe 2: 7-12/2024',
    '2024-01',
    '2024-12',
    '',
    [
      phase('Vaihe 1', 'Vaihe 1: 1-6/2024', '2024-01', '2024-06'),
      phase('Vaihe 2', 'Vaihe 2: 7-12/2024', '2024-07', '2024-12')
    ]
  ],
  [
    'Vaihe 1: 1-6/2024\r\nVaihe 2: 7-12/2024\r\nVaihe 3: 2025 alkaen',
    '2024-01',
    null,
    'openEnd',
    [
      phase('Vaihe 1', 'Vaihe 1: 1-6/2024', '2024-01', '2024-06'),
      phase('Vaihe 2', 'Vaihe 2: 7-12/2024', '2024-07', '2024-12'),
      phase('Vaihe 3', 'Vaihe 3: 2025 alkaen', '2025-01', null)
    ]
  ],
  [
    'Aikataulu: suunnittelu 2019-20; toteutus 2021-22',
    '2019-01',
    '2022-12',
    '',
    [
      phase('suunnittelu', 'suunnittelu 2019-20', '2019-01', '2020-12'),
      phase('toteutus', 'toteutus 2021-22', '2021-01', '2022-12')
    ]
  ],
  [
    '<p>Määrittely Q1/2024</p><p>Pilotointi Q2–Q3/2024 (arviolta)</p>',
    '2024-01',
    '2024-09',
    'uncertain',
    [
      phase('Määrittely', 'Määrittely Q1/2024', '2024-01', '2024-03'),
      phase('Pilotointi', 'Pilotointi Q2–Q3/2024 (arviolta)', '2024-04', '2024-09')
    ]
  ],
  [
    '1-12/2020 vammaispalvelut. 2020-2021 perhetyö',
    '2020-01',
    '2021-12',
    '',
    [
      phase('vammaispalvelut', '1-12/2020 vammaispalvelut', '2020-01', '2020-12'),
      phase('perhetyö', '2020-2021 perhetyö', '2020-01', '2021-12')
    ]
  ],
  // Quarters and half years
  ['Q4/2021', '2021-10', '2021-12', ''],
  ['Q4 2021', '2021-10', '2021-12', ''],
  ['4Q/2021', '2021-10', '2021-12', ''],
  ['q2/23', '2023-04', '2023-06', ''],
  ['Q1–Q2/2022', '2022-01', '2022-06', ''],
  ['1. kvartaali 2022', '2022-01', '2022-03', ''],
  ['3. neljännes 2023', '2023-07', '2023-09', ''],
  ['Q3/2021–Q2/2022', '2021-07', '2022-06', ''],
  ['vuoden 2022 Q3', '2022-07', '2022-09', ''],
  ['H1/2022', '2022-01', '2022-06', ''],
  // Seasons and parts of a year
  ['kevät 2021', '2021-03', '2021-05', 'uncertain'],
  ['keväällä 2021', '2021-03', '2021-05', 'uncertain'],
  ['Keväälle 2022', '2022-03', '2022-05', 'uncertain'],
  ['keväästä 2024', '2024-03', '2024-05', 'uncertain'],
  ['kesä 2023', '2023-06', '2023-08', 'uncertain'],
  ['kesällä 2023', '2023-06', '2023-08', 'uncertain'],
  ['syksy 2021', '2021-09', '2021-11', 'uncertain'],
  ['syksyllä 2022', '2022-09', '2022-11', 'uncertain'],
  ['Käyttöönotto syksyllä 2022.', '2022-09', '2022-11', 'uncertain'],
  ['syksyyn 2024', '2024-09', '2024-11', 'uncertain'],
  ['talvi 2022', '2021-12', '2022-02', 'uncertain'],
  ['2021 keväällä', '2021-03', '2021-05', 'uncertain'],
  ['vuoden 2023 syksyllä', '2023-09', '2023-11', 'uncertain'],
  ['alkuvuosi 2022', '2022-01', '2022-06', 'uncertain'],
  ['alkuvuodesta 2022', '2022-01', '2022-06', 'uncertain'],
  ['alkuvuoden 2023 aikana', '2023-01', '2023-06', 'uncertain'],
  ['loppuvuosi 2023', '2023-07', '2023-12', 'uncertain'],
  ['2022 loppuvuodesta', '2022-07', '2022-12', 'uncertain'],
  ['loppuvuoden 2024 aikana', '2024-07', '2024-12', 'uncertain'],
  ['vuoden 2024 alussa', '2024-01', '2024-06', 'uncertain'],
  ['våren 2021', '2021-03', '2021-05', 'uncertain'],
  ['hösten 2021', '2021-09', '2021-11', 'uncertain'],
  ['sommaren 2021', '2021-06', '2021-08', 'uncertain'],
  ['i början av 2022', '2022-01', '2022-06', 'uncertain'],
  ['kevätlukukausi 2023', '2023-01', '2023-05', 'uncertain'],
  ['vuoden 2024 alkupuolella', '2024-01', '2024-06', 'uncertain'],
  ['alkukesään 2024 mennessä', null, '2024-07', 'uncertain'],
  ['Kesätyöntekijät 2024', '2024-01', '2024-12', ''],
  ['Toiminnan arviointi 2024', '2024-01', '2024-12', ''],
  ['syksy 2021 – kevät 2022', '2021-09', '2022-05', 'uncertain'],
  ['kevät–syksy 2023', '2023-03', '2023-11', 'uncertain'],
  ['2019 – 2020 keväällä', '2019-01', '2020-05', 'uncertain'],
  ['kevääseen 2024 mennessä', null, '2024-05', 'uncertain'],
  // Month names
  ['syyskuu 2021 – joulukuu 2022', '2021-09', '2022-12', ''],
  ['tammikuussa 2024', '2024-01', '2024-01', ''],
  ['kesäkuusta elokuuhun 2024', '2024-06', '2024-08', ''],
  ['tammi–maaliskuu 2024', '2024-01', '2024-03', ''],
  ['kesä-elokuussa 2025', '2025-06', '2025-08', ''],
  ['lokakuusta 2023 huhtikuuhun 2024', '2023-10', '2024-04', ''],
  ['januari 2022 – mars 2022', '2022-01', '2022-03', ''],
  ['September 2021 – May 2022', '2021-09', '2022-05', ''],
  ['Sept. 2021', '2021-09', '2021-09', ''],
  // Day dates
  ['1.1.2024–31.12.2024', '2024-01', '2024-12', ''],
  ['1.3.2024 – 30.6.2025', '2024-03', '2025-06', ''],
  ['1.3.–30.6.2024', '2024-03', '2024-06', ''],
  ['1/1/2024-12/31/2024', '2024-01', '2024-12', ''],
  ['3/4/2024 - 5/6/2024', '2024-03', '2024-05', ''],
  ['15/3/2024 – 30/6/2024', '2024-03', '2024-06', ''],
  ['2024-03-15 – 2024-09-30', '2024-03', '2024-09', ''],
  ['29.2.2024 mennessä', null, '2024-02', ''],
  // Recurring
  ['vuosittain', null, null, 'recurring'],
  ['joka vuosi', null, null, 'recurring'],
  ['Vuosittainen päivitys', null, null, 'recurring'],
  ['årligen', null, null, 'recurring'],
  ['joka syksy', null, null, 'recurring'],
  ['keväisin', null, null, 'recurring'],
  ['vuosittain keväällä, 2021 alkaen', '2021-03', null, 'recurring openEnd'],
  // Uncertain markers
  ['arviolta 4/2024 – 9/2024', '2024-04', '2024-09', 'uncertain'],
  ['n. 2024', '2024-01', '2024-12', 'uncertain'],
  ['noin 3/2025', '2025-03', '2025-03', 'uncertain'],
  ['alustavasti Q2/2024', '2024-04', '2024-06', 'uncertain'],
  ['2024?', '2024-01', '2024-12', 'uncertain'],
  ['3/2024 – 6/2024, tarkentuu', '2024-03', '2024-06', 'uncertain'],
  ['Arvioitu aikataulu: 3/2024 – 6/2024', '2024-03', '2024-06', 'uncertain'],
  [
    '8-12/2019 Kvarkin II vaiheen aikataulu 2020-2021 on avoin THL:n määrittelyjen vuoksi',
    '2019-08',
    '2021-12',
    'uncertain'
  ],
  // Text around the schedule
  ['Aikataulu: 3/2019 – 12/2020', '2019-03', '2020-12', ''],
  ['Aikataulu:\n4/2023–12/2023', '2023-04', '2023-12', ''],
  ['<div>10/2019 &ndash; 9/2020</div>', '2019-10', '2020-09', ''],
  ['<script>alert(1)</script> 2020', '2020-01', '2020-12', ''],
  ['Tietohallintolaki 906/2019 edellyttää; toteutus 2020', '2020-01', '2020-12', ''],
  ['Hinta 2000 €, toteutus 2021', '2021-01', '2021-12', ''],
  ['24/7-palvelu käyttöön 2022', '2022-01', '2022-12', ''],
  [
    'Valmisteluvaihe vuoden 2019 aikana, kilpailutus vuonna 2020 ja käyttöönotot alkaen vuoden 2023 alusta.',
    '2019-01',
    null,
    'openEnd',
    [
      phase('Valmisteluvaihe', 'Valmisteluvaihe vuoden 2019 aikana', '2019-01', '2019-12'),
      phase('kilpailutus', 'kilpailutus vuonna 2020 ja käyttöönotot alkaen vuoden 2023 alusta', '2020-01', null)
    ]
  ],
  ['Valmistelu 2019, 2020 ja vuoden 2023 alusta.', '2019-01', null, 'openEnd'],
  // Warnings
  ['Toteutus 2-8/2020, käyttöönotto syksyllä', '2020-02', '2020-08', '', undefined, ['schedulePartlyUnderstood']],
  ['kesto 6 kk, alkaa 1/2024', '2024-01', null, 'openEnd', undefined, ['schedulePartlyUnderstood']],
  ['2021, ennen 2025', '2021-01', '2021-12', '', undefined, ['schedulePartlyUnderstood']],
  ['13/2020', null, null, '', undefined, ['scheduleImpossibleDate']],
  ['0/2020', null, null, '', undefined, ['scheduleImpossibleDate']],
  ['32.1.2020', null, null, '', undefined, ['scheduleImpossibleDate']],
  ['31.2.2021', null, null, '', undefined, ['scheduleImpossibleDate']],
  ['29.2.2023', null, null, '', undefined, ['scheduleImpossibleDate']],
  ['13/2020 – 12/2020', null, '2020-12', '', undefined, ['scheduleImpossibleDate']],
  ['0-6/2021', null, '2021-06', '', undefined, ['scheduleImpossibleDate']],
  ['Q5/2021', null, null, '', undefined, ['scheduleImpossibleDate']],
  ['12/2021 – 3/2021', '2021-12', '2021-03', '', undefined, ['scheduleEndBeforeStart']],
  ['2023 – 2021', '2023-01', '2021-12', '', undefined, ['scheduleEndBeforeStart']],
  ['ks. edellä', null, null, '', undefined, ['scheduleNotUnderstood']],
  ['syyskuussa', null, null, '', undefined, ['scheduleNotUnderstood']],
  ['hanke etenee resurssien mukaan', null, null, '', undefined, ['scheduleNotUnderstood']],
  ['vuoden 2021 jälkeen', null, null, '', undefined, ['scheduleNotUnderstood']],
  ['vko 12/2024', null, null, '', undefined, ['scheduleNotUnderstood']],
  ['2020-luvulla', null, null, '', undefined, ['scheduleNotUnderstood']],
  ['viikoilla 12-14/2024 ja 3/2024', '2024-03', '2024-03', '', undefined, ['schedulePartlyUnderstood']],
  ['Q4/2021 – Q1', '2021-10', '2021-03', '', undefined, ['scheduleEndBeforeStart']]
];

/** Rows with every column present (jest passes a `done` callback when a row is shorter than the test's arity). */
const CASES: Array<[string, string | null, string | null, string, SchedulePhase[], WarningCode[]]> = ROWS.map(
  ([text, start, end, flags, phases, warnings]) => [text, start, end, flags, phases ?? [], warnings ?? []]
);

describe('parseSchedule', () => {
  it('has at least 70 schedule expressions in its table', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(70);
  });

  it.each(CASES)('%j', (text, start, end, flags, phases, warnings) => {
    const result = parseSchedule(text);
    const { schedule } = result;
    expect(schedule.text).toBe(text);
    expect({ start: schedule.start, end: schedule.end }).toEqual({ start, end });
    expect(flagsOf(schedule)).toBe(expectedFlags(flags));
    expect(schedule.phases).toEqual(phases);
    expect(result.warnings.map((w) => w.code)).toEqual(warnings);
    for (const warning of result.warnings) {
      expect(warning.field).toBe('schedule');
      expect(text.includes(warning.detail ?? '')).toBe(true);
      expect(warning.detail).not.toBe('');
    }
    expectHonestEvidence(text, result);
  });

  it.each([null, undefined, '', '   ', '\n\t'])('returns an empty schedule without warnings for %j', (text) => {
    const result = parseSchedule(text);
    expect(result.schedule.text).toBe(text ?? '');
    expect(result.schedule.start).toBeNull();
    expect(result.schedule.end).toBeNull();
    expect(flagsOf(result.schedule)).toBe('');
    expect(result.warnings).toEqual([]);
    expect(result.evidence).toEqual([]);
  });

  it('puts the offending text in the warning detail', () => {
    expect(parseSchedule('Toteutus 2-8/2020, käyttöönotto syksyllä').warnings).toEqual([
      { code: 'schedulePartlyUnderstood', field: 'schedule', detail: 'syksyllä' }
    ]);
    expect(parseSchedule('alkaen 13/2020').warnings).toEqual([
      { code: 'scheduleImpossibleDate', field: 'schedule', detail: '13/2020' }
    ]);
    expect(parseSchedule('12/2021 – 3/2021').warnings).toEqual([
      { code: 'scheduleEndBeforeStart', field: 'schedule', detail: '12/2021 – 3/2021' }
    ]);
    expect(parseSchedule(' ks. edellä ').warnings).toEqual([
      { code: 'scheduleNotUnderstood', field: 'schedule', detail: ' ks. edellä ' }
    ]);
  });

  it('gives the source of every month as evidence', () => {
    const result = parseSchedule('Aikataulu: 2-8/2020 – arviolta');
    expect(result.evidence).toEqual([
      { field: 'start', value: '2020-02', source: '2-8/2020', note: 'M-M/YYYY' },
      { field: 'end', value: '2020-08', source: '8/2020', note: 'M/YYYY' }
    ]);
    const phased = parseSchedule('Selvitystyö 2020, hankinta 2021.');
    expect(phased.evidence.map((e) => [e.field, e.value, e.source])).toEqual([
      ['start', '2020-01', '2020'],
      ['end', '2021-12', '2021'],
      ['phase:0.start', '2020-01', '2020'],
      ['phase:0.end', '2020-12', '2020'],
      ['phase:1.start', '2021-01', '2021'],
      ['phase:1.end', '2021-12', '2021']
    ]);
    expect(parseSchedule('vuoden 2021 alusta –').evidence).toEqual([
      { field: 'start', value: '2021-01', source: 'vuoden 2021', note: 'year' }
    ]);
  });

  it('never reads a date out of numbers that are not dates', () => {
    const notDates = ['Windows 906/2019', '50/50', '5000 – 10000 €', '20 000 – 50 000 €', 'versio 3.2.1', 'Q5'];
    for (const text of notDates) {
      const result = parseSchedule(text);
      expect([result.schedule.start, result.schedule.end]).toEqual([null, null]);
      expect(result.evidence).toEqual([]);
    }
  });
});
