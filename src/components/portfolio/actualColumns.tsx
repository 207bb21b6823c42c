/**
 * The Portfolio grid's follow-up cells: the actual costs (toteuma) beside the estimates, for the
 * plan's years (investment summed over them, recurring spend of the latest year with any),
 * compact like the other cost columns, with an overrun flag (icon and text) when the actuals
 * exceed the estimate's upper bound; and the "report due" badge.
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

function figuresOf(p: Project, c: CellContext): ProjectActualFigures | undefined {
  return p.id === null ? undefined : c.followUp?.figures?.get(p.id);
}

/** "13 k€ · 4 k€ / v" (full: "investointi 13 000 €, jatkuvat 4 000 € / v (2024)"), or null without actuals. */
function figureText(figures: ProjectActualFigures | undefined, c: CellContext, full: boolean): string | null {
  const s = c.strings;
  const euro = (value: number): string => (full ? formatEuro(value, s.Locale) : formatCompactEuro(value, s));
  const parts: string[] = [];
  if (figures?.investment !== null && figures?.investment !== undefined) {
    parts.push(full ? format(s.ActCellInvestment, euro(figures.investment)) : euro(figures.investment));
  }
  if (figures?.recurring) {
    const perYear = format(s.CostsPerYear, euro(figures.recurring.value));
    parts.push(full ? format(s.ActCellRecurring, perYear, figures.recurring.year) : perYear);
  }
  return parts.length === 0 ? null : parts.join(full ? ', ' : ' · ');
}

/** Why the project is flagged, in words: "ylittää arvion ylärajan 10 000 €". */
export function overrunText(found: readonly Overrun[], strings: ISalkkuStrings): string {
  return found
    .map((o) => {
      const max = formatEuro(o.estimateMax, strings.Locale);
      return o.measure === 'investment' ? format(strings.ActOverrunInvestment, max) : format(strings.ActOverrunRecurring, o.year, max);
    })
    .join('; ');
}

export const ACTUAL_COLUMN: ColumnDefinition = {
  key: 'actual',
  header: (s) => s.ActColActual,
  size: { min: 96, max: 170, extra: 20 },
  sort: null,
  render: (p, c) => {
    if (c.followUp?.figures === undefined) {
      return c.strings.ActLoading;
    }
    const figures = figuresOf(p, c);
    const value = figureText(figures, c, false) ?? c.strings.EmptyValue;
    const found = figures?.overruns ?? [];
    return found.length > 0 ? (
      <span data-salkku-overrun={found.map((o) => o.measure).join(' ')}>
        <span>{value}</span>
        <br />
        <IconText icon="Warning" text={c.strings.ActOverrun} title={overrunText(found, c.strings)} />
      </span>
    ) : (
      value
    );
  },
  text: (p, c) => {
    if (c.followUp?.figures === undefined) {
      return c.strings.ActLoading;
    }
    const figures = figuresOf(p, c);
    const value = figureText(figures, c, true) ?? c.strings.ActNone;
    const found = figures?.overruns ?? [];
    return found.length > 0 ? `${value}; ${c.strings.ActOverrun}: ${overrunText(found, c.strings)}` : value;
  },
  measure: (p, c) => {
    const figures = figuresOf(p, c);
    const value = figureText(figures, c, false) ?? c.strings.EmptyValue;
    return (figures?.overruns.length ?? 0) > 0 && c.strings.ActOverrun.length > value.length ? c.strings.ActOverrun : value;
  }
};
