import type { ColumnNeed } from './columnLayout';
import { layoutColumns, twoLineWidth } from './columnLayout';

const column = (need: Partial<ColumnNeed>): ColumnNeed => ({ min: 50, max: 200, fill: false, content: 100, compact: null, header: 60, shortHeader: null, cuttable: true, ...need });

describe('layoutColumns', () => {
  it('gives each column its content within its bounds and the title the slack', () => {
    const layout = layoutColumns([column({ content: 80 }), column({ fill: true, content: 150, min: 180 }), column({ content: 400, max: 220 })], 1000);
    expect(layout.widths).toEqual([80, 700, 220]);
    expect(layout.total).toBe(1000);
  });

  it('lets the title give way to its preferred width first, then the others in proportion, never below their floors', () => {
    const needs = [column({ fill: true, content: 600, min: 180, max: 520, preferred: 300 }), column({ content: 200, min: 100 }), column({ content: 300, max: 300, min: 100 })];
    const layout = layoutColumns(needs, 650);
    expect(layout.widths[0]).toBe(300);
    // 520 + 200 + 300 = 1 020 in 650: the title gives 220, then each other half of what it can give (100 and 200)
    expect(layout.widths.slice(1)).toEqual([150, 200]);
    expect(layout.total).toBe(650);
    const tighter = layoutColumns(needs, 400);
    expect(tighter.widths).toEqual([200, 100, 100]);
  });

  it('never narrows a number column below its compact form, nor a whole column below its content', () => {
    const layout = layoutColumns([column({ fill: true, min: 100, content: 500 }), column({ content: 150, compact: 90, cuttable: false }), column({ content: 120, cuttable: false })], 300);
    expect(layout.widths[1]).toBeGreaterThanOrEqual(90);
    expect(layout.widths[2]).toBe(120);
  });

  it('abbreviates headers only when the full ones do not fit, then scrolls sideways', () => {
    const needs = [column({ fill: true, min: 100 }), column({ header: 200, shortHeader: 90, content: 80 })];
    expect(layoutColumns(needs, 400).short).toEqual([false, false]);
    const narrow = layoutColumns(needs, 250);
    expect(narrow.short).toEqual([false, true]);
    expect(narrow.widths).toEqual([160, 90]);
    const tooNarrow = layoutColumns(needs, 150);
    expect(tooNarrow.total).toBe(190);
  });
});

describe('twoLineWidth', () => {
  const measure = (text: string): number => text.length * 10;
  it('splits the words where the longer line is shortest', () => {
    expect(twoLineWidth(['Strategiset', 'tavoitteet'], measure)).toBe(110);
    expect(twoLineWidth(['a)', 'Organisation', 'of', 'information', 'management'], measure)).toBe(220);
    expect(twoLineWidth(['Aikatauluvastuu'], measure)).toBe(150);
  });
});
