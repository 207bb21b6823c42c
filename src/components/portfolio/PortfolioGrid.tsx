/**
 * The portfolio as an accessible, virtualised tree grid: section and unit group rows (collapsible,
 * with counts and cost totals) and project rows. One row has focus at a time (roving tabindex):
 * arrow keys move, Enter opens a project, Left/Right collapse and expand groups.
 */
import type { ITheme } from '@fluentui/react';
import { FontIcon, mergeStyleSets, useTheme } from '@fluentui/react';
import * as React from 'react';
import type { Project } from '../../domain/model';
import type { SortColumn, ViewState } from '../../domain/portfolio/viewState';
import { useStrings } from '../app/SalkkuContext';
import { format } from '../common/format';
import { formatRangeTotal } from '../common/formatting';
import { statusLabel } from '../common/labels';
import { useVirtualRows } from '../common/useVirtualRows';
import type { CellContext, ColumnKey } from './columns';
import { COLUMNS, minimumWidth } from './columns';
import type { GridRow } from './gridRows';

export interface PortfolioGridProps {
  rows: readonly GridRow[];
  columns: readonly ColumnKey[];
  context: CellContext;
  sort: ViewState['sort'];
  onSort: (column: SortColumn) => void;
  onToggleGroup: (key: string) => void;
  onOpen: (project: Project) => void;
  /** Compact one-column layout for narrow tabs. */
  compact: boolean;
  height: number;
}

type GridClass = 'grid' | 'header' | 'headerCell' | 'sortButton' | 'body' | 'row' | 'groupRow' | 'cell' | 'groupCell' | 'groupTotals' | 'compactTitle' | 'compactMeta';

