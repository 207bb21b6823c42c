/** Column choice and order from the web part's property pane: a position per column, 0 = hidden. */
import type { ColumnKey } from './columns';
import { ALL_COLUMNS, DEFAULT_COLUMNS } from './columns';

export type ColumnPositions = Partial<Record<ColumnKey, number>>;

export function defaultPositions(): ColumnPositions {
  const positions: ColumnPositions = {};
  ALL_COLUMNS.forEach((key) => {
    const index = DEFAULT_COLUMNS.indexOf(key);
    positions[key] = index < 0 ? 0 : index + 1;
  });
  return positions;
}

/** Visible columns in order; the title is always shown. Ties keep the default order. */
export function columnsFromPositions(positions: ColumnPositions | undefined): ColumnKey[] {
  const merged = { ...defaultPositions(), ...positions };
  const visible = ALL_COLUMNS.filter((key) => key === 'title' || (merged[key] ?? 0) > 0);
  return visible.sort((a, b) => (merged[a] || 1000) - (merged[b] || 1000) || ALL_COLUMNS.indexOf(a) - ALL_COLUMNS.indexOf(b));
}
