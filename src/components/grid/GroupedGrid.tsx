/**
 * Projects as an accessible, virtualised tree grid: section and unit group rows (collapsible,
 * with counts and totals) and project rows. One element has focus at a time (roving tabindex):
 * Up/Down move between rows, Right/Left move into and across a row's cells, Enter opens the row's
 * project or activates the focused cell, Right/Left on a group expand and collapse it.
 * Used by the Portfolio and the Impact-assessment views.
 */
import type { ITheme } from '@fluentui/react';
import { FontIcon, mergeStyleSets, useTheme } from '@fluentui/react';
import * as React from 'react';
import type { Project } from '../../domain/model';
import type { SortColumn, ViewState } from '../../domain/portfolio/viewState';
import { useStrings } from '../common/SalkkuContext';
import { format } from '../common/format';
import { useRowNavigation } from '../common/useRowNavigation';
import type { GridRow } from './gridRows';

export interface GridColumn {
  key: string;
  header: string;
  /** CSS grid track, e.g. "64px" or "minmax(120px, 1fr)". */
  width: string;
  sort: SortColumn | null;
  render: (project: Project) => React.ReactNode;
  /** Cells that do something on Enter/click (e.g. edit an assessment). */
  activatable?: boolean;
}

export interface GroupedGridProps {
  rows: readonly GridRow[];
  columns: readonly GridColumn[];
  label: string;
  sort: ViewState['sort'];
  onSort: (column: SortColumn) => void;
  onToggleGroup: (key: string) => void;
  onOpen: (project: Project) => void;
  /** Enter or click on an activatable cell. */
  onActivateCell?: (project: Project, column: string) => void;
  /** Text after a group's name (counts, totals). */
  groupSummary: (row: Extract<GridRow, { kind: 'group' }>) => string;
  /** Compact layout for narrow tabs: one column drawn by `renderCompact`. */
  compact: boolean;
  renderCompact: (project: Project) => React.ReactNode;
  height: number;
  /** data-salkku-grid value, for tests. */
  gridId: string;
}

type GridClass = 'outer' | 'header' | 'headerCell' | 'sortButton' | 'body' | 'row' | 'groupRow' | 'cell' | 'activeCell' | 'groupCell' | 'groupTotals';

function styles(theme: ITheme, compact: boolean): Record<GridClass, string> {
  const focus = { outline: `2px solid ${theme.semanticColors.focusBorder}`, outlineOffset: -2 };
  return mergeStyleSets({
    outer: { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 2, background: theme.semanticColors.bodyBackground, overflowX: 'auto' },
    header: { display: 'grid', alignItems: 'stretch', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, background: theme.palette.neutralLighterAlt, fontWeight: 600 },
    headerCell: { padding: '0 8px', display: 'flex', alignItems: 'center', minWidth: 0 },
    sortButton: {
      background: 'none',
      border: 'none',
      padding: '8px 0',
      color: theme.semanticColors.bodyText,
      font: 'inherit',
      fontWeight: 600,
      cursor: 'pointer',
      display: 'flex',
      alignItems: 'center',
      gap: 4,
      textAlign: 'left',
      minWidth: 0,
      selectors: { ':focus-visible': { outline: `2px solid ${theme.semanticColors.focusBorder}` } }
    },
    body: { position: 'relative', overflowY: 'auto', overflowX: 'hidden' },
    row: {
      position: 'absolute',
      left: 0,
      right: 0,
      display: 'grid',
      alignItems: 'center',
      borderBottom: `1px solid ${theme.palette.neutralLighter}`,
      cursor: 'pointer',
      color: theme.semanticColors.bodyText,
      selectors: { ':hover': { background: theme.palette.neutralLighter }, ':focus': focus }
    },
    groupRow: { background: theme.palette.neutralLighterAlt, fontWeight: 600 },
    cell: {
      padding: '0 8px',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      whiteSpace: compact ? 'normal' : 'nowrap',
      minWidth: 0,
      lineHeight: '18px',
      alignSelf: 'stretch',
      display: 'flex',
      alignItems: 'center',
      selectors: { ':focus': focus }
    },
    activeCell: { selectors: { ':hover': { textDecoration: 'underline' } } },
    groupCell: { padding: '0 8px', display: 'flex', alignItems: 'center', gap: 8, minWidth: 0, overflow: 'hidden' },
    groupTotals: { fontWeight: 400, color: theme.semanticColors.bodySubtext, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }
  });
}

/** The sum of the columns' minimum widths (px): below it the grid scrolls sideways. */
export function minimumWidth(columns: readonly GridColumn[]): number {
  return columns.reduce((sum, c) => sum + Number((/(\d+)px/.exec(c.width) ?? ['', '80'])[1]) + 16, 0);
}

interface RowEvents {
  toggle: (key: string) => void;
  open: (project: Project) => void;
  activate: (project: Project, column: string) => void;
}

interface RowContext {
  classes: Record<GridClass, string>;
  columns: readonly GridColumn[];
  template: string;
  rowHeight: number;
  groupSummary: GroupedGridProps['groupSummary'];
  groupCountLabel: string;
  events: RowEvents;
  canActivate: boolean;
}

interface GridRowViewProps {
  row: GridRow;
  index: number;
  context: RowContext;
  /** null: the row is not the focus holder; -1: the row itself; n: its cell n. */
  tabbableCell: number | null;
}