function styles(theme: ITheme, compact: boolean): Record<GridClass, string> {
  return mergeStyleSets({
    grid: { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 2, background: theme.semanticColors.bodyBackground, overflowX: 'auto' },
    header: {
      display: 'grid',
      alignItems: 'stretch',
      borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
      background: theme.palette.neutralLighterAlt,
      fontWeight: 600
    },
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
      selectors: {
        ':hover': { background: theme.palette.neutralLighter },
        ':focus': { outline: `2px solid ${theme.semanticColors.focusBorder}`, outlineOffset: -2 }
      }
    },
    groupRow: { background: theme.palette.neutralLighterAlt, fontWeight: 600 },
    cell: { padding: '0 8px', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: compact ? 'normal' : 'nowrap', minWidth: 0, lineHeight: '18px' },
    groupCell: { padding: '0 8px', display: 'flex', alignItems: 'center', gap: 8, minWidth: 0, overflow: 'hidden' },
    groupTotals: { fontWeight: 400, color: theme.semanticColors.bodySubtext, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
    compactTitle: { fontWeight: 600, display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
    compactMeta: { color: theme.semanticColors.bodySubtext, display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }
  });
}

const GROUP_HEIGHT = 40;

export function PortfolioGrid(props: PortfolioGridProps): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const { rows, compact, context } = props;
  const classes = React.useMemo(() => styles(theme, compact), [theme, compact]);
  const rowHeight = compact ? 64 : 52;
  const columns = compact ? (['title'] as ColumnKey[]) : props.columns;
  const template = compact ? '1fr' : columns.map((c) => COLUMNS[c].width).join(' ');
  const bodyRef = React.useRef<HTMLDivElement>(null);
  const viewport = Math.min(props.height, Math.max(rowHeight, rows.length * rowHeight));
  const virtual = useVirtualRows(rows.length, rowHeight, viewport, bodyRef);
  const [focused, setFocused] = React.useState(0);
  const focusAfterRender = React.useRef(false);
  const current = Math.min(focused, Math.max(0, rows.length - 1));

  React.useEffect(() => {
    if (focusAfterRender.current) {
      focusAfterRender.current = false;
      bodyRef.current?.querySelector<HTMLElement>(`[data-row-index="${current}"]`)?.focus();
    }
  });

  const moveTo = (index: number): void => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setFocused(next);
    virtual.scrollToRow(next);
    focusAfterRender.current = true;
  };

  const onKeyDown = (event: React.KeyboardEvent, index: number, row: GridRow): void => {
    const page = Math.max(1, Math.floor(viewport / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(index + 1),
      ArrowUp: () => moveTo(index - 1),
      PageDown: () => moveTo(index + page),
      PageUp: () => moveTo(index - page),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      Enter: () => (row.kind === 'project' ? props.onOpen(row.project) : props.onToggleGroup(row.key)),
      ' ': () => (row.kind === 'project' ? props.onOpen(row.project) : props.onToggleGroup(row.key)),
      ArrowRight: () => row.kind === 'group' && !row.expanded && props.onToggleGroup(row.key),
      ArrowLeft: () => row.kind === 'group' && row.expanded && props.onToggleGroup(row.key)
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const sortState = (column: SortColumn | null): 'ascending' | 'descending' | 'none' => {
    if (column === null) {
      return 'none';
    }
    const active = props.sort ?? { column: 'number', descending: false };
    return active.column !== column ? 'none' : active.descending ? 'descending' : 'ascending';
  };

  const renderGroup = (row: Extract<GridRow, { kind: 'group' }>): JSX.Element => (
    <div role="gridcell" aria-colspan={columns.length} className={classes.groupCell} style={{ gridColumn: '1 / -1', paddingLeft: row.level === 1 ? 8 : 28 }}>
      <FontIcon aria-hidden={true} iconName={row.expanded ? 'ChevronDown' : 'ChevronRight'} />
      <span>{row.label}</span>
      <span className={classes.groupTotals}>
        {format(strings.GroupTotals, row.totals.count, formatRangeTotal(row.totals.investment, strings), formatRangeTotal(row.totals.recurring, strings))}
      </span>
    </div>
  );

  const renderProject = (project: Project): JSX.Element[] =>
    compact
      ? [
          <div key="title" role="gridcell" className={classes.cell}>
            <span className={classes.compactTitle}>{`${project.number ?? ''} ${project.title}`.trim()}</span>
            <span className={classes.compactMeta}>{[statusLabel(strings, project.status), COLUMNS.schedule.text(project, context)].filter((v) => v).join(' · ')}</span>
          </div>
        ]
      : columns.map((key) => (
          <div key={key} role="gridcell" className={classes.cell}>
            {COLUMNS[key].render(project, context)}
          </div>
        ));

  const visible: JSX.Element[] = [];
  for (let index = virtual.first; index <= virtual.last; index++) {
    const row = rows[index];
    if (!row) {
      continue;
    }
    const common = {
      key: row.key,
      role: 'row',
      'data-row-index': index,
      'aria-rowindex': index + 2,
      'aria-level': row.level,
      tabIndex: index === current ? 0 : -1,
      onFocus: () => setFocused(index),
      onKeyDown: (e: React.KeyboardEvent) => onKeyDown(e, index, row)
    };
    if (row.kind === 'group') {
      visible.push(
        <div
          {...common}
          aria-expanded={row.expanded}
          aria-label={`${row.label}, ${format(strings.GroupCount, row.totals.count)}`}
          className={`${classes.row} ${classes.groupRow}`}
          style={{ top: index * rowHeight, height: rowHeight, gridTemplateColumns: template, minHeight: GROUP_HEIGHT }}
          onClick={() => {
            setFocused(index);
            props.onToggleGroup(row.key);
          }}
          data-salkku-group={row.key}
        >
          {renderGroup(row)}
        </div>
      );
    } else {
      visible.push(
        <div
          {...common}
          className={classes.row}
          style={{ top: index * rowHeight, height: rowHeight, gridTemplateColumns: template, paddingLeft: 0 }}
          onClick={() => {
            setFocused(index);
            props.onOpen(row.project);
          }}
          data-salkku-project={row.project.id ?? undefined}
        >
          {renderProject(row.project)}
        </div>
      );
    }
  }

  return (
    <div className={classes.grid}>
      <div role="treegrid" aria-label={strings.GridLabel} aria-rowcount={rows.length + 1} aria-colcount={columns.length} style={{ minWidth: compact ? undefined : minimumWidth(columns) }} data-salkku-grid="portfolio">
        <div role="row" aria-rowindex={1} className={classes.header} style={{ gridTemplateColumns: template }}>
          {columns.map((key) => {
            const column = COLUMNS[key];
            const state = sortState(column.sort);
            const sortable = column.sort;
            return (
              <div key={key} role="columnheader" aria-sort={sortable ? state : undefined} className={classes.headerCell}>
                {sortable ? (
                  <button type="button" className={classes.sortButton} onClick={() => props.onSort(sortable)} title={format(strings.SortBy, column.header(strings))}>
                    <span>{column.header(strings)}</span>
                    {state !== 'none' && <FontIcon aria-hidden={true} iconName={state === 'ascending' ? 'SortUp' : 'SortDown'} />}
                  </button>
                ) : (
                  <span>{column.header(strings)}</span>
                )}
              </div>
            );
          })}
        </div>
        <div ref={bodyRef} role="rowgroup" className={classes.body} style={{ height: viewport }} onScroll={virtual.onScroll}>
          <div role="none" style={{ height: virtual.totalHeight, position: 'relative' }}>
            {visible}
          </div>
        </div>
      </div>
    </div>
  );
}
