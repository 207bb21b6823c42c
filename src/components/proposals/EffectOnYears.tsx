/**
 * The what-if's effect on the coming years, beside the totals: per year what the ongoing projects
 * and the selected proposals take of the investment budget and IT capacity (both per year), the
 * recurring costs they leave, and their schedules on a shared year scale. The schedule bars are
 * HTML, not an image: each row's dates are written out as text, so the list is its own text
 * alternative and reflows on a narrow tab.
 */
import { FontIcon, mergeStyleSets, Text } from '@fluentui/react';
import * as React from 'react';
import { ScrollTable } from '../common/ScrollTable';
import type { EffectItem, EffectYear, TimelineEffect } from '../../domain/proposals/timelineEffect';
import { emptySchedule } from '../../domain/model';
import { monthIndex, yearOf } from '../../domain/months';
import { format } from '../common/format';
import { formatEuro, formatNumber, formatScheduleRange } from '../common/formatting';
import { useStrings } from '../common/SalkkuContext';
import { sectionClasses } from '../common/tableClasses';

const classes = mergeStyleSets({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '2px 12px', padding: '4px 0', borderBottom: '1px solid rgba(128,128,128,.25)' },
  name: { flex: '1 1 220px', minWidth: 0, overflowWrap: 'anywhere' },
  track: { flex: '2 1 260px', position: 'relative', height: 14, minWidth: 160 },
  yearLine: { position: 'absolute', top: 0, bottom: 0, borderLeft: '1px dashed rgba(128,128,128,.6)' },
  project: { position: 'absolute', top: 2, height: 10, background: 'currentColor', borderRadius: 2 },
  proposal: { position: 'absolute', top: 1, height: 8, border: '2px solid currentColor', borderRadius: 2, backgroundImage: 'repeating-linear-gradient(45deg, currentColor 0 2px, transparent 2px 6px)' },
  axis: { display: 'flex', flexWrap: 'wrap', gap: '2px 12px' },
  axisTrack: { flex: '2 1 260px', position: 'relative', height: 16, minWidth: 160, fontSize: 12 },
  axisSpacer: { flex: '1 1 220px' }
});

function Use(props: { use: number | null; over: boolean; limited: boolean; kind: 'budget' | 'capacity' }): JSX.Element | null {
  const strings = useStrings();
  if (!props.limited) {
    return null;
  }
  const share = props.use === null ? '–' : format(strings.PrPercent, formatNumber(props.use, strings.Locale));
  if (!props.over) {
    return <>{` (${format(strings.PrUse, share)})`}</>;
  }
  return (
    <strong data-salkku-effect-over={props.kind}>
      {' '}
      <FontIcon iconName="Warning" aria-hidden={true} /> {format(strings.PrOverLimit, share)}
    </strong>
  );
}

function YearRow(props: { y: EffectYear; budgetSet: boolean; capacitySet: boolean }): JSX.Element {
  const strings = useStrings();
  const locale = strings.Locale;
  const { y } = props;
  return (
    <tr data-salkku-effect-year={y.year}>
      <th scope="row">{y.year}</th>
      <td>
        <span data-salkku-effect-investment={y.total.investment}>{formatEuro(y.total.investment, locale)}</span>
        <Use use={y.total.budgetUse} over={y.total.overBudget} limited={props.budgetSet} kind="budget" />
        <br />
        <Text variant="small">{format(strings.PrFxSplit, formatEuro(y.ongoing.investment, locale), formatEuro(y.selected.investment, locale))}</Text>
      </td>
      <td data-salkku-effect-recurring={y.total.recurring}>{formatEuro(y.total.recurring, locale)}</td>
      <td>
        <span data-salkku-effect-days={y.total.days}>{format(strings.PrDays, formatNumber(y.total.days, locale))}</span>
        <Use use={y.total.capacityUse} over={y.total.overCapacity} limited={props.capacitySet} kind="capacity" />
      </td>
    </tr>
  );
}

function dates(item: EffectItem, strings: ReturnType<typeof useStrings>): string {
  const range = formatScheduleRange({ ...emptySchedule(), start: item.start, end: item.end }, strings, 'short');
  const parts = [range ?? strings.PrFxNoSchedule];
  if (item.notes.includes('endedBefore') && item.end !== null) {
    parts.push(format(strings.PrFxEndedBefore, yearOf(item.end)));
  }
  return parts.join(', ');
}

