/** The Portfolio grid's columns: what each shows and how it sorts. The order is configurable. */
import * as React from 'react';
import type { PortfolioData } from '../../data/contract/repository.types';
import { completeness, needsAttention } from '../../domain/impact/completeness';
import type { Project } from '../../domain/model';
import type { SortColumn } from '../../domain/portfolio/viewState';
import { IconText, RagBadge } from '../common/Badges';
import type { ColumnSize, GridColumn } from '../grid/GroupedGrid';
import { format } from '../common/format';
import { describeSchedule, formatCompactCostRange, formatCostRange, formatScheduleRange, scheduleFlags } from '../common/formatting';
import { likelihoodLabel, ownerLabel, ragLabel, ragShortLabel, statusLabel } from '../common/labels';
import type { FollowUpCells } from './actualColumns';
import { ACTUAL_COLUMN, DueBadge } from './actualColumns';

export type ColumnKey =
  | 'number'
  | 'title'
  | 'schedule'
  | 'status'
  | 'likelihood'
  | 'scheduleOwner'
  | 'investment'
  | 'recurring'
  | 'actual'
  | 'goals'
  | 'assessment'
  | 'plans';

export const ALL_COLUMNS: readonly ColumnKey[] = ['number', 'title', 'schedule', 'status', 'likelihood', 'scheduleOwner', 'investment', 'recurring', 'actual', 'goals', 'assessment', 'plans'];

export const DEFAULT_COLUMNS: readonly ColumnKey[] = ['number', 'title', 'schedule', 'status', 'likelihood', 'scheduleOwner', 'investment', 'recurring', 'actual', 'goals', 'assessment'];

/** Columns of the follow-up (actual costs): shown once it is read, never on a site without it. */
export const FOLLOW_UP_COLUMNS: ReadonlySet<ColumnKey> = new Set(['actual']);

export interface CellContext {
  strings: ISalkkuStrings;
  data: PortfolioData;
  goalTitles: ReadonlyMap<number, string>;
  planTitles: ReadonlyMap<number, string>;
  /** The follow-up, once read: each project's actual costs and who owes a report. */
  followUp?: FollowUpCells;
}

export interface ColumnDefinition {
  key: ColumnKey;
  header: (s: ISalkkuStrings) => string;
  /** Bounds of the column; it sizes to its content within them (the title takes the slack). */
  size: ColumnSize;
  sort: SortColumn | null;
  /** Rich content; without it the cell shows its text. */
  render?: (project: Project, context: CellContext) => React.ReactNode;
  /** The cell's whole text (the tooltip when it is cut, and what screen readers hear). */
  text: (project: Project, context: CellContext) => string;
  /** The widest line the cell shows, when that is not its text. */
  measure?: (project: Project, context: CellContext) => string;
  /** Compact form of a number that does not fit ("20–50 k€"). */
  compact?: (project: Project, context: CellContext) => string;
  /** A tooltip the cell always has. */
  tooltip?: (project: Project, context: CellContext) => string | undefined;
}

function scheduleShown(p: Project, strings: ISalkkuStrings): string {
  const range = formatScheduleRange(p.schedule, strings, 'short');
  const flags = scheduleFlags(p.schedule, strings);
  const shown = range ?? (p.schedule.text.trim() === '' ? strings.ScheduleNone : strings.ScheduleNotPlaced);
  return flags.length > 0 ? `${shown} · ${flags.join(', ')}` : shown;
}

function longer(a: string, b: string): string {
  return b.length > a.length ? b : a;
}

function choiceText(label: string | null, strings: ISalkkuStrings): string {
  return label ?? strings.EmptyValue;
}

