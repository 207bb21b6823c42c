/**
 * VOCABULARY.md documents what every schedule expression means; this test runs each example of
 * its tables through the parser and checks the documented start, end, flags, phases and warning,
 * so the page cannot drift from the code.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { SchedulePhase } from '../model';
import { expectedFlags, expectHonestEvidence, FLAGS, flagsOf } from './__tests__/scheduleAssertions';
import { parseSchedule } from './parseSchedule';

const PAGE = fs.readFileSync(path.join(__dirname, 'VOCABULARY.md'), 'utf8');
const NONE = '—';

interface Documented {
  form: string;
  example: string;
  start: string | null;
  end: string | null;
  flags: string;
  phases: Array<Pick<SchedulePhase, 'name' | 'start' | 'end'>>;
  warnings: string[];
}

const month = (cell: string): string | null => (cell === NONE ? null : cell);

/** "Vaihe 1 [2024-01..2024-02]; Vaihe 2 [2024-03..—]" */
function phasesOf(cell: string): Documented['phases'] {
  if (cell === NONE) {
    return [];
  }
  return cell.split('; ').map((item) => {
    const match = /^(.+) \[(.+)\.\.(.+)\]$/.exec(item);
    if (!match?.[1] || !match[2] || !match[3]) {
      throw new Error(`Phase not written as "name [start..end]": ${item}`);
    }
    return { name: match[1], start: month(match[2]), end: month(match[3]) };
  });
}

/** The rows of the page's form tables: | Form | Meaning | Example | Start | End | Flags | Phases | Warning | */
function documentedRows(): Documented[] {
  const rows: Documented[] = [];
  for (const line of PAGE.split('\n')) {
    const cells = line.startsWith('| ') && line.endsWith(' |') ? line.slice(2, -2).split(' | ') : [];
    const example = /^`(.+)`$/.exec(cells[2] ?? '');
    if (cells.length !== 8 || !example?.[1]) {
      continue;
    }
    const [form = '', , , start = '', end = '', flags = '', phases = '', warning = ''] = cells;
    rows.push({
      form,
      example: example[1].replace(/\\n/g, '\n'),
      start: month(start),
      end: month(end),
      flags: flags === NONE ? '' : flags,
      phases: phasesOf(phases),
      warnings: warning === NONE ? [] : warning.split(', ')
    });
  }
  return rows;
}

const ROWS = documentedRows();

describe('the schedule vocabulary (VOCABULARY.md)', () => {
  it('documents at least 90 expressions, each flag by its model name', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(90);
    const known = new Set<string>(FLAGS);
    for (const row of ROWS) {
      expect(row.flags.split(' ').filter((f) => f !== '' && !known.has(f))).toEqual([]);
    }
  });

  it('documents every example once', () => {
    const examples = ROWS.map((r) => r.example);
    expect(new Set(examples).size).toBe(examples.length);
  });

  it.each(ROWS.map((row) => [`${row.form}: ${JSON.stringify(row.example)}`, row] as const))(
    '%s gives what the page says',
    (_name, row) => {
      const result = parseSchedule(row.example);
      const { schedule } = result;
      expect({ start: schedule.start, end: schedule.end }).toEqual({ start: row.start, end: row.end });
      expect(flagsOf(schedule)).toBe(expectedFlags(row.flags));
      expect(schedule.phases.map((p) => ({ name: p.name, start: p.start, end: p.end }))).toEqual(row.phases);
      expect(result.warnings.map((w) => w.code)).toEqual(row.warnings);
      expectHonestEvidence(row.example, result);
    }
  );
});
