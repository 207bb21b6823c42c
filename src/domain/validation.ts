/**
 * Checks a project as read from the list: what a person should look at (unknown choice values,
 * an end before the start, min above max, a missing title). Values are never changed here.
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
  return out;
}
