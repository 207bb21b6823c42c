/**
 * "Meeting pack (Word)": the steering group's meeting pack for the chosen meeting, built in the
 * browser in the UI's language and downloaded like the export panel's files. The pack's model
 * and the libraries that write Word are loaded only when asked for. With `loadFull`, every column
 * of the projects is read first (the views hold summaries; the pack shows comments and project
 * managers).
 */
import type { Benefit, Measurement } from '../../domain/benefits/model';
import { DefaultButton, MessageBar, MessageBarType, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import * as React from 'react';
import type { FollowUpData } from '../../data/contract/followUp.types';
import type { PortfolioData } from '../../data/contract/repository.types';
import type { ActualCost, Meeting } from '../../domain/followup/model';
import type { Project } from '../../domain/model';
import { download, fileName, uiLanguage } from '../common/download';
import { format } from '../common/format';
import { WORD_ICON } from '../common/icons';
import { useStrings } from '../common/SalkkuContext';

export interface MeetingPackButtonProps {
  data: PortfolioData;
  followUp: FollowUpData;
  meeting: Meeting;
  previousMeeting: Meeting | undefined;
  /** Every column of every project (the portfolio's full load); without it, `data` as it is. */
  loadFull?: () => Promise<PortfolioData>;
  /**
   * Every actual cost from a year on: a project's overrun sums its whole spend, the view holds only
   * its period's. Without it, `followUp.actuals` as they are.
   */
  loadActuals?: (fromYear: number) => Promise<ActualCost[]>;
  /** The benefit lists, for the pack's benefits section (a site without them gives none). */
  loadBenefits?: () => Promise<{ benefits: Benefit[]; measurements: Measurement[] }>;
}

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; file: string } | { kind: 'failed'; message: string };

/** Today in the browser's own time zone, as YYYY-MM-DD. */
function localDay(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function MeetingPackButton(props: MeetingPackButtonProps): JSX.Element {
  const strings = useStrings();
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  /** The projects shown, each with every column when the full load is offered. */
  const projects = async (): Promise<readonly Project[]> => {
    if (!props.loadFull) {
      return props.data.projects;
    }
    const full = await props.loadFull();
    const byId = new Map(full.projects.map((p) => [p.id, p]));
    return props.data.projects.map((p) => byId.get(p.id) ?? p);
  };

  const produce = async (): Promise<string> => {
    // the pack's model and writer are loaded only when asked for, with the Word library
    const [{ Packer }, { meetingPackDocx }, { actualsFromYear, buildMeetingPack }] = await Promise.all([
      import(/* webpackChunkName: 'salkku-docx' */ 'docx'),
      import(/* webpackChunkName: 'salkku-docx' */ '../../export/meetingPackDocx'),
      import(/* webpackChunkName: 'salkku-docx' */ '../../domain/export/meetingPack')
    ]);
    const shown = await projects();
    const today = localDay();
    const actuals = props.loadActuals ? await props.loadActuals(actualsFromYear(shown, props.meeting, today)) : props.followUp.actuals;
    const benefits = props.loadBenefits ? await props.loadBenefits() : undefined;
    const pack = buildMeetingPack({
      portfolio: { projects: shown },
      followUp: { ...props.followUp, actuals },
      meeting: props.meeting,
      previous: props.previousMeeting,
      created: props.followUp.projectsCreated,
      language: uiLanguage(strings.Locale),
      today,
      benefits
    });
    const name = fileName(pack.title, 'docx');
    download(await Packer.toBlob(meetingPackDocx(pack)), name);
    return name;
  };

  const onClick = (): void => {
    setStatus({ kind: 'working' });
    produce().then(
      (file) => mounted.current && setStatus({ kind: 'done', file }),
      (error: unknown) => mounted.current && setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    );
  };

  return (
    <Stack tokens={{ childrenGap: 8 }} data-salkku-meeting-pack="true">
      <Stack horizontal={true} verticalAlign="center" wrap={true} tokens={{ childrenGap: 8 }}>
        <DefaultButton
          iconProps={{ iconName: WORD_ICON }}
          text={strings.MpMeetingPackButton}
          ariaDescription={format(strings.MpMeetingPackDescription, props.meeting.title)}
          onClick={onClick}
          disabled={status.kind === 'working'}
          data-salkku-meeting-pack-docx="true"
        />
        {status.kind === 'working' && <Spinner size={SpinnerSize.small} label={strings.MpMeetingPackWorking} labelPosition="right" ariaLive="polite" />}
      </Stack>
      {status.kind === 'done' && (
        <MessageBar messageBarType={MessageBarType.success} role="status" onDismiss={() => setStatus({ kind: 'idle' })} dismissButtonAriaLabel={strings.Close}>
          {format(strings.MpMeetingPackDone, status.file)}
        </MessageBar>
      )}
      {status.kind === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} role="alert" onDismiss={() => setStatus({ kind: 'idle' })} dismissButtonAriaLabel={strings.Close}>
          {format(strings.MpMeetingPackFailed, status.message)}
        </MessageBar>
      )}
    </Stack>
  );
}
