/**
 * Totals of the filtered portfolio (projects, investment and recurring costs as ranges, with the
 * number of projects without an estimate) and a small chart of estimated costs by year with a
 * value axis in compact euros. The chart's numbers are one click away as a table. Totals too
 * large to read at a glance are compact, the full figure in a tooltip and to screen readers.
 */
import type { ITheme } from '@fluentui/react';
import { ActionButton, mergeStyleSets, Stack, Text, useTheme } from '@fluentui/react';
import * as React from 'react';
import type { CostsByYear, RangeTotal, Totals } from '../../domain/portfolio/totals';
import { useStrings } from '../common/SalkkuContext';
import { format } from '../common/format';
import { formatCompactEuro, formatCostRange, formatEuro, formatRangeTotal } from '../common/formatting';
import { valueTicks } from './chartTicks';
import { ActualsByArea } from './ActualsByArea';
import type { PortfolioActuals } from './usePortfolioActuals';

export interface TotalsPanelProps {
  totals: Totals;
  byYear: CostsByYear;
  /** Actual costs of the projects shown, once the follow-up is read. */
  actuals?: PortfolioActuals;
  narrow: boolean;
}

function styles(theme: ITheme): Record<'stat' | 'statValue' | 'table' | 'legend' | 'swatch' | 'hidden', string> {
  return mergeStyleSets({
    stat: { minWidth: 140 },
    statValue: { fontWeight: 600, display: 'block' },
    table: {
      borderCollapse: 'collapse',
      selectors: {
        'th, td': { padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'right' },
        'th:first-child, td:first-child': { textAlign: 'left' }
      }
    },
    legend: { display: 'flex', gap: 16, flexWrap: 'wrap' },
    swatch: { display: 'inline-block', width: 12, height: 12, marginRight: 4, verticalAlign: 'middle' },
    hidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }
  });
}

const INVESTMENT = { solid: '#0f6cbd', light: '#9ec3ea' };
const RECURRING = { solid: '#8a3707', light: '#f0b48e' };

