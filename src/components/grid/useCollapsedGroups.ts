/** Which groups of a grid the user has collapsed, and the toggle the grid calls. */
import * as React from 'react';

export function useCollapsedGroups(): [ReadonlySet<string>, (key: string) => void] {
  const [collapsed, setCollapsed] = React.useState<ReadonlySet<string>>(new Set());
  const toggleGroup = React.useCallback((key: string) => {
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (next.has(key)) {
        next.delete(key);
      } else {
        next.add(key);
      }
      return next;
    });
  }, []);
  return [collapsed, toggleGroup];
}
