/**
 * Projects as an accessible, virtualised tree grid: section and unit group rows (collapsible,
 * with counts and totals) and project rows. One element has focus at a time (roving tabindex):
 * Up/Down move between rows, Right/Left move into and across a row's cells, Enter opens the row's
 * project or activates the focused cell, Right/Left on a group expand and collapse it.
 * Used by the Portfolio and the Impact-assessment views.
 *
 * Columns size to their content (columnLayout.ts): the title takes the slack, numbers are never
 * cut (a cost that does not fit shows its compact form, the full value in a tooltip and to screen
 * readers), other text ends with an ellipsis and shows its whole text in a tooltip (on hover and
 * on keyboard focus), headers wrap to two lines or are abbreviated with the full header in a tooltip.
 */
import type { ITheme } from '@fluentui/react';
import { DirectionalHint, FontIcon, mergeStyleSets, Tooltip, useTheme } from '@fluentui/react';
import * as React from 'react';
import type { Project } from '../../domain/model';
import type { SortColumn, ViewState } from '../../domain/portfolio/viewState';
import { useStrings } from '../common/SalkkuContext';
import { format } from '../common/format';
import { useElementWidth } from '../common/useNarrow';
import { useRowNavigation } from '../common/useRowNavigation';
import type { ColumnLayout, ColumnNeed } from './columnLayout';
import { layoutColumns, twoLineWidth } from './columnLayout';
import type { GridRow } from './gridRows';
import type { MeasureText } from './textMeasure';
import { fontOf, measurer, widest } from './textMeasure';

/** How wide a column may be (px, its padding included). */
export interface ColumnSize {
  min: number;
  max: number;
  /** Takes the slack (the title). */
  fill?: boolean;
  /** What the title keeps while the other columns give way. */
  preferred?: number;
  /** Pixels beside the text: an icon, a badge's symbol. */
  extra?: number;
  /** Content that is never cut (a plan number, "5/5 assessed"): the column is at least as wide. */
  whole?: boolean;
}

export interface GridColumn {
  key: string;
  header: string;
  /** An abbreviation for a narrow column; the full header is its tooltip and its name for screen readers. */
  shortHeader?: string;
  size: ColumnSize;
  sort: SortColumn | null;
  /** The cell's whole text: sizes the column, and is the tooltip when the cell is cut. */
  text: (project: Project) => string;
  /** The widest line the cell shows, when that is not `text` (a cell of two lines). */
  measure?: (project: Project) => string;
  /** A number's compact form ("20–50 k€"), shown when the full text does not fit: numbers are never cut. */
  compact?: (project: Project) => string;
  /** A tooltip the cell always has (e.g. a schedule's original text). */
  tooltip?: (project: Project) => string | undefined;
  /** Rich content; without it the cell shows its text. */
  render?: (project: Project) => React.ReactNode;
  /** Cells that do something on Enter/click (e.g. edit an assessment). */
  activatable?: boolean;
}

const CELL_PADDING = 16;
/** Room for the sort direction icon beside the sorted column's header. */
const SORT_ICON = 18;

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

type GridClass = 'outer' | 'header' | 'headerCell' | 'sortButton' | 'headerText' | 'body' | 'row' | 'groupRow' | 'cell' | 'cellText' | 'hidden' | 'activeCell' | 'groupCell' | 'groupTotals';

function styles(theme: ITheme, compact: boolean): Record<GridClass, string> {
  const focus = { outline: `2px solid ${theme.semanticColors.focusBorder}`, outlineOffset: -2 };
  return mergeStyleSets({
    outer: { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 2, background: theme.semanticColors.bodyBackground, overflowX: 'auto' },
    header: { display: 'grid', alignItems: 'stretch', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, background: theme.palette.neutralLighterAlt, fontWeight: 600 },
    headerCell: { padding: '0 8px', display: 'flex', alignItems: 'center', minWidth: 0, overflow: 'hidden' },
    headerText: { whiteSpace: 'normal', overflowWrap: 'normal', minWidth: 0, lineHeight: '18px' },
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
      maxWidth: '100%',
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
      minWidth: 0,
      lineHeight: '18px',
      alignSelf: 'stretch',
      display: 'flex',
      alignItems: 'center',
      position: 'relative',
      selectors: { ':focus': focus }
    },
    cellText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: compact ? 'normal' : 'nowrap', minWidth: 0 },
    hidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
    activeCell: { selectors: { ':hover': { textDecoration: 'underline' } } },
    groupCell: { padding: '0 8px', display: 'flex', alignItems: 'center', gap: 8, minWidth: 0, overflow: 'hidden' },
    groupTotals: { fontWeight: 400, color: theme.semanticColors.bodySubtext, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }
  });
}

