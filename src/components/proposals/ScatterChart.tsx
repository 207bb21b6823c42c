/**
 * The proposals view's scatter charts share this frame: a heading and (common ChartWithTable) a
 * "show as table" toggle, an SVG image whose points each carry a <title> (the text alternative of the point), a legend, and
 * the same data as a table. Shape and fill carry meaning, never colour alone: a square is
 * mandatory by law, a filled mark is in the what-if selection, an outline is not.
 */
import { Text } from '@fluentui/react';
import * as React from 'react';
import type { ChartTableRow } from '../common/ChartWithTable';
import { ChartWithTable } from '../common/ChartWithTable';

export const WIDTH = 560;
export const HEIGHT = 300;
export const PAD = { left: 48, right: 16, top: 12, bottom: 40 };

export interface ScatterAxis {
  label: string;
  min: number;
  max: number;
  ticks: { value: number; label: string }[];
}

export interface ScatterPoint {
  id: number;
  x: number;
  y: number;
  /** The point's text alternative (the SVG <title>). */
  title: string;
  shape: 'circle' | 'square';
  filled: boolean;
}

export interface Scales {
  x: (v: number) => number;
  y: (v: number) => number;
}

export type ScatterTableRow = ChartTableRow;

export interface ScatterChartProps {
  /** Identifies the chart: heading id `salkku-pr-<chartId>`, data-salkku-chart="<chartId>". */
  chartId: string;
  title: string;
  /** The SVG's accessible name. */
  label: string;
  x: ScatterAxis;
  y: ScatterAxis;
  points: readonly ScatterPoint[];
  /** Drawn before the points (quadrant lines and labels). */
  background?: (scales: Scales) => React.ReactNode;
  /** A strip below the x axis, `height` high, drawn from y = `top`. */
  band?: { height: number; render: (scales: Scales, top: number) => React.ReactNode };
  legend: React.ReactNode;
  columns: string[];
  rows: readonly ScatterTableRow[];
  /** Said instead of the chart when there is nothing to draw and nothing to list. */
  empty: string;
  /** Said under the chart, e.g. what was left out and why. */
  note?: React.ReactNode;
}

function Mark(props: { point: ScatterPoint; scales: Scales }): JSX.Element {
  const { point: p, scales } = props;
  const cx = scales.x(p.x);
  const cy = scales.y(p.y);
  const fill = p.filled ? 'currentColor' : 'none';
  const common = { fill, stroke: 'currentColor', strokeWidth: 2, 'data-salkku-chart-point': p.id, 'data-salkku-chart-filled': p.filled };
  return p.shape === 'square' ? (
    <rect x={cx - 5} y={cy - 5} width={10} height={10} {...common}>
      <title>{p.title}</title>
    </rect>
  ) : (
    <circle cx={cx} cy={cy} r={5} {...common}>
      <title>{p.title}</title>
    </circle>
  );
}

export function ScatterChart(props: ScatterChartProps): JSX.Element {
  const headingId = `salkku-pr-${props.chartId}`;
  const { x: xAxis, y: yAxis } = props;
  const scales: Scales = {
    x: (v) => PAD.left + ((v - xAxis.min) / (xAxis.max - xAxis.min || 1)) * (WIDTH - PAD.left - PAD.right),
    y: (v) => HEIGHT - PAD.bottom - ((v - yAxis.min) / (yAxis.max - yAxis.min || 1)) * (HEIGHT - PAD.top - PAD.bottom)
  };
  const bandHeight = props.band?.height ?? 0;
  const nothing = props.points.length === 0 && props.rows.length === 0;
  return (
    <section aria-labelledby={headingId} data-salkku-chart={props.chartId} data-salkku-chart-points={props.points.length}>
      <Text as="h3" variant="large" block={true} id={headingId}>
        {props.title}
      </Text>
      {nothing ? (
        <Text block={true}>{props.empty}</Text>
      ) : (
        <>
          <ChartWithTable
            chartId={props.chartId}
            title={props.title}
            chart={() => (
              <svg role="img" aria-label={props.label} viewBox={`0 0 ${WIDTH} ${HEIGHT + bandHeight}`} style={{ width: '100%', maxWidth: WIDTH, height: 'auto' }}>
                {props.background?.(scales)}
                <line x1={PAD.left} y1={scales.y(yAxis.min)} x2={WIDTH - PAD.right} y2={scales.y(yAxis.min)} stroke="currentColor" />
                <line x1={PAD.left} y1={scales.y(yAxis.min)} x2={PAD.left} y2={scales.y(yAxis.max)} stroke="currentColor" />
                {yAxis.ticks.map((t) => (
                  <text key={`y${t.value}`} x={PAD.left - 6} y={scales.y(t.value) + 4} textAnchor="end" fontSize={11} fill="currentColor">
                    {t.label}
                  </text>
                ))}
                {xAxis.ticks.map((t, i) => (
                  <text key={`x${t.value}`} x={scales.x(t.value)} y={HEIGHT - 22} textAnchor={i === 0 ? 'start' : i === xAxis.ticks.length - 1 ? 'end' : 'middle'} fontSize={11} fill="currentColor">
                    {t.label}
                  </text>
                ))}
                <text x={(WIDTH + PAD.left) / 2} y={HEIGHT - 4} textAnchor="middle" fontSize={12} fill="currentColor">
                  {xAxis.label}
                </text>
                <text transform={`translate(12 ${(HEIGHT - PAD.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize={12} fill="currentColor">
                  {yAxis.label}
                </text>
                {props.points.map((p) => (
                  <Mark key={p.id} point={p} scales={scales} />
                ))}
                {props.band?.render(scales, HEIGHT)}
              </svg>
            )}
            legend={props.legend}
            columns={props.columns}
            rows={props.rows}
            note={props.note}
          />
        </>
      )}
    </section>
  );
}
