/**
 * Keyboard navigation and row windowing for the views' row lists (the grouped grid, the
 * timeline). Rows have a fixed height and sit in one scroll container; only the rows in (or
 * near) its visible part are drawn, so 12,000 projects cost what 30 do. One element has focus
 * at a time (roving tabindex): a row, or one of its parts (a grid cell, a timeline bar segment).
 *
 * The scroll container takes every row's keys and focus (they bubble up to it): the rows only
 * carry data-row-index, their parts the consumer's part attribute, and a tabindex.
 *
 * Keys: Up/Down a row, PageUp/PageDown a screenful, Home/End the first and last row, Right/Left
 * into and across a row's parts (on a group: expand and collapse it), Enter and Space activate.
 * Where the parts are columns (the grid), Up/Down keep the column and Home/End move within the
 * row, as in the ARIA grid pattern; where they are the row's own items (bar segments), the
 * vertical keys always land on rows.
 */
import * as React from 'react';
import type { Project } from '../../domain/model';

/** What the navigation needs to know of a row (the grid's rows are such rows). */
export type NavigableRow = { kind: 'group'; key: string; expanded: boolean } | { kind: 'project'; project: Project };

export interface RowGeometry {
  rowHeight: number;
  /** Height of the scroll container (px), a sticky header inside it included. */
  viewportHeight: number;
  /** Height of a sticky header at the top of the scroll container (px); none by default. */
  headerHeight?: number;
  /** Rows drawn beyond each edge of the visible part; 8 by default. */
  overscan?: number;
}

/**
 * The rows to draw for a scroll position, `first` to `last` (none when last < first), and how
 * many rows PageUp and PageDown move: a screenful less one, at least one.
 */
export function rowWindow(scrollTop: number, count: number, geometry: RowGeometry): { first: number; last: number; page: number } {
  const { rowHeight, headerHeight = 0, overscan = 8 } = geometry;
  const visibleHeight = geometry.viewportHeight - headerHeight;
  return {
    first: Math.max(0, Math.floor(scrollTop / rowHeight) - overscan),
    last: Math.min(count - 1, Math.ceil((scrollTop + visibleHeight) / rowHeight) + overscan),
    page: Math.max(1, Math.floor(visibleHeight / rowHeight) - 1)
  };
}

/** Where focus is: a row and its part (-1: the row itself). */
export interface RowFocus {
  row: number;
  cell: number;
}

/**
 * What a key does: move focus (to a row, which may lie outside the rows: the caller clamps it),
 * 'toggle' the row's group, 'activate' the row's project with its focused part, `null` nothing
 * (the key is still the rows'), `undefined` for keys the rows leave alone.
 */
export type KeyResult = RowFocus | 'toggle' | 'activate' | null | undefined;

export interface KeyContext {
  /** How many parts a row has. */
  cellCount: (row: NavigableRow) => number;
  /** The parts are columns (see the module comment). */
  columns: boolean;
}

/** What a key does on row `index` whose part `cell` has focus; PageUp and PageDown move `page` rows. */
export function keyResult(key: string, index: number, cell: number, rows: readonly NavigableRow[], page: number, context: KeyContext): KeyResult {
  const row = rows[index];
  if (!row) {
    return undefined;
  }
  const cells = (i: number): number => {
    const r = rows[i];
    return r ? context.cellCount(r) : 0;
  };
  const at = (to: number, toCell = -1): RowFocus => ({ row: to, cell: toCell });
  const vertical = (to: number): RowFocus => at(to, context.columns ? Math.min(cell, cells(to) - 1) : -1);
  const inCell = context.columns && cell >= 0;
  const group = row.kind === 'group';
  switch (key) {
    case 'ArrowDown':
      return vertical(index + 1);
    case 'ArrowUp':
      return vertical(index - 1);
    case 'PageDown':
      return at(index + page);
    case 'PageUp':
      return at(index - page);
    case 'Home':
      return inCell ? at(index, 0) : at(0);
    case 'End':
      return inCell ? at(index, cells(index) - 1) : at(rows.length - 1);
    case 'Enter':
    case ' ':
      return group ? 'toggle' : 'activate';
    case 'ArrowRight':
      if (group) {
        return row.expanded ? null : 'toggle';
      }
      return cell + 1 < cells(index) ? at(index, cell + 1) : null;
    case 'ArrowLeft':
      if (group) {
        return row.expanded ? 'toggle' : null;
      }
      return cell >= 0 ? at(index, cell - 1) : null;
    default:
      return undefined;
  }
}

