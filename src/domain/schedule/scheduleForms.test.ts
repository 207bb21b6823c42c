/**
 * Schedule forms that an import of an unseen plan read wrongly (issue 17): what the months come
 * from (evidence), the phases' own texts and the document's own seasons. The results of every
 * form are also listed, and tested, in VOCABULARY.md.
 */
import { parseSchedule } from './parseSchedule';

function sources(text: string): string[] {
  return parseSchedule(text).evidence.map((e) => `${e.field}=${e.value} from ${e.source}`);
}

describe('a schedule that is already running and ends at a date', () => {
  it.each([
    ['jatkuvana – 6/2025', '2025-06', '6/2025'],
    ['jatkuva – 6/2025', '2025-06', '6/2025'],
    ['käynnissä – 12/2024', '2024-12', '12/2024'],
    ['Aikataulu: jatkuvana – 6/2025', '2025-06', '6/2025']
  ])('%j ends at the date and has no start', (text, end, source) => {
    const { schedule, warnings } = parseSchedule(text);
    expect([schedule.start, schedule.end, schedule.ongoing, schedule.openEnd]).toEqual([null, end, true, false]);
    expect(warnings).toEqual([]);
    expect(sources(text)).toEqual([`end=${end} from ${source}`]);
  });

  it('still starts at a date written with a dash after it', () => {
    const { schedule } = parseSchedule('6/2025 – jatkuva');
    expect([schedule.start, schedule.end, schedule.ongoing, schedule.openEnd]).toEqual(['2025-06', null, true, true]);
  });
});

describe('seasons', () => {
  it('starts a spring in March, not January', () => {
    for (const text of ['kevät 2025', 'keväällä 2025', 'Keväästä 2025', 'våren 2025']) {
      expect(parseSchedule(text).schedule.start).toBe('2025-03');
    }
  });

  it('reads a winter as the one ending in the year written, and says so in the evidence', () => {
    expect(parseSchedule('talvi 2025').evidence).toEqual([
      { field: 'start', value: '2024-12', source: 'talvi 2025', note: 'winter, from the year before' },
      { field: 'end', value: '2025-02', source: 'talvi 2025', note: 'winter, from the year before' }
    ]);
  });

  it('takes the seasons a document defines, keeping the others', () => {
    const own = { seasons: { spring: { first: 4, last: 6 }, winter: { first: 11, last: 3 } } };
    const read = (text: string): Array<string | null> => {
      const { schedule } = parseSchedule(text, own);
      return [schedule.start, schedule.end];
    };
    expect(read('kevät 2025')).toEqual(['2025-04', '2025-06']);
    expect(read('alkukevät 2025')).toEqual(['2025-04', '2025-05']);
    expect(read('talvi 2025')).toEqual(['2024-11', '2025-03']);
    expect(read('syksy 2025')).toEqual(['2025-09', '2025-11']);
  });

  it('ignores a season defined with a month that does not exist', () => {
    const { schedule } = parseSchedule('kevät 2025', { seasons: { spring: { first: 0, last: 14 } } });
    expect([schedule.start, schedule.end]).toEqual(['2025-03', '2025-05']);
  });
});

describe('phases written on lines', () => {
  it('keeps each phase text as written, also when the lines were joined into one', () => {
    for (const text of ['Vaihe 1: 1–2/2024\nVaihe 2: määrittely 3–9/2024', 'Vaihe 1: 1–2/2024 Vaihe 2: määrittely 3–9/2024']) {
      expect(parseSchedule(text).schedule.phases.map((p) => p.text)).toEqual(['Vaihe 1: 1–2/2024', 'Vaihe 2: määrittely 3–9/2024']);
    }
  });

  it('joins a marker line to the dates on the next line', () => {
    const { schedule } = parseSchedule('Vaihe 1: esiselvitys\n1–2/2024\nVaihe 2: määrittely\n3–9/2024');
    expect(schedule.phases.map((p) => p.text)).toEqual(['Vaihe 1: esiselvitys\n1–2/2024', 'Vaihe 2: määrittely\n3–9/2024']);
  });

  it('does not split a clause at a phase word without a number', () => {
    const { schedule } = parseSchedule('8-12/2019 Kvarkin II vaiheen aikataulu 2020-2021 on avoin');
    expect(schedule.phases).toEqual([]);
    expect([schedule.start, schedule.end]).toEqual(['2019-08', '2021-12']);
  });
});

