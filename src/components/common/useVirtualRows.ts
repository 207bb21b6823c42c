/**
 * Windowing for long lists with fixed row heights: only the rows in (or near) the visible part
 * of the scroll container are rendered, so 12,000 projects cost what 30 do.
 */
import * as React from 'react';

export interface VirtualWindow {
  first: number;
  last: number;
  totalHeight: number;
  onScroll: (event: React.UIEvent<HTMLElement>) => void;
  /** Scrolls so that row `index` is visible. */
  scrollToRow: (index: number) => void;
}

export function useVirtualRows(count: number, rowHeight: number, viewportHeight: number, containerRef: React.RefObject<HTMLElement>, overscan = 8): VirtualWindow {
  const [scrollTop, setScrollTop] = React.useState(0);
  const onScroll = React.useCallback((event: React.UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop), []);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  const scrollToRow = React.useCallback(
    (index: number) => {
      const container = containerRef.current;
      if (!container) {
        return;
      }
      const top = index * rowHeight;
      if (top < container.scrollTop) {
        container.scrollTop = top;
      } else if (top + rowHeight > container.scrollTop + container.clientHeight) {
        container.scrollTop = top + rowHeight - container.clientHeight;
      }
      setScrollTop(container.scrollTop);
    },
    [containerRef, rowHeight]
  );
  return { first, last, totalHeight: count * rowHeight, onScroll, scrollToRow };
}

/** Width of an element, kept up to date (ResizeObserver), for layouts that reflow. */
export function useElementWidth(ref: React.RefObject<HTMLElement>): number {
  const [width, setWidth] = React.useState(0);
  React.useLayoutEffect(() => {
    const element = ref.current;
    if (!element) {
      return undefined;
    }
    setWidth(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') {
      return undefined;
    }
    const observer = new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? element.getBoundingClientRect().width));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** Below this width (px) the views switch to their compact layout (a Teams tab on a phone, a narrow column). */
export const NARROW_WIDTH = 640;

/** Whether an element is narrower than NARROW_WIDTH (false until it has been measured). */
export function useNarrow(ref: React.RefObject<HTMLElement>): boolean {
  const width = useElementWidth(ref);
  return width > 0 && width < NARROW_WIDTH;
}
