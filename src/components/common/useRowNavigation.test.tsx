import { act, fireEvent, render } from '@testing-library/react';
import * as React from 'react';
import type { Project } from '../../domain/model';
import { emptyProject } from '../../domain/model';
import type { KeyContext, KeyResult, NavigableRow, RowFocus, RowGeometry } from './useRowNavigation';
import { keyResult, rowWindow, useRowNavigation } from './useRowNavigation';

const project = (title: string): Project => ({ ...emptyProject(title), id: title.length });
const group = (key: string, expanded = true): NavigableRow => ({ kind: 'group', key, expanded });
const projectRow = (title: string): NavigableRow => ({ kind: 'project', project: project(title) });

describe('rowWindow', () => {
  const grid: RowGeometry = { rowHeight: 52, viewportHeight: 520 };
  const rows = (scrollTop: number, count: number, geometry: RowGeometry): [number, number] => {
    const { first, last } = rowWindow(scrollTop, count, geometry);
    return [first, last];
  };

  it('draws the rows in view and 8 more beyond each edge', () => {
    expect(rows(0, 1000, grid)).toEqual([0, 18]);
    // row 100 at the top: rows 100–109 in view
    expect(rows(100 * 52, 1000, grid)).toEqual([92, 118]);
    // half a row scrolled: the partly visible row at the bottom counts
    expect(rows(100 * 52 + 26, 1000, grid)).toEqual([92, 119]);
    expect(rows(100 * 52, 1000, { ...grid, overscan: 2 })).toEqual([98, 112]);
  });

  it('stays inside the rows at either end', () => {
    expect(rows(0, 5, grid)).toEqual([0, 4]);
    expect(rows(990 * 52, 1000, grid)).toEqual([982, 999]);
    const [first, last] = rows(0, 0, grid);
    expect(last).toBeLessThan(first);
  });

  it('leaves a sticky header out of the rows\' visible height', () => {
    const timeline: RowGeometry = { rowHeight: 36, viewportHeight: 400, headerHeight: 44 };
    // 356 px of rows below the header: rows 10 to 19 (19 partly)
    expect(rows(360, 1000, timeline)).toEqual([2, 28]);
    expect(rows(360, 1000, { ...timeline, headerHeight: 0 })).toEqual([2, 30]);
  });

  it('pages a screenful less one row, and at least one', () => {
    expect(rowWindow(0, 100, grid).page).toBe(9);
    expect(rowWindow(0, 100, { rowHeight: 36, viewportHeight: 400, headerHeight: 44 }).page).toBe(8);
    expect(rowWindow(0, 100, { rowHeight: 52, viewportHeight: 60 }).page).toBe(1);
  });
});

describe('keyResult', () => {
  // 0 group A (expanded), 1–2 projects, 3 group B (collapsed), 4 project, 5 group C (expanded)
  const rows: NavigableRow[] = [group('A'), projectRow('one'), projectRow('two'), group('B', false), projectRow('four'), group('C')];
  const gridContext: KeyContext = { cellCount: (row) => (row.kind === 'project' ? 4 : 0), columns: true };
  // the timeline: a row's parts are its bar's segments, as many as the title is long here
  const timelineContext: KeyContext = { cellCount: (row) => (row.kind === 'project' ? row.project.title.length : 0), columns: false };
  // a page is 3 rows here
  const grid = (key: string, index: number, cell: number): KeyResult => keyResult(key, index, cell, rows, 3, gridContext);
  const timeline = (key: string, index: number, cell: number): KeyResult => keyResult(key, index, cell, rows, 3, timelineContext);
  const move = (row: number, cell = -1): RowFocus => ({ row, cell });

  it('moves between rows; in the grid Up/Down keep the column on project rows', () => {
    expect(grid('ArrowDown', 1, -1)).toEqual(move(2));
    expect(grid('ArrowDown', 1, 2)).toEqual(move(2, 2));
    expect(grid('ArrowUp', 2, 3)).toEqual(move(1, 3));
    // a group row has no cells: focus lands on the row
    expect(grid('ArrowDown', 2, 2)).toEqual(move(3));
    expect(grid('ArrowUp', 1, 2)).toEqual(move(0));
    // past the ends: the caller clamps
    expect(grid('ArrowUp', 0, -1)).toEqual(move(-1));
  });

  it('lands the timeline\'s vertical keys on rows, never on another row\'s segment', () => {
    expect(timeline('ArrowDown', 1, 1)).toEqual(move(2));
    expect(timeline('ArrowUp', 2, 0)).toEqual(move(1));
    expect(timeline('Home', 2, 1)).toEqual(move(0));
    expect(timeline('End', 1, 2)).toEqual(move(5));
  });

  it('pages by the page size and goes to the first and last row with Home and End', () => {
    expect(grid('PageDown', 1, -1)).toEqual(move(4));
    expect(grid('PageUp', 4, 2)).toEqual(move(1));
    expect(grid('Home', 4, -1)).toEqual(move(0));
    expect(grid('End', 1, -1)).toEqual(move(5));
  });

  it('moves Home and End within the row when a grid cell has focus', () => {
    expect(grid('Home', 2, 2)).toEqual(move(2, 0));
    expect(grid('End', 2, 1)).toEqual(move(2, 3));
  });

  it('moves Right and Left across a row\'s parts, Left from the first part to the row', () => {
    expect(grid('ArrowRight', 1, -1)).toEqual(move(1, 0));
    expect(grid('ArrowRight', 1, 2)).toEqual(move(1, 3));
    expect(grid('ArrowRight', 1, 3)).toEqual(null);
    expect(grid('ArrowLeft', 1, 0)).toEqual(move(1));
    expect(grid('ArrowLeft', 1, -1)).toEqual(null);
    // "two" has three segments
    expect(timeline('ArrowRight', 2, 1)).toEqual(move(2, 2));
    expect(timeline('ArrowRight', 2, 2)).toEqual(null);
  });

  it('expands a collapsed group with Right, collapses an expanded one with Left, and toggles with Enter', () => {
    // 'toggle' is the row's own group: B is row 3, A row 0, C row 5
    expect(grid('ArrowRight', 3, -1)).toEqual('toggle');
    expect(grid('ArrowLeft', 3, -1)).toEqual(null);
    expect(grid('ArrowLeft', 0, -1)).toEqual('toggle');
    expect(grid('ArrowRight', 0, -1)).toEqual(null);
    expect(grid('Enter', 5, -1)).toEqual('toggle');
  });

  it('activates a project row with Enter or Space', () => {
    expect(grid('Enter', 4, 2)).toBe('activate');
    expect(timeline(' ', 1, -1)).toBe('activate');
  });

  it('leaves other keys alone', () => {
    expect(grid('a', 1, -1)).toBeUndefined();
    expect(grid('Tab', 1, -1)).toBeUndefined();
  });
});