/** What each column needs, from the texts of every project and the headers. */
function columnNeeds(columns: readonly GridColumn[], projects: readonly Project[], measure: MeasureText, measureBold: MeasureText, sorted: SortColumn): ColumnNeed[] {
  return columns.map((column) => {
    const extra = (column.size.extra ?? 0) + CELL_PADDING;
    const headerExtra = CELL_PADDING + (column.sort === sorted ? SORT_ICON : 0);
    const lines = projects.map((p) => (column.measure ?? column.text)(p));
    const compact = column.compact;
    return {
      min: column.size.min,
      max: column.size.max,
      fill: column.size.fill === true,
      preferred: column.size.preferred,
      content: widest(lines, measure) + extra,
      compact: compact ? widest(projects.map((p) => compact(p)), measure) + extra : null,
      header: twoLineWidth(column.header.split(/\s+/), measureBold) + headerExtra,
      shortHeader: column.shortHeader ? twoLineWidth(column.shortHeader.split(/\s+/), measureBold) + headerExtra : null,
      cuttable: compact === undefined && column.size.whole !== true
    };
  });
}

/** Every project under the grid's groups, collapsed ones included: widths do not jump on collapse. */
function projectsOf(rows: readonly GridRow[]): Project[] {
  const sections = rows.filter((r): r is Extract<GridRow, { kind: 'group' }> => r.kind === 'group' && r.level === 1);
  if (sections.length === 0) {
    return rows.flatMap((r) => (r.kind === 'project' ? [r.project] : []));
  }
  return sections.flatMap((r) => [...r.group.projects, ...r.group.children.flatMap((c) => c.projects)]);
}

interface RowEvents {
  toggle: (key: string) => void;
  open: (project: Project) => void;
  activate: (project: Project, column: string) => void;
}

interface RowContext {
  classes: Record<GridClass, string>;
  columns: readonly GridColumn[];
  /** Width of each column's text (px), for deciding what is cut; null in the compact layout. */
  textWidths: readonly number[] | null;
  measure: MeasureText;
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

/**
 * A cell's content and tooltip: a number that does not fit in full shows its compact form (the
 * full one to screen readers and in the tooltip); other text that does not fit ends with an
 * ellipsis and has its whole text as the tooltip.
 */
function cellContent(column: GridColumn, project: Project, width: number | null, context: RowContext): { content: React.ReactNode; tooltip?: string; compact: boolean } {
  const { classes, measure } = context;
  const full = column.text(project);
  const always = column.tooltip?.(project);
  const fits = width === null || measure(column.measure ? column.measure(project) : full) + (column.size.extra ?? 0) <= width;
  if (!fits && column.compact) {
    return {
      content: (
        <span className={classes.cellText}>
          <span aria-hidden={true}>{column.compact(project)}</span>
          <span className={classes.hidden}>{full}</span>
        </span>
      ),
      tooltip: always ?? full,
      compact: true
    };
  }
  const tooltip = fits ? always : always && always !== full ? `${full} · ${always}` : full;
  return { content: <span className={classes.cellText}>{column.render ? column.render(project) : full}</span>, tooltip, compact: false };
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
      {columns.map((column, c) => {
        const cell = cellContent(column, row.project, context.textWidths?.[c] ?? null, context);
        return (
          <div
            key={column.key}
            role="gridcell"
            data-col-index={c}
            data-col={column.key}
            data-salkku-compact={cell.compact ? 'true' : undefined}
            tabIndex={tabbableCell === c ? 0 : -1}
            title={cell.tooltip}
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
            {cell.content}
          </div>
        );
      })}
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
  const compactColumns = React.useMemo<GridColumn[]>(
    () => [{ key: 'compact', header: firstHeader, size: { min: 0, max: 0, fill: true }, sort: null, text: () => '', render: props.renderCompact }],
    [firstHeader, props.renderCompact]
  );
  const columns: readonly GridColumn[] = compact ? compactColumns : props.columns;

  // the space the rows have: the grid's width less its border and the body's scrollbar
  const outerRef = React.useRef<HTMLDivElement>(null);
  const outerWidth = useElementWidth(outerRef);
  const [scrollbar, setScrollbar] = React.useState(0);
  const [fonts, setFonts] = React.useState<{ text: string; bold: string } | null>(null);
  const measure = React.useMemo(() => measurer(fonts?.text ?? fontOf(null)), [fonts]);
  const measureBold = React.useMemo(() => measurer(fonts?.bold ?? fontOf(null, 600)), [fonts]);
  const projects = React.useMemo(() => projectsOf(rows), [rows]);
  const sorted = props.sort?.column ?? 'number';
  const needs = React.useMemo(() => (compact ? [] : columnNeeds(props.columns, projects, measure, measureBold, sorted)), [compact, props.columns, projects, measure, measureBold, sorted]);
  const available = Math.max(0, Math.floor(outerWidth) - 2 - scrollbar);
  const layout = React.useMemo<ColumnLayout | null>(() => (compact ? null : layoutColumns(needs, available > 0 ? available : 1200)), [compact, needs, available]);
  const template = layout ? layout.widths.map((w) => `${w}px`).join(' ') : '1fr';
  const textWidths = React.useMemo(() => (layout ? layout.widths.map((w) => w - CELL_PADDING) : null), [layout]);
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
    () => ({ classes, columns, textWidths, measure, template, rowHeight, groupSummary: props.groupSummary, groupCountLabel: strings.GroupCount, events, canActivate: props.onActivateCell !== undefined }),
    [classes, columns, textWidths, measure, template, rowHeight, props.groupSummary, strings.GroupCount, events, props.onActivateCell]
  );

