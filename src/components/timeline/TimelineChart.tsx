/**
 * The timeline: rows grouped like the portfolio, bars on a month axis. Only the rows and the
 * months in view are drawn (12,000 projects cost what 30 do). Uncertainty is drawn distinctly
 * and said in words next to the bar; every row has a full spoken label.
 */
import type { ITheme } from '@fluentui/react';
import { FontIcon, mergeStyleSets, useTheme } from '@fluentui/react';
import * as React from 'react';
import type { Project } from '../../domain/model';
import { monthFromIndex } from '../../domain/months';
import type { Zoom } from '../../domain/portfolio/viewState';
import type { BarSegment, MonthRange, ProjectBar } from '../../domain/timeline/layout';
import { projectBar } from '../../domain/timeline/layout';
import { useStrings } from '../common/SalkkuContext';
import { format } from '../common/format';
import { describeSchedule, formatMonth, formatMonthName, formatScheduleRange } from '../common/formatting';
import type { GridRow } from '../grid/gridRows';

export const PIXELS_PER_MONTH: Readonly<Record<Zoom, number>> = { year: 8, quarter: 22, month: 60 };

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
  /** Fractional month index of today, or null to hide the line. */
  today: number | null;
  labelWidth: number;
  height: number;
  onOpen: (project: Project) => void;
  onToggleGroup: (key: string) => void;
}

const ROW_HEIGHT = 36;
const AXIS_HEIGHT = 44;
const BAR_HEIGHT = 14;

type ChartClass = 'scroller' | 'axis' | 'axisLabel' | 'tick' | 'tickMajor' | 'row' | 'groupRow' | 'label' | 'groupLabel' | 'track' | 'bar' | 'hatched' | 'dashed' | 'flags' | 'today' | 'band' | 'phaseName';

