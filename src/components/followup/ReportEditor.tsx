/**
 * Filing a status report: overall, schedule, cost and scope RAG (icon + text), progress, the
 * status in one sentence and the texts the steering group reads. Saved as a draft or published;
 * publishing asks first (a published report is history and is not changed; a correction is a new
 * report). A failed save keeps everything typed and says why.
 */
import type { IChoiceGroupOption, IDropdownOption } from '@fluentui/react';
import { ChoiceGroup, DefaultButton, Dialog, DialogFooter, DialogType, Dropdown, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import * as React from 'react';
import type { Day, StatusReport } from '../../domain/followup/model';
import type { Person } from '../../domain/model';
import { RAG } from '../../domain/vocabulary';
import { format } from '../common/format';
import { ragLabels } from '../common/labels';
import { useStrings } from '../common/SalkkuContext';

export interface ReportEditorProps {
  /** The project reported on. */
  project: { id: number; title: string };
  /** A draft to continue, or undefined for a new report. */
  draft: StatusReport | undefined;
  /** The project's latest published report: a new report starts from its RAG and progress. */
  previous: StatusReport | undefined;
  author: Person | null;
  today: Day;
  saving: boolean;
  /** Why the last save failed (the form keeps its content). */
  error: string | undefined;
  onSave: (report: StatusReport) => void;
  onDismiss: () => void;
}

const RAG_ICONS: Record<string, string> = { green: 'CompletedSolid', amber: 'WarningSolid', red: 'StatusErrorFull' };

function startFrom(props: ReportEditorProps): StatusReport {
  if (props.draft) {
    return props.draft;
  }
  const previous = props.previous;
  return {
    id: null,
    etag: null,
    projectId: props.project.id,
    title: '',
    date: props.today,
    state: 'draft',
    rag: previous?.rag ?? null,
    scheduleRag: previous?.scheduleRag ?? null,
    costRag: previous?.costRag ?? null,
    scopeRag: previous?.scopeRag ?? null,
    progress: previous?.progress ?? null,
    summary: null,
    achieved: null,
    nextSteps: null,
    risks: null,
    decisionsNeeded: null,
    author: props.author,
    snapshot: null
  };
}

/** Empty text as null: SharePoint keeps no empty strings. */
function text(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}

export function ReportEditor(props: ReportEditorProps): JSX.Element {
  const strings = useStrings();
  const [report, setReport] = React.useState<StatusReport>(() => startFrom(props));
  const [confirming, setConfirming] = React.useState(false);
  const [tried, setTried] = React.useState(false);
  const labels = ragLabels(strings);
  const change = (changes: Partial<StatusReport>): void => setReport((r) => ({ ...r, ...changes }));
  const progressText = report.progress === null ? '' : String(report.progress);
  const progressInvalid = report.progress !== null && (!Number.isInteger(report.progress) || report.progress < 0 || report.progress > 100);
  const missing = report.title.trim() === '' || report.rag === null || !/^\d{4}-\d{2}-\d{2}$/.test(report.date);
  const overall: IChoiceGroupOption[] = (Object.keys(RAG) as (keyof typeof RAG)[]).map((key) => ({ key: RAG[key], text: labels[key], iconProps: { iconName: RAG_ICONS[key] } }));
  const aspect: IDropdownOption[] = [{ key: '', text: strings.FuRagNotGiven }, ...(Object.keys(RAG) as (keyof typeof RAG)[]).map((key) => ({ key: RAG[key], text: labels[key] }))];
  const save = (state: StatusReport['state']): void => {
    setTried(true);
    if (missing || progressInvalid) {
      return;
    }
    setConfirming(false);
    props.onSave({ ...report, state, author: report.author ?? props.author });
  };
  const aspectField = (name: 'scheduleRag' | 'costRag' | 'scopeRag', label: string): JSX.Element => (
    <Dropdown label={label} options={aspect} selectedKey={report[name] ?? ''} onChange={(_e, o) => change({ [name]: o && o.key !== '' ? String(o.key) : null })} styles={{ root: { minWidth: 150, flex: 1 } }} />
  );
  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={format(strings.FuReportFor, props.project.title)}
      closeButtonAriaLabel={strings.Close}
      onDismiss={props.onDismiss}
      isFooterAtBottom={true}
      data-salkku-report-editor={props.project.id}
      onRenderFooterContent={() => (
        <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={strings.FuPublish} disabled={props.saving} onClick={() => (missing || progressInvalid ? save('published') : setConfirming(true))} data-salkku-report-publish="true" />
          <DefaultButton text={strings.FuSaveDraft} disabled={props.saving} onClick={() => save('draft')} data-salkku-report-draft="true" />
          <DefaultButton text={strings.Cancel} onClick={props.onDismiss} />
        </Stack>
      )}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        {props.error !== undefined && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true} role="alert" data-salkku-report-error="true">
            {props.error}
          </MessageBar>
        )}
        {props.draft && <MessageBar messageBarType={MessageBarType.info}>{strings.FuContinuingDraft}</MessageBar>}
        <TextField label={strings.FuReportTitle} description={strings.FuReportTitleHelp} required={true} value={report.title} maxLength={255} onChange={(_e, v) => change({ title: v ?? '' })} errorMessage={tried && report.title.trim() === '' ? strings.FuRequired : undefined} />
        <TextField label={strings.FuReportDate} type="date" required={true} value={report.date} onChange={(_e, v) => change({ date: v ?? '' })} errorMessage={tried && !/^\d{4}-\d{2}-\d{2}$/.test(report.date) ? strings.FuRequired : undefined} styles={{ root: { maxWidth: 200 } }} />
        <ChoiceGroup label={strings.FuOverallRag} required={true} options={overall} selectedKey={report.rag ?? undefined} onChange={(_e, o) => o && change({ rag: String(o.key) })} />
        {tried && report.rag === null && (
          <MessageBar messageBarType={MessageBarType.error} role="alert">
            {strings.FuRagRequired}
          </MessageBar>
        )}
        <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 12 }}>
          {aspectField('scheduleRag', strings.FuScheduleRag)}
          {aspectField('costRag', strings.FuCostRag)}
          {aspectField('scopeRag', strings.FuScopeRag)}
        </Stack>
        <TextField
          label={strings.FieldProgress}
          type="number"
          min={0}
          max={100}
          suffix="%"
          value={progressText}
          onChange={(_e, v) => change({ progress: v === undefined || v.trim() === '' ? null : Number(v) })}
          errorMessage={progressInvalid ? strings.FuProgressInvalid : undefined}
          styles={{ root: { maxWidth: 160 } }}
        />
        <TextField label={strings.FuSummary} multiline={true} autoAdjustHeight={true} value={report.summary ?? ''} onChange={(_e, v) => change({ summary: text(v) })} />
        <TextField label={strings.FuAchieved} multiline={true} autoAdjustHeight={true} value={report.achieved ?? ''} onChange={(_e, v) => change({ achieved: text(v) })} />
        <TextField label={strings.FuNextSteps} multiline={true} autoAdjustHeight={true} value={report.nextSteps ?? ''} onChange={(_e, v) => change({ nextSteps: text(v) })} />
        <TextField label={strings.FuRisks} multiline={true} autoAdjustHeight={true} value={report.risks ?? ''} onChange={(_e, v) => change({ risks: text(v) })} />
        <TextField label={strings.FuDecisionsNeeded} multiline={true} autoAdjustHeight={true} value={report.decisionsNeeded ?? ''} onChange={(_e, v) => change({ decisionsNeeded: text(v) })} />
      </Stack>
      <Dialog
        hidden={!confirming}
        onDismiss={() => setConfirming(false)}
        dialogContentProps={{ type: DialogType.normal, title: strings.FuPublishTitle, subText: strings.FuPublishConfirm }}
        modalProps={{ isBlocking: true }}
      >
        <DialogFooter>
          <PrimaryButton text={strings.FuPublish} onClick={() => save('published')} data-salkku-report-confirm="true" />
          <DefaultButton text={strings.Cancel} onClick={() => setConfirming(false)} />
        </DialogFooter>
      </Dialog>
    </Panel>
  );
}
