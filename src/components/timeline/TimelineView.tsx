/**
 * The Timeline view: the plan's schedules on one time axis, with the portfolio's filters (shared
 * through the URL), year/quarter/month zoom, plan-period bands, a today line, and the projects
 * whose schedule cannot be placed listed under the chart with their original text.
 */
import { DefaultButton, Link, mergeStyles, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { monthIndex, monthOfDate } from '../../domain/months';
import { isPlaceable, timelineRange } from '../../domain/timeline/layout';
import { focusPeriod, rangeWithToday } from '../../domain/timeline/viewport';
import { format } from '../common/format';
import { useStrings } from '../common/SalkkuContext';
import { useNarrow } from '../common/useNarrow';
import { usePortfolioFilter } from '../common/usePortfolioFilter';
import { followUpFilterHidden } from '../filters/followUpFilter';
import { usePortfolioFollowUp } from '../common/usePortfolioFollowUp';
import type { ViewProps } from '../common/viewProps';
import { useCollapsedGroups } from '../grid/useCollapsedGroups';
import { FilterBar } from '../filters/FilterBar';
import { buildRows } from '../grid/gridRows';
import { groupProjects, projectComparator } from '../../domain/portfolio/grouping';
import { printHidden } from '../print/PrintSheet';
import { usePrintLayout } from '../print/usePrintLayout';
import { ProjectDetailPanel } from '../project/ProjectDetailPanel';
import { PrintableTimeline } from './PrintableTimeline';
import type { PlanBand } from './TimelineChart';
import { TimelineChart } from './TimelineChart';
import { TimelineLegend } from './TimelineLegend';
import { TimelineToolbar } from './TimelineToolbar';
import type { TimelineScrollHandle } from './useTimelineScroll';

/** A long unbroken title wraps anywhere rather than run out of its list. */
const unplacedItem = mergeStyles({ overflowWrap: 'anywhere', wordBreak: 'break-word', maxWidth: '100%', marginBottom: 4 });
/** The title on its own line (a button cannot be inline: wrapped, it would push the bullet down). */
const unplacedLinkStyles = { root: { display: 'block', maxWidth: '100%', textAlign: 'left', whiteSpace: 'normal', overflowWrap: 'anywhere', wordBreak: 'break-word' } } as const;

export function TimelineView(props: ViewProps): JSX.Element {
  const strings = useStrings();
  const { data } = props;
  const followUp = usePortfolioFollowUp(props.loadFollowUp, data);
  const { state, update, model, selected } = usePortfolioFilter(data, undefined, followUp.filterFacts);
  const rootRef = React.useRef<HTMLDivElement>(null);
  const narrow = useNarrow(rootRef);
  const [collapsed, toggleGroup] = useCollapsedGroups();
  const placeable = React.useMemo(() => model.filtered.filter((p) => isPlaceable(p.schedule)), [model.filtered]);
  const unplaced = React.useMemo(() => model.filtered.filter((p) => !isPlaceable(p.schedule)), [model.filtered]);
  const groups = React.useMemo(() => groupProjects(placeable, projectComparator(state.sort, model.goalTitles)), [placeable, state.sort, model.goalTitles]);
  const rows = React.useMemo(() => buildRows(groups, collapsed, strings), [groups, collapsed, strings]);
  const today = React.useMemo(() => {
    const now = new Date();
    return monthIndex(monthOfDate(now)) + (now.getDate() - 1) / 31;
  }, []);
  const focus = React.useMemo(() => focusPeriod(data.plans, model.planId, today), [data.plans, model.planId, today]);
  // today can always be shown, and so can the period the timeline opens on
  const range = React.useMemo(() => {
    const shown = timelineRange(placeable, data.plans, model.planId);
    return shown === null ? null : rangeWithToday(rangeWithToday(shown, focus.start), today);
  }, [placeable, data.plans, model.planId, focus.start, today]);
  const chart = React.useRef<TimelineScrollHandle>(null);
  const printLayout = usePrintLayout();
  const printRows = React.useMemo(() => (printLayout.printing ? buildRows(groups, new Set<string>(), strings) : []), [printLayout.printing, groups, strings]);
  const bands = React.useMemo<PlanBand[]>(
    () =>
      data.plans
        .filter((p) => p.periodStart && p.periodEnd && (model.planId === null || p.id === model.planId))
        .map((p) => ({ start: monthIndex(p.periodStart ?? ''), end: monthIndex(p.periodEnd ?? ''), label: format(strings.PlanBand, p.title) })),
    [data.plans, model.planId, strings]
  );
  const open = (id: number | null): void => update((s) => ({ ...s, selected: id }));
  const height = typeof window === 'undefined' ? 600 : Math.max(320, Math.min(720, window.innerHeight - 120));

  return (
    <div ref={rootRef} className={mergeStyles({ minWidth: 0 })} data-salkku-view="timeline">
      <Stack tokens={{ childrenGap: 12 }} className={printHidden}>
        <Stack horizontal={true} horizontalAlign="space-between" verticalAlign="center" wrap={true} tokens={{ childrenGap: 8 }}>
          <Text as="h2" variant="xLarge">
            {strings.ViewTimeline}
          </Text>
          <DefaultButton iconProps={{ iconName: 'Print' }} text={strings.Print} onClick={printLayout.print} data-salkku-print-button="timeline" />
        </Stack>
        <FilterBar data={data} loadFull={props.loadFull} filter={state.filter} onChange={(filter) => update((s) => ({ ...s, filter }))} shown={model.filtered.length} total={model.inPlan} narrow={narrow} hide={followUpFilterHidden(followUp.status)} />
        <TimelineToolbar
          zoom={state.zoom}
          onZoom={(zoom) => update((s) => ({ ...s, zoom }))}
          onToday={() => chart.current?.scrollToToday()}
          onPlanPeriod={() => chart.current?.scrollToPeriod()}
          canScroll={range !== null && rows.length > 0}
        />
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
            ref={chart}
            rows={rows}
            range={range}
            zoom={state.zoom}
            bands={bands}
            focus={focus}
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
                <li key={p.id ?? p.title} className={unplacedItem}>
                  <Link styles={unplacedLinkStyles} onClick={() => open(p.id)}>
                    {`${p.number ?? ''} ${p.title}`.trim()}
                  </Link>
                  <Text variant="small">{p.schedule.text.trim() === '' ? strings.ScheduleNone : p.schedule.text}</Text>
                </li>
              ))}
            </ul>
          </section>
        )}
      </Stack>
      {printLayout.printing && (
        <PrintableTimeline data={data} filter={state.filter} model={model} rows={printRows} range={range ?? focus} bands={bands} today={today} unplaced={unplaced} />
      )}
      <ProjectDetailPanel project={selected} data={data} getProject={props.getProject} onDismiss={() => open(null)} />
    </div>
  );
}
