/**
 * The Portfolio view: every project of the plan, grouped like the plan document, with filters,
 * totals, a cost chart and a detail panel. State (filters, sort, selection) lives in the URL.
 */
import { DefaultButton, mergeStyles, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { NewLink } from '../common/HostLinks';
import type { SortColumn } from '../../domain/portfolio/viewState';
import { toggled } from '../../domain/portfolio/summary';
import { sortedBy } from '../../domain/portfolio/viewState';
import { AttentionList } from '../common/AttentionList';
import { issuesShown } from '../../domain/portfolio/summary';
import { format } from '../common/format';
import { formatRangeTotal } from '../common/formatting';
import { statusLabel } from '../common/labels';
import { useStrings } from '../common/SalkkuContext';
import { useNarrow } from '../common/useNarrow';
import type { ViewProps } from '../common/viewProps';
import { useCollapsedGroups } from '../grid/useCollapsedGroups';
import { FilterBar } from '../filters/FilterBar';
import { ExportPanel } from '../export/ExportPanel';
import { ImportPanel } from '../import/ImportPanel';
import { ProjectDetailPanel } from '../project/ProjectDetailPanel';
import type { ColumnKey } from './columns';
import { COLUMNS, DEFAULT_COLUMNS, FOLLOW_UP_COLUMNS, gridColumns } from './columns';
import { DueBadge } from './actualColumns';
import { followUpFilterHidden } from '../filters/followUpFilter';
import { buildRows } from '../grid/gridRows';
import { GroupedGrid } from '../grid/GroupedGrid';
import { SummaryBand } from './SummaryBand';
import type { BandFacet } from './SummaryBand.types';
import { TotalsPanel } from './TotalsPanel';
import { printHidden } from '../print/PrintSheet';
import { usePrintLayout } from '../print/usePrintLayout';
import { PrintablePortfolio } from './PrintablePortfolio';
import { usePortfolioView } from './usePortfolioView';

export interface PortfolioViewProps extends ViewProps {
  columns?: readonly ColumnKey[];
}


const compactClass = mergeStyles({ display: 'flex', flexDirection: 'column', minWidth: 0, selectors: { '> *': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } } });

