/** The timeline's measures and class names, shared by the chart, its axis, rows and bars. */
import type { ITheme } from '@fluentui/react';
import { mergeStyleSets } from '@fluentui/react';
import type { Zoom } from '../../domain/portfolio/viewState';

export const PIXELS_PER_MONTH: Readonly<Record<Zoom, number>> = { year: 8, quarter: 22, month: 60 };
export const ROW_HEIGHT = 36;
export const AXIS_HEIGHT = 44;
const BAR_HEIGHT = 14;

/** Where months are drawn, and which of them are (the months in view and a few beyond). */
export interface MonthScale {
  /** Left edge (px) of a month in the chart, the label column included. */
  x: (month: number) => number;
  pixelsPerMonth: number;
  first: number;
  last: number;
}

export type TimelineClass = 'scroller' | 'axis' | 'axisLabel' | 'tick' | 'tickMajor' | 'row' | 'groupRow' | 'label' | 'groupLabel' | 'track' | 'bar' | 'hatched' | 'dashed' | 'flags' | 'today' | 'band' | 'phaseName';

export function timelineClasses(theme: ITheme, labelWidth: number): TimelineClasses {
  const bar = theme.palette.themePrimary;
  const text = theme.semanticColors.bodyText;
  const background = theme.semanticColors.bodyBackground;
  return mergeStyleSets({
    scroller: { position: 'relative', overflow: 'auto', border: `1px solid ${theme.semanticColors.bodyDivider}`, background },
    axis: { position: 'sticky', top: 0, zIndex: 3, height: AXIS_HEIGHT, background, borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` },
    axisLabel: { position: 'sticky', left: 0, zIndex: 4, width: labelWidth, height: AXIS_HEIGHT, background, display: 'flex', alignItems: 'flex-end', padding: '0 8px 4px', boxSizing: 'border-box', fontWeight: 600 },
    tick: { position: 'absolute', bottom: 0, height: 18, borderLeft: `1px solid ${theme.palette.neutralTertiaryAlt}`, paddingLeft: 3, fontSize: 11, color: text, whiteSpace: 'nowrap' },
    tickMajor: { position: 'absolute', top: 2, height: 20, paddingLeft: 3, fontSize: 12, fontWeight: 600, color: text, whiteSpace: 'nowrap', borderLeft: `1px solid ${theme.palette.neutralSecondary}` },
    row: {
      position: 'absolute',
      left: 0,
      height: ROW_HEIGHT,
      borderBottom: `1px solid ${theme.palette.neutralLighter}`,
      selectors: { ':focus': { outline: `2px solid ${theme.semanticColors.focusBorder}`, outlineOffset: -2 } }
    },
    groupRow: { background: theme.palette.neutralLighterAlt, cursor: 'pointer' },
    label: {
      position: 'sticky',
      left: 0,
      zIndex: 2,
      width: labelWidth,
      height: ROW_HEIGHT,
      background,
      display: 'flex',
      alignItems: 'center',
      padding: '0 8px',
      boxSizing: 'border-box',
      overflow: 'hidden',
      whiteSpace: 'nowrap',
      textOverflow: 'ellipsis',
      cursor: 'pointer',
      color: text,
      borderRight: `1px solid ${theme.semanticColors.bodyDivider}`
    },
    groupLabel: { fontWeight: 600, gap: 6, background: theme.palette.neutralLighterAlt },
    track: { position: 'absolute', top: 0, height: ROW_HEIGHT },
    bar: {
      position: 'absolute',
      top: (ROW_HEIGHT - BAR_HEIGHT) / 2,
      height: BAR_HEIGHT,
      background: bar,
      borderRadius: 3,
      boxSizing: 'border-box',
      border: `1px solid ${bar}`,
      cursor: 'pointer',
      selectors: { ':focus': { outline: `2px solid ${theme.semanticColors.focusBorder}`, outlineOffset: 2 } }
    },
    hatched: { background: `repeating-linear-gradient(45deg, ${bar} 0 4px, transparent 4px 8px)` },
    dashed: { borderStyle: 'dashed', borderWidth: 2, background: 'transparent' },
    flags: { position: 'absolute', top: 2, fontSize: 11, lineHeight: '14px', whiteSpace: 'nowrap', color: theme.semanticColors.bodySubtext },
    today: { position: 'absolute', top: 0, bottom: 0, width: 0, borderLeft: `2px solid ${theme.palette.red}`, zIndex: 1, pointerEvents: 'none' },
    band: { position: 'absolute', top: 0, bottom: 0, background: theme.isInverted ? 'rgba(255,255,255,0.06)' : 'rgba(15,108,189,0.06)', pointerEvents: 'none' },
    phaseName: { position: 'absolute', top: ROW_HEIGHT / 2 + BAR_HEIGHT / 2 + 1, fontSize: 10, lineHeight: '10px', whiteSpace: 'nowrap', color: text, overflow: 'hidden' }
  });
}

export type TimelineClasses = Record<TimelineClass, string>;
