/**
 * The Follow-up view: the steering group's "what changed since the last meeting", the status
 * reports owed (a project manager's own first), each project's report history, and filing a
 * report. Reads the follow-up lists for the period compared only, never all history.
 */
import type { IDropdownOption } from '@fluentui/react';
import { Dropdown, MessageBar, MessageBarType, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import { isRepositoryError } from '../../data/contract/errors';
import type { StatusReport } from '../../domain/followup/model';
import { defaultSince, followUpOverview } from '../../domain/followup/overview';
import { addDays, reportsExpected } from '../../domain/followup/cadence';
import type { Project } from '../../domain/model';
import { errorMessage } from '../common/errorText';
import { format } from '../common/format';
import { formatDate } from '../common/formatting';
import { NewLink } from '../common/HostLinks';
import { useStrings } from '../common/SalkkuContext';
import type { ViewProps } from '../common/viewProps';
import { CadenceSettings } from './CadenceSettings';
import { MeetingPackButton } from './MeetingPackButton';
import { ChangesSection, ProjectsSection } from './FollowUpSections';
import type { ProjectRow, RowActions } from './FollowUpSections';
import { ReportEditor } from './ReportEditor';
import { ReportHistory } from './ReportHistory';
import { useFollowUp } from './useFollowUp';
import { visuallyHidden } from '../common/visuallyHidden';

type WithId = Project & { id: number };

const FIRST_READ_DAYS = 120;

function todayDay(): string {
  return new Date().toISOString().slice(0, 10);
}


export function FollowUpView(props: ViewProps): JSX.Element {
  const strings = useStrings();
  const { data, repository } = props;
  const followUp = repository.followUp;
  const today = React.useMemo(todayDay, []);
  // the meetings are not known before the first read: read far enough back for a previous meeting
  // up to four months ago (steering groups meet more often), so the default needs no second read
  const load = useFollowUp(followUp, today, addDays(today, -FIRST_READ_DAYS), data.currentUser?.id);
  // the meeting pack's overruns sum each project's whole spend: its actuals read when it is made
  const benefitLists = repository.benefits;
  const loadBenefits = React.useCallback(() => benefitLists.loadBenefits().then((d) => ({ benefits: d.benefits, measurements: d.measurements })), [benefitLists]);
  const loadActuals = React.useCallback((fromYear: number) => followUp.loadFollowUp({ since: today, fromYear }).then((d) => d.actuals), [followUp, today]);
  const [chosen, setChosen] = React.useState<string | undefined>(undefined);
  const [history, setHistory] = React.useState<WithId | undefined>(undefined);
  const [filing, setFiling] = React.useState<WithId | undefined>(undefined);
  const [saving, setSaving] = React.useState<{ busy: boolean; error?: string }>({ busy: false });
  const [announcement, setAnnouncement] = React.useState('');

  const ready = load.state.status === 'ready' ? load.state.data : undefined;
  const since = chosen ?? (ready ? defaultSince(ready.meetings, ready.cadence, today) : undefined);
  const { compareWith } = load;
  React.useEffect(() => {
    if (since) {
      compareWith(since);
    }
  }, [since, compareWith]);
  const overview = React.useMemo(
    () => (ready && since ? followUpOverview({ projects: data.projects, reports: ready.reports, meetings: ready.meetings, cadence: ready.cadence, today, managed: ready.managed, since, created: ready.projectsCreated }) : undefined),
    [ready, since, data.projects, today]
  );
  const rows = React.useMemo<ProjectRow[]>(() => {
    if (!overview) {
      return [];
    }
    const dueIds = new Set(overview.due.map((d) => d.project.id));
    const managed = ready?.managed ?? new Set<number>();
    const list = data.projects
      .filter((p): p is WithId => p.id !== null && reportsExpected(p))
      .map((project) => ({ project, due: dueIds.has(project.id), own: managed.has(project.id), lastReport: overview.latest.get(project.id)?.date ?? null }));
    // My projects first (due ones at the top), then the other due reports, then the rest
    const rank = (r: ProjectRow): number => (r.own ? (r.due ? 0 : 1) : r.due ? 2 : 3);
    return list.map((row, index) => ({ row, index })).sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index).map((e) => e.row);
  }, [overview, ready, data.projects]);
  const byId = React.useMemo(() => new Map(data.projects.filter((p): p is WithId => p.id !== null).map((p) => [p.id, p])), [data.projects]);

  if (load.state.status === 'loading') {
    return <Spinner size={SpinnerSize.large} label={strings.FuLoading} data-salkku-state="loading" />;
  }
  if (load.state.status === 'error') {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline={true} role="alert" data-salkku-state={`error-${load.state.error.kind}`}>
        {errorMessage(strings, load.state.error, false, true)}
      </MessageBar>
    );
  }
  const followData = load.state.data;
  const reportsList = followData.lists.reports;
  const actions: RowActions = {
    canFile: reportsList?.permissions.canAdd === true,
    onHistory: setHistory,
    onFile: (project) => {
      setSaving({ busy: false });
      setFiling(project);
    }
  };
  const save = (report: StatusReport): void => {
    setSaving({ busy: true });
    props
      .getProject(report.projectId)
      .then((project) => followUp.saveReport(report, project))
      .then(
        (saved) => {
          if (saved.project) {
            props.replaceProject(saved.project);
          }
          setFiling(undefined);
          setSaving({ busy: false });
          setAnnouncement(report.state === 'published' ? strings.FuPublished : strings.FuDraftSaved);
          load.reload();
        },
        (error: unknown) => {
          const kind = isRepositoryError(error) ? error.kind : 'unknown';
          const text = kind === 'conflict' ? strings.FuErrorConflict : kind === 'invalidValue' ? strings.FuErrorPublished : isRepositoryError(error) ? errorMessage(strings, error, false, true) : String(error);
          setSaving({ busy: false, error: text });
        }
      );
  };
  const meetingOptions: IDropdownOption[] = [...followData.meetings]
    .filter((m) => m.date < today)
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((m) => ({ key: m.date, text: `${formatDate(m.date, strings.Locale) ?? m.date} · ${m.body ?? m.title}` }));
  if (since && !meetingOptions.some((o) => o.key === since)) {
    meetingOptions.unshift({ key: since, text: format(strings.FuSinceDay, formatDate(since, strings.Locale) ?? since) });
  }
  const next = overview?.nextMeeting;
  const canFile = actions.canFile;

  return (
    <div data-salkku-view="followUp">
      <Stack tokens={{ childrenGap: 16 }}>
        <Stack horizontal={true} horizontalAlign="space-between" verticalAlign="center" wrap={true} tokens={{ childrenGap: 8 }}>
          <Text as="h2" variant="xLarge">
            {strings.ViewFollowUp}
          </Text>
          <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 12 }}>
            {data.canManageSite && <CadenceSettings cadence={followData.cadence} meetings={followData.meetings} followUp={followUp} onSaved={load.reload} />}
            {followData.lists.meetings?.permissions.canAdd && <NewLink list={followData.lists.meetings} label={strings.FuNewMeeting} />}
          </Stack>
        </Stack>
        <Text block={true} variant="small">
          {strings.FuIntro}
        </Text>
        {followData.missing.length > 0 && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline={true} data-salkku-state="followup-missing">
            {data.canManageSite ? strings.FuListsMissingOwner : strings.FuListsMissing}
          </MessageBar>
        )}
        {!canFile && reportsList !== undefined && <Text variant="small">{strings.FuReadOnly}</Text>}
        <div className={visuallyHidden} role="status" aria-live="polite">
          {announcement}
        </div>
        {announcement !== '' && (
          <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setAnnouncement('')} dismissButtonAriaLabel={strings.Close} data-salkku-report-saved="true">
            {announcement}
          </MessageBar>
        )}
        <Stack horizontal={true} wrap={true} verticalAlign="end" tokens={{ childrenGap: 16 }}>
          <Dropdown label={strings.FuCompareWith} options={meetingOptions} selectedKey={since} onChange={(_e, o) => o && setChosen(String(o.key))} styles={{ root: { minWidth: 260, maxWidth: '100%' } }} data-salkku-compare="true" />
          {next && (
            <Text data-salkku-next-meeting={next.date}>
              {format(strings.FuNextMeeting, formatDate(next.date, strings.Locale) ?? next.date, next.body ?? next.title)}
            </Text>
          )}
          {next && <MeetingPackButton data={data} followUp={followData} meeting={next} previousMeeting={overview?.sinceMeeting ?? undefined} loadFull={props.loadFull} loadActuals={loadActuals} loadBenefits={loadBenefits} />}
          {load.state.refreshing && <Spinner size={SpinnerSize.xSmall} label={strings.FuLoading} labelPosition="right" />}
        </Stack>
        {overview && (
          <>
            <ChangesSection overview={overview} projects={byId} actions={actions} />
            <ProjectsSection rows={rows} overview={overview} actions={actions} />
          </>
        )}
      </Stack>
      {history && <ReportHistory project={history} followUp={followUp} onDismiss={() => setHistory(undefined)} />}
      {filing && (
        <ReportEditor
          project={filing}
          draft={overview?.drafts.get(filing.id)}
          previous={overview?.latest.get(filing.id)}
          author={data.currentUser}
          today={today}
          saving={saving.busy}
          error={saving.error}
          onSave={save}
          onDismiss={() => setFiling(undefined)}
        />
      )}
    </div>
  );
}
