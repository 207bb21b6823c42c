/**
 * The Portfolio grid's follow-up cells: actual investment and actual recurring spend (toteuma)
 * beside the estimates, compact like the other cost columns, with an overrun flag (icon and
 * text) when the actuals exceed the estimate's upper bound; and the "report due" badge.
 */
import * as React from 'react';
import type { Overrun } from '../../domain/followup/actuals';
import type { ProjectActualFigures } from '../../domain/followup/portfolioFacts';
import type { Project } from '../../domain/model';
import { IconText } from '../common/Badges';
import { format } from '../common/format';
import { formatCompactEuro, formatEuro } from '../common/formatting';
import type { CellContext, ColumnDefinition } from './columns';

export interface FollowUpCells {
  /** Each project's actuals over the plan's years; undefined while they are read. */
  figures: ReadonlyMap<number, ProjectActualFigures> | undefined;
  /** Projects that owe a report; undefined while not known. */
  due: ReadonlySet<number> | undefined;
}

export function DueBadge(props: { strings: ISalkkuStrings }): JSX.Element {
  return (
    <span data-salkku-report-due="true">
      <IconText icon="ReminderTime" text={props.strings.ActReportDue} />
    </span>
  );
}

type Measure = 'investment' | 'recurring';

function figuresOf(p: Project, c: CellContext): ProjectActualFigures | undefined {
  return p.id === null ? undefined : c.followUp?.figures?.get(p.id);
}

function overrunsOf(figures: ProjectActualFigures | undefined, measure: Measure): Overrun[] {
  return figures?.overruns.filter((o) => o.measure === measure) ?? [];
}

/** The figure in compact euros ("149 k€", "45 k€ (2027)"), or null without actuals. */
function shown(figures: ProjectActualFigures | undefined, measure: Measure, c: CellContext, full: boolean): string | null {
  const euro = (value: number): string => (full ? formatEuro(value, c.strings.Locale) : formatCompactEuro(value, c.strings));
  if (measure === 'investment') {
    const investment = figures?.investment ?? null;
    return investment === null ? null : euro(investment);
  }
  return figures?.recurring ? format(c.strings.ActRecurringInYear, euro(figures.recurring.value), figures.recurring.year) : null;
}

function overrunText(found: readonly Overrun[], c: CellContext): string {
  const first = found[0];
  if (!first) {
    return '';
  }
  const max = formatEuro(first.estimateMax, c.strings.Locale);
  return first.measure === 'investment' ? format(c.strings.ActOverrunInvestment, max) : format(c.strings.ActOverrunRecurring, found.map((o) => (o.measure === 'recurring' ? o.year : '')).join(', '), max);
}

function cellText(p: Project, c: CellContext, measure: Measure): string {
  if (c.followUp?.figures === undefined) {
    return c.strings.ActLoading;
  }
  const figures = figuresOf(p, c);
  const value = shown(figures, measure, c, true) ?? c.strings.ActNone;
  const found = overrunsOf(figures, measure);
  return found.length > 0 ? `${value}, ${overrunText(found, c)}` : value;
}

function actualColumn(key: 'actualInvestment' | 'actualRecurring', measure: Measure, header: (s: ISalkkuStrings) => string): ColumnDefinition {
  return {
    key,
    header,
    size: { min: 84, max: 170 },
    sort: null,
    render: (p, c) => {
      if (c.followUp?.figures === undefined) {
        return c.strings.ActLoading;
      }
      const figures = figuresOf(p, c);
      const found = overrunsOf(figures, measure);
      const value = shown(figures, measure, c, false) ?? c.strings.EmptyValue;
      return found.length > 0 ? (
        <span data-salkku-overrun={measure}>
          <span>{value}</span>
          <br />
          <IconText icon="Warning" text={c.strings.ActOverrun} title={overrunText(found, c)} />
        </span>
      ) : (
        value
      );
    },
    text: (p, c) => cellText(p, c, measure),
    measure: (p, c) => {
      const figures = figuresOf(p, c);
      const value = shown(figures, measure, c, false) ?? c.strings.EmptyValue;
      return overrunsOf(figures, measure).length > 0 && c.strings.ActOverrun.length > value.length ? c.strings.ActOverrun : value;
    }
  };
}

export const ACTUAL_COLUMNS: Readonly<Record<'actualInvestment' | 'actualRecurring', ColumnDefinition>> = {
  actualInvestment: actualColumn('actualInvestment', 'investment', (s) => s.ActColInvestment),
  actualRecurring: actualColumn('actualRecurring', 'recurring', (s) => s.ActColRecurring)
};
