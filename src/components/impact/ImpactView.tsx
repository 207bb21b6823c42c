/**
 * The Impact-assessment view: the Information Management Act's change-impact assessment of every
 * project as a matrix (five headings), completeness per project, group and overall, a summary
 * per perspective that filters, editing with ETags and conflict resolution, and a print layout.
 */
import { DefaultButton, mergeStyles, MessageBar, MessageBarType, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { completeness, needsAttention } from '../../domain/impact/completeness';
import type { ImpactPerspective, Project } from '../../domain/model';
import { IMPACT_PERSPECTIVES } from '../../domain/model';
import { applyFilter } from '../../domain/portfolio/filter';
import type { SortColumn } from '../../domain/portfolio/viewState';
import { sortedBy } from '../../domain/portfolio/viewState';
import { AttentionList } from '../common/AttentionList';
import { format } from '../common/format';
import { perspectiveLabels, statusLabel } from '../common/labels';
import { useStrings } from '../common/SalkkuContext';
import { useNarrow } from '../common/useNarrow';
import { usePortfolioFilter } from '../common/usePortfolioFilter';
import { followUpFilterHidden } from '../filters/followUpFilter';
import { usePortfolioFollowUp } from '../common/usePortfolioFollowUp';
import type { ViewProps } from '../common/viewProps';
import { useCollapsedGroups } from '../grid/useCollapsedGroups';
import { FilterBar } from '../filters/FilterBar';
import { buildRows } from '../grid/gridRows';
import { GroupedGrid } from '../grid/GroupedGrid';
import { ProjectDetailPanel } from '../project/ProjectDetailPanel';
import { useFullProject } from '../project/useFullProject';
import { AssessmentEditor, savedText } from './AssessmentEditor';
import { impactColumns } from './impactColumns';
import { PerspectiveSummary } from './PerspectiveSummary';
import { bucketLabel } from '../common/labels';
import { printHidden } from '../print/PrintSheet';
import { PrintableAssessments } from './PrintableAssessments';
import { useAssessmentSave } from './useAssessmentSave';
import { visuallyHidden } from '../common/visuallyHidden';



export function ImpactView(props: ViewProps): JSX.Element {
  const strings = useStrings();
  const { data } = props;
  const followUp = usePortfolioFollowUp(props.loadFollowUp, data);
  const { state, update, model, selected } = usePortfolioFilter(data, undefined, followUp.filterFacts);
  const rootRef = React.useRef<HTMLDivElement>(null);
  const narrow = useNarrow(rootRef);
  // the summary counts the projects the other filters keep, so clicking a number can change the choice
  const withoutImpactFilter = React.useMemo(
    () => (state.filter.impact === null ? model.filtered : applyFilter(data.projects, { ...state.filter, impact: null }, data.plans, model.index, followUp.filterFacts)),
    [state.filter, model.filtered, model.index, data.projects, data.plans, followUp.filterFacts]
  );
  const [collapsed, toggleGroup] = useCollapsedGroups();
  const rows = React.useMemo(() => buildRows(model.groups, collapsed, strings), [model.groups, collapsed, strings]);
  const columns = React.useMemo(() => impactColumns(strings), [strings]);
  const [editing, setEditing] = React.useState<{ id: number; focus: ImpactPerspective | undefined } | undefined>(undefined);
  const [printing, setPrinting] = React.useState(false);
  const canEdit = data.lists.projects.permissions.canEdit;
  const saver = useAssessmentSave(props.repository, props.replaceProject);
  // the editor works on the whole project (its texts and ETag), read when it opens
  const editedFull = useFullProject(editing ? data.projects.find((p) => p.id === editing.id) : undefined, props.getProject);
  const editedProject = editedFull.loading ? undefined : editedFull.project;

  // a perspective described without a level differs from an empty one: the justifications are read
  const { loadAssessment } = props;
  const textsMissing = data.detail === 'summary';
  // when they cannot be read the view stays as it is, without a spinner that never ends
  const [textsFailed, setTextsFailed] = React.useState(false);
  React.useEffect(() => {
    if (textsMissing) {
      loadAssessment().catch(() => setTextsFailed(true));
    }
  }, [textsMissing, loadAssessment]);

  const complete = model.filtered.filter((p) => completeness(p).complete).length;
  const attention = model.filtered.filter(needsAttention).length;

  React.useEffect(() => {
    const before = (): void => ReactDom.flushSync(() => setPrinting(true));
    const after = (): void => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);


  const sortBy = (column: SortColumn): void => update((s) => sortedBy(s, column));

  const groupSummary = (row: { group: { projects: Project[]; children: { projects: Project[] }[] } }): string => {
    const projects = [...row.group.projects, ...row.group.children.flatMap((c) => c.projects)];
    return format(strings.ImpactOverall, projects.filter((p) => completeness(p).complete).length, projects.length);
  };

  const announcement = saver.state.kind === 'saved' ? savedText(strings, saver.state.mergedWith) : saver.state.kind === 'conflict' ? strings.ConflictAnnounced : '';
  const plan = data.plans.find((p) => p.id === model.planId);

  return (
    <div ref={rootRef} className={mergeStyles({ minWidth: 0 })} data-salkku-view="impact">
      <Stack tokens={{ childrenGap: 12 }} className={printHidden}>
        <Stack horizontal={true} horizontalAlign="space-between" verticalAlign="center" wrap={true} tokens={{ childrenGap: 8 }}>
          <Text as="h2" variant="xLarge">
            {strings.ViewImpact}
          </Text>
          <DefaultButton iconProps={{ iconName: 'Print' }} text={strings.Print} onClick={() => {
            // the print layout shows the justifications: every project's texts first
            props.loadFull().then(
              () => {
                ReactDom.flushSync(() => setPrinting(true));
                window.print();
              },
              () => undefined
            );
          }} />
        </Stack>
        <Text block={true} variant="small">
          {strings.ImpactIntro}
        </Text>
        {textsMissing && !textsFailed && <Spinner size={SpinnerSize.xSmall} label={strings.LoadingJustifications} labelPosition="right" ariaLive="polite" data-salkku-state="arriving" />}
        <FilterBar data={data} loadFull={props.loadFull} filter={state.filter} onChange={(filter) => update((s) => ({ ...s, filter }))} shown={model.filtered.length} total={model.inPlan} narrow={narrow} hide={followUpFilterHidden(followUp.status)} />
        <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 16 }}>
          <Text variant="large" data-salkku-completeness={`${complete}/${model.filtered.length}`}>
            {format(strings.ImpactOverall, complete, model.filtered.length)}
          </Text>
          {attention > 0 && (
            <Text variant="medium" data-salkku-needs-attention={attention}>
              {format(strings.NeedsAttentionCount, attention)}
            </Text>
          )}
        </Stack>
        <PerspectiveSummary projects={withoutImpactFilter} active={state.filter.impact} onSelect={(impact) => update((s) => ({ ...s, filter: { ...s.filter, impact } }))} />
        {state.filter.impact && (
          <MessageBar messageBarType={MessageBarType.info} onDismiss={() => update((s) => ({ ...s, filter: { ...s.filter, impact: null } }))} dismissButtonAriaLabel={strings.ImpactFilterClear}>
            {format(strings.ImpactFilterActive, perspectiveLabels(strings)[state.filter.impact.perspective], bucketLabel(strings, state.filter.impact.level))}
          </MessageBar>
        )}
        <AttentionList issues={data.itemIssues} onOpen={(id) => update((s) => ({ ...s, selected: id }))} />
        {model.filtered.length === 0 ? (
          <Text block={true} data-salkku-empty="true">
            {strings.NoMatches}
          </Text>
        ) : (
          <GroupedGrid
            gridId="impact"
            label={strings.ImpactGridLabel}
            rows={rows}
            columns={columns}
            sort={state.sort}
            onSort={sortBy}
            onToggleGroup={toggleGroup}
            onOpen={(project) => update((s) => ({ ...s, selected: project.id }))}
            onActivateCell={(project, column) => {
              saver.reset();
              setEditing({ id: project.id ?? 0, focus: IMPACT_PERSPECTIVES.find((p) => p === column) });
            }}
            groupSummary={groupSummary}
            compact={narrow}
            renderCompact={(project) => {
              const c = completeness(project);
              return (
                <span>
                  <strong>{`${project.number ?? ''} ${project.title}`.trim()}</strong>
                  <br />
                  {`${format(strings.AssessmentCount, c.assessed, c.total)} · ${statusLabel(strings, project.status) ?? strings.EmptyValue}`}
                </span>
              );
            }}
            height={typeof window === 'undefined' ? 600 : Math.max(320, Math.min(720, window.innerHeight - 120))}
          />
        )}
      </Stack>
      <div role="status" aria-live="polite" className={visuallyHidden} data-salkku-announcement={saver.state.kind}>
        {announcement}
      </div>
      {printing && <PrintableAssessments projects={model.filtered} title={plan?.title ?? strings.FilterAllPlans} />}
      <ProjectDetailPanel project={selected} data={data} getProject={props.getProject} onDismiss={() => update((s) => ({ ...s, selected: null }))} />
      <AssessmentEditor project={editedProject} focus={editing?.focus} data={data} canEdit={canEdit} saver={saver} onDismiss={() => setEditing(undefined)} />
    </div>
  );
}
