/** The Portfolio grid's columns: what each shows and how it sorts. The order is configurable. */
import { TooltipHost } from '@fluentui/react';
import * as React from 'react';
import type { PortfolioData } from '../../data/contract/repository.types';
import { completeness, needsAttention } from '../../domain/impact/completeness';
import type { Project } from '../../domain/model';
import type { SortColumn } from '../../domain/portfolio/viewState';
import { IconText, RagBadge } from '../common/Badges';
import type { GridColumn } from '../grid/GroupedGrid';
import { format } from '../common/format';
import { describeSchedule, formatCostRange, formatScheduleRange, scheduleFlags } from '../common/formatting';
import { likelihoodLabel, ownerLabel, ragLabel, statusLabel } from '../common/labels';

export type ColumnKey = 'number' | 'title' | 'schedule' | 'status' | 'likelihood' | 'scheduleOwner' | 'investment' | 'recurring' | 'goals' | 'assessment' | 'plans';

export const ALL_COLUMNS: readonly ColumnKey[] = ['number', 'title', 'schedule', 'status', 'likelihood', 'scheduleOwner', 'investment', 'recurring', 'goals', 'assessment', 'plans'];

export const DEFAULT_COLUMNS: readonly ColumnKey[] = ['number', 'title', 'schedule', 'status', 'likelihood', 'scheduleOwner', 'investment', 'recurring', 'goals', 'assessment'];

export interface CellContext {
  strings: ISalkkuStrings;
  data: PortfolioData;
  goalTitles: ReadonlyMap<number, string>;
  planTitles: ReadonlyMap<number, string>;
}

export interface ColumnDefinition {
  key: ColumnKey;
  header: (s: ISalkkuStrings) => string;
  /** CSS grid track: fixed width or a share of the rest (minmax(min px, share)). */
  width: string;
  sort: SortColumn | null;
  render: (project: Project, context: CellContext) => React.ReactNode;
  /** Plain text of the cell (for the accessible row name). */
  text: (project: Project, context: CellContext) => string;
}

function choiceText(label: string | null, strings: ISalkkuStrings): string {
  return label ?? strings.EmptyValue;
}

export const COLUMNS: Readonly<Record<ColumnKey, ColumnDefinition>> = {
  number: {
    key: 'number',
    header: (s) => s.ColNumber,
    width: '64px',
    sort: 'number',
    render: (p, c) => p.number ?? c.strings.EmptyValue,
    text: (p) => p.number ?? ''
  },
  title: {
    key: 'title',
    header: (s) => s.ColTitle,
    width: 'minmax(200px, 3fr)',
    sort: 'title',
    render: (p) => p.title,
    text: (p) => p.title
  },
  schedule: {
    key: 'schedule',
    header: (s) => s.ColSchedule,
    width: 'minmax(130px, 1.4fr)',
    sort: 'schedule',
    render: (p, c) => {
      const range = formatScheduleRange(p.schedule, c.strings, 'short');
      const flags = scheduleFlags(p.schedule, c.strings);
      const shown = range ?? (p.schedule.text.trim() === '' ? c.strings.ScheduleNone : c.strings.ScheduleNotPlaced);
      return (
        <TooltipHost content={p.schedule.text === '' ? undefined : format(c.strings.ScheduleOriginal, p.schedule.text)}>
          <span>{flags.length > 0 ? `${shown} · ${flags.join(', ')}` : shown}</span>
        </TooltipHost>
      );
    },
    text: (p, c) => describeSchedule(p.schedule, c.strings)
  },
  status: {
    key: 'status',
    header: (s) => s.ColStatus,
    width: 'minmax(130px, 1.2fr)',
    sort: 'status',
    render: (p, c) => (
      <span>
        <span>{choiceText(statusLabel(c.strings, p.status), c.strings)}</span>
        {p.rag !== null && (
          <>
            <br />
            <RagBadge value={p.rag} label={ragLabel(c.strings, p.rag)} />
          </>
        )}
      </span>
    ),
    text: (p, c) => [statusLabel(c.strings, p.status), ragLabel(c.strings, p.rag)].filter((v) => v !== null).join(', ')
  },
  likelihood: {
    key: 'likelihood',
    header: (s) => s.ColLikelihood,
    width: 'minmax(110px, 1fr)',
    sort: 'likelihood',
    render: (p, c) => choiceText(likelihoodLabel(c.strings, p.likelihood), c.strings),
    text: (p, c) => likelihoodLabel(c.strings, p.likelihood) ?? ''
  },
  scheduleOwner: {
    key: 'scheduleOwner',
    header: (s) => s.ColScheduleOwner,
    width: 'minmax(100px, 0.8fr)',
    sort: 'scheduleOwner',
    render: (p, c) => choiceText(ownerLabel(c.strings, p.scheduleOwner), c.strings),
    text: (p, c) => ownerLabel(c.strings, p.scheduleOwner) ?? ''
  },
  investment: {
    key: 'investment',
    header: (s) => s.ColInvestment,
    width: 'minmax(110px, 1fr)',
    sort: 'investment',
    render: (p, c) => formatCostRange(p.costs.investmentMin, p.costs.investmentMax, c.strings) ?? c.strings.CostsUnknown,
    text: (p, c) => formatCostRange(p.costs.investmentMin, p.costs.investmentMax, c.strings) ?? c.strings.CostsUnknown
  },
  recurring: {
    key: 'recurring',
    header: (s) => s.ColRecurring,
    width: 'minmax(100px, 1fr)',
    sort: 'recurring',
    render: (p, c) => formatCostRange(p.costs.recurringPerYearMin, p.costs.recurringPerYearMax, c.strings) ?? c.strings.CostsUnknown,
    text: (p, c) => formatCostRange(p.costs.recurringPerYearMin, p.costs.recurringPerYearMax, c.strings) ?? c.strings.CostsUnknown
  },
  goals: {
    key: 'goals',
    header: (s) => s.ColGoals,
    width: 'minmax(120px, 1.2fr)',
    sort: 'goals',
    render: (p, c) => p.goalIds.map((id) => c.goalTitles.get(id)).filter((t) => t !== undefined).join(', ') || c.strings.EmptyValue,
    text: (p, c) => p.goalIds.map((id) => c.goalTitles.get(id)).filter((t) => t !== undefined).join(', ')
  },
  assessment: {
    key: 'assessment',
    header: (s) => s.ColAssessment,
    width: 'minmax(100px, 0.9fr)',
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
    }
  },
  plans: {
    key: 'plans',
    header: (s) => s.ColPlans,
    width: 'minmax(120px, 1fr)',
    sort: null,
    render: (p, c) => p.planIds.map((id) => c.planTitles.get(id) ?? String(id)).join(', '),
    text: (p, c) => p.planIds.map((id) => c.planTitles.get(id) ?? String(id)).join(', ')
  }
};

/** The grid columns of the chosen keys, rendered with the view's context. */
export function gridColumns(keys: readonly ColumnKey[], context: CellContext): GridColumn[] {
  return keys.map((key) => {
    const column = COLUMNS[key];
    return { key, header: column.header(context.strings), width: column.width, sort: column.sort, render: (p: Project) => column.render(p, context) };
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

