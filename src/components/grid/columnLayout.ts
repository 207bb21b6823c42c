/**
 * Column widths of the grid from what the columns hold (pure: widths in, widths out).
 *
 * Each column wants the width of its widest content within its bounds; the title column (fill)
 * takes the slack. When the columns do not fit, the fill column gives way first down to its
 * preferred width, then the others in proportion to what they would give up, then the fill
 * column down to its floor. A column never goes below
 * its floor: its header in two lines, its compact numbers (numbers are never cut) and, for
 * columns that may not be cut at all, its whole content. Then abbreviated headers are tried;
 * when even the floors do not fit, the grid scrolls sideways.
 */

export interface ColumnNeed {
  /** Bounds of the column (px, padding included). */
  min: number;
  max: number;
  /** Takes the slack (the title). */
  fill: boolean;
  /** What the fill column keeps while the others give way (px); then it goes down to its floor. */
  preferred?: number;
  /** The widest content in full (px, padding included). */
  content: number;
  /** The widest compact form of a number column; null when the column has none. */
  compact: number | null;
  /** The header in at most two lines (px, padding included). */
  header: number;
  /** The abbreviated header; null when the column has none. */
  shortHeader: number | null;
  /** Text that may end with an ellipsis (its full text in a tooltip). */
  cuttable: boolean;
}

export interface ColumnLayout {
  /** Whole pixels per column. */
  widths: number[];
  /** Columns that show their abbreviated header. */
  short: boolean[];
  /** Sum of the widths: more than the space given means sideways scrolling. */
  total: number;
}

function floorOf(need: ColumnNeed, short: boolean): number {
  const header = short && need.shortHeader !== null ? need.shortHeader : need.header;
  const content = need.compact ?? (need.cuttable ? 0 : need.content);
  return Math.ceil(Math.max(need.min, header, content));
}

function wantOf(need: ColumnNeed, floor: number): number {
  return Math.ceil(Math.max(floor, Math.min(need.content, need.max)));
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** Widths that fit `available` with these floors, or null when the floors alone do not. */
function fit(needs: readonly ColumnNeed[], floors: readonly number[], available: number): number[] | null {
  const wants = needs.map((n, i) => wantOf(n, floors[i] ?? 0));
  let excess = sum(wants) - available;
  const widths = [...wants];
  if (excess <= 0) {
    const fill = needs.findIndex((n) => n.fill);
    if (fill >= 0) {
      widths[fill] = (widths[fill] ?? 0) - excess;
    }
    return widths;
  }
  if (sum(floors) > available) {
    return null;
  }
  const fill = needs.findIndex((n) => n.fill);
  const giveFill = (down: number): void => {
    if (fill >= 0 && excess > 0) {
      const give = Math.max(0, Math.min(excess, (widths[fill] ?? 0) - down));
      widths[fill] = (widths[fill] ?? 0) - give;
      excess -= give;
    }
  };
  // the title gives way to its preferred width, then the rest in proportion, then the title again
  const fillFloor = floors[fill] ?? 0;
  giveFill(Math.max(fillFloor, needs[fill]?.preferred ?? fillFloor));
  const slack = widths.map((w, i) => (i === fill ? 0 : w - (floors[i] ?? 0)));
  const totalSlack = sum(slack);
  if (excess > 0 && totalSlack > 0) {
    const share = Math.min(1, excess / totalSlack);
    widths.forEach((w, i) => {
      widths[i] = Math.floor(w - (slack[i] ?? 0) * share);
    });
    excess = sum(widths) - available;
  }
  giveFill(fillFloor);
  // rounding down leaves a few pixels: back to the title (or the first column)
  widths[Math.max(0, fill)] = (widths[Math.max(0, fill)] ?? 0) + (available - sum(widths));
  return widths;
}

export function layoutColumns(needs: readonly ColumnNeed[], available: number): ColumnLayout {
  const attempts: boolean[][] = [needs.map(() => false), needs.map((n) => n.shortHeader !== null && n.shortHeader < n.header)];
  for (const short of attempts) {
    const floors = needs.map((n, i) => floorOf(n, short[i] ?? false));
    const widths = fit(needs, floors, available);
    if (widths) {
      return { widths, short, total: sum(widths) };
    }
  }
  const short = attempts[1] ?? [];
  const widths = needs.map((n, i) => floorOf(n, short[i] ?? false));
  return { widths, short, total: sum(widths) };
}

/** The narrowest width (px) that holds these words in at most two lines. */
export function twoLineWidth(words: readonly string[], measure: (text: string) => number): number {
  if (words.length <= 1) {
    return measure(words[0] ?? '');
  }
  let best = measure(words.join(' '));
  for (let split = 1; split < words.length; split++) {
    best = Math.min(best, Math.max(measure(words.slice(0, split).join(' ')), measure(words.slice(split).join(' '))));
  }
  return best;
}
