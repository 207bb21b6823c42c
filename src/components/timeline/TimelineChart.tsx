/**
 * The timeline: rows grouped like the portfolio, bars on a month axis. Only the rows and the
 * months in view are drawn (12,000 projects cost what 30 do): the rows through the views' row
 * navigation (the grid's keys and windowing), the months here. Composes the axis, the plan-period
 * bands, the today line and the rows with their bars.
 */
import { useTheme } from '@fluentui/react';
import * as React from 'react';
import type { Project } from '../../domain/model';
import { monthFromIndex } from '../../domain/months';
import type { Zoom } from '../../domain/portfolio/viewState';
import type { BarSegment, MonthRange } from '../../domain/timeline/layout';
import { projectBar } from '../../domain/timeline/layout';
import { useStrings } from '../common/SalkkuContext';
import type { NavigableRow, RowFocus } from '../common/useRowNavigation';
import { useRowNavigation } from '../common/useRowNavigation';
import type { GridRow } from '../grid/gridRows';
import { TimelineAxis } from './TimelineAxis';
import { TimelineRows } from './TimelineRows';
import type { MonthScale } from './timelineStyles';
import { AXIS_HEIGHT, PIXELS_PER_MONTH, ROW_HEIGHT, timelineClasses } from './timelineStyles';
import type { TimelineScrollHandle } from './useTimelineScroll';
import { useTimelineScroll } from './useTimelineScroll';

export interface PlanBand {
  start: number;
  end: number;
  label: string;
}

export interface TimelineChartProps {
  rows: readonly GridRow[];
  range: MonthRange;
  zoom: Zoom;
  bands: readonly PlanBand[];
  /** The period the chart opens on (and scrolls back to on request). */
  focus: MonthRange;
  /** Fractional month index of today, or null to hide the line. */
  today: number | null;
  labelWidth: number;
  height: number;
  onOpen: (project: Project) => void;
  onToggleGroup: (key: string) => void;
}

export const TimelineChart = React.forwardRef<TimelineScrollHandle, TimelineChartProps>(function TimelineChart(props, ref): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const { rows, range, labelWidth } = props;
  const classes = React.useMemo(() => timelineClasses(theme, labelWidth), [theme, labelWidth]);
  const ppm = PIXELS_PER_MONTH[props.zoom];
  const chartWidth = (range.end - range.start + 1) * ppm;
  const width = labelWidth + chartWidth;
  const [sideways, setSideways] = React.useState({ left: 0, width: 1200 });
  const viewportHeight = Math.min(props.height, AXIS_HEIGHT + Math.max(1, rows.length) * ROW_HEIGHT + 2);
  const segmentsOf = (row: NavigableRow | undefined): BarSegment[] => (row && row.kind === 'project' && projectBar(row.project, range)?.segments) || [];

  // a segment the keyboard moves to is scrolled into view sideways too
  const revealSegment = (focus: RowFocus, element: HTMLElement): void => {
    const segment = segmentsOf(rows[focus.row])[focus.cell];
    if (segment) {
      const left = (segment.start - range.start) * ppm;
      if (left < element.scrollLeft || left > element.scrollLeft + element.clientWidth - labelWidth - 40) {
        element.scrollLeft = Math.max(0, left - 2 * ppm);
      }
    }
    setSideways({ left: element.scrollLeft, width: element.clientWidth });
  };

  const navigation = useRowNavigation({
    rows,
    rowHeight: ROW_HEIGHT,
    viewportHeight,
    headerHeight: AXIS_HEIGHT,
    cellCount: (row) => segmentsOf(row).length,
    cellAttribute: 'data-segment',
    columns: false,
    onToggleGroup: props.onToggleGroup,
    onActivate: props.onOpen,
    onMoved: revealSegment
  });
  const scroller = navigation.container;
  const scroll = useTimelineScroll({
    element: scroller.ref,
    range,
    pixelsPerMonth: ppm,
    labelWidth,
    focus: props.focus,
    today: props.today,
    onScrolled: (element) => setSideways({ left: element.scrollLeft, width: element.clientWidth })
  });
  React.useImperativeHandle(ref, () => scroll.handle);

  React.useLayoutEffect(() => {
    const element = scroller.ref.current;
    if (element) {
      setSideways((s) => ({ ...s, width: element.clientWidth }));
    }
  }, [scroller.ref, labelWidth]);

  const onScroll = (event: React.UIEvent<HTMLDivElement>): void => {
    scroller.onScroll(event);
    scroll.onScroll(event.currentTarget);
    setSideways({ left: event.currentTarget.scrollLeft, width: event.currentTarget.clientWidth });
  };

  const months: MonthScale = {
    x: (month) => labelWidth + (month - range.start) * ppm,
    pixelsPerMonth: ppm,
    first: Math.max(range.start, range.start + Math.floor(sideways.left / ppm) - 2),
    last: Math.min(range.end, range.start + Math.ceil((sideways.left + sideways.width) / ppm) + 2)
  };

  return (
    <div
      {...scroller}
      className={classes.scroller}
      style={{ height: viewportHeight }}
      onScroll={onScroll}
      data-salkku-timeline="chart"
      data-first-month={monthFromIndex(months.first)}
      data-last-month={monthFromIndex(months.last)}
    >
      <div role="treegrid" aria-label={strings.TimelineLabel} aria-rowcount={rows.length + 1} aria-colcount={2} style={{ position: 'relative', width, height: AXIS_HEIGHT + navigation.totalHeight }}>
        <TimelineAxis classes={classes} months={months} zoom={props.zoom} width={width} viewLeft={labelWidth + sideways.left} />
        {props.bands.map((b) => (
          <div key={`bg${b.start}`} className={classes.band} style={{ left: months.x(b.start), width: (b.end - b.start + 1) * ppm, top: AXIS_HEIGHT }} aria-hidden={true} />
        ))}
        {props.today !== null && props.today >= range.start && props.today <= range.end + 1 && (
          <div className={classes.today} style={{ left: months.x(props.today), top: 0 }} title={strings.Today} aria-hidden={true} data-salkku-today="true" />
        )}
        <TimelineRows rows={rows} navigation={navigation} range={range} months={months} classes={classes} width={width} onOpen={props.onOpen} onToggleGroup={props.onToggleGroup} />
      </div>
    </div>
  );
});
