/**
 * Upgrading to schema version 4: each project's current RAG, progress and comment, kept on the
 * project until now, becomes its first published status report, so the history starts with what
 * the portfolio already said and nothing is lost. A project that already has a report (a run
 * interrupted half-way) is left alone, so the step can run again.
 */
import type { StatusReport } from '../../../domain/followup/model';
import { firstReportOf } from '../../../domain/followup/reports';
import type { Project } from '../../../domain/model';
import { emptyProject } from '../../../domain/model';
import { reportToItem } from '../mapping/followUpMapping';
import type { SpItem } from '../mapping/values';
import { readId, readLookupId, readNumber, readText } from '../mapping/values';
import type { DomainWarning } from '../../../domain/warnings';

/** The projects' columns the first reports are made of. */
export const FIRST_REPORT_SOURCE = [
  'Id',
  'Modified',
  'Rag',
  'Progress',
  'RagComment',
  'ProjectStatus',
  'ScheduleStart',
  'ScheduleEnd',
  'InvestmentMin',
  'InvestmentMax',
  'RecurringMin',
  'RecurringMax'
] as const;

/** The title of a report made on upgrade, in the site's language (stored once, like any title). */
export const FIRST_REPORT_TITLE = {
  fi: 'Tilanne ennen tilanneraportteja',
  sv: 'Läget före lägesrapporterna',
  en: 'Status before status reports'
} as const;

function month(item: SpItem, name: string): string | null {
  const text = readText(item, name);
  return text !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(text) ? text : null;
}

/** The part of a project a first report needs, from a Projects item. */
function projectOf(item: SpItem): Project | null {
  const id = readId(item);
  if (id === null) {
    return null;
  }
  // a malformed number is the projects list's own warning, shown with the project
  const ignored: DomainWarning[] = [];
  const base = emptyProject();
  return {
    ...base,
    id,
    rag: readText(item, 'Rag'),
    progress: readNumber(item, 'Progress', ignored),
    ragComment: readText(item, 'RagComment'),
    status: readText(item, 'ProjectStatus'),
    modified: readText(item, 'Modified'),
    schedule: { ...base.schedule, start: month(item, 'ScheduleStart'), end: month(item, 'ScheduleEnd') },
    costs: {
      ...base.costs,
      investmentMin: readNumber(item, 'InvestmentMin', ignored),
      investmentMax: readNumber(item, 'InvestmentMax', ignored),
      recurringPerYearMin: readNumber(item, 'RecurringMin', ignored),
      recurringPerYearMax: readNumber(item, 'RecurringMax', ignored)
    }
  };
}

/**
 * The report items to add: one per project that has a RAG, progress or comment and no report
 * yet (`reported`: the projects the reports list already has reports for).
 */
export function firstReportItems(projects: readonly SpItem[], reportItems: readonly SpItem[], today: string, title: string): Record<string, unknown>[] {
  const reported = new Set(reportItems.map((item) => readLookupId(item, 'Project')));
  const reports: StatusReport[] = [];
  for (const item of projects) {
    const project = projectOf(item);
    const report = project && !reported.has(project.id) ? firstReportOf(project, today, title) : null;
    if (report) {
      reports.push(report);
    }
  }
  return reports.map(reportToItem);
}
