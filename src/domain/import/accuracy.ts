/**
 * Import accuracy: how close an ImportedPlan is to what a careful reader says the document
 * holds (the `<name>.expected.json` files beside the fixtures). Projects are paired by number,
 * then by title; every field of a pair is one outcome: correct, wrong, missing (the reader
 * found a value, the import none), invented (the import has a value the document does not
 * state) or empty (both null). Unpaired projects are invented or missing projects.
 * Pure TypeScript; `npm run import:accuracy` prints the figures.
 */
import { LIKELIHOOD, SCHEDULE_OWNER, type Vocabulary } from '../vocabulary';
import type { ImportedPlan, ImportedProject } from './importModel';
import { lostLines, projectSections } from './lostLines';
import { splitChoice } from './toProject';

export interface ExpectedPlanInfo {
  title: string | null;
  /** "YYYY-MM" */
  periodStart: string | null;
  periodEnd: string | null;
}

/** One project as the reader sees it. Months "YYYY-MM", euros as numbers, null when not stated. */
export interface ExpectedProject {
  number: string | null;
  title: string;
  serviceArea: string | null;
  unit: string | null;
  scheduleStart: string | null;
  scheduleEnd: string | null;
  investmentMin: number | null;
  investmentMax: number | null;
  /** Recurring costs per year. */
  recurringMin: number | null;
  recurringMax: number | null;
  /** A SCHEDULE_OWNER value when the text names one, else the owner as written. */
  scheduleOwner: string | null;
  /** A LIKELIHOOD value when the text starts with one, else the text as written. */
  likelihood: string | null;
}

export interface ExpectedPlan {
  plan: ExpectedPlanInfo;
  projects: ExpectedProject[];
}