/** One row; memoized, so scrolling only mounts the rows that come into view. */
const GridRowView = React.memo(function GridRowView(props: GridRowViewProps): JSX.Element {
  const { row, index, context, tabbableCell } = props;
  const { classes, columns, template, rowHeight, events } = context;
  const common = {
    role: 'row',
    'data-row-index': index,
    'aria-rowindex': index + 2,
    'aria-level': row.level,
    tabIndex: tabbableCell === -1 ? 0 : -1
  };
  if (row.kind === 'group') {
    return (
      <div
        {...common}
        aria-expanded={row.expanded}
        aria-label={`${row.label}, ${format(context.groupCountLabel, row.totals.count)}`}
        className={`${classes.row} ${classes.groupRow}`}
        style={{ top: index * rowHeight, height: rowHeight, gridTemplateColumns: template }}
        onClick={() => events.toggle(row.key)}
        data-salkku-group={row.key}
      >
        <div role="gridcell" aria-colspan={columns.length} className={classes.groupCell} style={{ gridColumn: '1 / -1', paddingLeft: row.level === 1 ? 8 : 28 }}>
          <FontIcon aria-hidden={true} iconName={row.expanded ? 'ChevronDown' : 'ChevronRight'} />
          <span>{row.label}</span>
          <span className={classes.groupTotals}>{context.groupSummary(row)}</span>
        </div>
      </div>
    );
  }
  return (
    <div
      {...common}
      className={classes.row}
      style={{ top: index * rowHeight, height: rowHeight, gridTemplateColumns: template }}
      onClick={() => events.open(row.project)}
      data-salkku-project={row.project.id ?? undefined}
    >
      {columns.map((column, c) => (
        <div
          key={column.key}
          role="gridcell"
          data-col-index={c}
          data-col={column.key}
          tabIndex={tabbableCell === c ? 0 : -1}
          className={`${classes.cell} ${column.activatable ? classes.activeCell : ''}`}
          onClick={
            column.activatable && context.canActivate
              ? (event) => {
                  event.stopPropagation();
                  events.activate(row.project, column.key);
                }
              : undefined
          }
        >
          {column.render(row.project)}
        </div>
      ))}
    </div>
  );
});

export function GroupedGrid(props: GroupedGridProps): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const { rows, compact } = props;
  const classes = React.useMemo(() => styles(theme, compact), [theme, compact]);
  const rowHeight = compact ? 64 : 52;
  const firstHeader = props.columns[0]?.header ?? '';
  const compactColumns = React.useMemo<GridColumn[]>(() => [{ key: 'compact', header: firstHeader, width: '1fr', sort: null, render: props.renderCompact }], [firstHeader, props.renderCompact]);
  const columns: readonly GridColumn[] = compact ? compactColumns : props.columns;
  const template = columns.map((c) => c.width).join(' ');
  const viewport = Math.min(props.height, Math.max(rowHeight, rows.length * rowHeight));
  const navigation = useRowNavigation({
    rows,
    rowHeight,
    viewportHeight: viewport,
    cellCount: (row) => (row.kind === 'project' ? columns.length : 0),
    cellAttribute: 'data-col-index',
    columns: true,
    onToggleGroup: props.onToggleGroup,
    onActivate: (project, cell) => {
      const column = columns[cell];
      if (cell >= 0 && column?.activatable && props.onActivateCell) {
        props.onActivateCell(project, column.key);
      } else {
        props.onOpen(project);
      }
    }
  });

  const sortState = (column: SortColumn | null): 'ascending' | 'descending' | 'none' => {
    if (column === null) {
      return 'none';
    }
    const active = props.sort ?? { column: 'number', descending: false };
    return active.column !== column ? 'none' : active.descending ? 'descending' : 'ascending';
  };

  // handlers read the latest props through a ref, so memoized rows keep stable props
  const latest = React.useRef(props);
  latest.current = props;
  const events = React.useMemo<RowEvents>(
    () => ({
      toggle: (key) => latest.current.onToggleGroup(key),
      open: (project) => latest.current.onOpen(project),
      activate: (project, column) => latest.current.onActivateCell?.(project, column)
    }),
    []
  );
  const rowContext = React.useMemo<RowContext>(
    () => ({ classes, columns, template, rowHeight, groupSummary: props.groupSummary, groupCountLabel: strings.GroupCount, events, canActivate: props.onActivateCell !== undefined }),
    [classes, columns, template, rowHeight, props.groupSummary, strings.GroupCount, events, props.onActivateCell]
  );

  const visible: JSX.Element[] = [];
  for (let index = navigation.first; index <= navigation.last; index++) {
    const row = rows[index];
    if (row) {
      const focusedHere = index === navigation.focus.row;
      visible.push(<GridRowView key={row.key} row={row} index={index} context={rowContext} tabbableCell={focusedHere ? navigation.focus.cell : null} />);
    }
  }

  return (
    <div className={classes.outer}>
      <div role="treegrid" aria-label={props.label} aria-rowcount={rows.length + 1} aria-colcount={columns.length} style={{ minWidth: compact ? undefined : minimumWidth(columns) }} data-salkku-grid={props.gridId}>
        <div role="row" aria-rowindex={1} className={classes.header} style={{ gridTemplateColumns: template }}>
          {columns.map((column) => {
            const state = sortState(column.sort);
            const sortable = column.sort;
            return (
              <div key={column.key} role="columnheader" aria-sort={sortable ? state : undefined} className={classes.headerCell}>
                {sortable ? (
                  <button type="button" className={classes.sortButton} onClick={() => props.onSort(sortable)} title={format(strings.SortBy, column.header)}>
                    <span>{column.header}</span>
                    {state !== 'none' && <FontIcon aria-hidden={true} iconName={state === 'ascending' ? 'SortUp' : 'SortDown'} />}
                  </button>
                ) : (
                  <span>{column.header}</span>
                )}
              </div>
            );
          })}
        </div>
        <div {...navigation.container} role="rowgroup" className={classes.body} style={{ height: viewport }}>
          <div role="none" style={{ height: navigation.totalHeight, position: 'relative' }}>
            {visible}
          </div>
        </div>
      </div>
    </div>
  );
}
