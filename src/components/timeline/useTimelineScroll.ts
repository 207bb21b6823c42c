/**
 * The timeline's sideways scrolling: it opens on the plan's period (today beside it where both
 * fit), scrolls there or to today on request, and keeps the month in the middle of the view where
 * it was when the zoom or the range changes.
 */
import * as React from 'react';
import type { MonthRange } from '../../domain/timeline/layout';
import { clampStart, scrollStartFor, scrollStartForToday } from '../../domain/timeline/viewport';

export interface TimelineScrollHandle {
  /** Scrolls to the period the timeline opened on. */
  scrollToPeriod: () => void;
  /** Scrolls to today. */
  scrollToToday: () => void;
}

export interface TimelineScrollOptions {
  element: React.RefObject<HTMLDivElement>;
  range: MonthRange;
  pixelsPerMonth: number;
  labelWidth: number;
  /** The period to open on. */
  focus: MonthRange;
  today: number | null;
  /** Told the new scroll position after a scroll made here. */
  onScrolled: (element: HTMLDivElement) => void;
}

export interface TimelineScroll {
  handle: TimelineScrollHandle;
  /** To be called on every scroll event: remembers the month in the middle. */
  onScroll: (element: HTMLDivElement) => void;
}

export function useTimelineScroll(options: TimelineScrollOptions): TimelineScroll {
  const { element, range, pixelsPerMonth: ppm, labelWidth, focus, today, onScrolled } = options;
  const centre = React.useRef<number | null>(null);
  const shown = React.useRef<string | null>(null);
  const visibleMonths = (el: HTMLDivElement): number => Math.max(1, (el.clientWidth - labelWidth) / ppm);
  const remember = (el: HTMLDivElement): void => {
    centre.current = range.start + el.scrollLeft / ppm + visibleMonths(el) / 2;
  };
  const scrollTo = (el: HTMLDivElement, start: number): void => {
    el.scrollLeft = Math.round((start - range.start) * ppm);
    remember(el);
    onScrolled(el);
  };

  const focusKey = `${focus.start}-${focus.end}`;
  React.useLayoutEffect(() => {
    const el = element.current;
    if (!el) {
      return;
    }
    if (shown.current !== focusKey || centre.current === null) {
      // first drawn, or another plan chosen: its period
      shown.current = focusKey;
      scrollTo(el, scrollStartFor(focus, today, visibleMonths(el), range));
    } else {
      // zoom or range changed: the same month stays in the middle
      scrollTo(el, clampStart(centre.current - visibleMonths(el) / 2, range, visibleMonths(el)));
    }
    // scrollTo and visibleMonths read only these
  }, [element, focusKey, ppm, range.start, range.end, labelWidth]);

  const handle: TimelineScrollHandle = {
    scrollToPeriod: () => {
      if (element.current) {
        scrollTo(element.current, scrollStartFor(focus, today, visibleMonths(element.current), range));
      }
    },
    scrollToToday: () => {
      if (element.current && today !== null) {
        scrollTo(element.current, scrollStartForToday(today, visibleMonths(element.current), range));
      }
    }
  };
  return { handle, onScroll: remember };
}
