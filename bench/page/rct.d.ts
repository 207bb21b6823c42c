/** The part of react-calendar-timeline 0.28's API the benchmark uses (it ships no types). */
declare module 'react-calendar-timeline' {
  import type * as React from 'react';

  export interface TimelineGroup {
    id: number;
    title: string;
  }

  export interface TimelineItem {
    id: number;
    group: number;
    title: string;
    start_time: number;
    end_time: number;
  }

  export interface TimelineProps {
    groups: TimelineGroup[];
    items: TimelineItem[];
    defaultTimeStart: number;
    defaultTimeEnd: number;
    canMove?: boolean;
    canResize?: boolean;
    lineHeight?: number;
    sidebarWidth?: number;
  }

  const Timeline: React.ComponentType<TimelineProps>;
  export default Timeline;
}
