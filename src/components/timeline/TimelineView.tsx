/**
 * The Timeline view: the plan's schedules on one time axis, with the portfolio's filters (shared
 * through the URL), year/quarter/month zoom, plan-period bands, a today line, and the projects
 * whose schedule cannot be placed listed under the chart with their original text.
 */
import { DefaultButton, Link, mergeStyles, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { monthIndex, monthOfDate } from '../../domain/months';
import type { Zoom } from '../../domain/portfolio/viewState';
import { isPlaceable, timelineRange } from '../../domain/timeline/layout';
import { format } from '../common/format';
import { useStrings } from '../common/SalkkuContext';
import { useNarrow } from '../common/useNarrow';
import { usePortfolioFilter } from '../common/usePortfolioFilter';
import type { ViewProps } from '../common/viewProps';
import { useCollapsedGroups } from '../grid/useCollapsedGroups';
import { FilterBar } from '../filters/FilterBar';
import { buildRows } from '../grid/gridRows';
import { groupProjects, projectComparator } from '../../domain/portfolio/grouping';
import { ProjectDetailPanel } from '../project/ProjectDetailPanel';
import type { PlanBand } from './TimelineChart';
import { TimelineChart } from './TimelineChart';
import { TimelineLegend } from './TimelineLegend';

const ZOOMS: readonly Zoom[] = ['year', 'quarter', 'month'];

export function TimelineView(props: ViewProps): JSX.Element {
  const strings = useStrings();
  const { data } = props;
  const { state, update, model, selected } = usePortfolioFilter(data);
  const rootRef = React.useRef<HTMLDivElement>(null);
  const narrow = useNarrow(rootRef);
  const [collapsed, toggleGroup] = useCollapsedGroups();
  const placeable = React.useMemo(() => model.filtered.filter((p) => isPlaceable(p.schedule)), [model.filtered]);
  const unplaced = React.useMemo(() => model.filtered.filter((p) => !isPlaceable(p.schedule)), [model.filtered]);
  const groups = React.useMemo(() => groupProjects(placeable, projectComparator(state.sort, model.goalTitles)), [placeable, state.sort, model.goalTitles]);
  const rows = React.useMemo(() => buildRows(groups, collapsed, strings), [groups, collapsed, strings]);
  const range = React.useMemo(() => timelineRange(placeable, data.plans, model.planId), [placeable, data.plans, model.planId]);
  const bands = React.useMemo<PlanBand[]>(
    () =>
      data.plans
        .filter((p) => p.periodStart && p.periodEnd && (model.planId === null || p.id === model.planId))
        .map((p) => ({ start: monthIndex(p.periodStart ?? ''), end: monthIndex(p.periodEnd ?? ''), label: format(strings.PlanBand, p.title) })),
    [data.plans, model.planId, strings]
  );
  const today = React.useMemo(() => {
    const now = new Date();
    return monthIndex(monthOfDate(now)) + (now.getDate() - 1) / 31;
  }, []);
  const open = (id: number | null): void => update((s) => ({ ...s, selected: id }));
  const zoomLabels: Record<Zoom, string> = { year: strings.ZoomYear, quarter: strings.ZoomQuarter, month: strings.ZoomMonth };
  const height = typeof window === 'undefined' ? 600 : Math.max(320, Math.min(720, window.innerHeight - 120));

  return (
    <div ref={rootRef} className={mergeStyles({ minWidth: 0 })} data-salkku-view="timeline">
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h2" variant="xLarge">
          {strings.ViewTimeline}
        </Text>
        <FilterBar data={data} loadFull={props.loadFull} filter={state.filter} onChange={(filter) => update((s) => ({ ...s, filter }))} shown={model.filtered.length} total={model.inPlan} narrow={narrow} />
        <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 8 }} role="group" aria-label={strings.ZoomLabel}>
          <Text>{strings.ZoomLabel}</Text>
          {ZOOMS.map((zoom) => (
            <DefaultButton
              key={zoom}
              text={zoomLabels[zoom]}
              toggle={true}
              checked={state.zoom === zoom}
              primary={state.zoom === zoom}
              onClick={() => update((s) => ({ ...s, zoom }))}
              data-salkku-zoom={zoom}
            />
          ))}
        </Stack>
        <TimelineLegend />
        <Text variant="small" block={true}>
          {strings.TimelineKeyboardHelp}
        </Text>
        {range === null || rows.length === 0 ? (
          <Text block={true} data-salkku-empty="true">
            {strings.NoTimeline}
          </Text>
        ) : (
          <TimelineChart
            rows={rows}
            range={range}
            zoom={state.zoom}
            bands={bands}
            today={today}
            labelWidth={narrow ? 130 : 300}
            height={height}
            onOpen={(project) => open(project.id)}
            onToggleGroup={toggleGroup}
          />
        )}
        {unplaced.length > 0 && (
          <section aria-labelledby="salkku-unplaced" data-salkku-unplaced={unplaced.length}>
            <Text as="h3" variant="mediumPlus" id="salkku-unplaced" block={true}>
              {format(strings.UnplacedTitle, unplaced.length)}
            </Text>
            <Text block={true} variant="small">
              {strings.UnplacedIntro}
            </Text>
            <ul>
              {unplaced.map((p) => (
                <li key={p.id ?? p.title}>
                  <Link onClick={() => open(p.id)}>{`${p.number ?? ''} ${p.title}`.trim()}</Link>
                  {`: ${p.schedule.text.trim() === '' ? strings.ScheduleNone : p.schedule.text}`}
                </li>
              ))}
            </ul>
          </section>
        )}
      </Stack>
      <ProjectDetailPanel project={selected} data={data} getProject={props.getProject} onDismiss={() => open(null)} />
    </div>
  );
}
