/**
 * Score against investment: the scored proposals as points (filled when in the what-if
 * selection), and beside them the ongoing projects, which have no score: they are drawn as
 * diamonds on a strip of their own below the cost axis, at their investment, never on the score
 * scale, and the year's committed investment of ongoing projects is said in words.
 */
import * as React from 'react';
import type { Project } from '../../domain/model';
import { costOf } from '../../domain/proposals/selection';
import { format } from '../common/format';
import { formatCompactEuro, formatEuro } from '../common/formatting';
import { useStrings } from '../common/SalkkuContext';
import type { ProposalRow } from './proposalRows';
import { formatScore } from './proposalRows';
import type { ScatterPoint, Scales } from './ScatterChart';
import { PAD, ScatterChart } from './ScatterChart';

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

export interface ScoreChartProps {
  rows: readonly ProposalRow[];
  /** Ids of the proposals in the what-if selection. */
  chosen: ReadonlySet<number>;
  /** Ongoing projects (approved or in progress). */
  ongoing: readonly Project[];
  /** The ongoing projects' investment in the first year of the effect, for context. */
  committed?: { year: number; investment: number };
}

const BAND = 44;

export function ScoreChart(props: ScoreChartProps): JSX.Element {
  const strings = useStrings();
  const locale = strings.Locale;
  const points = chartPoints(props.rows);
  const projects = props.ongoing.flatMap((p) => (p.id === null ? [] : [{ id: p.id, title: p.title, investment: costOf(p.costs) }]));
  const placed = projects.filter((p): p is { id: number; title: string; investment: number } => p.investment !== null);
  const maxCost = Math.max(1, ...points.map((p) => p.investment), ...placed.map((p) => p.investment));
  const label = (p: Point): string => format(strings.PrChartPoint, p.title, formatScore(p.score, locale), formatEuro(p.investment, locale));
  const scatter: ScatterPoint[] = points.map((p) => ({
    id: p.id,
    x: p.investment,
    y: p.score,
    shape: p.mandatory ? 'square' : 'circle',
    filled: props.chosen.has(p.id),
    title: [label(p), p.mandatory ? strings.PrMandatoryShort : null, props.chosen.has(p.id) ? strings.PrChartInSelection : strings.PrChartNotInSelection].filter((s) => s !== null).join(' – ')
  }));
  const band = (scales: Scales, top: number): React.ReactNode => (
    <g data-salkku-chart-band="ongoing">
      <line x1={PAD.left} y1={top + 30} x2={scales.x(maxCost)} y2={top + 30} stroke="currentColor" strokeDasharray="2 3" />
      <text x={PAD.left} y={top + 14} fontSize={11} fill="currentColor">
        {strings.PrChartOngoingBand}
      </text>
      {placed.map((p) => {
        const cx = scales.x(p.investment);
        const cy = top + 30;
        return (
          <path key={p.id} d={`M ${cx} ${cy - 6} L ${cx + 6} ${cy} L ${cx} ${cy + 6} L ${cx - 6} ${cy} Z`} fill="currentColor" data-salkku-chart-project={p.id}>
            <title>{format(strings.PrChartOngoingPoint, p.title, formatEuro(p.investment, locale))}</title>
          </path>
        );
      })}
    </g>
  );
  const yes = (v: boolean): string => (v ? strings.PrYes : strings.PrNo);
  const rows = [
    ...points.map((p) => ({
      key: `p${p.id}`,
      mark: `proposal-${p.id}`,
      header: p.title,
      cells: [strings.PrKindProposal, formatScore(p.score, locale), formatEuro(p.investment, locale), yes(p.mandatory), yes(props.chosen.has(p.id))]
    })),
    ...projects.map((p) => ({
      key: `o${p.id}`,
      mark: `project-${p.id}`,
      header: p.title,
      cells: [strings.PrKindOngoing, strings.PrChartProjectNoScore, p.investment === null ? strings.PrNoEstimate : formatEuro(p.investment, locale), '–', '–']
    }))
  ];
  const unplacedProjects = projects.length - placed.length;
  const note = [
    props.committed && projects.length > 0 ? format(strings.PrChartCommitted, props.committed.year, formatEuro(props.committed.investment, locale)) : null,
    unplacedProjects > 0 ? format(strings.PrChartOngoingNoCost, unplacedProjects) : null
  ]
    .filter((s) => s !== null)
    .join(' ');
  return (
    <ScatterChart
      chartId="score"
      title={strings.PrChartTitle}
      label={format(strings.PrChartLabelOngoing, points.length, placed.length)}
      x={{ label: strings.PrChartAxisCost, min: 0, max: maxCost, ticks: [{ value: 0, label: '0' }, { value: maxCost, label: formatCompactEuro(maxCost, strings) }] }}
      y={{ label: strings.PrChartAxisScore, min: 0, max: 100, ticks: [0, 50, 100].map((v) => ({ value: v, label: String(v) })) }}
      points={scatter}
      band={placed.length > 0 ? { height: BAND, render: band } : undefined}
      legend={placed.length > 0 ? `${strings.PrChartLegend} ${strings.PrChartLegendOngoing}` : strings.PrChartLegend}
      columns={[strings.PrChartColName, strings.PrChartColKind, strings.PrColScore, strings.PrColInvestment, strings.PrColMandatory, strings.PrChartColInSelection]}
      rows={rows}
      empty={strings.PrChartEmpty}
      note={note === '' ? undefined : note}
    />
  );
}
