/**
 * A view's print layout on landscape A4: a header saying what is printed (the view, the plan and
 * its period, the filters in effect, the date and the count), a legend, and the view's table,
 * whose header row repeats on every page. Hidden on screen; in print, the interactive UI is
 * hidden instead (the view marks it with `printHidden`; panels and the app's messages go too).
 */
import { mergeStyles, Stylesheet } from '@fluentui/react';
import * as React from 'react';
import { format } from '../common/format';
import { useStrings } from '../common/SalkkuContext';

/** Hidden in print: the view's interactive UI. */
export const printHidden = mergeStyles({ '@media print': { display: 'none !important' } });

/**
 * Landscape A4 while a print layout is drawn: a style element of the sheet's own, so the rule goes
 * with the sheet (and, coming after them, wins over other views' page rules, the Impact view's
 * portrait A4 included).
 */
const PAGE_RULE = '@page { size: A4 landscape; margin: 10mm 10mm 12mm; }';

/** Colours and patterns are printed as drawn, not dropped to save ink. */
export const PRINT_EXACT: React.CSSProperties = { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' };

const sheet = mergeStyles({
  display: 'none',
  '@media print': {
    display: 'block',
    color: '#000',
    background: '#fff',
    fontSize: '8.5pt',
    lineHeight: '1.3',
    fontFamily: 'inherit',
    printColorAdjust: 'exact',
    WebkitPrintColorAdjust: 'exact',
    selectors: {
      h1: { fontSize: '14pt', margin: '0 0 2mm' },
      'header p': { margin: '0 0 1mm' },
      header: { marginBottom: '3mm' },
      table: { width: '100%', borderCollapse: 'collapse' },
      thead: { display: 'table-header-group' },
      // the totals once, at the end (not at the foot of every page)
      tfoot: { display: 'table-row-group' },
      tr: { breakInside: 'avoid' },
      'th, td': { border: '0.5pt solid #888', padding: '1mm 1.2mm', verticalAlign: 'top', textAlign: 'left', overflowWrap: 'break-word', hyphens: 'auto' },
      'thead th': { background: '#e8e8e8', fontWeight: 700, overflowWrap: 'normal' },
      // a group's heading stays with its first rows
      'tr[data-salkku-print-group]': { breakAfter: 'avoid' },
      '[data-salkku-print-legend]': { margin: '0 0 3mm', display: 'flex', flexWrap: 'wrap', gap: '1mm 5mm' }
    }
  }
});

let rulesInserted = false;

/** What else a printed page leaves out, once per page. */
function insertPrintRules(): void {
  if (rulesInserted) {
    return;
  }
  rulesInserted = true;
  const styles = Stylesheet.getInstance();
  // panels, dialogs and the app's own messages are not part of the printed page
  styles.insertRule('@media print { .ms-Layer { display: none !important; } }');
  if (typeof CSS !== 'undefined' && CSS.supports('selector(:has(a))')) {
    styles.insertRule('@media print { [data-salkku-loaded] > :not(:has([data-salkku-print])) { display: none !important; } }');
  }
}

export interface PrintSheetProps {
  /** The view's name. */
  view: string;
  /** The plan's title, or "all periods". */
  plan: string;
  /** The plan's period ("2023–2024"), if it has one. */
  period: string | null;
  /** The filters in effect, one line each (see describeFilters). */
  filters: readonly string[];
  count: number;
  legend: React.ReactNode;
  /** Which view's print layout this is (data-salkku-print). */
  kind: string;
  children: React.ReactNode;
}

export function PrintSheet(props: PrintSheetProps): JSX.Element {
  const strings = useStrings();
  insertPrintRules();
  return (
    <div className={sheet} data-salkku-print={props.kind}>
      <style>{PAGE_RULE}</style>
      <header>
        <h1>{`${props.view}: ${props.plan}`}</h1>
        {props.period !== null && <p>{format(strings.PrintFilterValue, strings.FilterPlan, props.period)}</p>}
        <p data-salkku-print-filters={props.filters.length}>
          {props.filters.length === 0 ? strings.PrintNoFilters : format(strings.PrintFilters, props.filters.join('; '))}
        </p>
        <p>{format(strings.PrintGenerated, new Date().toLocaleDateString(strings.Locale), props.count)}</p>
      </header>
      <div data-salkku-print-legend="true" role="group" aria-label={strings.TimelineLegend}>
        {props.legend}
      </div>
      {props.children}
    </div>
  );
}
