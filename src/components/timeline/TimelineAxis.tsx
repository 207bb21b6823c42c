/** The timeline's header row: the label column's heading and the month axis with its ticks. */
import * as React from 'react';
import type { Zoom } from '../../domain/portfolio/viewState';
import { format } from '../common/format';
import { formatMonthName } from '../common/formatting';
import { useStrings } from '../common/SalkkuContext';
import type { MonthScale, TimelineClasses } from './timelineStyles';
import { AXIS_HEIGHT } from './timelineStyles';

interface Tick {
  month: number;
  label: string;
  major: boolean;
}

function ticks(first: number, last: number, zoom: Zoom, strings: ISalkkuStrings): Tick[] {
  const result: Tick[] = [];
  for (let m = first; m <= last; m++) {
    const monthOfYear = (m % 12) + 1;
    const year = Math.floor(m / 12);
    if (monthOfYear === 1) {
      result.push({ month: m, label: String(year), major: true });
    }
    if (zoom === 'quarter' && monthOfYear % 3 === 1) {
      result.push({ month: m, label: format(strings.QuarterShort, (monthOfYear + 2) / 3), major: false });
    }
    if (zoom === 'month') {
      result.push({ month: m, label: formatMonthName(monthOfYear, strings.Locale, 'short'), major: false });
    }
  }
  return result;
}

export interface TimelineAxisProps {
  classes: TimelineClasses;
  months: MonthScale;
  zoom: Zoom;
  /** Width of the whole chart (px), the label column included. */
  width: number;
  /** Left edge (px, in the chart) of the part in view, right of the sticky label column. */
  viewLeft: number;
}

/** Room a year label takes (px). */
const YEAR_LABEL_WIDTH = 40;

/**
 * The year of the first month in view, at the view's left edge, when that year's own label
 * (at its January) is scrolled out of view; pushed aside by the next year's label.
 */
function leadingYear(months: MonthScale, viewLeft: number): { year: number; left: number } | null {
  const month = Math.floor((viewLeft - months.x(0)) / months.pixelsPerMonth);
  const year = Math.floor(month / 12);
  const january = months.x(year * 12);
  if (january >= viewLeft) {
    return null;
  }
  return { year, left: Math.min(viewLeft, months.x((year + 1) * 12) - YEAR_LABEL_WIDTH) };
}

export function TimelineAxis(props: TimelineAxisProps): JSX.Element {
  const strings = useStrings();
  const { classes, months, width } = props;
  const leading = leadingYear(months, props.viewLeft);
  return (
    <div role="row" aria-rowindex={1} className={classes.axis} style={{ width }}>
      <div role="columnheader" className={classes.axisLabel}>
        {strings.ColTitle}
      </div>
      <div role="columnheader" aria-label={strings.ColSchedule} style={{ position: 'absolute', left: 0, top: 0, width, height: AXIS_HEIGHT }}>
        {ticks(months.first, months.last, props.zoom, strings).map((t) => (
          <span key={`${t.major ? 'y' : 'm'}${t.month}`} className={t.major ? classes.tickMajor : classes.tick} style={{ left: months.x(t.month) }}>
            {t.label}
          </span>
        ))}
        {leading && (
          <span key="leading" className={classes.tickMajor} style={{ left: leading.left }} data-salkku-leading-year={leading.year}>
            {String(leading.year)}
          </span>
        )}
      </div>
    </div>
  );
}