export const PLAN_FIELDS = ['title', 'periodStart', 'periodEnd'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export const PROJECT_FIELDS = [
  'number',
  'title',
  'serviceArea',
  'unit',
  'scheduleStart',
  'scheduleEnd',
  'investmentMin',
  'investmentMax',
  'recurringMin',
  'recurringMax',
  'scheduleOwner',
  'likelihood'
] as const;
export type ProjectField = (typeof PROJECT_FIELDS)[number];

export type Outcome = 'correct' | 'wrong' | 'missing' | 'invented' | 'empty';

export type FieldCounts = Record<Outcome, number>;

export interface FieldDifference {
  /** "2.1 Asset Management", or "plan" for the plan's own fields. */
  project: string;
  field: string;
  outcome: Exclude<Outcome, 'correct' | 'empty'>;
  expected: string | number | null;
  actual: string | number | null;
}

export interface ProjectPairing {
  /** [parsed index, expected index] */
  pairs: [number, number][];
  /** Parsed projects the reader does not see. */
  invented: number[];
  /** Expected projects the import did not find. */
  missing: number[];
}

export interface AccuracyReport {
  /** Outcome counts by field: plan fields as "plan.title", project fields by name. */
  fields: Record<string, FieldCounts>;
  totals: FieldCounts;
  differences: FieldDifference[];
  inventedProjects: string[];
  missingProjects: string[];
  /** Expected schedule months (start and end) and how many the import has right; a missing project's months count as not right. */
  scheduleMonths: { expected: number; right: number };
  /** Source lines in no field of their project (with the source text only). */
  lostLines: { project: string; line: string }[];
  /** Expected projects whose heading was not found in the source (their lines are not checked). */
  unlocatedSections: string[];
  pairing: ProjectPairing;
}

export function emptyCounts(): FieldCounts {
  return { correct: 0, wrong: 0, missing: 0, invented: 0, empty: 0 };
}

export function addCounts(into: FieldCounts, from: FieldCounts): void {
  (Object.keys(into) as Outcome[]).forEach((key) => {
    into[key] += from[key];
  });
}

/** Text as compared: case, dashes, spacing, bold mark-up and closing punctuation do not count. */
export function comparableText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\*\*/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/[\u201c\u201d\u201e"]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,:;]+$/, '');
}

/** "6.7.1." and "6.7.1" are the same number. */
function comparableNumber(text: string): string {
  return text.trim().replace(/\.+$/, '');
}

/** The vocabulary value a choice text starts with, else the text itself. */
function choiceOrText<K extends string>(vocabulary: Vocabulary<K>, text: string | null): string | null {
  if (text === null || text.trim() === '') {
    return null;
  }
  const choice = splitChoice(vocabulary, text);
  return choice.value ?? text.trim();
}

/** Whether an imported plan title (a title line, not a sentence) holds the reader's title. */
function containsTitle(actual: string | null, expected: string | null): boolean {
  return actual !== null && expected !== null && actual.length <= 120 && comparableText(actual).includes(comparableText(expected));
}

/** The parsed project in the expected shape. */
export function flattenProject(project: ImportedProject): ExpectedProject {
  return {
    number: project.number,
    title: project.title,
    serviceArea: project.serviceArea,
    unit: project.unit,
    scheduleStart: project.schedule.start,
    scheduleEnd: project.schedule.end,
    investmentMin: project.costs.investmentMin,
    investmentMax: project.costs.investmentMax,
    recurringMin: project.costs.recurringPerYearMin,
    recurringMax: project.costs.recurringPerYearMax,
    scheduleOwner: choiceOrText(SCHEDULE_OWNER, project.scheduleOwner),
    likelihood: choiceOrText(LIKELIHOOD, project.likelihood)
  };
}

/** The same value, as the field is compared. */
function sameValue(field: ProjectField | PlanField, expected: string | number, actual: string | number): boolean {
  if (typeof expected === 'number' || typeof actual === 'number') {
    return expected === actual;
  }
  if (field === 'number') {
    return comparableNumber(expected) === comparableNumber(actual);
  }
  if (field === 'scheduleOwner') {
    return comparableText(choiceOrText(SCHEDULE_OWNER, expected) ?? '') === comparableText(actual);
  }
  if (field === 'likelihood') {
    return comparableText(choiceOrText(LIKELIHOOD, expected) ?? '') === comparableText(actual);
  }
  return comparableText(expected) === comparableText(actual);
}

export function fieldOutcome(field: ProjectField | PlanField, expected: string | number | null, actual: string | number | null): Outcome {
  const blank = (value: string | number | null): value is null => value === null || (typeof value === 'string' && value.trim() === '');
  if (blank(expected)) {
    return blank(actual) ? 'empty' : 'invented';
  }
  if (blank(actual)) {
    return 'missing';
  }
  return sameValue(field, expected, actual) ? 'correct' : 'wrong';
}

/**
 * Pairs parsed and expected projects: first by number (each number used once, in document
 * order), then the rest by title.
 */
export function pairProjects(parsed: readonly ExpectedProject[], expected: readonly ExpectedProject[]): ProjectPairing {
  const pairs: [number, number][] = [];
  const usedParsed = new Set<number>();
  const usedExpected = new Set<number>();
  const pairBy = (key: (project: ExpectedProject) => string | null): void => {
    expected.forEach((want, expectedIndex) => {
      const wanted = key(want);
      if (usedExpected.has(expectedIndex) || wanted === null) {
        return;
      }
      const parsedIndex = parsed.findIndex((got, index) => !usedParsed.has(index) && key(got) === wanted);
      if (parsedIndex >= 0) {
        pairs.push([parsedIndex, expectedIndex]);
        usedParsed.add(parsedIndex);
        usedExpected.add(expectedIndex);
      }
    });
  };
  pairBy((project) => (project.number === null ? null : comparableNumber(project.number)));
  pairBy((project) => comparableText(project.title));
  pairs.sort((a, b) => a[1] - b[1]);
  return {
    pairs,
    invented: parsed.map((_, index) => index).filter((index) => !usedParsed.has(index)),
    missing: expected.map((_, index) => index).filter((index) => !usedExpected.has(index))
  };
}

/** "2.1 Asset Management" */
export function projectLabel(project: Pick<ExpectedProject, 'number' | 'title'>): string {
  return project.number === null ? project.title : `${comparableNumber(project.number)} ${project.title}`;
}

/**
 * Compares an import with the reader's expectation. With the source text, also the lines of
 * each project's section that the import lost (see lostLines.ts).
 */
export function compareImport(parsed: ImportedPlan, expected: ExpectedPlan, source?: string): AccuracyReport {
  const fields: Record<string, FieldCounts> = {};
  const totals = emptyCounts();
  const differences: FieldDifference[] = [];
  const record = (name: string, label: string, want: string | number | null, got: string | number | null, outcome: Outcome): void => {
    const counts = fields[name] ?? emptyCounts();
    counts[outcome]++;
    totals[outcome]++;
    fields[name] = counts;
    if (outcome !== 'correct' && outcome !== 'empty') {
      differences.push({ project: label, field: name, outcome, expected: want, actual: got });
    }
  };
  PLAN_FIELDS.forEach((field) => {
    const want = expected.plan[field];
    const got = parsed.plan[field];
    const outcome = fieldOutcome(field, want, got);
    // a plan title may carry more than the reader's core words ("..., syksy 2023, vuosi 2024")
    record(`plan.${field}`, 'plan', want, got, outcome === 'wrong' && field === 'title' && containsTitle(got, want) ? 'correct' : outcome);
  });

  const flat = parsed.projects.map(flattenProject);
  const pairing = pairProjects(flat, expected.projects);
  const scheduleMonths = { expected: 0, right: 0 };
  const byExpected = new Map(pairing.pairs.map(([parsedIndex, expectedIndex]) => [expectedIndex, flat[parsedIndex]]));
  expected.projects.forEach((want, expectedIndex) => {
    const got = byExpected.get(expectedIndex);
    for (const field of ['scheduleStart', 'scheduleEnd'] as const) {
      if (want[field] !== null) {
        scheduleMonths.expected++;
        scheduleMonths.right += got !== undefined && got[field] === want[field] ? 1 : 0;
      }
    }
    if (got !== undefined) {
      PROJECT_FIELDS.forEach((field) => record(field, projectLabel(want), want[field], got[field], fieldOutcome(field, want[field], got[field])));
    }
  });
  const lost: { project: string; line: string }[] = [];
  const unlocatedSections: string[] = [];
  if (source !== undefined) {
    const parsedOf = new Map(pairing.pairs.map(([parsedIndex, expectedIndex]) => [expectedIndex, parsed.projects[parsedIndex] ?? null]));
    for (const section of projectSections(source, expected.projects)) {
      const label = projectLabel(expected.projects[section.expectedIndex] ?? { number: null, title: '?' });
      if (section.start < 0) {
        unlocatedSections.push(label);
      }
      lostLines(section.lines, parsedOf.get(section.expectedIndex) ?? null).forEach((line) => lost.push({ project: label, line }));
    }
  }
  return {
    fields,
    totals,
    differences,
    lostLines: lost,
    unlocatedSections,
    inventedProjects: pairing.invented.map((index) => projectLabel(flat[index] ?? { number: null, title: '?' })),
    missingProjects: pairing.missing.map((index) => projectLabel(expected.projects[index] ?? { number: null, title: '?' })),
    scheduleMonths,
    pairing
  };
}

/** The expected JSON read back with its shape checked; a wrong file names the field at fault. */
export function readExpectedPlan(json: unknown, source = 'expected JSON'): ExpectedPlan {
  const fail = (what: string): never => {
    throw new Error(`${source}: ${what}`);
  };
  const object = (value: unknown, what: string): Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : fail(`${what} is not an object`);
  const root = object(json, 'the document');
  const plan = object(root.plan, 'plan');
  const checkField = (value: unknown, what: string, kind: 'string' | 'number' | 'month'): void => {
    if (value === null) {
      return;
    }
    const ok = kind === 'month' ? typeof value === 'string' && /^\d{4}-(?:0[1-9]|1[0-2])$/.test(value) : typeof value === kind;
    if (!ok) {
      fail(`${what} should be a ${kind === 'month' ? '"YYYY-MM" month' : kind} or null`);
    }
  };
  checkField(plan.title, 'plan.title', 'string');
  checkField(plan.periodStart, 'plan.periodStart', 'month');
  checkField(plan.periodEnd, 'plan.periodEnd', 'month');
  if (!Array.isArray(root.projects)) {
    return fail('projects is not an array');
  }
  root.projects.forEach((value: unknown, index: number) => {
    const project = object(value, `projects[${index}]`);
    PROJECT_FIELDS.forEach((field) => {
      if (!(field in project)) {
        fail(`projects[${index}].${field} is absent (write null for no value)`);
      }
      const kind = field.startsWith('schedule') && field !== 'scheduleOwner' ? 'month' : /^(?:investment|recurring)/.test(field) ? 'number' : 'string';
      checkField(project[field], `projects[${index}].${field}`, kind);
    });
    if (typeof project.title !== 'string') {
      fail(`projects[${index}].title should be a string`);
    }
  });
  return json as ExpectedPlan;
}
