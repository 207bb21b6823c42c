/**
 * The timeline's rows in view: group rows (collapsible, with counts) and project rows with
 * their label and bar. Every row has a full spoken label; the keys are the grid's.
 */
import { FontIcon } from '@fluentui/react';
import * as React from 'react';
import type { Project } from '../../domain/model';
import type { ProjectBar } from '../../domain/timeline/layout';
import { projectBar } from '../../domain/timeline/layout';
import { format } from '../common/format';
import { describeSchedule, formatScheduleRange } from '../common/formatting';
import { useStrings } from '../common/SalkkuContext';
import type { RowNavigation } from '../common/useRowNavigation';
import { barFlagWords, TimelineBar } from './TimelineBar';
import type { TimelineChartProps } from './TimelineChart';
import type { MonthScale, TimelineClasses } from './timelineStyles';
import { AXIS_HEIGHT, ROW_HEIGHT } from './timelineStyles';

/** "3.2.1 Ostolaskujen kierrätys, syyskuu 2021 – joulukuu 2022, avoin loppu". */
export function spokenLabel(project: Project, bar: ProjectBar | null, strings: ISalkkuStrings): string {
  const head = `${project.number ?? ''} ${project.title}`.trim();
  const range = formatScheduleRange(project.schedule, strings) ?? describeSchedule(project.schedule, strings);
  const words = bar ? barFlagWords(bar, strings) : [];
  return [head, range, ...words].join(', ');
}

export interface TimelineRowsProps extends Pick<TimelineChartProps, 'rows' | 'range' | 'onOpen' | 'onToggleGroup'> {
  navigation: RowNavigation;
  months: MonthScale;
  classes: TimelineClasses;
  /** Width of the whole chart (px), the label column included. */
  width: number;
}

export function TimelineRows(props: TimelineRowsProps): JSX.Element {
  const strings = useStrings();
  const { rows, navigation, classes, width } = props;
  const visibleRows: JSX.Element[] = [];
  for (let index = navigation.first; index <= navigation.last; index++) {
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
      tabIndex: index === navigation.focus.row ? 0 : -1
    };
    if (row.kind === 'group') {
      visibleRows.push(
        <div
          {...common}
          aria-expanded={row.expanded}
          aria-label={`${row.label}, ${format(strings.GroupCount, row.totals.count)}`}
          className={`${classes.row} ${classes.groupRow}`}
          style={{ top, width }}
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
    const bar = projectBar(row.project, props.range);
    visibleRows.push(
      <div {...common} aria-label={spokenLabel(row.project, bar, strings)} className={classes.row} style={{ top, width }} data-salkku-project={row.project.id ?? undefined}>
        <div role="gridcell" className={classes.label} style={{ paddingLeft: row.level === 3 ? 28 : 16 }} onClick={() => props.onOpen(row.project)} title={row.project.title}>
          {`${row.project.number ?? ''} ${row.project.title}`.trim()}
        </div>
        <div role="gridcell" className={classes.track} style={{ left: 0, width }}>
          {bar ? <TimelineBar project={row.project} bar={bar} months={props.months} classes={classes} onOpen={props.onOpen} /> : null}
        </div>
      </div>
    );
  }
  return <div role="rowgroup">{visibleRows}</div>;
}
