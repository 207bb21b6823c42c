/**
 * Turns one project node (a leaf heading and its paragraphs) into an ImportedProject: body text
 * before the first label is the description, each label's paragraphs are its value, schedules
 * and costs go through the domain parsers with their original text kept.
 */
import { parseCosts } from '../costs/parseCosts';
import { parseSchedule } from '../schedule/parseSchedule';
import type { Schedule } from '../model';
import type { DomainWarning } from '../warnings';
import type { FieldKey } from './fields';
import type { ImportedCosts, ImportedProject, ImportedSchedule } from './importModel';
import { type ParagraphBlock, renderParagraphs } from './paragraphs';
import type { Placement } from './sections';
import type { PlanPeriod } from './inferredSchedule';
import { inferSchedule } from './inferredSchedule';
import type { SectionNode } from './structure';

/** Values of one project by label, before they are mapped to the output fields. */
export interface ProjectValues {
  description: string | null;
  fields: Map<FieldKey, string>;
  /** Labels that were present (possibly with an empty value). */
  labels: Set<FieldKey>;
}

/** A project with the values collected for it. */
export interface ValuedProject {
  project: ImportedProject;
  values: ProjectValues;
}

export function collectValues(node: SectionNode): ProjectValues {
  const description: ParagraphBlock[] = [];
  const fieldParagraphs = new Map<FieldKey, ParagraphBlock[]>();
  const labels = new Set<FieldKey>();
  let field: FieldKey | null = null;
  for (const block of node.content) {
    if (block.kind === 'label') {
      field = block.field;
      labels.add(field);
      if (!fieldParagraphs.has(field)) {
        fieldParagraphs.set(field, []);
      }
    } else if (block.kind === 'para') {
      (field === null ? description : fieldParagraphs.get(field) ?? description).push(block);
    }
  }
  const fields = new Map<FieldKey, string>();
  fieldParagraphs.forEach((paragraphs, key) => {
    const text = renderParagraphs(paragraphs);
    if (text !== null) {
      fields.set(key, text);
    }
  });
  return { description: renderParagraphs(description), fields, labels };
}

export function buildProject(node: SectionNode, placement: Placement, values: ProjectValues, period: PlanPeriod = { start: null, end: null }): ImportedProject {
  const warnings: DomainWarning[] = [];
  const value = (key: FieldKey): string | null => values.fields.get(key) ?? null;
  const schedule = values.labels.has('schedule') ? importSchedule(value('schedule'), warnings, period) : inferredSchedule([values.description, ...values.fields.values()], period, warnings);
  const costs = importCosts(value('costs'), warnings);
  const infoManagementNote = value('infoManagement');
  if (infoManagementNote !== null) {
    warnings.push({ code: 'importUnplacedText', field: 'impacts', detail: infoManagementNote });
  }
  return {
    number: node.parts !== null ? node.parts.join('.') : null,
    title: node.title,
    category: placement.category,
    serviceArea: placement.serviceArea,
    unit: placement.unit,
    description: values.description,
    whatChanges: value('economic') ?? value('whatChanges'),
    strategicGoal: value('strategicGoal'),
    schedule,
    costs,
    likelihood: value('likelihood'),
    scheduleOwner: value('scheduleOwner') ?? ownerSentence([values.description, ...values.fields.values()]),
    resources: value('resources'),
    benefits: value('benefits'),
    impacts: {
      economic: value('economic'),
      organisation: value('organisation'),
      security: value('security'),
      dataUse: value('dataUse'),
      caseManagement: value('caseManagement')
    },
    warnings
  };
}

/**
 * A schedule owner written as a sentence in the project's text, without the template's label
 * ("Aikataulullinen vastuu on nuorisotoimella.", "Aikataulusta vastaa tietohallinto."): the
 * sentence as written (it also stays where it was). Null when there is none.
 */
export function ownerSentence(texts: Iterable<string | null>): string | null {
  const pattern = /(?:^|[.!?]\s+|\n)((?:aikataulu(?:llinen)?\s+vastuu|vastuu\s+aikataulusta|aikatauluvastuu|aikataulusta\s+vastaa(?:vat)?)\b[^.!?\n]{2,120})/iu;
  for (const text of texts) {
    const match = text === null ? null : pattern.exec(text);
    if (match?.[1]) {
      return match[1].trim();
    }
  }
  return null;
}

