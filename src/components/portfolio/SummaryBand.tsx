/**
 * The state of the plan at a glance, above the Portfolio's grid: projects by status and by RAG
 * (icon, text and count; each a filter button, pressed while chosen), the cost totals and the
 * impact-assessment completeness of the projects shown, and how many of them need attention.
 * Two lines on a page (the filters: status and RAG; the figures: totals, assessments, reports due,
 * attention), each wrapping between its groups on a narrow tab.
 */
import type { IButtonStyles, IRawStyle, ITheme } from '@fluentui/react';
import { ActionButton, FontIcon, mergeStyleSets, Text, useTheme } from '@fluentui/react';
import * as React from 'react';
import type { ValueCount } from '../../domain/portfolio/summary';
import { NO_VALUE } from '../../domain/portfolio/filter';
import type { StatusKey } from '../../domain/vocabulary';
import { keyOf, STATUS } from '../../domain/vocabulary';
import { IconText, RagBadge } from '../common/Badges';
import { format } from '../common/format';
import { formatRangeTotal } from '../common/formatting';
import { ragLabel, statusLabel } from '../common/labels';
import { useStrings } from '../common/SalkkuContext';
import type { BandFacet, SummaryBandProps } from './SummaryBand.types';

const STATUS_ICON: Record<StatusKey, string> = {
  proposed: 'Lightbulb',
  approved: 'Accept',
  inProgress: 'Play',
  done: 'Completed',
  postponed: 'Clock',
  cancelled: 'Blocked2'
};

function styles(theme: ITheme): Record<'band' | 'line' | 'facet' | 'facetLabel' | 'figure' | 'hidden', string> {
  return mergeStyleSets({
    band: { display: 'flex', flexDirection: 'column', rowGap: 6, padding: '6px 8px', border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4 },
    line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 16, rowGap: 6 },
    facet: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 4 },
    facetLabel: { fontWeight: 600, marginRight: 4 },
    figure: { minWidth: 0, selectors: { strong: { fontWeight: 600, whiteSpace: 'nowrap' } } },
    hidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }
  });
}

function chipStyles(theme: ITheme): IButtonStyles {
  const pressed: IRawStyle = {
    backgroundColor: theme.semanticColors.buttonBackgroundChecked,
    color: theme.semanticColors.buttonTextChecked,
    borderColor: theme.palette.themePrimary,
    borderWidth: 2,
    fontWeight: 600
  };
  return {
    root: { height: 28, padding: '0 8px', border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 14, color: theme.semanticColors.bodyText },
    rootChecked: pressed,
    rootCheckedHovered: pressed,
    flexContainer: { gap: 6 }
  };
}

function Chip(props: { facet: BandFacet; item: ValueCount; onToggle: SummaryBandProps['onToggle']; children: React.ReactNode }): JSX.Element {
  const theme = useTheme();
  const chip = React.useMemo(() => chipStyles(theme), [theme]);
  const { item } = props;
  return (
    <ActionButton
      toggle={true}
      checked={item.selected}
      styles={chip}
      onClick={() => props.onToggle(props.facet, item.value)}
      data-salkku-band={props.facet}
      data-salkku-band-value={item.value}
      data-salkku-band-count={item.count}
    >
      {/* one inline run, so the name reads "Käynnissä 27", not "Käynnissä27" */}
      <span>
        {props.children} <strong>{item.count}</strong>
      </span>
      {item.selected && <FontIcon aria-hidden={true} iconName="FilterSolid" />}
    </ActionButton>
  );
}

/** "Raportti erääntynyt 12": filters to the projects that owe a report, pressed while it does. */
function ReportDueButton(props: NonNullable<SummaryBandProps['reportDue']>): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const chip = React.useMemo(() => chipStyles(theme), [theme]);
  return (
    <ActionButton toggle={true} checked={props.selected} styles={chip} onClick={props.onToggle} data-salkku-band="reportDue" data-salkku-band-count={props.count}>
      <span>
        <IconText icon="ReminderTime" text={strings.ActReportDue} /> <strong>{props.count}</strong>
      </span>
      {props.selected && <FontIcon aria-hidden={true} iconName="FilterSolid" />}
    </ActionButton>
  );
}

export function SummaryBand(props: SummaryBandProps): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const classes = React.useMemo(() => styles(theme), [theme]);
  const { summary } = props;
  const statusText = (value: string): string => (value === NO_VALUE ? strings.FilterNoValue : statusLabel(strings, value) ?? value);
  const statusIcon = (value: string): string => {
    const key = keyOf(STATUS, value);
    return key ? STATUS_ICON[key] : 'StatusCircleQuestionMark';
  };
  return (
    <section aria-labelledby="salkku-band-title" className={classes.band} data-salkku-summary-band="true">
      <h3 id="salkku-band-title" className={classes.hidden}>
        {strings.SummaryBandTitle}
      </h3>
      <div className={classes.line}>
        <div role="group" aria-labelledby="salkku-band-status" className={classes.facet}>
          <Text id="salkku-band-status" className={classes.facetLabel}>
            {strings.FieldStatus}
          </Text>
          {summary.statuses.map((item) => (
            <Chip key={item.value} facet="statuses" item={item} onToggle={props.onToggle}>
              <IconText icon={statusIcon(item.value)} text={statusText(item.value)} />
            </Chip>
          ))}
        </div>
        <div role="group" aria-labelledby="salkku-band-rag" className={classes.facet}>
          <Text id="salkku-band-rag" className={classes.facetLabel}>
            {strings.FieldRag}
          </Text>
          {summary.rags.map((item) => (
            <Chip key={item.value} facet="rags" item={item} onToggle={props.onToggle}>
              <RagBadge value={item.value} label={item.value === NO_VALUE ? strings.RagNone : ragLabel(strings, item.value) ?? item.value} />
            </Chip>
          ))}
        </div>
      </div>
      <div className={classes.line}>
        <Text className={classes.figure} data-salkku-band-total="investment">
          {`${strings.TotalsInvestment}: `}
          <strong>{formatRangeTotal(summary.totals.investment, strings)}</strong>
        </Text>
        <Text className={classes.figure} data-salkku-band-total="recurring">
          {`${strings.TotalsRecurring}: `}
          <strong>{formatRangeTotal(summary.totals.recurring, strings)}</strong>
        </Text>
        <Text className={classes.figure} data-salkku-band-assessed={`${summary.assessed}/${summary.count}`}>
          <IconText icon="TaskManager" text={format(strings.SummaryAssessed, summary.assessed, summary.count)} />
        </Text>
        {props.reportDue && <ReportDueButton {...props.reportDue} />}
        {summary.attention > 0 ? (
          <ActionButton iconProps={{ iconName: 'Warning' }} onClick={props.onShowAttention} data-salkku-band-attention={summary.attention} styles={{ root: { height: 28, padding: '0 4px' } }}>
            {format(strings.SummaryAttention, summary.attention)}
          </ActionButton>
        ) : (
          <Text className={classes.figure} data-salkku-band-attention="0">
            <IconText icon="CheckMark" text={format(strings.SummaryAttention, 0)} />
          </Text>
        )}
      </div>
    </section>
  );
}
