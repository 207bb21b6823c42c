/**
 * The frame the views' charts share: a "show as table" toggle, then either the chart (an SVG
 * image whose marks each carry a <title>, with its legend) or the same data as a table, and a
 * note under either. The chart's heading stays with the chart that names it.
 */
import { Text, Toggle } from '@fluentui/react';
import * as React from 'react';
import { ScrollTable } from './ScrollTable';
import { useStrings } from './SalkkuContext';

export interface ChartTableRow {
  key: string;
  header: string;
  cells: React.ReactNode[];
  /** Marks the row for tests and styling (data-salkku-chart-row). */
  mark: string;
}

export interface ChartWithTableProps {
  /** data-salkku-chart-table="<chartId>" on the table. */
  chartId: string;
  /** The table's caption and its scroll region's name. */
  title: string;
  /** The chart: drawn while the toggle is off. */
  chart: () => React.ReactNode;
  legend?: React.ReactNode;
  columns: string[];
  rows: readonly ChartTableRow[];
  note?: React.ReactNode;
  /** Starts as a table (e.g. where the reader asked for tables before). */
  initiallyTable?: boolean;
}

export function ChartWithTable(props: ChartWithTableProps): JSX.Element {
  const strings = useStrings();
  const [asTable, setAsTable] = React.useState(props.initiallyTable === true);
  return (
    <>
      <Toggle label={strings.PrChartAsTable} checked={asTable} onChange={(_e, v) => setAsTable(v === true)} inlineLabel={true} data-salkku-chart-toggle={props.chartId} />
      {!asTable && props.chart()}
      {!asTable && props.legend !== undefined && (
        <Text variant="small" block={true}>
          {props.legend}
        </Text>
      )}
      {asTable && (
        <ScrollTable caption={props.title} tableProps={{ 'data-salkku-chart-table': props.chartId }}>
          <thead>
            <tr>
              {props.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.key} data-salkku-chart-row={r.mark}>
                <th scope="row">{r.header}</th>
                {r.cells.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {props.note !== undefined && (
        <Text variant="small" block={true}>
          {props.note}
        </Text>
      )}
    </>
  );
}
