/** The width of a view's root element, and whether the view should use its compact layout. */
import * as React from 'react';

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