describe('an end year not known yet', () => {
  it.each(['2024-202X', '2024–20xx', '2024 – 20??', '2024- (jatkuu)'])('%j starts in 2024 and stays open', (text) => {
    const { schedule, warnings } = parseSchedule(text);
    expect([schedule.start, schedule.end, schedule.openEnd]).toEqual(['2024-01', null, true]);
    expect(warnings).toEqual([]);
  });

  it('is not read as a two-digit year ("2019-20xx" is not 2019–2020)', () => {
    expect(parseSchedule('2019-20xx').schedule.end).toBeNull();
  });
});

describe('a range that continues until a stated month', () => {
  it.each([
    ['11/2020–11/2022 jatkuen 6/2024', '6/2024'],
    ['11/2020–11/2022 jatkuen kesäkuuhun 2024', 'kesäkuuhun 2024'],
    ['11/2020–11/2022, jatkuen vuoden 2024 kesäkuuhun', 'vuoden 2024 kesäkuuhun'],
    ['11/2020–11/2022 jatkuen\n6/2024 asti', '6/2024']
  ])('%j ends at the stated month, which is no longer ongoing', (text, source) => {
    const { schedule, warnings } = parseSchedule(text);
    expect([schedule.start, schedule.end, schedule.openEnd, schedule.ongoing]).toEqual(['2020-11', '2024-06', false, false]);
    expect(warnings).toEqual([]);
    expect(sources(text)).toEqual(['start=2020-11 from 11/2020', `end=2024-06 from ${source}`]);
  });
});

describe('recurring quarters', () => {
  it.each(['Q1–Q2 / vuosi', 'Q1–Q2/vuosi', 'Q3 vuosittain', 'joka vuosi Q1', 'per år Q2'])(
    '%j recurs, places nothing without a year and warns of nothing',
    (text) => {
      const result = parseSchedule(text);
      expect(result.schedule.recurring).toBe(true);
      expect([result.schedule.start, result.schedule.end]).toEqual([null, null]);
      expect(result.warnings).toEqual([]);
    }
  );

  it('places the first and last occurrence when the years are written, pointing at the years', () => {
    expect(parseSchedule('joka vuosi Q1, 2024–2026').evidence).toEqual([
      { field: 'start', value: '2024-01', source: '2024', note: 'year, at the recurring period (month 1)' },
      { field: 'end', value: '2026-03', source: '2026', note: 'year, at the recurring period (month 3)' }
    ]);
  });

  it('places a yearless period in the plan period when the text gives no year', () => {
    const period = { start: '2024-01', end: '2025-12' };
    const result = parseSchedule('Q1–Q2 / vuosi', { period });
    expect([result.schedule.start, result.schedule.end, result.schedule.recurring]).toEqual(['2024-01', '2025-06', true]);
    expect(result.evidence).toEqual([
      { field: 'start', value: '2024-01', source: 'Q1–Q2', note: 'plan period 2024-01–2025-12, first occurrence' },
      { field: 'end', value: '2025-06', source: 'Q1–Q2', note: 'plan period 2024-01–2025-12, last occurrence' }
    ]);
  });

  it('places only the occurrences inside a plan period that starts or ends within a year', () => {
    const read = (text: string, start: string, end: string): Array<string | null> => {
      const { schedule } = parseSchedule(text, { period: { start, end } });
      return [schedule.start, schedule.end];
    };
    expect(read('Q1–Q2 / vuosi', '2025-08', '2026-12')).toEqual(['2026-01', '2026-06']);
    expect(read('syksyisin, joka vuosi syksyllä', '2024-01', '2025-10')).toEqual(['2024-09', '2024-11']);
    expect(read('Q3 vuosittain', '2025-08', '2025-12')).toEqual([null, null]);
  });

  it('keeps the years of the text over the plan period, and places nothing that does not recur', () => {
    const period = { start: '2030-01', end: '2031-12' };
    expect(parseSchedule('joka vuosi Q1, 2024–2026', { period }).schedule.start).toBe('2024-01');
    expect(parseSchedule('Q1–Q2', { period }).schedule.start).toBeNull();
    expect(parseSchedule('Q1–Q2 / vuosi', { period: { start: null, end: null } }).schedule.start).toBeNull();
  });

  it('does not read a year after "vuosi", nor a price per year, as "every year"', () => {
    expect(parseSchedule('vuosi 2024').schedule.recurring).toBe(false);
    expect(parseSchedule('toteutus 2021, ylläpito 200 €/vuosi').schedule.recurring).toBe(false);
  });
});
