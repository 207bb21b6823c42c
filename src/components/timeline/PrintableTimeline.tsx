/**
 * The Timeline as a landscape A4 document: one row per filtered project (not only the rows drawn
 * on screen) with its bar on a year and quarter axis over the range the view shows, its schedule
 * and flags in words, the plan period shaded and today marked; the schedules that cannot be
 * placed listed at the end. Drawn only while printing (see usePrintLayout).
 */
import * as React from 'react';
import type { PortfolioData } from '../../data/contract/repository.types';
import type { Project } from '../../domain/model';
import type { PortfolioFilter } from '../../domain/portfolio/filter';
import type { MonthRange } from '../../domain/timeline/layout';
import { projectBar } from '../../domain/timeline/layout';
import { format } from '../common/format';
import { describeSchedule, formatScheduleRange } from '../common/formatting';
import { useStrings } from '../common/SalkkuContext';
import type { FilteredPortfolio } from '../common/usePortfolioFilter';
import type { GridRow } from '../grid/gridRows';
import { describeFilters } from '../print/filterSummary';
import { planHeading } from '../print/planHeading';
import { PrintSheet } from '../print/PrintSheet';
import type { PrintBarKind } from './printTimelineStyles';
import { PRINT_BAND, PRINT_TODAY, printBarKind, printBarStyle } from './printTimelineStyles';
import { barFlagWords } from './TimelineBar';
import type { PlanBand } from './TimelineChart';

export interface PrintableTimelineProps {
  data: PortfolioData;
  filter: PortfolioFilter;
  model: FilteredPortfolio;
  /** The placeable projects' rows, every group open. */
  rows: readonly GridRow[];
  range: MonthRange;
  bands: readonly PlanBand[];
  today: number;
  unplaced: readonly Project[];
}

/** Quarters are marked while they fit (up to eight years). */
const MAX_YEARS_WITH_QUARTERS = 8;

const percent = (value: number): string => `${(value * 100).toFixed(3)}%`;

function Axis(props: { range: MonthRange; strings: ISalkkuStrings }): JSX.Element {
  const { range, strings } = props;
  const months = range.end - range.start + 1;
  const years = Math.ceil(months / 12);
  const ticks: JSX.Element[] = [];
  for (let m = range.start; m <= range.end; m += 3) {
    const year = m % 12 === 0;
    if (!year && years > MAX_YEARS_WITH_QUARTERS) {
      continue;
    }
    const quarter = (m % 12) / 3 + 1;
    ticks.push(
      <span
        key={m}
        style={{ position: 'absolute', left: percent((m - range.start) / months), top: year ? 0 : '50%', bottom: 0, borderLeft: year ? '0.75pt solid #000' : '0.5pt solid #999', paddingLeft: '0.6mm', fontWeight: year ? 700 : 400, fontSize: year ? '8pt' : '6.5pt', whiteSpace: 'nowrap' }}
      >
        {year ? String(Math.floor(m / 12)) : format(strings.QuarterShort, quarter)}
      </span>
    );
  }
  return <div style={{ position: 'relative', height: '8mm' }}>{ticks}</div>;
}

function LegendItem(props: { swatch: React.CSSProperties; label: string }): JSX.Element {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: '1.5mm' }}>
      <span aria-hidden={true} style={{ position: 'relative', display: 'inline-block', width: '9mm', height: '4mm' }}>
        <span style={{ ...props.swatch, top: 0, bottom: 0, left: 0, right: 0 }} />
      </span>
      {props.label}
    </span>
  );
}

function Legend(): JSX.Element {
  const strings = useStrings();
  const bars: [PrintBarKind, string][] = [
    ['planned', strings.LegendPlanned],
    ['uncertain', strings.LegendUncertain],
    ['open', strings.LegendOpen],
    ['alternatives', strings.ScheduleAlternatives]
  ];
  return (
    <>
      {bars.map(([kind, label]) => (
        <LegendItem key={kind} swatch={printBarStyle(kind)} label={label} />
      ))}
      <LegendItem swatch={PRINT_BAND} label={strings.LegendPlanPeriod} />
      <LegendItem swatch={{ ...PRINT_TODAY, left: '50%', right: undefined }} label={strings.LegendToday} />
    </>
  );
}