function styles(theme: ITheme, labelWidth: number): Record<ChartClass, string> {
  const bar = theme.palette.themePrimary;
  const text = theme.semanticColors.bodyText;
  const background = theme.semanticColors.bodyBackground;
  return mergeStyleSets({
    scroller: { position: 'relative', overflow: 'auto', border: `1px solid ${theme.semanticColors.bodyDivider}`, background },
    axis: { position: 'sticky', top: 0, zIndex: 3, height: AXIS_HEIGHT, background, borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` },
    axisLabel: { position: 'sticky', left: 0, zIndex: 4, width: labelWidth, height: AXIS_HEIGHT, background, display: 'flex', alignItems: 'flex-end', padding: '0 8px 4px', boxSizing: 'border-box', fontWeight: 600 },
    tick: { position: 'absolute', bottom: 0, height: 18, borderLeft: `1px solid ${theme.palette.neutralTertiaryAlt}`, paddingLeft: 3, fontSize: 11, color: text, whiteSpace: 'nowrap' },
    tickMajor: { position: 'absolute', top: 2, height: 20, paddingLeft: 3, fontSize: 12, fontWeight: 600, color: text, whiteSpace: 'nowrap', borderLeft: `1px solid ${theme.palette.neutralSecondary}` },
    row: {
      position: 'absolute',
      left: 0,
      height: ROW_HEIGHT,
      borderBottom: `1px solid ${theme.palette.neutralLighter}`,
      selectors: { ':focus': { outline: `2px solid ${theme.semanticColors.focusBorder}`, outlineOffset: -2 } }
    },
    groupRow: { background: theme.palette.neutralLighterAlt, cursor: 'pointer' },
    label: {
      position: 'sticky',
      left: 0,
      zIndex: 2,
      width: labelWidth,
      height: ROW_HEIGHT,
      background,
      display: 'flex',
      alignItems: 'center',
      padding: '0 8px',
      boxSizing: 'border-box',
      overflow: 'hidden',
      whiteSpace: 'nowrap',
      textOverflow: 'ellipsis',
      cursor: 'pointer',
      color: text,
      borderRight: `1px solid ${theme.semanticColors.bodyDivider}`
    },
    groupLabel: { fontWeight: 600, gap: 6, background: theme.palette.neutralLighterAlt },
    track: { position: 'absolute', top: 0, height: ROW_HEIGHT },
    bar: {
      position: 'absolute',
      top: (ROW_HEIGHT - BAR_HEIGHT) / 2,
      height: BAR_HEIGHT,
      background: bar,
      borderRadius: 3,
      boxSizing: 'border-box',
      border: `1px solid ${bar}`,
      cursor: 'pointer',
      selectors: { ':focus': { outline: `2px solid ${theme.semanticColors.focusBorder}`, outlineOffset: 2 } }
    },
    hatched: { background: `repeating-linear-gradient(45deg, ${bar} 0 4px, transparent 4px 8px)` },
    dashed: { borderStyle: 'dashed', borderWidth: 2, background: 'transparent' },
    flags: { position: 'absolute', top: 2, fontSize: 11, lineHeight: '14px', whiteSpace: 'nowrap', color: theme.semanticColors.bodySubtext },
    today: { position: 'absolute', top: 0, bottom: 0, width: 0, borderLeft: `2px solid ${theme.palette.red}`, zIndex: 1, pointerEvents: 'none' },
    band: { position: 'absolute', top: 0, bottom: 0, background: theme.isInverted ? 'rgba(255,255,255,0.06)' : 'rgba(15,108,189,0.06)', pointerEvents: 'none' },
        phaseName: { position: 'absolute', top: ROW_HEIGHT / 2 + BAR_HEIGHT / 2 + 1, fontSize: 10, lineHeight: '10px', whiteSpace: 'nowrap', color: text, overflow: 'hidden' }
  });
}

/** The words said about a bar: flags, unknown start, low likelihood. */
export function barFlagWords(bar: ProjectBar, strings: ISalkkuStrings): string[] {
  const words: string[] = [];
  if (bar.segments.some((s) => s.startUnknown)) {
    words.push(strings.StartUnknown);
  }
  if (bar.segments.some((s) => s.endOpen)) {
    words.push(strings.ScheduleOpenEnd);
  }
  if (bar.ongoing) {
    words.push(strings.ScheduleOngoing);
  }
  if (bar.recurring) {
    words.push(strings.ScheduleRecurring);
  }
  if (bar.alternatives) {
    words.push(strings.ScheduleAlternatives);
  }
  if (bar.uncertain) {
    words.push(strings.ScheduleUncertain);
  }
  if (bar.lowLikelihood) {
    words.push(strings.LowLikelihood);
  }
  return words;
}

/** "3.2.1 Ostolaskujen kierrätys, syyskuu 2021 – joulukuu 2022, avoin loppu". */
export function spokenLabel(project: Project, bar: ProjectBar | null, strings: ISalkkuStrings): string {
  const head = `${project.number ?? ''} ${project.title}`.trim();
  const range = formatScheduleRange(project.schedule, strings) ?? describeSchedule(project.schedule, strings);
  const words = bar ? barFlagWords(bar, strings) : [];
  return [head, range, ...words].join(', ');
}

function segmentLabel(project: Project, segment: BarSegment, strings: ISalkkuStrings): string {
  const start = segment.startUnknown ? strings.StartUnknown : formatMonth(monthFromIndex(segment.start), strings.Locale);
  const end = segment.endOpen ? strings.ScheduleOpenEnd : formatMonth(monthFromIndex(segment.end), strings.Locale);
  return `${segment.name ? `${segment.name}: ` : ''}${start} – ${end}`;
}

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

export function TimelineChart(props: TimelineChartProps): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const { rows, range, labelWidth } = props;
  const classes = React.useMemo(() => styles(theme, labelWidth), [theme, labelWidth]);
  const ppm = PIXELS_PER_MONTH[props.zoom];
  const months = range.end - range.start + 1;
  const chartWidth = months * ppm;
  const scrollerRef = React.useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = React.useState({ top: 0, left: 0, width: 1200 });
  const [focused, setFocused] = React.useState(0);
  const focusTarget = React.useRef<string | null>(null);
  const viewportHeight = Math.min(props.height, AXIS_HEIGHT + Math.max(1, rows.length) * ROW_HEIGHT + 2);

  React.useLayoutEffect(() => {
    const element = scrollerRef.current;
    if (element) {
      setScroll((s) => ({ ...s, width: element.clientWidth }));
    }
  }, [labelWidth]);

  React.useEffect(() => {
    const selector = focusTarget.current;
    if (selector) {
      focusTarget.current = null;
      scrollerRef.current?.querySelector<HTMLElement>(selector)?.focus();
    }
  });

  const onScroll = (event: React.UIEvent<HTMLDivElement>): void => {
    const element = event.currentTarget;
    setScroll({ top: element.scrollTop, left: element.scrollLeft, width: element.clientWidth });
  };

  const x = (month: number): number => labelWidth + (month - range.start) * ppm;
  const firstRow = Math.max(0, Math.floor(scroll.top / ROW_HEIGHT) - 6);
  const lastRow = Math.min(rows.length - 1, Math.ceil((scroll.top + viewportHeight) / ROW_HEIGHT) + 6);
  const firstMonth = Math.max(range.start, range.start + Math.floor(scroll.left / ppm) - 2);
  const lastMonth = Math.min(range.end, range.start + Math.ceil((scroll.left + scroll.width) / ppm) + 2);

  const scrollIntoView = (index: number, month?: number): void => {
    const element = scrollerRef.current;
    if (!element) {
      return;
    }
    const top = index * ROW_HEIGHT;
    const visibleHeight = element.clientHeight - AXIS_HEIGHT;
    if (top < element.scrollTop) {
      element.scrollTop = top;
    } else if (top + ROW_HEIGHT > element.scrollTop + visibleHeight) {
      element.scrollTop = top + ROW_HEIGHT - visibleHeight;
    }
    if (month !== undefined) {
      const left = (month - range.start) * ppm;
      if (left < element.scrollLeft || left > element.scrollLeft + element.clientWidth - labelWidth - 40) {
        element.scrollLeft = Math.max(0, left - 2 * ppm);
      }
    }
    setScroll({ top: element.scrollTop, left: element.scrollLeft, width: element.clientWidth });
  };

  const focusRow = (index: number): void => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setFocused(next);
    scrollIntoView(next);
    focusTarget.current = `[data-row-index="${next}"]`;
  };

  const focusSegment = (index: number, segmentIndex: number, segment: BarSegment): void => {
    scrollIntoView(index, segment.start);
    focusTarget.current = `[data-row-index="${index}"] [data-segment="${segmentIndex}"]`;
  };

  const onRowKeyDown = (event: React.KeyboardEvent, index: number, row: GridRow, bar: ProjectBar | null): void => {
    const target = event.target as HTMLElement;
    const segmentIndex = target.dataset.segment === undefined ? -1 : Number(target.dataset.segment);
    const segments = bar?.segments ?? [];
    const page = Math.max(1, Math.floor((viewportHeight - AXIS_HEIGHT) / ROW_HEIGHT) - 1);
    const actions: Record<string, () => void> = {
      ArrowDown: () => focusRow(index + 1),
      ArrowUp: () => focusRow(index - 1),
      PageDown: () => focusRow(index + page),
      PageUp: () => focusRow(index - page),
      Home: () => focusRow(0),
      End: () => focusRow(rows.length - 1),
      ArrowRight: () => {
        if (row.kind === 'group') {
          if (!row.expanded) {
            props.onToggleGroup(row.key);
          }
        } else if (segmentIndex + 1 < segments.length) {
          focusSegment(index, segmentIndex + 1, segments[segmentIndex + 1]);
        }
      },
      ArrowLeft: () => {
        if (row.kind === 'group') {
          if (row.expanded) {
            props.onToggleGroup(row.key);
          }
        } else if (segmentIndex > 0) {
          focusSegment(index, segmentIndex - 1, segments[segmentIndex - 1]);
        } else if (segmentIndex === 0) {
          focusRow(index);
        }
      },
      Enter: () => (row.kind === 'project' ? props.onOpen(row.project) : props.onToggleGroup(row.key)),
      ' ': () => (row.kind === 'project' ? props.onOpen(row.project) : props.onToggleGroup(row.key))
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      event.stopPropagation();
      action();
    }
  };

  const renderBar = (project: Project, bar: ProjectBar): JSX.Element[] => {
    const elements: JSX.Element[] = [];
    const hatched = bar.uncertain || bar.lowLikelihood;
    let lastEnd = -Infinity;
    bar.segments.forEach((segment, i) => {
      lastEnd = Math.max(lastEnd, segment.end);
      if (segment.end < firstMonth || segment.start > lastMonth) {
        return;
      }
      const left = x(segment.start);
      const width = Math.max(4, (segment.end - segment.start + 1) * ppm - 2);
      // an open end fades out to the right, an unknown start fades in from the left (hatching wins)
      const fade = hatched
        ? undefined
        : segment.endOpen
          ? `linear-gradient(to right, ${theme.palette.themePrimary} 60%, transparent)`
          : segment.startUnknown
            ? `linear-gradient(to left, ${theme.palette.themePrimary} 60%, transparent)`
            : undefined;
      elements.push(
        <span
          key={`s${i}`}
          role="button"
          tabIndex={-1}
          data-segment={i}
          aria-label={segmentLabel(project, segment, strings)}
          title={`${segmentLabel(project, segment, strings)}\n${format(strings.ScheduleOriginal, project.schedule.text)}`}
          className={`${classes.bar} ${hatched ? classes.hatched : ''} ${bar.alternatives ? classes.dashed : ''}`}
          style={{ left, width, background: fade }}
          onClick={(event) => {
            event.stopPropagation();
            props.onOpen(project);
          }}
        />
      );
      if (segment.name && bar.segments.length > 1 && width > 40) {
        elements.push(
          <span key={`n${i}`} className={classes.phaseName} style={{ left: left + 2, width: width - 4 }} aria-hidden={true}>
            {segment.name}
          </span>
        );
      }
    });
    const words = barFlagWords(bar, strings);
    if (lastEnd >= firstMonth - 1 && lastEnd <= lastMonth + 1) {
      elements.push(
        <span key="flags" className={classes.flags} style={{ left: x(lastEnd + 1) + 4 }} aria-hidden={true}>
          {bar.ongoing ? '→ ' : ''}
          {words.join(' · ')}
        </span>
      );
    }
    return elements;
  };

  const visibleRows: JSX.Element[] = [];
  for (let index = firstRow; index <= lastRow; index++) {
    const row = rows[index];
    if (!row) {
      continue;
    }
    const top = AXIS_HEIGHT + index * ROW_HEIGHT;
    const common = {
      key: row.key,
      role: 'row',
      'data-row-index': index,
      'aria-rowindex': index + 2,
      'aria-level': row.level,
      tabIndex: index === Math.min(focused, rows.length - 1) ? 0 : -1,
      onFocus: (event: React.FocusEvent) => {
        if (event.target === event.currentTarget) {
          setFocused(index);
        }
      }
    };
    if (row.kind === 'group') {
      visibleRows.push(
        <div
          {...common}
          aria-expanded={row.expanded}
          aria-label={`${row.label}, ${format(strings.GroupCount, row.totals.count)}`}
          className={`${classes.row} ${classes.groupRow}`}
          style={{ top, width: labelWidth + chartWidth }}
          onKeyDown={(event) => onRowKeyDown(event, index, row, null)}
          onClick={() => props.onToggleGroup(row.key)}
          data-salkku-group={row.key}
        >
          <div role="gridcell" aria-colspan={2} className={`${classes.label} ${classes.groupLabel}`} style={{ paddingLeft: row.level === 1 ? 8 : 24 }}>
            <FontIcon aria-hidden={true} iconName={row.expanded ? 'ChevronDown' : 'ChevronRight'} />
            <span>{`${row.label} (${row.totals.count})`}</span>
          </div>
        </div>
      );
      continue;
    }
    const bar = projectBar(row.project, range);
    visibleRows.push(
      <div
        {...common}
        aria-label={spokenLabel(row.project, bar, strings)}
        className={classes.row}
        style={{ top, width: labelWidth + chartWidth }}
        onKeyDown={(event) => onRowKeyDown(event, index, row, bar)}
        data-salkku-project={row.project.id ?? undefined}
      >
        <div role="gridcell" className={classes.label} style={{ paddingLeft: row.level === 3 ? 28 : 16 }} onClick={() => props.onOpen(row.project)} title={row.project.title}>
          {`${row.project.number ?? ''} ${row.project.title}`.trim()}
        </div>
        <div role="gridcell" className={classes.track} style={{ left: 0, width: labelWidth + chartWidth }}>
          {bar ? renderBar(row.project, bar) : null}
        </div>
      </div>
    );
  }

  const tickElements = ticks(firstMonth, lastMonth, props.zoom, strings).map((t) => (
    <span key={`${t.major ? 'y' : 'm'}${t.month}`} className={t.major ? classes.tickMajor : classes.tick} style={{ left: x(t.month) }}>
      {t.label}
    </span>
  ));

  const bodyHeight = rows.length * ROW_HEIGHT;
  return (
    <div
      ref={scrollerRef}
      className={classes.scroller}
      style={{ height: viewportHeight }}
      onScroll={onScroll}
      data-salkku-timeline="chart"
      data-first-month={monthFromIndex(firstMonth)}
      data-last-month={monthFromIndex(lastMonth)}
    >
      <div role="treegrid" aria-label={strings.TimelineLabel} aria-rowcount={rows.length + 1} aria-colcount={2} style={{ position: 'relative', width: labelWidth + chartWidth, height: AXIS_HEIGHT + bodyHeight }}>
        <div role="row" aria-rowindex={1} className={classes.axis} style={{ width: labelWidth + chartWidth }}>
          <div role="columnheader" className={classes.axisLabel}>
            {strings.ColTitle}
          </div>
          <div role="columnheader" aria-label={strings.ColSchedule} style={{ position: 'absolute', left: 0, top: 0, width: labelWidth + chartWidth, height: AXIS_HEIGHT }}>
            {tickElements}
          </div>
        </div>
        {props.bands.map((b) => (
          <div key={`bg${b.start}`} className={classes.band} style={{ left: x(b.start), width: (b.end - b.start + 1) * ppm, top: AXIS_HEIGHT }} aria-hidden={true} />
        ))}
        {props.today !== null && props.today >= range.start && props.today <= range.end + 1 && (
          <div className={classes.today} style={{ left: x(props.today), top: 0 }} title={strings.Today} aria-hidden={true} />
        )}
        <div role="rowgroup">{visibleRows}</div>
      </div>
    </div>
  );
}