function Bars(props: { items: readonly EffectItem[]; years: readonly number[]; kind: 'project' | 'proposal'; heading: string }): JSX.Element {
  const strings = useStrings();
  const first = props.years[0] ?? 0;
  const last = props.years[props.years.length - 1] ?? first;
  const from = first * 12;
  const to = last * 12 + 12;
  const pct = (index: number): number => ((Math.min(Math.max(index, from), to) - from) / (to - from)) * 100;
  return (
    <>
      <Text as="h5" variant="medium" block={true} styles={{ root: { fontWeight: 600, marginTop: 8 } }}>
        {props.heading}
      </Text>
      {props.items.length === 0 ? (
        <Text block={true} variant="small">
          {strings.PrFxNone}
        </Text>
      ) : (
        <ul className={sectionClasses.list} data-salkku-effect-bars={props.kind}>
          {props.items.map((item) => {
            const s = item.start ?? item.end;
            const e = item.end ?? item.start;
            const left = s === null ? null : pct(monthIndex(s));
            const right = e === null ? null : pct(monthIndex(e) + 1);
            return (
              <li key={item.id} className={classes.row} data-salkku-effect-item={`${props.kind}-${item.id}`}>
                <span className={classes.name}>
                  {item.title}
                  <Text variant="small" block={true}>
                    {dates(item, strings)}
                  </Text>
                </span>
                <span className={classes.track} aria-hidden={true}>
                  {props.years.slice(1).map((year) => (
                    <span key={year} className={classes.yearLine} style={{ left: `${pct(year * 12)}%` }} />
                  ))}
                  {left !== null && right !== null && right > left && (
                    <span className={props.kind === 'project' ? classes.project : classes.proposal} style={{ left: `${left}%`, width: `calc(${right - left}% - 1px)` }} />
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

export interface EffectOnYearsProps {
  effect: TimelineEffect;
  budgetSet: boolean;
  capacitySet: boolean;
}

export function EffectOnYears(props: EffectOnYearsProps): JSX.Element {
  const strings = useStrings();
  const locale = strings.Locale;
  const { effect } = props;
  const over = effect.perYear.flatMap((y) => [
    ...(y.total.overBudget && props.budgetSet ? [format(strings.PrFxOverBudgetYear, y.year)] : []),
    ...(y.total.overCapacity && props.capacitySet ? [format(strings.PrFxOverCapacityYear, y.year)] : [])
  ]);
  const first = effect.years[0];
  const last = effect.years[effect.years.length - 1];
  // projects whose schedule ended before the years shown add only recurring costs: named on request, not drawn
  const ended = effect.projects.filter((item) => item.notes.includes('endedBefore'));
  const current = effect.projects.filter((item) => !item.notes.includes('endedBefore'));
  return (
    <section aria-labelledby="salkku-pr-effect" data-salkku-effect="true">
      <Text as="h4" variant="mediumPlus" block={true} id="salkku-pr-effect">
        {strings.PrFxTitle}
      </Text>
      <Text block={true} variant="small">
        {strings.PrFxIntro}
      </Text>
      <div role="status" aria-live="polite" data-salkku-effect-summary="true" style={{ margin: '4px 0' }}>
        {over.length > 0 ? (
          <strong>
            <FontIcon iconName="Warning" aria-hidden={true} /> {format(strings.PrFxOverYears, over.join(', '))}
          </strong>
        ) : (
          first !== undefined && last !== undefined && (props.budgetSet || props.capacitySet) && <span>{format(strings.PrFxAllFit, first, last)}</span>
        )}
      </div>
      {/* focusable so that a keyboard can scroll it on a narrow tab */}
      <ScrollTable caption={strings.PrFxCaption}>
        <thead>
          <tr>
            <th scope="col">{strings.PrFxColYear}</th>
            <th scope="col">{strings.PrFxColInvestment}</th>
            <th scope="col">{strings.PrFxColRecurring}</th>
            <th scope="col">{strings.PrFxColDays}</th>
          </tr>
        </thead>
        <tbody>
          {effect.perYear.map((y) => (
            <YearRow key={y.year} y={y} budgetSet={props.budgetSet} capacitySet={props.capacitySet} />
          ))}
        </tbody>
      </ScrollTable>
      {effect.projectDaysUnknown && (
        <Text block={true} variant="small">
          {strings.PrFxDaysUnknown}
        </Text>
      )}
      {effect.unplaced.length > 0 && (
        <Text block={true} variant="small" data-salkku-effect-unplaced={effect.unplaced.length}>
          {format(
            strings.PrFxUnplaced,
            effect.unplaced
              .map((item) => format(strings.PrFxUnplacedItem, item.title, item.investment === null ? strings.PrNoEstimate : formatEuro(item.investment, locale), item.days === null ? '–' : format(strings.PrDays, formatNumber(item.days, locale))))
              .join('; ')
          )}
        </Text>
      )}
      <Text as="h5" variant="medium" block={true} styles={{ root: { fontWeight: 600, marginTop: 12 } }}>
        {strings.PrFxScheduleTitle}
      </Text>
      <div className={classes.axis} aria-hidden={true}>
        <span className={classes.axisSpacer} />
        <span className={classes.axisTrack}>
          {effect.years.map((year, i) => (
            <span key={year} style={{ position: 'absolute', left: `${(i / effect.years.length) * 100}%`, paddingLeft: 4 }}>
              {year}
            </span>
          ))}
        </span>
      </div>
      <Bars items={current} years={effect.years} kind="project" heading={strings.PrFxOngoingList} />
      {ended.length > 0 && first !== undefined && (
        <details data-salkku-effect-ended={ended.length}>
          <summary>
            <Text variant="small">{format(strings.PrFxEndedCount, ended.length, first)}</Text>
          </summary>
          <ul className={sectionClasses.list}>
            {ended.map((item) => (
              <li key={item.id}>
                <Text variant="small">{`${item.title}: ${dates(item, strings)}`}</Text>
              </li>
            ))}
          </ul>
        </details>
      )}
      <Bars items={effect.proposals} years={effect.years} kind="proposal" heading={strings.PrFxSelectedList} />
      <Text block={true} variant="small">
        {strings.PrFxBarsLegend}
      </Text>
    </section>
  );
}
