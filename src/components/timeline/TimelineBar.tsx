/**
 * One project's bar: its segments (phases) in the months drawn, phase names where there is
 * room, and the flags said in words after the bar's end. Uncertainty is drawn distinctly
 * (hatched, dashed, fading) and always said in words too.
 */
import { useTheme } from '@fluentui/react';
import * as React from 'react';
import type { Project } from '../../domain/model';
import { monthFromIndex } from '../../domain/months';
import type { BarSegment, ProjectBar } from '../../domain/timeline/layout';
import { format } from '../common/format';
import { formatMonth } from '../common/formatting';
import { useStrings } from '../common/SalkkuContext';
import type { MonthScale, TimelineClasses } from './timelineStyles';

/** The words said about a bar: flags, unknown start, low likelihood. */
export function barFlagWords(bar: ProjectBar, strings: ISalkkuStrings): string[] {
  const flags: [boolean, string][] = [
    [bar.segments.some((s) => s.startUnknown), strings.StartUnknown],
    [bar.segments.some((s) => s.endOpen), strings.ScheduleOpenEnd],
    [bar.ongoing, strings.ScheduleOngoing],
    [bar.recurring, strings.ScheduleRecurring],
    [bar.alternatives, strings.ScheduleAlternatives],
    [bar.uncertain, strings.ScheduleUncertain],
    [bar.lowLikelihood, strings.LowLikelihood]
  ];
  return flags.filter(([on]) => on).map(([, word]) => word);
}

function segmentLabel(segment: BarSegment, strings: ISalkkuStrings): string {
  const start = segment.startUnknown ? strings.StartUnknown : formatMonth(monthFromIndex(segment.start), strings.Locale);
  const end = segment.endOpen ? strings.ScheduleOpenEnd : formatMonth(monthFromIndex(segment.end), strings.Locale);
  return `${segment.name ? `${segment.name}: ` : ''}${start} – ${end}`;
}

export interface TimelineBarProps {
  project: Project;
  bar: ProjectBar;
  months: MonthScale;
  classes: TimelineClasses;
  onOpen: (project: Project) => void;
}

export function TimelineBar(props: TimelineBarProps): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const { project, bar, months, classes } = props;
  const elements: JSX.Element[] = [];
  const hatched = bar.uncertain || bar.lowLikelihood;
  let lastEnd = -Infinity;
  bar.segments.forEach((segment, i) => {
    lastEnd = Math.max(lastEnd, segment.end);
    if (segment.end < months.first || segment.start > months.last) {
      return;
    }
    const left = months.x(segment.start);
    const width = Math.max(4, (segment.end - segment.start + 1) * months.pixelsPerMonth - 2);
    // an open end fades out to the right, an unknown start fades in from the left (hatching wins)
    const fade = hatched
      ? undefined
      : segment.endOpen
        ? `linear-gradient(to right, ${theme.palette.themePrimary} 60%, transparent)`
        : segment.startUnknown
          ? `linear-gradient(to left, ${theme.palette.themePrimary} 60%, transparent)`
          : undefined;
    const label = segmentLabel(segment, strings);
    elements.push(
      <span
        key={`s${i}`}
        role="button"
        tabIndex={-1}
        data-segment={i}
        aria-label={label}
        title={`${label}\n${format(strings.ScheduleOriginal, project.schedule.text)}`}
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
  if (lastEnd >= months.first - 1 && lastEnd <= months.last + 1) {
    elements.push(
      <span key="flags" className={classes.flags} style={{ left: months.x(lastEnd + 1) + 4 }} aria-hidden={true}>
        {bar.ongoing ? '→ ' : ''}
        {words.join(' · ')}
      </span>
    );
  }
  return <>{elements}</>;
}
