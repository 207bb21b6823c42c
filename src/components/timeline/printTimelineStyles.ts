/**
 * How the printed timeline draws its bars: filled, and told apart in black and white by pattern
 * and edge, not only by colour (uncertain hatched, open ends fading, alternatives dashed).
 */
import type * as React from 'react';
import type { BarSegment, ProjectBar } from '../../domain/timeline/layout';
import { PRINT_EXACT } from '../print/PrintSheet';

export const PRINT_BAR = '#1f4e79';
const EDGE = '0.75pt solid #000';

export type PrintBarKind = 'planned' | 'uncertain' | 'open' | 'startUnknown' | 'alternatives';

export function printBarKind(bar: ProjectBar, segment: BarSegment): PrintBarKind {
  if (bar.uncertain || bar.lowLikelihood) {
    return 'uncertain';
  }
  if (bar.alternatives) {
    return 'alternatives';
  }
  return segment.endOpen ? 'open' : segment.startUnknown ? 'startUnknown' : 'planned';
}

export function printBarStyle(kind: PrintBarKind): React.CSSProperties {
  const base: React.CSSProperties = { ...PRINT_EXACT, position: 'absolute', top: '0.8mm', bottom: '0.8mm', boxSizing: 'border-box', border: EDGE, borderRadius: '0.6mm' };
  switch (kind) {
    case 'uncertain':
      return { ...base, background: `repeating-linear-gradient(45deg, ${PRINT_BAR} 0 1mm, #fff 1mm 2mm)` };
    case 'open':
      return { ...base, borderRight: 'none', background: `linear-gradient(to right, ${PRINT_BAR} 55%, #fff)` };
    case 'startUnknown':
      return { ...base, borderLeft: 'none', background: `linear-gradient(to left, ${PRINT_BAR} 55%, #fff)` };
    case 'alternatives':
      return { ...base, border: '1.2pt dashed #000', background: `repeating-linear-gradient(90deg, ${PRINT_BAR} 0 0.6mm, #fff 0.6mm 1.4mm)` };
    default:
      return { ...base, background: PRINT_BAR };
  }
}

export const PRINT_BAND: React.CSSProperties = { ...PRINT_EXACT, position: 'absolute', top: 0, bottom: 0, background: '#e3e3e3' };
export const PRINT_TODAY: React.CSSProperties = { ...PRINT_EXACT, position: 'absolute', top: 0, bottom: 0, width: 0, borderLeft: '1pt dashed #c00000' };