export function PortfolioView(props: PortfolioViewProps): JSX.Element {
  const strings = useStrings();
  const { data } = props;
  const { state, update, model, selected, summary, totals, byYear, followUp, actuals, issues, reportDueCount } = usePortfolioView(data, props.loadFollowUp);
  const rootRef = React.useRef<HTMLDivElement>(null);
  const narrow = useNarrow(rootRef);
  const [collapsed, toggleGroup] = useCollapsedGroups();
  const [importing, setImporting] = React.useState(false);
  const [exporting, setExporting] = React.useState(false);
  const printLayout = usePrintLayout();
  const rows = React.useMemo(() => buildRows(model.groups, collapsed, strings), [model.groups, collapsed, strings]);
  const configured = props.columns ?? DEFAULT_COLUMNS;
  // the actuals' columns once the follow-up is read (a site without it shows the grid as before)
  const baseColumns = React.useMemo(() => (followUp.status === 'ready' ? configured : configured.filter((key) => !FOLLOW_UP_COLUMNS.has(key))), [configured, followUp.status]);
  const columns = React.useMemo(() => (state.filter.plan === 'all' && !baseColumns.includes('plans') ? [...baseColumns, 'plans' as const] : baseColumns), [baseColumns, state.filter.plan]);
  const list = data.lists.projects;
  const proposals = props.repository.proposals;
  const loadProposals = React.useCallback(() => proposals.loadProposals().then((d) => d.proposals), [proposals]);
  const benefitLists = props.repository.benefits;
  // a site without the benefit lists answers with none
  const loadBenefits = React.useCallback(() => benefitLists.loadBenefits().then((d) => ({ benefits: d.benefits, measurements: d.measurements })), [benefitLists]);

  const sortBy = (column: SortColumn): void => update((s) => sortedBy(s, column));
  const toggleFacet = (facet: BandFacet, value: string): void => update((s) => ({ ...s, filter: { ...s.filter, [facet]: toggled(s.filter[facet], value) } }));
  // "needs attention" in the band opens the list below it and moves there
  const attentionRef = React.useRef<HTMLDivElement>(null);
  const showAttention = (): void => {
    const details = attentionRef.current?.querySelector('details');
    if (details) {
      details.open = true;
      details.scrollIntoView({ block: 'nearest' });
      details.querySelector('summary')?.focus();
    }
  };

  const figures = actuals?.figures;
  const context = React.useMemo(
    () => ({ strings, data, goalTitles: model.goalTitles, planTitles: model.planTitles, followUp: { figures, due: followUp.due } }),
    [strings, data, model.goalTitles, model.planTitles, figures, followUp.due]
  );
  const grid = React.useMemo(() => gridColumns(columns, context), [columns, context]);
  const gridHeight = typeof window === 'undefined' ? 600 : Math.max(320, Math.min(720, window.innerHeight - 120));

  return (
    <div ref={rootRef} className={mergeStyles({ minWidth: 0 })} data-salkku-view="portfolio" data-salkku-follow-up={followUp.status}>
      <Stack tokens={{ childrenGap: 12 }} className={printHidden}>
        <Stack horizontal={true} horizontalAlign="space-between" verticalAlign="center" wrap={true} tokens={{ childrenGap: 8 }}>
          <Text as="h2" variant="xLarge">
            {strings.ViewPortfolio}
          </Text>
          <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 12 }}>
            {list.permissions.canAdd && (
              <NewLink list={list} label={strings.NewProject} />
            )}
            <DefaultButton iconProps={{ iconName: 'Print' }} text={strings.Print} onClick={printLayout.print} data-salkku-print-button="portfolio" />
            <DefaultButton iconProps={{ iconName: 'Download' }} text={strings.Export} onClick={() => setExporting(true)} data-salkku-export-open="true" />
            {data.canManageSite && <DefaultButton iconProps={{ iconName: 'Upload' }} text={strings.ImportPlan} onClick={() => setImporting(true)} data-salkku-import="true" />}
          </Stack>
        </Stack>
        <FilterBar
          data={data}
          loadFull={props.loadFull}
          filter={state.filter}
          onChange={(filter) => update((s) => ({ ...s, filter }))}
          shown={model.filtered.length}
          total={model.inPlan}
          narrow={narrow}
          hide={followUpFilterHidden(followUp.status)}
        />
        {followUp.failure !== undefined && (
          <MessageBar messageBarType={MessageBarType.warning} data-salkku-follow-up-failed="true">
            {format(strings.ActFollowUpFailed, followUp.failure)}
          </MessageBar>
        )}
        <SummaryBand
          summary={summary}
          onToggle={toggleFacet}
          onShowAttention={showAttention}
          reportDue={
            reportDueCount === undefined
              ? undefined
              : { count: reportDueCount, selected: state.filter.reportDue === true, onToggle: () => update((s) => ({ ...s, filter: { ...s.filter, reportDue: s.filter.reportDue === true ? null : true } })) }
          }
        />
        <div ref={attentionRef}>
          <AttentionList issues={issuesShown(issues, model.filtered)} onOpen={(id) => update((s) => ({ ...s, selected: id }))} />
        </div>
        {model.filtered.length === 0 ? (
          <Text block={true} data-salkku-empty="true">
            {data.projects.length === 0 ? (list.permissions.canAdd ? strings.EmptyPortfolioOwner : strings.EmptyPortfolio) : strings.NoMatches}
          </Text>
        ) : (
          <GroupedGrid
            gridId="portfolio"
            label={strings.GridLabel}
            rows={rows}
            columns={grid}
            sort={state.sort}
            onSort={sortBy}
            onToggleGroup={toggleGroup}
            onOpen={(project) => update((s) => ({ ...s, selected: project.id }))}
            groupSummary={(row) => format(strings.GroupTotals, row.totals.count, formatRangeTotal(row.totals.investment, strings), formatRangeTotal(row.totals.recurring, strings))}
            compact={narrow}
            renderCompact={(project) => (
              <span className={compactClass}>
                <strong>{`${project.number ?? ''} ${project.title}`.trim()}</strong>
                <span>
                  {[statusLabel(strings, project.status), COLUMNS.schedule.text(project, context)].filter((v) => v).join(' · ')}
                  {project.id !== null && followUp.due?.has(project.id) && (
                    <>
                      {' · '}
                      <DueBadge strings={strings} />
                    </>
                  )}
                </span>
              </span>
            )}
            height={gridHeight}
          />
        )}
        <TotalsPanel totals={totals} byYear={byYear} actuals={actuals} narrow={narrow} />
      </Stack>
      {printLayout.printing && <PrintablePortfolio data={data} filter={state.filter} model={model} columns={columns} followUp={context.followUp} />}
      <ProjectDetailPanel project={selected} data={data} getProject={props.getProject} onDismiss={() => update((s) => ({ ...s, selected: null }))} />
      <ExportPanel
        isOpen={exporting}
        onDismiss={() => setExporting(false)}
        projects={model.filtered}
        loadFull={props.loadFull}
        plan={data.plans.find((p) => p.id === model.planId)}
        plans={data.plans}
        goals={data.goals}
        actuals={actuals ? { figures: actuals.figures, years: actuals.range } : undefined}
        loadProposals={loadProposals}
        loadBenefits={loadBenefits}
      />
      {data.canManageSite && <ImportPanel isOpen={importing} repository={props.repository} onDismiss={() => setImporting(false)} onImported={() => props.reload({ soft: true })} />}
    </div>
  );
}