  const bodyRef = navigation.container.ref;
  React.useLayoutEffect(() => {
    const body = bodyRef.current;
    if (body) {
      setScrollbar(body.offsetWidth - body.clientWidth);
      setFonts((known) => {
        const text = fontOf(body);
        return known?.text === text ? known : { text, bold: fontOf(body, 600) };
      });
    }
  }, [bodyRef, outerWidth, rows.length]);

  // a cell's tooltip also on keyboard focus (the title shows it on hover); Escape hides it
  const [tip, setTip] = React.useState<{ element: HTMLElement; text: string } | null>(null);
  const onFocusCapture = (event: React.FocusEvent): void => {
    const target = event.target;
    const text = target instanceof HTMLElement && target.getAttribute('role') === 'gridcell' ? target.getAttribute('title') : null;
    setTip(text && target instanceof HTMLElement ? { element: target, text } : null);
  };

  const visible: JSX.Element[] = [];
  for (let index = navigation.first; index <= navigation.last; index++) {
    const row = rows[index];
    if (row) {
      const focusedHere = index === navigation.focus.row;
      visible.push(<GridRowView key={row.key} row={row} index={index} context={rowContext} tabbableCell={focusedHere ? navigation.focus.cell : null} />);
    }
  }

  return (
    <div
      ref={outerRef}
      className={classes.outer}
      onFocusCapture={onFocusCapture}
      onBlurCapture={() => setTip(null)}
      onKeyDownCapture={(event) => event.key === 'Escape' && tip !== null && setTip(null)}
    >
      <div role="treegrid" aria-label={props.label} aria-rowcount={rows.length + 1} aria-colcount={columns.length} style={{ minWidth: layout ? layout.total + scrollbar : undefined }} data-salkku-grid={props.gridId}>
        <div role="row" aria-rowindex={1} className={classes.header} style={{ gridTemplateColumns: template }}>
          {columns.map((column, c) => {
            const state = sortState(column.sort);
            const sortable = column.sort;
            const short = layout?.short[c] === true && column.shortHeader !== undefined;
            const text = short ? (
              <span className={classes.headerText}>
                <span aria-hidden={true}>{column.shortHeader}</span>
                <span className={classes.hidden}>{column.header}</span>
              </span>
            ) : (
              <span className={classes.headerText}>{column.header}</span>
            );
            return (
              <div key={column.key} role="columnheader" aria-sort={sortable ? state : undefined} className={classes.headerCell} data-col={column.key} title={short && !sortable ? column.header : undefined}>
                {sortable ? (
                  <button type="button" className={classes.sortButton} onClick={() => props.onSort(sortable)} title={format(strings.SortBy, column.header)}>
                    {text}
                    {state !== 'none' && <FontIcon aria-hidden={true} iconName={state === 'ascending' ? 'SortUp' : 'SortDown'} />}
                  </button>
                ) : (
                  text
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
      {tip && (
        <Tooltip
          role="tooltip"
          targetElement={tip.element}
          content={tip.text}
          directionalHint={DirectionalHint.bottomLeftEdge}
          calloutProps={{ setInitialFocus: false, isBeakVisible: false, gapSpace: 4, doNotLayer: false }}
        />
      )}
    </div>
  );
}
