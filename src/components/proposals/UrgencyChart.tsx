/**
 * Urgency against feasibility: each scored proposal at the mean of its scorers' values for the
 * newest model's urgency and feasibility criteria (found by their stable keys), in four quadrants
 * split at the middle of the model's scale; a value on the middle line counts as high. Without
 * those criteria in the model the chart says so instead of drawing.
 */
import * as React from 'react';
import type { ScoringModel } from '../../domain/proposals/model';
import { format } from '../common/format';
import { formatNumber } from '../common/formatting';
import { useStrings } from '../common/SalkkuContext';
import type { ProposalRow } from './proposalRows';
import type { ScatterPoint, Scales } from './ScatterChart';
import { PAD, ScatterChart, WIDTH } from './ScatterChart';
import { Text } from '@fluentui/react';

export const URGENCY_KEY = 'urgency';
export const FEASIBILITY_KEY = 'feasibility';

export type Quadrant = 'doNow' | 'obstacles' | 'schedule' | 'later';

export interface UrgencyPoint {
  id: number;
  title: string;
  urgency: number;
  feasibility: number;
  mandatory: boolean;
  quadrant: Quadrant;
}

export function quadrantOf(urgency: number, feasibility: number, scale: { min: number; max: number }): Quadrant {
  const mid = (scale.min + scale.max) / 2;
  if (urgency >= mid) {
    return feasibility >= mid ? 'doNow' : 'obstacles';
  }
  return feasibility >= mid ? 'schedule' : 'later';
}

/** The points, and how many scored proposals lack one of the two means; null without the criteria. */
export function urgencyPoints(rows: readonly ProposalRow[], model: ScoringModel): { points: UrgencyPoint[]; missing: number } | null {
  const keys = new Set(model.criteria.map((c) => c.key));
  if (!keys.has(URGENCY_KEY) || !keys.has(FEASIBILITY_KEY)) {
    return null;
  }
  let missing = 0;
  const points: UrgencyPoint[] = [];
  for (const row of rows) {
    if (row.score.scorers === 0) {
      continue;
    }
    const urgency = row.score.breakdown.find((b) => b.key === URGENCY_KEY)?.mean ?? null;
    const feasibility = row.score.breakdown.find((b) => b.key === FEASIBILITY_KEY)?.mean ?? null;
    if (urgency === null || feasibility === null) {
      missing++;
      continue;
    }
    points.push({ id: row.proposal.id, title: row.proposal.title, urgency, feasibility, mandatory: row.proposal.mandatoryByLaw, quadrant: quadrantOf(urgency, feasibility, model.scale) });
  }
  return { points, missing };
}

export interface UrgencyChartProps {
  rows: readonly ProposalRow[];
  model: ScoringModel;
  chosen: ReadonlySet<number>;
}

export function UrgencyChart(props: UrgencyChartProps): JSX.Element {
  const strings = useStrings();
  const locale = strings.Locale;
  const found = urgencyPoints(props.rows, props.model);
  const { min, max } = props.model.scale;
  const mid = (min + max) / 2;
  if (found === null) {
    return (
      <section aria-labelledby="salkku-pr-urgency" data-salkku-chart="urgency" data-salkku-chart-points={0}>
        <Text as="h3" variant="large" block={true} id="salkku-pr-urgency">
          {strings.PrUfTitle}
        </Text>
        <Text block={true} data-salkku-chart-nocriteria="true">
          {format(strings.PrUfNoCriteria, props.model.version)}
        </Text>
      </section>
    );
  }
  const quadrantName: Record<Quadrant, string> = { doNow: strings.PrUfDoNow, obstacles: strings.PrUfObstacles, schedule: strings.PrUfSchedule, later: strings.PrUfLater };
  const num = (v: number): string => formatNumber(v, locale);
  const inSelection = (id: number): string => (props.chosen.has(id) ? strings.PrChartInSelection : strings.PrChartNotInSelection);
  const points: ScatterPoint[] = found.points.map((p) => ({
    id: p.id,
    x: p.feasibility,
    y: p.urgency,
    shape: p.mandatory ? 'square' : 'circle',
    filled: props.chosen.has(p.id),
    title: [format(strings.PrUfPoint, p.title, num(p.urgency), num(p.feasibility), quadrantName[p.quadrant]), p.mandatory ? strings.PrMandatoryShort : null, inSelection(p.id)].filter((s) => s !== null).join(' – ')
  }));
  const background = (scales: Scales): React.ReactNode => {
    const right = WIDTH - PAD.right;
    const corner = (text: string, x: number, y: number, anchor: 'start' | 'end'): React.ReactNode => (
      <text x={x} y={y} textAnchor={anchor} fontSize={11} fill="currentColor" fontStyle="italic">
        {text}
      </text>
    );
    return (
      <g data-salkku-chart-quadrants="true" aria-hidden={true}>
        <line x1={scales.x(mid)} y1={scales.y(min)} x2={scales.x(mid)} y2={scales.y(max)} stroke="currentColor" strokeDasharray="4 4" opacity={0.6} />
        <line x1={scales.x(min)} y1={scales.y(mid)} x2={right} y2={scales.y(mid)} stroke="currentColor" strokeDasharray="4 4" opacity={0.6} />
        {corner(strings.PrUfObstacles, PAD.left + 6, scales.y(max) + 12, 'start')}
        {corner(strings.PrUfDoNow, right - 4, scales.y(max) + 12, 'end')}
        {corner(strings.PrUfLater, PAD.left + 6, scales.y(min) - 6, 'start')}
        {corner(strings.PrUfSchedule, right - 4, scales.y(min) - 6, 'end')}
      </g>
    );
  };
  const ticks = [min, mid, max].map((v) => ({ value: v, label: num(v) }));
  return (
    <ScatterChart
      chartId="urgency"
      title={strings.PrUfTitle}
      label={format(strings.PrUfLabel, points.length, num(min), num(max))}
      x={{ label: strings.PrUfAxisFeasibility, min, max, ticks }}
      y={{ label: strings.PrUfAxisUrgency, min, max, ticks }}
      points={points}
      background={background}
      legend={strings.PrUfLegend}
      columns={[strings.PrColTitle, strings.PrUfAxisUrgency, strings.PrUfAxisFeasibility, strings.PrUfColQuadrant, strings.PrChartColInSelection]}
      rows={found.points.map((p) => ({
        key: String(p.id),
        mark: `proposal-${p.id}`,
        header: p.title,
        cells: [num(p.urgency), num(p.feasibility), quadrantName[p.quadrant], props.chosen.has(p.id) ? strings.PrYes : strings.PrNo]
      }))}
      empty={strings.PrUfEmpty}
      note={found.missing > 0 ? format(strings.PrUfMissing, found.missing) : undefined}
    />
  );
}