/** Without a schedule field: a schedule stated in the project's text, with a warning (or none). */
function inferredSchedule(texts: readonly (string | null)[], period: PlanPeriod, warnings: DomainWarning[]): ImportedSchedule {
  const found = inferSchedule(texts, period);
  if (found === null) {
    return importSchedule(null, warnings);
  }
  warnings.push({ code: 'importValueInferred', field: 'schedule', detail: found.clause });
  return asImported(found.clause, found.parsed.schedule);
}

function asImported(text: string, schedule: Schedule): ImportedSchedule {
  return {
    text,
    start: schedule.start,
    end: schedule.end,
    ongoing: schedule.ongoing,
    openEnd: schedule.openEnd,
    recurring: schedule.recurring,
    alternatives: schedule.alternatives,
    uncertain: schedule.uncertain,
    phases: schedule.phases
  };
}

function importSchedule(text: string | null, warnings: DomainWarning[], period: PlanPeriod = { start: null, end: null }): ImportedSchedule {
  if (text === null) {
    return {
      text: null,
      start: null,
      end: null,
      ongoing: false,
      openEnd: false,
      recurring: false,
      alternatives: false,
      uncertain: false,
      phases: []
    };
  }
  // The plan's period places a recurring period written without a year ("Q1–Q2 / vuosi").
  const parsed = parseSchedule(text, { period });
  warnings.push(...parsed.warnings.map((warning) => ({ ...warning, field: 'schedule' })));
  return asImported(text, parsed.schedule);
}

function importCosts(text: string | null, warnings: DomainWarning[]): ImportedCosts {
  if (text === null) {
    return { text: null, investmentMin: null, investmentMax: null, recurringPerYearMin: null, recurringPerYearMax: null };
  }
  const parsed = parseCosts(text);
  warnings.push(...parsed.warnings.map((warning) => ({ ...warning, field: 'costs' })));
  const costs = parsed.costs;
  return {
    text,
    investmentMin: costs.investmentMin,
    investmentMax: costs.investmentMax,
    recurringPerYearMin: costs.recurringPerYearMin,
    recurringPerYearMax: costs.recurringPerYearMax
  };
}

/** Output field names of the labels, as used in warnings. */
/** A benefits passage is optional: a project without one gets no missing-field warning. */
const FIELD_NAMES: Readonly<Record<Exclude<FieldKey, 'infoManagement' | 'benefits'>, string>> = {
  whatChanges: 'whatChanges',
  economic: 'impacts.economic',
  organisation: 'impacts.organisation',
  security: 'impacts.security',
  dataUse: 'impacts.dataUse',
  caseManagement: 'impacts.caseManagement',
  strategicGoal: 'strategicGoal',
  schedule: 'schedule',
  likelihood: 'likelihood',
  scheduleOwner: 'scheduleOwner',
  costs: 'costs',
  resources: 'resources'
};

/**
 * Template checks across the document's projects: a field that at least half of the labelled
 * projects have and this one lacks (importMissingField), a number used twice
 * (importDuplicateNumber), a project with no text at all (importEmptyProject).
 */
export function addDocumentChecks(found: readonly ValuedProject[]): void {
  const labelled = found.map((entry) => entry.values).filter((values) => values.labels.size > 0);
  const common = (Object.keys(FIELD_NAMES) as (keyof typeof FIELD_NAMES)[]).filter(
    (key) => labelled.length >= 2 && labelled.filter((entry) => entry.fields.has(key)).length * 2 >= labelled.length
  );
  const seen = new Set<string>();
  for (const { project, values: own } of found) {
    if (labelled.length * 2 > found.length || own.labels.size > 0) {
      common
        .filter((key) => !own.fields.has(key) && !(key === 'whatChanges' && own.fields.has('economic')))
        .forEach((key) => project.warnings.push({ code: 'importMissingField', field: FIELD_NAMES[key], detail: project.title }));
    }
    if (project.number !== null) {
      if (seen.has(project.number)) {
        project.warnings.push({ code: 'importDuplicateNumber', field: 'number', detail: project.number });
      }
      seen.add(project.number);
    }
    if (own.description === null && own.fields.size === 0) {
      project.warnings.push({ code: 'importEmptyProject', detail: project.title });
    }
  }
}