export interface RowNavigationOptions extends RowGeometry, KeyContext {
  rows: readonly NavigableRow[];
  /** The attribute that numbers a row's parts, e.g. 'data-col-index'. */
  cellAttribute: string;
  onToggleGroup: (key: string) => void;
  /** Enter or Space on a project row, with the focused part (-1: the row). */
  onActivate: (project: Project, cell: number) => void;
  /** Called after each keyboard move, once the row is scrolled into view (e.g. to scroll sideways to the part). */
  onMoved?: (focus: RowFocus, container: HTMLElement) => void;
}

export interface RowNavigation {
  /**
   * For the scroll container: its ref, and the handlers of every row in it (keys and focus
   * bubble up to it, so the rows need none of their own).
   */
  container: {
    ref: React.RefObject<HTMLDivElement>;
    onScroll: (event: React.UIEvent<HTMLElement>) => void;
    onKeyDown: (event: React.KeyboardEvent) => void;
    onFocus: (event: React.FocusEvent) => void;
  };
  first: number;
  last: number;
  totalHeight: number;
  /** The element with the tab stop (its row clamped to the rows). */
  focus: RowFocus;
}

export function useRowNavigation(options: RowNavigationOptions): RowNavigation {
  const { rows, rowHeight, headerHeight = 0, cellAttribute } = options;
  const ref = React.useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = React.useState(0);
  const [focus, setFocus] = React.useState<RowFocus>({ row: 0, cell: -1 });
  const focusAfterRender = React.useRef(false);
  const { first, last, page } = rowWindow(scrollTop, rows.length, options);
  const current: RowFocus = { row: Math.min(focus.row, Math.max(0, rows.length - 1)), cell: focus.cell };

  React.useEffect(() => {
    const row = focusAfterRender.current && ref.current && ref.current.querySelector<HTMLElement>(`[data-row-index="${current.row}"]`);
    focusAfterRender.current = false;
    if (row) {
      ((current.cell >= 0 && row.querySelector<HTMLElement>(`[${cellAttribute}="${current.cell}"]`)) || row).focus();
    }
  });

  /** The row and part an event happened in (null outside the rows). */
  const positionOf = (target: EventTarget): RowFocus | null => {
    const row = (target as Element).closest('[data-row-index]');
    const part = (target as Element).closest(`[${cellAttribute}]`);
    return row && { row: Number(row.getAttribute('data-row-index')), cell: part ? Number(part.getAttribute(cellAttribute)) : -1 };
  };

  const onKeyDown = (event: React.KeyboardEvent): void => {
    const at = positionOf(event.target);
    const row = at && rows[at.row];
    const result = at ? keyResult(event.key, at.row, at.cell, rows, page, options) : undefined;
    if (!at || !row || result === undefined) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (result === 'toggle' && row.kind === 'group') {
      options.onToggleGroup(row.key);
    } else if (result === 'activate' && row.kind === 'project') {
      options.onActivate(row.project, at.cell);
    } else if (result && typeof result === 'object') {
      const to = { row: Math.max(0, Math.min(rows.length - 1, result.row)), cell: result.cell };
      setFocus(to);
      focusAfterRender.current = true;
      const container = ref.current;
      if (container) {
        // scroll the row into view below the sticky header
        const top = to.row * rowHeight;
        const visibleHeight = container.clientHeight - headerHeight;
        if (top < container.scrollTop) {
          container.scrollTop = top;
        } else if (top + rowHeight > container.scrollTop + visibleHeight) {
          container.scrollTop = top + rowHeight - visibleHeight;
        }
        setScrollTop(container.scrollTop);
        if (options.onMoved) {
          options.onMoved(to, container);
        }
      }
    }
  };

  // focus that arrives by mouse or Tab takes the tab stop along
  const onFocus = (event: React.FocusEvent): void => {
    const at = positionOf(event.target);
    if (at) {
      setFocus(at);
    }
  };

  const onScroll = (event: React.UIEvent<HTMLElement>): void => setScrollTop(event.currentTarget.scrollTop);

  return { container: { ref, onScroll, onKeyDown, onFocus }, first, last, totalHeight: rows.length * rowHeight, focus: current };
}
