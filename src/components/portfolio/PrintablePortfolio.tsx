/**
 * The Portfolio as a landscape A4 document: every filtered project (not only the rows drawn on
 * screen), in the grid's groups and columns, each group with its totals and the whole at the end.
 * Drawn only while printing (see usePrintLayout).
 */
import * as React from 'react';
import type { PortfolioData } from '../../data/contract/repository.types';
import type { PortfolioFilter } from '../../domain/portfolio/filter';
import type { Totals } from '../../domain/portfolio/totals';
import { computeTotals } from '../../domain/portfolio/totals';
import { format } from '../common/format';
import { formatRangeTotal } from '../common/formatting';
import { useStrings } from '../common/SalkkuContext';
import type { FilteredPortfolio } from '../common/usePortfolioFilter';
import { buildRows } from '../grid/gridRows';
import { describeFilters } from '../print/filterSummary';
import { planHeading } from '../print/planHeading';
import { PrintSheet } from '../print/PrintSheet';
import type { CellContext, ColumnKey } from './columns';
import { COLUMNS } from './columns';
import type { FollowUpCells } from './actualColumns';

export interface PrintablePortfolioProps {
  data: PortfolioData;
  filter: PortfolioFilter;
  model: FilteredPortfolio;
  /** The columns the grid shows, in its order. */
  columns: readonly ColumnKey[];
  /** The actuals and who owes a report, when the follow-up has been read. */
  followUp?: FollowUpCells;
}

const NUMERIC: ReadonlySet<ColumnKey> = new Set(['investment', 'recurring', 'actual']);

/** Shares of the page's width: the titles and goals take what the short columns leave. */
const SHARE: Readonly<Record<ColumnKey, number>> = { number: 4, title: 19, schedule: 10, status: 9, likelihood: 10, scheduleOwner: 10, investment: 10, recurring: 9, actual: 10, goals: 12, assessment: 11, plans: 12 };

function totalsText(totals: Totals, strings: ISalkkuStrings): string {
  return format(strings.GroupTotals, totals.count, formatRangeTotal(totals.investment, strings), formatRangeTotal(totals.recurring, strings));
}

export function PrintablePortfolio(props: PrintablePortfolioProps): JSX.Element {
  const strings = useStrings();
  const { data, model, columns } = props;
  const context: CellContext = { strings, data, goalTitles: model.goalTitles, planTitles: model.planTitles, followUp: props.followUp };
  // every group open: the paper has every filtered project
  const rows = buildRows(model.groups, new Set<string>(), strings);
  const heading = planHeading(data.plans, model.planId, strings);
  const cell = (key: ColumnKey): React.CSSProperties => (NUMERIC.has(key) ? { textAlign: 'right' } : key === 'number' ? { whiteSpace: 'nowrap' } : {});
  const shares = columns.reduce((sum, key) => sum + SHARE[key], 0);
  return (
    <PrintSheet
      kind="portfolio"
      view={strings.ViewPortfolio}
      plan={heading.plan}
      period={heading.period}
      filters={describeFilters(props.filter, data, strings)}
      count={model.filtered.length}
      legend={<span>{format(strings.PrintPortfolioLegend, strings.EmptyValue)}</span>}
    >
      <table style={{ tableLayout: 'fixed' }}>
        <colgroup>
          {columns.map((key) => (
            <col key={key} style={{ width: `${((SHARE[key] / shares) * 100).toFixed(2)}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((key) => (
              <th key={key} scope="col" style={cell(key)}>
                {COLUMNS[key].header(strings)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) =>
            row.kind === 'group' ? (
              <tr key={row.key} data-salkku-print-group={row.level}>
                <th scope="colgroup" colSpan={columns.length} style={{ background: row.level === 1 ? '#f0f0f0' : '#fafafa', paddingLeft: row.level === 1 ? '1.2mm' : '4mm' }}>
                  {`${row.label} · ${totalsText(row.totals, strings)}`}
                </th>
              </tr>
            ) : (
              <tr key={row.key} data-salkku-print-project={row.project.id ?? undefined}>
                {columns.map((key) => (
                  <td key={key} style={cell(key)}>
                    {COLUMNS[key].text(row.project, context) || strings.EmptyValue}
                  </td>
                ))}
              </tr>
            )
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={columns.length}>
              {`${strings.TotalsTitle}: ${totalsText(computeTotals(model.filtered), strings)}`}
            </th>
          </tr>
        </tfoot>
      </table>
    </PrintSheet>
  );
}
