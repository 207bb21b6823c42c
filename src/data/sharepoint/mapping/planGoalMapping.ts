/** Plan and StrategicGoal ↔ SharePoint item; codecs per schema field, like projects. */
import type { Plan, StrategicGoal } from '../../../domain/model';
import type { DomainWarning } from '../../../domain/warnings';
import type { FieldCodec } from './projectMapping';
import type { SpItem } from './values';
import { readDate, readEtag, readId, readText, textOrNull, writeDate } from './values';

type PlanCodec = FieldCodec<Plan>;
type GoalCodec = FieldCodec<StrategicGoal>;

function monthText(item: SpItem, name: string, issues: DomainWarning[]): string | null {
  const text = readText(item, name);
  if (text !== null && !/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) {
    issues.push({ code: 'invalidDate', field: name, detail: text });
    return null;
  }
  return text;
}

export const PLAN_CODECS: Readonly<Record<string, PlanCodec>> = {
  Title: {
    read: (item, p, issues) => {
      p.title = readText(item, 'Title') ?? '';
      if (p.title.trim() === '') {
        issues.push({ code: 'missingTitle', field: 'title' });
      }
    },
    write: (p, out) => {
      out.Title = p.title;
    }
  },
  Organisation: {
    read: (item, p) => {
      p.organisation = readText(item, 'Organisation');
    },
    write: (p, out) => {
      out.Organisation = textOrNull(p.organisation);
    }
  },
  PeriodStart: {
    read: (item, p, issues) => {
      p.periodStart = monthText(item, 'PeriodStart', issues);
    },
    write: (p, out) => {
      out.PeriodStart = p.periodStart;
    }
  },
  PeriodEnd: {
    read: (item, p, issues) => {
      p.periodEnd = monthText(item, 'PeriodEnd', issues);
    },
    write: (p, out) => {
      out.PeriodEnd = p.periodEnd;
    }
  },
  ApprovedOn: {
    read: (item, p, issues) => {
      p.approvedOn = readDate(item, 'ApprovedOn', issues);
    },
    write: (p, out) => {
      out.ApprovedOn = writeDate(p.approvedOn);
    }
  },
  PlanStatus: {
    read: (item, p) => {
      p.status = readText(item, 'PlanStatus');
    },
    write: (p, out) => {
      out.PlanStatus = textOrNull(p.status);
    }
  }
};

export const GOAL_CODECS: Readonly<Record<string, GoalCodec>> = {
  Title: {
    read: (item, g, issues) => {
      g.title = readText(item, 'Title') ?? '';
      if (g.title.trim() === '') {
        issues.push({ code: 'missingTitle', field: 'title' });
      }
    },
    write: (g, out) => {
      out.Title = g.title;
    }
  },
  GoalDescription: {
    read: (item, g) => {
      g.description = readText(item, 'GoalDescription');
    },
    write: (g, out) => {
      out.GoalDescription = textOrNull(g.description);
    }
  },
  StrategyPeriod: {
    read: (item, g) => {
      g.strategyPeriod = readText(item, 'StrategyPeriod');
    },
    write: (g, out) => {
      out.StrategyPeriod = textOrNull(g.strategyPeriod);
    }
  }
};

export function planFromItem(item: SpItem, issues: DomainWarning[] = []): Plan {
  const plan: Plan = { id: readId(item), etag: readEtag(item), title: '', organisation: null, periodStart: null, periodEnd: null, approvedOn: null, status: null };
  Object.values(PLAN_CODECS).forEach((codec) => codec.read(item, plan, issues));
  return plan;
}

export function planToItem(plan: Plan): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  Object.values(PLAN_CODECS).forEach((codec) => codec.write(plan, out, undefined));
  return out;
}

export function goalFromItem(item: SpItem, issues: DomainWarning[] = []): StrategicGoal {
  const goal: StrategicGoal = { id: readId(item), etag: readEtag(item), title: '', description: null, strategyPeriod: null };
  Object.values(GOAL_CODECS).forEach((codec) => codec.read(item, goal, issues));
  return goal;
}

export function goalToItem(goal: StrategicGoal): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  Object.values(GOAL_CODECS).forEach((codec) => codec.write(goal, out, undefined));
  return out;
}
