/**
 * Project ↔ SharePoint item. One codec per schema field of the Projects list; a test checks
 * that the codecs and the schema name exactly the same fields.
 */
import type { ImpactPerspective, Project, SchedulePhase } from '../../../domain/model';
import { emptyProject } from '../../../domain/model';
import { numberSortKey } from '../../../domain/portfolio/numbering';
import type { DomainWarning } from '../../../domain/warnings';
import type { SpItem } from './values';
import {
  readBoolean,
  readDate,
  readEtag,
  readId,
  readLookupId,
  readLookupIds,
  readNumber,
  readPerson,
  readText,
  textOrNull,
  writeDate
} from './values';

/** What writing needs beyond the project: which of its plans is the newest. */
export interface ProjectWriteContext {
  latestPlanId(planIds: readonly number[]): number | null;
}

export interface FieldCodec<M, W = undefined> {
  read(item: SpItem, model: M, issues: DomainWarning[]): void;
  write(model: M, out: Record<string, unknown>, context: W): void;
}

type ProjectCodec = FieldCodec<Project, ProjectWriteContext>;

type TextKey = {
  [K in keyof Project]: Project[K] extends string | null ? K : never;
}[keyof Project];

function textField(name: string, key: TextKey): ProjectCodec {
  return {
    read: (item, p) => {
      (p[key] as string | null) = readText(item, name);
    },
    write: (p, out) => {
      out[name] = textOrNull(p[key]);
    }
  };
}

function impactLevel(name: string, perspective: ImpactPerspective): ProjectCodec {
  return {
    read: (item, p) => {
      p.impacts[perspective].level = readText(item, name);
    },
    write: (p, out) => {
      out[name] = textOrNull(p.impacts[perspective].level);
    }
  };
}

function impactText(name: string, perspective: ImpactPerspective): ProjectCodec {
  return {
    read: (item, p) => {
      p.impacts[perspective].text = readText(item, name);
    },
    write: (p, out) => {
      out[name] = textOrNull(p.impacts[perspective].text);
    }
  };
}

type ScheduleFlag = 'ongoing' | 'openEnd' | 'recurring' | 'alternatives' | 'uncertain';

function scheduleFlag(name: string, flag: ScheduleFlag): ProjectCodec {
  return {
    read: (item, p) => {
      p.schedule[flag] = readBoolean(item, name);
    },
    write: (p, out) => {
      out[name] = p.schedule[flag];
    }
  };
}

/** The schedule's or the costs' text as written (the structured values are read from it). */
function originalText(name: string, part: 'schedule' | 'costs'): ProjectCodec {
  return {
    read: (item, p) => {
      p[part].text = readText(item, name) ?? '';
    },
    write: (p, out) => {
      out[name] = textOrNull(p[part].text);
    }
  };
}

type CostKey = 'investmentMin' | 'investmentMax' | 'recurringPerYearMin' | 'recurringPerYearMax';

function costField(name: string, key: CostKey): ProjectCodec {
  return {
    read: (item, p, issues) => {
      p.costs[key] = readNumber(item, name, issues);
    },
    write: (p, out) => {
      out[name] = p.costs[key];
    }
  };
}

function isPhase(value: unknown): value is SchedulePhase {
  if (!value || typeof value !== 'object') {
    return false;
  }
  const v = value as Record<string, unknown>;
  const monthOrNull = (m: unknown): boolean => m === null || (typeof m === 'string' && /^\d{4}-\d{2}$/.test(m));
  return typeof v.name === 'string' && typeof v.text === 'string' && monthOrNull(v.start) && monthOrNull(v.end);
}

function readPhases(item: SpItem, name: string, issues: DomainWarning[]): SchedulePhase[] {
  const text = readText(item, name);
  if (text === null) {
    return [];
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (Array.isArray(parsed) && parsed.every(isPhase)) {
      return parsed;
    }
  } catch {
    // reported below
  }
  issues.push({ code: 'schedulePartlyUnderstood', field: 'schedule', detail: text.slice(0, 200) });
  return [];
}