function CostChart(props: { byYear: CostsByYear; actual: ReadonlyMap<number, { investment: number; recurring: number }> | undefined; width: number }): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const { years } = props.byYear;
  const height = 180;
  const actualOf = (year: number): { investment: number; recurring: number } | undefined => props.actual?.get(year);
  const ticks = valueTicks(Math.max(0, ...years.map((y) => Math.max(y.investmentMax, y.recurringMax, actualOf(y.year)?.investment ?? 0, actualOf(y.year)?.recurring ?? 0))));
  const top = ticks[ticks.length - 1] ?? 1;
  const labels = ticks.map((t) => formatCompactEuro(t, strings));
  // room for the longest tick label (about 7 px a character at 12 px)
  const axis = Math.max(...labels.map((l) => l.length)) * 7 + 12;
  const plotTop = 10;
  const plotHeight = height - 20 - plotTop;
  const slot = (props.width - axis) / Math.max(1, years.length);
  const barWidth = Math.min(28, slot / 3);
  const scale = (v: number): number => (v / top) * plotHeight;
  const yearLabel = (y: CostsByYear['years'][number]): string => {
    const estimate = format(strings.ChartBarLabel, y.year, formatCostRange(y.investmentMin, y.investmentMax, strings) ?? '0', formatCostRange(y.recurringMin, y.recurringMax, strings) ?? '0');
    const actual = actualOf(y.year);
    return actual ? `${estimate} ${format(strings.ActChartBarLabel, formatEuro(actual.investment, strings.Locale), formatEuro(actual.recurring, strings.Locale))}` : estimate;
  };
  const summary = years.map(yearLabel).join('; ');
  // the actual as a dark bar-wide line with a cap, so it reads without colour
  const marker = (x: number, value: number | undefined): JSX.Element | null =>
    value === undefined ? null : (
      <g data-salkku-actual-marker="true">
        <line x1={x - 3} x2={x + barWidth + 3} y1={height - 20 - scale(value)} y2={height - 20 - scale(value)} stroke={theme.semanticColors.bodyText} strokeWidth={3} />
      </g>
    );
  const bar = (x: number, min: number, max: number, colours: { solid: string; light: string }): JSX.Element => (
    <g>
      <rect x={x} y={height - 20 - scale(max)} width={barWidth} height={scale(max)} fill={colours.light} />
      <rect x={x} y={height - 20 - scale(min)} width={barWidth} height={scale(min)} fill={colours.solid} />
    </g>
  );
  return (
    <svg width={props.width} height={height} role="img" aria-label={`${strings.ChartTitle}: ${summary}`} data-salkku-chart="true">
      <g data-salkku-axis="value">
        {ticks.map((tick, i) => {
          const y = height - 20 - scale(tick);
          return (
            <g key={tick}>
              <line x1={axis - 4} x2={props.width} y1={y} y2={y} stroke={theme.semanticColors.bodyDivider} strokeWidth={1} />
              <text x={axis - 8} y={y + 4} textAnchor="end" fill={theme.semanticColors.bodyText} fontSize={12}>
                {labels[i]}
              </text>
            </g>
          );
        })}
        <line x1={axis} x2={axis} y1={plotTop} y2={height - 20} stroke={theme.semanticColors.bodySubtext} strokeWidth={1} />
      </g>
      {years.map((y, i) => {
        const x = axis + i * slot + slot / 2 - barWidth - 2;
        return (
          <g key={y.year}>
            <title>{yearLabel(y)}</title>
            {bar(x, y.investmentMin, y.investmentMax, INVESTMENT)}
            {bar(x + barWidth + 4, y.recurringMin, y.recurringMax, RECURRING)}
            {marker(x, actualOf(y.year)?.investment)}
            {marker(x + barWidth + 4, actualOf(y.year)?.recurring)}
            <text x={axis + i * slot + slot / 2} y={height - 4} textAnchor="middle" fill={theme.semanticColors.bodyText} fontSize={12}>
              {y.year}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** An exact sum as a total (compact from ten million euros, like the estimates). */
function exact(value: number): RangeTotal {
  return { min: value, max: value, maxOpen: false, estimated: 1, unknown: 0 };
}

export function TotalsPanel(props: TotalsPanelProps): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const classes = React.useMemo(() => styles(theme), [theme]);
  const [asTable, setAsTable] = React.useState(false);
  const { totals, byYear, actuals } = props;
  const actualByYear = React.useMemo(() => (actuals ? new Map(actuals.byYear.map((y) => [y.year, y])) : undefined), [actuals]);
  const yearsText = actuals ? (actuals.range.from === actuals.range.to ? String(actuals.range.from) : `${actuals.range.from}–${actuals.range.to}`) : '';
  const stat = (key: string, label: string, value: string, full: string, note?: string): JSX.Element => (
    <div className={classes.stat}>
      <Text variant="small">{label}</Text>
      <Text variant="large" className={classes.statValue} data-salkku-total={key} data-salkku-shown={value} title={full === value ? undefined : full}>
        {full === value ? (
          value
        ) : (
          <>
            <span aria-hidden={true}>{value}</span>
            <span className={classes.hidden}>{full}</span>
          </>
        )}
      </Text>
      {note && <Text variant="small">{note}</Text>}
    </div>
  );
  return (
    <section aria-labelledby="salkku-totals-title" data-salkku-totals="true">
      <Text as="h3" variant="mediumPlus" id="salkku-totals-title" block={true}>
        {strings.TotalsTitle}
      </Text>
      <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 24 }}>
        {stat('projects', strings.TotalsProjects, String(totals.count), String(totals.count))}
        {stat(
          'investment',
          strings.TotalsInvestment,
          formatRangeTotal(totals.investment, strings),
          formatRangeTotal(totals.investment, strings, 'full'),
          totals.investment.unknown > 0 ? format(strings.TotalsUnknown, totals.investment.unknown) : undefined
        )}
        {stat(
          'recurring',
          strings.TotalsRecurring,
          formatRangeTotal(totals.recurring, strings),
          formatRangeTotal(totals.recurring, strings, 'full'),
          totals.recurring.unknown > 0 ? format(strings.TotalsUnknown, totals.recurring.unknown) : undefined
        )}
        {actuals && stat('actualInvestment', format(strings.ActTotalInvestment, yearsText), formatRangeTotal(exact(actuals.investment), strings), formatEuro(actuals.investment, strings.Locale))}
        {actuals &&
          stat(
            'actualRecurring',
            format(strings.ActTotalRecurring, yearsText),
            formatRangeTotal(exact(actuals.recurring), strings),
            formatEuro(actuals.recurring, strings.Locale),
            actuals.overrunning > 0 ? format(strings.ActOverrunCount, actuals.overrunning) : undefined
          )}
      </Stack>
      {byYear.years.length > 0 && (
        <div>
          <Stack horizontal={true} verticalAlign="center" wrap={true} tokens={{ childrenGap: 12 }}>
            <Text as="h4" variant="medium">
              {strings.ChartTitle}
            </Text>
            <ActionButton iconProps={{ iconName: asTable ? 'BarChartVertical' : 'Table' }} text={asTable ? strings.ChartHideTable : strings.ChartShowTable} onClick={() => setAsTable(!asTable)} aria-pressed={asTable} />
          </Stack>
          {asTable ? (
            <table className={classes.table} data-salkku-cost-table="true">
              <thead>
                <tr>
                  <th scope="col">{strings.ChartYear}</th>
                  <th scope="col">{strings.ChartInvestment}</th>
                  <th scope="col">{strings.ChartRecurring}</th>
                  {actualByYear && <th scope="col">{strings.ActChartInvestment}</th>}
                  {actualByYear && <th scope="col">{strings.ActChartRecurring}</th>}
                </tr>
              </thead>
              <tbody>
                {byYear.years.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td>{formatCostRange(y.investmentMin, y.investmentMax, strings) ?? formatEuro(0, strings.Locale)}</td>
                    <td>{formatCostRange(y.recurringMin, y.recurringMax, strings) ?? formatEuro(0, strings.Locale)}</td>
                    {actualByYear && <td data-salkku-actual-year={y.year}>{formatEuro(actualByYear.get(y.year)?.investment ?? 0, strings.Locale)}</td>}
                    {actualByYear && <td>{formatEuro(actualByYear.get(y.year)?.recurring ?? 0, strings.Locale)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <>
              <CostChart byYear={byYear} actual={actualByYear} width={props.narrow ? 280 : Math.min(640, 90 * byYear.years.length + 120)} />
              <div className={classes.legend} aria-hidden={true}>
                <span>
                  <span className={classes.swatch} style={{ background: INVESTMENT.solid }} />
                  {strings.ChartInvestment}
                </span>
                <span>
                  <span className={classes.swatch} style={{ background: RECURRING.solid }} />
                  {strings.ChartRecurring}
                </span>
                {actualByYear && (
                  <span>
                    <span className={classes.swatch} style={{ height: 3, background: theme.semanticColors.bodyText }} />
                    {strings.ActChartLegend}
                  </span>
                )}
              </div>
            </>
          )}
          {byYear.unplaced > 0 && <Text variant="small" block={true}>{format(strings.ChartUnplaced, byYear.unplaced)}</Text>}
          {byYear.outsidePeriod > 0 && <Text variant="small" block={true}>{format(strings.ChartOutside, byYear.outsidePeriod)}</Text>}
        </div>
      )}
      {actuals && actuals.byArea.length > 0 && <ActualsByArea rows={actuals.byArea} years={yearsText} tableClass={classes.table} />}
    </section>
  );
}
