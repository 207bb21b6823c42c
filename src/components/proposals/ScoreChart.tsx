/**
 * Score against investment as a simple scatter: an SVG image with a text alternative (each point
 * titled with its proposal, score and cost), and the same data as a table on request.
 */
import { Toggle, Text } from '@fluentui/react';
import * as React from 'react';
import { format } from '../common/format';
import { formatCompactEuro, formatEuro } from '../common/formatting';
import { useStrings } from '../common/SalkkuContext';
import { sectionClasses } from '../common/tableClasses';
import type { ProposalRow } from './proposalRows';
import { formatScore } from './proposalRows';
import { visuallyHidden } from '../common/visuallyHidden';

const WIDTH = 560;
const HEIGHT = 300;
const PAD = { left: 48, right: 16, top: 12, bottom: 40 };

interface Point {
  id: number;
  title: string;
  score: number;
  investment: number;
  mandatory: boolean;
}

export function chartPoints(rows: readonly ProposalRow[]): Point[] {
  return rows.flatMap((row) =>
    row.score.total === null || row.score.scorers === 0 || row.investment === null
      ? []
      : [{ id: row.proposal.id, title: row.proposal.title, score: row.score.total, investment: row.investment, mandatory: row.proposal.mandatoryByLaw }]
  );
}

export function ScoreChart(props: { rows: readonly ProposalRow[] }): JSX.Element {
  const strings = useStrings();
  const [asTable, setAsTable] = React.useState(false);
  const points = chartPoints(props.rows);
  const maxCost = Math.max(1, ...points.map((p) => p.investment));
  const x = (v: number): number => PAD.left + (v / maxCost) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number): number => HEIGHT - PAD.bottom - (v / 100) * (HEIGHT - PAD.top - PAD.bottom);
  const label = (p: Point): string => format(strings.PrChartPoint, p.title, formatScore(p.score, strings.Locale), formatEuro(p.investment, strings.Locale));
  return (
    <section aria-labelledby="salkku-pr-chart" data-salkku-score-chart={points.length}>
      <Text as="h3" variant="large" block={true} id="salkku-pr-chart">
        {strings.PrChartTitle}
      </Text>
      <Toggle label={strings.PrChartAsTable} checked={asTable} onChange={(_e, v) => setAsTable(v === true)} inlineLabel={true} />
      {points.length === 0 && <Text block={true}>{strings.PrChartEmpty}</Text>}
      {points.length > 0 && !asTable && (
        <svg role="img" aria-label={format(strings.PrChartLabel, points.length)} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} style={{ width: '100%', maxWidth: WIDTH, height: 'auto' }}>
          <line x1={PAD.left} y1={y(0)} x2={WIDTH - PAD.right} y2={y(0)} stroke="currentColor" />
          <line x1={PAD.left} y1={y(0)} x2={PAD.left} y2={y(100)} stroke="currentColor" />
          {[0, 50, 100].map((v) => (
            <text key={v} x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize={11} fill="currentColor">
              {v}
            </text>
          ))}
          <text x={PAD.left} y={HEIGHT - 22} fontSize={11} fill="currentColor">
            {0}
          </text>
          <text x={WIDTH - PAD.right} y={HEIGHT - 22} textAnchor="end" fontSize={11} fill="currentColor">
            {formatCompactEuro(maxCost, strings)}
          </text>
          <text x={(WIDTH + PAD.left) / 2} y={HEIGHT - 4} textAnchor="middle" fontSize={12} fill="currentColor">
            {strings.PrChartAxisCost}
          </text>
          <text transform={`translate(12 ${(HEIGHT - PAD.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize={12} fill="currentColor">
            {strings.PrChartAxisScore}
          </text>
          {points.map((p) =>
            p.mandatory ? (
              <rect key={p.id} x={x(p.investment) - 5} y={y(p.score) - 5} width={10} height={10} fill="currentColor" data-salkku-chart-point={p.id}>
                <title>{`${label(p)} – ${strings.PrMandatoryShort}`}</title>
              </rect>
            ) : (
              <circle key={p.id} cx={x(p.investment)} cy={y(p.score)} r={5} fill="none" stroke="currentColor" strokeWidth={2} data-salkku-chart-point={p.id}>
                <title>{label(p)}</title>
              </circle>
            )
          )}
        </svg>
      )}
      {points.length > 0 && !asTable && <Text variant="small">{strings.PrChartLegend}</Text>}
      {points.length > 0 && asTable && (
        <table className={sectionClasses.table} data-salkku-score-chart-table="true">
          <caption className={visuallyHidden}>{strings.PrChartTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.PrColTitle}</th>
              <th scope="col">{strings.PrColScore}</th>
              <th scope="col">{strings.PrColInvestment}</th>
              <th scope="col">{strings.PrColMandatory}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.title}</th>
                <td>{formatScore(p.score, strings.Locale)}</td>
                <td>{formatEuro(p.investment, strings.Locale)}</td>
                <td>{p.mandatory ? strings.PrYes : strings.PrNo}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