function monthField(name: string, key: 'start' | 'end'): ProjectCodec {
  return {
    read: (item, p, issues) => {
      const text = readText(item, name);
      if (text !== null && !/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) {
        issues.push({ code: 'scheduleImpossibleDate', field: 'schedule', detail: text });
        p.schedule[key] = null;
        return;
      }
      p.schedule[key] = text;
    },
    write: (p, out) => {
      out[name] = p.schedule[key];
    }
  };
}

/** Codecs by internal name: the mapping of every Projects field. */
export const PROJECT_CODECS: Readonly<Record<string, ProjectCodec>> = {
  Title: {
    read: (item, p, issues) => {
      const title = readText(item, 'Title');
      if (title === null || title.trim() === '') {
        issues.push({ code: 'missingTitle', field: 'title' });
      }
      p.title = title ?? '';
    },
    write: (p, out) => {
      out.Title = p.title;
    }
  },
  ProjectNumber: textField('ProjectNumber', 'number'),
  SortKey: {
    read: () => {
      // derived from the number; the repository counts keys that no longer follow it
    },
    write: (p, out) => {
      out.SortKey = numberSortKey(p.number);
    }
  },
  ProjectDescription: textField('ProjectDescription', 'description'),
  Category: textField('Category', 'category'),
  ServiceArea: textField('ServiceArea', 'serviceArea'),
  OrgUnit: textField('OrgUnit', 'unit'),
  Plan: {
    read: () => {
      // the newest plan is derived from Plans; Plan exists for indexed views
    },
    write: (p, out, context) => {
      out.PlanId = context.latestPlanId(p.planIds);
    }
  },
  Plans: {
    read: (item, p) => {
      p.planIds = readLookupIds(item, 'Plans');
      const single = readLookupId(item, 'Plan');
      if (p.planIds.length === 0 && single !== null) {
        p.planIds = [single];
      }
    },
    write: (p, out) => {
      out.PlansId = [...p.planIds];
    }
  },
  CarriedOver: {
    read: () => {
      // derived from Plans; kept in the list for the indexed "Carried over" view
    },
    write: (p, out) => {
      out.CarriedOver = p.planIds.length > 1;
    }
  },
  WhatChanges: impactText('WhatChanges', 'economic'),
  ImpactEconomic: impactLevel('ImpactEconomic', 'economic'),
  ImpactOrganisation: impactLevel('ImpactOrganisation', 'organisation'),
  ImpactOrganisationNote: impactText('ImpactOrganisationNote', 'organisation'),
  ImpactSecurity: impactLevel('ImpactSecurity', 'security'),
  ImpactSecurityNote: impactText('ImpactSecurityNote', 'security'),
  ImpactDataUse: impactLevel('ImpactDataUse', 'dataUse'),
  ImpactDataUseNote: impactText('ImpactDataUseNote', 'dataUse'),
  ImpactCaseMgmt: impactLevel('ImpactCaseMgmt', 'caseManagement'),
  ImpactCaseMgmtNote: impactText('ImpactCaseMgmtNote', 'caseManagement'),
  AssessmentStatus: textField('AssessmentStatus', 'assessmentStatus'),
  AssessedBy: {
    read: (item, p) => {
      p.assessedBy = readPerson(item, 'AssessedBy');
    },
    write: (p, out) => {
      out.AssessedById = p.assessedBy?.id ?? null;
    }
  },
  AssessedOn: {
    read: (item, p, issues) => {
      p.assessedOn = readDate(item, 'AssessedOn', issues);
    },
    write: (p, out) => {
      out.AssessedOn = writeDate(p.assessedOn);
    }
  },
  StrategicGoals: {
    read: (item, p) => {
      p.goalIds = readLookupIds(item, 'StrategicGoals');
    },
    write: (p, out) => {
      out.StrategicGoalsId = [...p.goalIds];
    }
  },
  StrategicBackground: textField('StrategicBackground', 'strategicBackground'),
  ScheduleText: originalText('ScheduleText', 'schedule'),
  ScheduleStart: monthField('ScheduleStart', 'start'),
  ScheduleEnd: monthField('ScheduleEnd', 'end'),
  ScheduleOngoing: scheduleFlag('ScheduleOngoing', 'ongoing'),
  ScheduleOpenEnd: scheduleFlag('ScheduleOpenEnd', 'openEnd'),
  ScheduleRecurring: scheduleFlag('ScheduleRecurring', 'recurring'),
  ScheduleAlternatives: scheduleFlag('ScheduleAlternatives', 'alternatives'),
  ScheduleUncertain: scheduleFlag('ScheduleUncertain', 'uncertain'),
  SchedulePhases: {
    read: (item, p, issues) => {
      p.schedule.phases = readPhases(item, 'SchedulePhases', issues);
    },
    write: (p, out) => {
      out.SchedulePhases = p.schedule.phases.length > 0 ? JSON.stringify(p.schedule.phases) : null;
    }
  },
  Likelihood: textField('Likelihood', 'likelihood'),
  LikelihoodNote: textField('LikelihoodNote', 'likelihoodNote'),
  ScheduleOwner: textField('ScheduleOwner', 'scheduleOwner'),
  CostText: originalText('CostText', 'costs'),
  InvestmentMin: costField('InvestmentMin', 'investmentMin'),
  InvestmentMax: costField('InvestmentMax', 'investmentMax'),
  RecurringMin: costField('RecurringMin', 'recurringPerYearMin'),
  RecurringMax: costField('RecurringMax', 'recurringPerYearMax'),
  FundingNote: textField('FundingNote', 'fundingNote'),
  Resources: textField('Resources', 'resources'),
  MandatoryByLaw: {
    read: (item, p) => {
      p.mandatoryByLaw = readBoolean(item, 'MandatoryByLaw');
    },
    write: (p, out) => {
      out.MandatoryByLaw = p.mandatoryByLaw;
    }
  },
  ProjectStatus: textField('ProjectStatus', 'status'),
  Rag: textField('Rag', 'rag'),
  RagComment: textField('RagComment', 'ragComment'),
  Progress: {
    read: (item, p, issues) => {
      const value = readNumber(item, 'Progress', issues);
      if (value !== null && (value < 0 || value > 100)) {
        issues.push({ code: 'invalidNumber', field: 'progress', detail: String(value) });
        p.progress = null;
        return;
      }
      p.progress = value;
    },
    write: (p, out) => {
      out.Progress = p.progress;
    }
  },
  ProjectManager: {
    read: (item, p) => {
      p.projectManager = readPerson(item, 'ProjectManager');
    },
    write: (p, out) => {
      out.ProjectManagerId = p.projectManager?.id ?? null;
    }
  },
  Systems: textField('Systems', 'systems')
};