export const COLUMNS: Readonly<Record<ColumnKey, ColumnDefinition>> = {
  number: {
    key: 'number',
    header: (s) => s.ColNumber,
    size: { min: 48, max: 96, whole: true },
    sort: 'number',
    text: (p, c) => p.number ?? c.strings.EmptyValue
  },
  title: {
    key: 'title',
    header: (s) => s.ColTitle,
    size: { min: 180, max: 520, fill: true, preferred: 300 },
    sort: 'title',
    render: (p, c) =>
      p.id !== null && c.followUp?.due?.has(p.id) ? (
        <span>
          <span>{p.title}</span>
          <br />
          <DueBadge strings={c.strings} />
        </span>
      ) : (
        p.title
      ),
    text: (p, c) => (p.id !== null && c.followUp?.due?.has(p.id) ? `${p.title}, ${c.strings.ActReportDue}` : p.title),
    measure: (p) => p.title
  },
  schedule: {
    key: 'schedule',
    header: (s) => s.ColSchedule,
    size: { min: 110, max: 230 },
    sort: 'schedule',
    render: (p, c) => scheduleShown(p, c.strings),
    measure: (p, c) => scheduleShown(p, c.strings),
    text: (p, c) => describeSchedule(p.schedule, c.strings),
    tooltip: (p, c) => (p.schedule.text === '' ? undefined : format(c.strings.ScheduleOriginal, p.schedule.text))
  },
  status: {
    key: 'status',
    header: (s) => s.ColStatus,
    size: { min: 110, max: 210, extra: 20 },
    sort: 'status',
    render: (p, c) => (
      <span>
        <span>{choiceText(statusLabel(c.strings, p.status), c.strings)}</span>
        {p.rag !== null && (
          <>
            <br />
            <RagBadge value={p.rag} label={ragShortLabel(c.strings, p.rag)} title={ragLabel(c.strings, p.rag) ?? undefined} />
          </>
        )}
      </span>
    ),
    text: (p, c) => [statusLabel(c.strings, p.status), ragLabel(c.strings, p.rag)].filter((v) => v !== null).join(', ') || c.strings.EmptyValue,
    measure: (p, c) => longer(choiceText(statusLabel(c.strings, p.status), c.strings), ragShortLabel(c.strings, p.rag) ?? '')
  },
  likelihood: {
    key: 'likelihood',
    header: (s) => s.ColLikelihood,
    size: { min: 100, max: 220 },
    sort: 'likelihood',
    text: (p, c) => choiceText(likelihoodLabel(c.strings, p.likelihood), c.strings)
  },
  scheduleOwner: {
    key: 'scheduleOwner',
    header: (s) => s.ColScheduleOwner,
    size: { min: 90, max: 170 },
    sort: 'scheduleOwner',
    text: (p, c) => choiceText(ownerLabel(c.strings, p.scheduleOwner), c.strings)
  },
  investment: {
    key: 'investment',
    header: (s) => s.ColInvestment,
    size: { min: 72, max: 180 },
    sort: 'investment',
    text: (p, c) => formatCostRange(p.costs.investmentMin, p.costs.investmentMax, c.strings) ?? c.strings.CostsUnknown,
    compact: (p, c) => formatCompactCostRange(p.costs.investmentMin, p.costs.investmentMax, c.strings) ?? c.strings.CostsUnknownShort
  },
  recurring: {
    key: 'recurring',
    header: (s) => s.ColRecurring,
    size: { min: 72, max: 180 },
    sort: 'recurring',
    text: (p, c) => formatCostRange(p.costs.recurringPerYearMin, p.costs.recurringPerYearMax, c.strings) ?? c.strings.CostsUnknown,
    compact: (p, c) => formatCompactCostRange(p.costs.recurringPerYearMin, p.costs.recurringPerYearMax, c.strings) ?? c.strings.CostsUnknownShort
  },
  actual: ACTUAL_COLUMN,
  goals: {
    key: 'goals',
    header: (s) => s.ColGoals,
    size: { min: 110, max: 260 },
    sort: 'goals',
    text: (p, c) => p.goalIds.map((id) => c.goalTitles.get(id)).filter((t) => t !== undefined).join(', ') || c.strings.EmptyValue
  },
  assessment: {
    key: 'assessment',
    header: (s) => s.ColAssessment,
    size: { min: 90, max: 170, extra: 20, whole: true },
    sort: 'assessment',
    render: (p, c) => {
      const result = completeness(p);
      const text = format(c.strings.AssessmentCount, result.assessed, result.total);
      return needsAttention(p) ? (
        <IconText icon="Warning" text={text} title={c.strings.AssessmentNeedsAttention} />
      ) : (
        <IconText icon={result.complete ? 'CheckMark' : 'CircleRing'} text={text} />
      );
    },
    text: (p, c) => {
      const result = completeness(p);
      const text = format(c.strings.AssessmentCount, result.assessed, result.total);
      return needsAttention(p) ? `${text}, ${c.strings.AssessmentNeedsAttention}` : text;
    },
    measure: (p, c) => {
      const result = completeness(p);
      return format(c.strings.AssessmentCount, result.assessed, result.total);
    }
  },
  plans: {
    key: 'plans',
    header: (s) => s.ColPlans,
    size: { min: 110, max: 260 },
    sort: null,
    text: (p, c) => p.planIds.map((id) => c.planTitles.get(id) ?? String(id)).join(', ')
  }
};

/** The grid columns of the chosen keys, rendered with the view's context. */
export function gridColumns(keys: readonly ColumnKey[], context: CellContext): GridColumn[] {
  return keys.map((key) => {
    const column = COLUMNS[key];
    const { render, measure, compact, tooltip } = column;
    return {
      key,
      header: column.header(context.strings),
      size: column.size,
      sort: column.sort,
      text: (p: Project) => column.text(p, context),
      render: render && ((p: Project) => render(p, context)),
      measure: measure && ((p: Project) => measure(p, context)),
      compact: compact && ((p: Project) => compact(p, context)),
      tooltip: tooltip && ((p: Project) => tooltip(p, context))
    };
  });
}

/** The column keys of a web part property ("number,title,…"); unknown keys are ignored. */
export function parseColumns(value: string | undefined): ColumnKey[] {
  if (!value || value.trim() === '') {
    return [...DEFAULT_COLUMNS];
  }
  const keys = value
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is ColumnKey => (ALL_COLUMNS as readonly string[]).includes(s));
  const unique = [...new Set(keys)];
  return unique.includes('title') ? unique : ['title', ...unique];
}

