/**
 * One benefit over time: each measurement a point on a line from the baseline, the baseline as a
 * dashed and the target as a solid thick reference line, each mark with its <title>; the same
 * data as a table (baseline, every measurement with its note, target) behind the toggle.
 */
import * as React from 'react';
import type { Day } from '../../domain/followup/model';
import type { Benefit } from '../../domain/benefits/model';
import type { BenefitProgress } from '../../domain/benefits/progress';
import type { ChartTableRow } from '../common/ChartWithTable';
import { ChartWithTable } from '../common/ChartWithTable';
import { format } from '../common/format';
import { formatNumber } from '../common/formatting';
import { useStrings } from '../common/SalkkuContext';
import { dayText, valueText } from './benefitTexts';

const WIDE = 560;
/** In a narrow column the drawing is narrower, so that its text is not scaled below legibility. */
const NARROW = 320;
const HEIGHT = 240;
const PAD = { left: 56, right: 16, top: 24, bottom: 40 };
const DAY_MS = 86_400_000;

function time(day: Day | null): number | null {
  if (day === null || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    return null;
  }
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(t) ? t : null;
}

function finite(value: number | null): value is number {
  return value !== null && Number.isFinite(value);
}

export interface BenefitChartProps {
  benefit: Benefit;
  progress: BenefitProgress;
  today: Day;
  narrow?: boolean;
}