export interface MappedProject {
  project: Project;
  issues: DomainWarning[];
}

/** A project from an item; malformed values become null and are reported, never thrown. */
export function projectFromItem(item: SpItem): MappedProject {
  const project = emptyProject();
  const issues: DomainWarning[] = [];
  project.id = readId(item);
  project.etag = readEtag(item);
  project.modified = readText(item, 'Modified');
  for (const codec of Object.values(PROJECT_CODECS)) {
    codec.read(item, project, issues);
  }
  return { project, issues };
}

/** The values to write for a project (every schema field). */
export function projectToItem(project: Project, context: ProjectWriteContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const codec of Object.values(PROJECT_CODECS)) {
    codec.write(project, out, context);
  }
  return out;
}

/** The impact justifications an item holds, read with the codecs of `fields` (those loaded with `assessment`). */
export function assessmentTextsOf(item: SpItem, fields: readonly string[]): Record<ImpactPerspective, string | null> {
  const project = emptyProject('');
  for (const field of fields) {
    PROJECT_CODECS[field]?.read(item, project, []);
  }
  return {
    economic: project.impacts.economic.text,
    organisation: project.impacts.organisation.text,
    security: project.impacts.security.text,
    dataUse: project.impacts.dataUse.text,
    caseManagement: project.impacts.caseManagement.text
  };
}