export function PrintableTimeline(props: PrintableTimelineProps): JSX.Element {
  const strings = useStrings();
  const { data, model, range, rows } = props;
  const months = range.end - range.start + 1;
  const x = (month: number): string => percent((month - range.start) / months);
  const heading = planHeading(data.plans, model.planId, strings);
  const years = Math.ceil(months / 12);
  const yearLines: React.CSSProperties = { backgroundImage: `repeating-linear-gradient(to right, #bbb 0 0.5pt, transparent 0.5pt ${percent(1 / years)})` };
  const track = (children: React.ReactNode): JSX.Element => (
    <div style={{ position: 'relative', height: '5mm', printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact', ...yearLines }}>
      {props.bands.map((b) => (
        <span key={`b${b.start}`} style={{ ...PRINT_BAND, left: x(Math.max(b.start, range.start)), width: percent((Math.min(b.end, range.end) - Math.max(b.start, range.start) + 1) / months) }} />
      ))}
      {children}
      {props.today >= range.start && props.today <= range.end + 1 && <span style={{ ...PRINT_TODAY, left: x(props.today) }} />}
    </div>
  );
  return (
    <PrintSheet
      kind="timeline"
      view={strings.ViewTimeline}
      plan={heading.plan}
      period={heading.period}
      filters={describeFilters(props.filter, data, strings)}
      count={model.filtered.length}
      legend={<Legend />}
    >
      <table style={{ tableLayout: 'fixed' }}>
        <colgroup>
          <col style={{ width: '27%' }} />
          <col style={{ width: '15%' }} />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{strings.ColTitle}</th>
            <th scope="col">{strings.ColSchedule}</th>
            <th scope="col" aria-label={format(strings.PrintRange, String(Math.floor(range.start / 12)), String(Math.floor(range.end / 12)))} style={{ padding: '0.5mm 0' }}>
              <Axis range={range} strings={strings} />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            if (row.kind === 'group') {
              return (
                <tr key={row.key} data-salkku-print-group={row.level}>
                  <th scope="colgroup" colSpan={3} style={{ background: row.level === 1 ? '#f0f0f0' : '#fafafa', paddingLeft: row.level === 1 ? '1.2mm' : '4mm' }}>
                    {`${row.label} (${row.totals.count})`}
                  </th>
                </tr>
              );
            }
            const p = row.project;
            const bar = projectBar(p, range);
            const words = [formatScheduleRange(p.schedule, strings, 'short') ?? describeSchedule(p.schedule, strings), ...(bar ? barFlagWords(bar, strings) : [])];
            return (
              <tr key={row.key} data-salkku-print-project={p.id ?? undefined}>
                <td>{`${p.number ?? ''} ${p.title}`.trim()}</td>
                <td>{words.join(' · ')}</td>
                <td style={{ padding: '0.5mm 0', verticalAlign: 'middle' }}>
                  {track(
                    bar?.segments
                      .filter((s) => s.end >= range.start && s.start <= range.end)
                      .map((s, i) => {
                        // a schedule reaching past the range is cut at its edge (its months are said in words)
                        const from = Math.max(s.start, range.start);
                        const to = Math.min(s.end, range.end);
                        return <span key={i} data-salkku-print-bar={printBarKind(bar, s)} style={{ ...printBarStyle(printBarKind(bar, s)), left: x(from), width: percent((to - from + 1) / months) }} />;
                      })
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.unplaced.length > 0 && (
        <section>
          <h2 style={{ fontSize: '10pt', margin: '4mm 0 1mm' }}>{format(strings.UnplacedTitle, props.unplaced.length)}</h2>
          <ul style={{ margin: 0, paddingLeft: '5mm' }}>
            {props.unplaced.map((p) => (
              <li key={p.id ?? p.title} data-salkku-print-project={p.id ?? undefined} style={{ overflowWrap: 'anywhere' }}>
                {`${`${p.number ?? ''} ${p.title}`.trim()}: ${p.schedule.text.trim() === '' ? strings.ScheduleNone : p.schedule.text}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </PrintSheet>
  );
}