export function BenefitChart(props: BenefitChartProps): JSX.Element {
  const strings = useStrings();
  const { benefit, progress } = props;
  const WIDTH = props.narrow === true ? NARROW : WIDE;
  const id = benefit.id ?? 0;
  const unit = benefit.unit;
  const series = progress.series;
  const rows: ChartTableRow[] = [
    ...(finite(benefit.baseline) || benefit.baselineDate !== null
      ? [{ key: 'baseline', mark: 'baseline', header: strings.BnRowBaseline, cells: [dayText(strings, benefit.baselineDate), valueText(strings, benefit.baseline, unit), ''] }]
      : []),
    ...series.map((m, i) => ({ key: `m${m.id ?? `n${i}`}`, mark: 'measurement', header: strings.BnRowMeasurement, cells: [dayText(strings, m.date), valueText(strings, m.value, unit), m.note ?? ''] })),
    ...(finite(benefit.target) || benefit.targetDate !== null
      ? [{ key: 'target', mark: 'target', header: strings.BnRowTarget, cells: [dayText(strings, benefit.targetDate), valueText(strings, benefit.target, unit), ''] }]
      : [])
  ];
  const values = [benefit.baseline, benefit.target, ...series.map((m) => m.value)].filter(finite);
  if (values.length === 0) {
    return <p data-salkku-benefit-chart={id}>{strings.BnChartNothing}</p>;
  }
  const times = [time(benefit.baselineDate), time(benefit.targetDate), ...series.map((m) => time(m.date))].filter((t): t is number => t !== null);
  const fallback = time(props.today) ?? 0;
  let xMin = times.length > 0 ? Math.min(...times) : fallback;
  let xMax = times.length > 0 ? Math.max(...times) : fallback;
  if (xMax - xMin < DAY_MS) {
    xMin -= 30 * DAY_MS;
    xMax += 30 * DAY_MS;
  }
  let yMin = Math.min(...values);
  let yMax = Math.max(...values);
  const spread = yMax - yMin || Math.abs(yMax) || 1;
  yMin -= spread * 0.1;
  yMax += spread * 0.1;
  if (Math.min(...values) >= 0 && yMin < 0) {
    yMin = 0;
  }
  const x = (t: number): number => PAD.left + ((t - xMin) / (xMax - xMin)) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number): number => HEIGHT - PAD.bottom - ((v - yMin) / (yMax - yMin)) * (HEIGHT - PAD.top - PAD.bottom);
  const baselineTime = time(benefit.baselineDate);
  const path = [...(finite(benefit.baseline) && baselineTime !== null ? [{ t: baselineTime, v: benefit.baseline }] : []), ...series.flatMap((m) => {
    const t = time(m.date);
    return t === null ? [] : [{ t, v: m.value }];
  })];
  const right = WIDTH - PAD.right;
  const bottom = y(yMin);
  const baselineText = format(strings.BnChartBaseline, valueText(strings, benefit.baseline, unit));
  const targetText = format(strings.BnChartTarget, valueText(strings, benefit.target, unit));
  const chart = (): JSX.Element => (
    <svg role="img" aria-label={format(strings.BnChartLabel, benefit.title)} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} style={{ width: '100%', maxWidth: WIDTH, height: 'auto' }} data-salkku-benefit-chart={id}>
      <line x1={PAD.left} y1={bottom} x2={right} y2={bottom} stroke="currentColor" />
      <line x1={PAD.left} y1={bottom} x2={PAD.left} y2={PAD.top} stroke="currentColor" />
      {[yMin, yMax].map((v, i) => (
        <text key={`y${i}`} x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize={11} fill="currentColor">
          {formatNumber(Math.round(v * 100) / 100, strings.Locale)}
        </text>
      ))}
      <text x={PAD.left} y={HEIGHT - 22} textAnchor="start" fontSize={11} fill="currentColor">
        {dayText(strings, new Date(xMin).toISOString().slice(0, 10))}
      </text>
      <text x={right} y={HEIGHT - 22} textAnchor="end" fontSize={11} fill="currentColor">
        {dayText(strings, new Date(xMax).toISOString().slice(0, 10))}
      </text>
      <text x={(WIDTH + PAD.left) / 2} y={HEIGHT - 4} textAnchor="middle" fontSize={12} fill="currentColor">
        {strings.BnChartAxisTime}
      </text>
      <text transform={`translate(12 ${(HEIGHT - PAD.bottom + PAD.top) / 2}) rotate(-90)`} textAnchor="middle" fontSize={12} fill="currentColor">
        {unit ? `${strings.BnChartAxisValue} (${unit})` : strings.BnChartAxisValue}
      </text>
      {finite(benefit.baseline) && (
        <g data-salkku-chart-reference="baseline">
          <title>{baselineText}</title>
          <line x1={PAD.left} y1={y(benefit.baseline)} x2={right} y2={y(benefit.baseline)} stroke="currentColor" strokeDasharray="6 4" />
          <text x={PAD.left + 4} y={y(benefit.baseline) - 4} fontSize={11} fill="currentColor">
            {baselineText}
          </text>
        </g>
      )}
      {finite(benefit.target) && (
        <g data-salkku-chart-reference="target">
          <title>{targetText}</title>
          <line x1={PAD.left} y1={y(benefit.target)} x2={right} y2={y(benefit.target)} stroke="currentColor" strokeWidth={3} />
          <text x={right - 4} y={y(benefit.target) - 6} textAnchor="end" fontSize={11} fontWeight={600} fill="currentColor">
            {targetText}
          </text>
        </g>
      )}
      {path.length > 1 && <polyline points={path.map((p) => `${x(p.t)},${y(p.v)}`).join(' ')} fill="none" stroke="currentColor" strokeWidth={1.5} />}
      {series.map((m, i) => {
        const t = time(m.date);
        return t === null ? null : (
          <circle key={m.id ?? `n${i}`} cx={x(t)} cy={y(m.value)} r={5} fill="currentColor" stroke="currentColor" data-salkku-chart-point={m.id ?? ''}>
            <title>{format(strings.BnChartPoint, dayText(strings, m.date), valueText(strings, m.value, unit))}</title>
          </circle>
        );
      })}
    </svg>
  );
  return (
    <ChartWithTable
      chartId={`benefit-${id}`}
      title={format(strings.BnChartLabel, benefit.title)}
      chart={chart}
      legend={strings.BnChartLegend}
      columns={[strings.BnColPoint, strings.BnColDate, strings.BnColValue, strings.BnColNote]}
      rows={rows}
    />
  );
}