describe('useRowNavigation', () => {
  const ROW = 20;
  const VIEWPORT = 200;

  interface ListProps {
    rows: readonly NavigableRow[];
    columns: boolean;
    onActivate: (project: Project, cell: number) => void;
    onToggleGroup: (key: string) => void;
  }

  /** A minimal row list drawn with the hook: rows carry data-row-index, their parts data-part. */
  function List(props: ListProps): JSX.Element {
    const navigation = useRowNavigation({
      rows: props.rows,
      rowHeight: ROW,
      viewportHeight: VIEWPORT,
      overscan: 2,
      cellCount: (row) => (row.kind === 'project' ? 3 : 0),
      cellAttribute: 'data-part',
      columns: props.columns,
      onToggleGroup: props.onToggleGroup,
      onActivate: props.onActivate
    });
    const rows: JSX.Element[] = [];
    for (let index = navigation.first; index <= navigation.last; index++) {
      const row = props.rows[index];
      const focused = index === navigation.focus.row;
      rows.push(
        <div key={index} data-row-index={index} tabIndex={focused && navigation.focus.cell < 0 ? 0 : -1}>
          {row?.kind === 'project' && [0, 1, 2].map((part) => <span key={part} data-part={part} tabIndex={focused && navigation.focus.cell === part ? 0 : -1} />)}
        </div>
      );
    }
    return (
      <div {...navigation.container} data-testid="scroller">
        {rows}
      </div>
    );
  }

  /** jsdom lays nothing out: give the scroller a height and a scroll position it keeps. */
  function layOut(scroller: HTMLElement): void {
    let top = 0;
    Object.defineProperty(scroller, 'clientHeight', { configurable: true, get: () => VIEWPORT });
    Object.defineProperty(scroller, 'scrollTop', { configurable: true, get: () => top, set: (value: number) => (top = value) });
  }

  function setUp(columns = true, count = 100): { scroller: HTMLElement; drawn: () => number[]; focused: () => string; activate: jest.Mock; toggle: jest.Mock } {
    const rows: NavigableRow[] = Array.from({ length: count }, (_, i) => (i % 10 === 0 ? group(`g${i}`) : projectRow(`project ${i}`)));
    const activate = jest.fn();
    const toggle = jest.fn();
    const view = render(<List rows={rows} columns={columns} onActivate={activate} onToggleGroup={toggle} />);
    const scroller = view.getByTestId('scroller');
    layOut(scroller);
    const drawn = (): number[] => Array.from(scroller.querySelectorAll('[data-row-index]')).map((e) => Number(e.getAttribute('data-row-index')));
    const focused = (): string => {
      const active = document.activeElement;
      const row = active?.closest('[data-row-index]')?.getAttribute('data-row-index') ?? 'none';
      const part = active?.getAttribute('data-part');
      return part === null || part === undefined ? row : `${row}/${part}`;
    };
    return { scroller, drawn, focused, activate, toggle };
  }

  const press = (key: string): void => {
    const target = document.activeElement;
    if (!target) {
      throw new Error('nothing has focus');
    }
    fireEvent.keyDown(target, { key });
  };

  const rowElement = (scroller: HTMLElement, index: number): HTMLElement => {
    const element = scroller.querySelector<HTMLElement>(`[data-row-index="${index}"]`);
    if (!element) {
      throw new Error(`row ${index} is not drawn`);
    }
    return element;
  };

  it('draws only the rows in view and a few beyond, and follows scrolling', () => {
    const { scroller, drawn } = setUp();
    expect(drawn()).toEqual(range(0, 12));
    scroller.scrollTop = 1000;
    fireEvent.scroll(scroller);
    expect(drawn()).toEqual(range(48, 62));
  });

  it('keeps one tab stop, which follows focus wherever it comes from', () => {
    const { scroller } = setUp();
    const tabbable = (): string[] => Array.from(scroller.querySelectorAll('[tabindex="0"]')).map((e) => e.getAttribute('data-row-index') ?? `part ${e.getAttribute('data-part')}`);
    expect(tabbable()).toEqual(['0']);
    // focus that arrives some other way (a click, Tab) takes the tab stop along, to a part too
    act(() => rowElement(scroller, 3).focus());
    expect(tabbable()).toEqual(['3']);
    act(() => rowElement(scroller, 4).querySelector<HTMLElement>('[data-part="2"]')?.focus());
    expect(tabbable()).toEqual(['part 2']);
  });

  it('moves focus with the arrow keys, scrolls End\'s and PageUp\'s rows into view, and back with Home', () => {
    const { scroller, drawn, focused } = setUp();
    act(() => rowElement(scroller, 0).focus());
    press('ArrowDown');
    expect(focused()).toBe('1');
    press('ArrowDown');
    press('ArrowUp');
    expect(focused()).toBe('1');
    press('End');
    // row 99 at the bottom of the 200 px viewport
    expect(scroller.scrollTop).toBe(99 * ROW + ROW - VIEWPORT);
    expect(drawn()).toEqual(range(88, 99));
    expect(focused()).toBe('99');
    press('ArrowDown');
    expect(focused()).toBe('99');
    press('PageUp');
    // a page is a screenful (10 rows) less one
    expect(focused()).toBe('90');
    press('PageDown');
    expect(focused()).toBe('99');
    press('Home');
    expect(scroller.scrollTop).toBe(0);
    expect(drawn()).toEqual(range(0, 12));
    expect(focused()).toBe('0');
    press('PageDown');
    expect(focused()).toBe('9');
    expect(scroller.scrollTop).toBe(0);
    press('ArrowDown');
    // row 10 lies below the viewport: it is scrolled to the bottom edge
    expect(focused()).toBe('10');
    expect(scroller.scrollTop).toBe(10 * ROW + ROW - VIEWPORT);
  });

  // each step: a key, and where focus is after it ("row/part")
  const partWalks: [string, boolean, [string, string][]][] = [
    [
      'columns: Up/Down keep the column, Home/End stay in the row',
      true,
      [['ArrowRight', '1/0'], ['ArrowRight', '1/1'], ['ArrowDown', '2/1'], ['End', '2/2'], ['ArrowRight', '2/2'], ['Home', '2/0'], ['ArrowLeft', '2'], ['ArrowLeft', '2']]
    ],
    [
      'a row\'s own items: the vertical keys land on rows',
      false,
      [['ArrowRight', '1/0'], ['ArrowRight', '1/1'], ['ArrowDown', '2'], ['ArrowRight', '2/0'], ['Home', '0'], ['ArrowDown', '1'], ['ArrowRight', '1/0'], ['End', '99']]
    ]
  ];

  it.each(partWalks)('moves into and across a row\'s parts (%s)', (_name, columns, steps) => {
    const { scroller, focused } = setUp(columns);
    act(() => rowElement(scroller, 1).focus());
    const walked = steps.map(([key]) => {
      press(key);
      return [key, focused()];
    });
    expect(walked).toEqual(steps);
  });

  it('activates a project with its focused part, toggles a group, and takes the keys it handles from the page', () => {
    const { scroller, activate, toggle } = setUp();
    act(() => rowElement(scroller, 1).focus());
    press('ArrowRight');
    press('Enter');
    expect(activate).toHaveBeenCalledWith(expect.objectContaining({ title: 'project 1' }), 0);
    act(() => rowElement(scroller, 10).focus());
    press(' ');
    press('ArrowLeft');
    expect(toggle.mock.calls).toEqual([['g10'], ['g10']]);
    // a handled key goes no further than the rows (React listens at its root, below the document)
    const outside = jest.fn();
    document.addEventListener('keydown', outside);
    try {
      const event = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
      act(() => {
        rowElement(scroller, 10).dispatchEvent(event);
      });
      expect(event.defaultPrevented).toBe(true);
      expect(outside).not.toHaveBeenCalled();
      rowElement(scroller, 11).dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
      expect(outside).toHaveBeenCalledTimes(1);
    } finally {
      document.removeEventListener('keydown', outside);
    }
  });
});

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
