/**
 * Checks a project as read from the list: what a person should look at (unknown choice values,
 * an end before the start, min above max, a missing title, direction controls in a title, cost
 * figures no city would have). Values are never changed here.
 */
import type { Project } from './model';
import { compareMonths, isMonth } from './months';
import type { DomainWarning } from './warnings';

/** Choice field values the list allows now, by model field. */
export interface ProjectChoices {
  status?: readonly string[];
  rag?: readonly string[];
  likelihood?: readonly string[];
  scheduleOwner?: readonly string[];
  category?: readonly string[];
  assessmentStatus?: readonly string[];
  impactLevel?: readonly string[];
}

function unknownChoice(field: string, value: string | null, allowed: readonly string[] | undefined, out: DomainWarning[]): void {
  if (value !== null && allowed !== undefined && allowed.length > 0 && !allowed.includes(value)) {
    out.push({ code: 'unknownChoice', field, detail: value });
  }
}

function rangeCheck(field: string, min: number | null, max: number | null, out: DomainWarning[]): void {
  if (min !== null && max !== null && min > max) {
    out.push({ code: 'costsMinAboveMax', field, detail: `${min} > ${max}` });
  }
}

export function validateProject(project: Project, choices: ProjectChoices = {}): DomainWarning[] {
  const out: DomainWarning[] = [];
  if (project.title.trim() === '') {
    out.push({ code: 'missingTitle', field: 'title' });
  }
  unknownChoice('status', project.status, choices.status, out);
  unknownChoice('rag', project.rag, choices.rag, out);
  unknownChoice('likelihood', project.likelihood, choices.likelihood, out);
  unknownChoice('scheduleOwner', project.scheduleOwner, choices.scheduleOwner, out);
  unknownChoice('category', project.category, choices.category, out);
  unknownChoice('assessmentStatus', project.assessmentStatus, choices.assessmentStatus, out);
  for (const [perspective, entry] of Object.entries(project.impacts)) {
    unknownChoice(`impacts.${perspective}`, entry.level, choices.impactLevel, out);
  }
  const { start, end } = project.schedule;
  if (start !== null && end !== null && isMonth(start) && isMonth(end) && compareMonths(end, start) < 0) {
    out.push({ code: 'scheduleEndBeforeStart', field: 'schedule', detail: `${start} – ${end}` });
  }
  rangeCheck('costs.investment', project.costs.investmentMin, project.costs.investmentMax, out);
  rangeCheck('costs.recurring', project.costs.recurringPerYearMin, project.costs.recurringPerYearMax, out);
  out.push(...bidiWarnings(project));
  return out;
}

/**
 * Characters that change the order in which text is shown: the embeddings and overrides
 * U+202A–U+202E (LRE, RLE, PDF, LRO, RLO) and the isolates U+2066–U+2069 (LRI, RLI, FSI, PDI).
 * "\u202eevil" shows as "live". The marks U+200E/U+200F and ordinary letters are left alone.
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;

/** Short texts shown inline in rows, lists and headings, where such characters mislead most. */
const BIDI_CHECKED_FIELDS = ['number', 'title', 'unit', 'serviceArea', 'category'] as const;

/** The text with its direction controls made visible ("\u202eevil" → "U+202E evil"). */
export function showBidiControls(text: string): string {
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/gu, (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}]`);
}

export function bidiWarnings(project: Project): DomainWarning[] {
  const out: DomainWarning[] = [];
  for (const field of BIDI_CHECKED_FIELDS) {
    const value = project[field];
    if (value !== null && BIDI_CONTROL.test(value)) {
      out.push({ code: 'bidiControl', field, detail: showBidiControls(value) });
    }
  }
  return out;
}

/** Largest plausible figures, in euros; a city may set its own (the web parts' settings). */
export interface CostLimits {
  /** One project's investment. */
  investment: number;
  /** One project's recurring costs per year. */
  recurringPerYear: number;
}

/**
 * Defaults: a municipal IT project of a Finnish city rarely exceeds a few million euros (a
 * patient-record or ERP renewal of a large city is the exception, shared with others), and a
 * yearly licence or service fee above a few million is equally rare; 10 M€ and 5 M€/year leave
 * room for the largest real projects and still catch a figure typed with extra zeros or in
 * cents. Negative figures are never plausible.
 */
export const DEFAULT_COST_LIMITS: CostLimits = { investment: 10_000_000, recurringPerYear: 5_000_000 };

function outside(field: string, values: readonly (number | null)[], limit: number, out: DomainWarning[]): void {
  const wrong = values.find((v) => v !== null && (v < 0 || v > limit));
  if (wrong !== undefined && wrong !== null) {
    // as `costsMinAboveMax` says it: the figure and the bound it crosses
    out.push({ code: 'costImplausible', field, detail: wrong < 0 ? `${wrong} < 0` : `${wrong} > ${limit}` });
  }
}

/** Cost figures outside 0…limit: shown as they are, and listed for someone to check. */
export function costWarnings(project: Project, limits: CostLimits = DEFAULT_COST_LIMITS): DomainWarning[] {
  const out: DomainWarning[] = [];
  outside('costs.investment', [project.costs.investmentMin, project.costs.investmentMax], limits.investment, out);
  outside('costs.recurring', [project.costs.recurringPerYearMin, project.costs.recurringPerYearMax], limits.recurringPerYear, out);
  return out;
}
