/**
 * The follow-up view's sections: what changed since the meeting, and the projects under way with
 * their latest report, the reports owed (the user's own first) marked and filterable. Each row opens the project's
 * history; users who may add reports get "New status report" (or "Continue draft").
 */
import { ActionButton, DefaultButton, FontIcon, Stack, Text, Toggle } from '@fluentui/react';
import * as React from 'react';
import type { ProjectChange } from '../../domain/followup/changes';
import type { FollowUpOverview } from '../../domain/followup/overview';
import type { StatusReport } from '../../domain/followup/model';
import type { Project } from '../../domain/model';
import { RagBadge } from '../common/Badges';
import { format } from '../common/format';
import { formatDate } from '../common/formatting';
import { ragLabel } from '../common/labels';
import { useStrings } from '../common/SalkkuContext';
import { sectionClasses } from '../common/tableClasses';
import { changeIcon, changeText } from './changeText';

export interface RowActions {
  canFile: boolean;
  onHistory: (project: Project & { id: number }) => void;
  onFile: (project: Project & { id: number }) => void;
}

function ProjectButton(props: { project: Project & { id: number }; actions: RowActions }): JSX.Element {
  const strings = useStrings();
  return (
    <ActionButton styles={{ root: { height: 'auto', padding: 0, textAlign: 'left' }, label: { margin: 0 } }} onClick={() => props.actions.onHistory(props.project)} title={strings.FuShowHistory} data-salkku-history-open={props.project.id}>
      {props.project.number ? `${props.project.number} ${props.project.title}` : props.project.title}
    </ActionButton>
  );
}

function FileButton(props: { project: Project & { id: number }; draft: StatusReport | undefined; actions: RowActions }): JSX.Element | null {
  const strings = useStrings();
  if (!props.actions.canFile) {
    return null;
  }
  return (
    <DefaultButton
      text={props.draft ? strings.FuContinueDraft : strings.FuNewReport}
      iconProps={{ iconName: props.draft ? 'Edit' : 'Add' }}
      ariaLabel={`${props.draft ? strings.FuContinueDraft : strings.FuNewReport}: ${props.project.title}`}
      onClick={() => props.actions.onFile(props.project)}
      data-salkku-file-report={props.project.id}
    />
  );
}

/** The kinds in the order a steering group reads them: trouble first, new projects last. */
const KIND_ORDER: readonly ProjectChange['kind'][] = ['ragChanged', 'scheduleMoved', 'costChanged', 'completed', 'cancelled', 'new'];

function kindTitle(strings: ISalkkuStrings, kind: ProjectChange['kind']): string {
  return {
    ragChanged: strings.FuKindRag,
    scheduleMoved: strings.FuKindSchedule,
    costChanged: strings.FuKindCost,
    completed: strings.FuKindCompleted,
    cancelled: strings.FuKindCancelled,
    new: strings.FuKindNew
  }[kind];
}

export function ChangesSection(props: { overview: FollowUpOverview; projects: ReadonlyMap<number, Project & { id: number }>; actions: RowActions }): JSX.Element {
  const strings = useStrings();
  const { changes, since } = props.overview;
  return (
    <section aria-labelledby="salkku-fu-changes" data-salkku-changes={changes.length}>
      <Text as="h3" variant="large" block={true} id="salkku-fu-changes">
        {format(strings.FuChangesSince, formatDate(since, strings.Locale) ?? since)}
      </Text>
      {changes.length === 0 && <Text block={true}>{strings.FuNoChanges}</Text>}
      {KIND_ORDER.map((kind) => {
        const ofKind = changes.filter((c) => c.kind === kind);
        if (ofKind.length === 0) {
          return null;
        }
        return (
          <details key={kind} open={kind !== 'new' || ofKind.length <= 5} data-salkku-change-kind={kind}>
            <summary>
              <Text as="h4" variant="mediumPlus" styles={{ root: { display: 'inline', fontWeight: 600 } }}>
                <FontIcon iconName={changeIcon(ofKind[0] as ProjectChange)} aria-hidden={true} style={{ marginRight: 6 }} />
                {`${kindTitle(strings, kind)} (${ofKind.length})`}
              </Text>
            </summary>
            <ul className={sectionClasses.list} style={{ paddingLeft: 20 }}>
              {ofKind.map((change, i) => {
                const project = props.projects.get(change.projectId);
                return project ? (
                  <li key={`${change.projectId}-${i}`} data-salkku-change={change.kind} data-salkku-change-project={change.projectId}>
                    <ProjectButton project={project} actions={props.actions} />
                    <Text>{` – ${changeText(strings, change)}`}</Text>
                  </li>
                ) : null;
              })}
            </ul>
          </details>
        );
      })}
    </section>
  );
}

/** A project under way with whether it owes a report and whether it is the user's own. */
export interface ProjectRow {
  project: Project & { id: number };
  due: boolean;
  own: boolean;
  lastReport: string | null;
}

const LIMIT = 50;

/** The projects under way: the user's own due reports first, then other due reports, then the rest. */
export function ProjectsSection(props: { rows: ProjectRow[]; overview: FollowUpOverview; actions: RowActions }): JSX.Element {
  const strings = useStrings();
  const [all, setAll] = React.useState(false);
  const [dueOnly, setDueOnly] = React.useState(false);
  const due = props.rows.filter((r) => r.due);
  const own = due.filter((r) => r.own).length;
  const rows = dueOnly ? due : props.rows;
  const shown = all ? rows : rows.slice(0, LIMIT);
  return (
    <section aria-labelledby="salkku-fu-projects" data-salkku-due={due.length}>
      <Text as="h3" variant="large" block={true} id="salkku-fu-projects">
        {strings.FuLatestTitle}
      </Text>
      <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 16 }}>
        <Text block={true}>
          {due.length === 0 ? strings.FuNoneDue : format(strings.FuDueTitle, due.length)}
          {own > 0 ? ` ${format(strings.FuDueOwn, own)}` : ''}
        </Text>
        {due.length > 0 && <Toggle inlineLabel={true} label={strings.FuDueOnly} checked={dueOnly} onChange={(_e, checked) => setDueOnly(checked === true)} data-salkku-due-only="true" />}
      </Stack>
      <div className={sectionClasses.scroll}>
        <table className={sectionClasses.table} data-salkku-latest="true">
          <thead>
            <tr>
              <th scope="col">{strings.ColTitle}</th>
              <th scope="col">{strings.FuLastReportColumn}</th>
              <th scope="col">{strings.FuOverallRag}</th>
              <th scope="col">{strings.FieldProgress}</th>
              <th scope="col">{strings.FuActions}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ project, due: owes, own: mine, lastReport }) => {
              const latest = props.overview.latest.get(project.id);
              const rag = latest?.rag ?? project.rag;
              const progress = latest?.progress ?? project.progress;
              return (
                <tr key={project.id} data-salkku-latest-row={project.id} data-salkku-rag={rag ?? ''} data-salkku-due-row={owes ? 'true' : undefined} data-salkku-own={mine ? 'true' : undefined}>
                  <td>
                    <ProjectButton project={project} actions={props.actions} />
                    {mine && (
                      <Text block={true} variant="small">
                        <FontIcon iconName="Contact" aria-hidden={true} style={{ marginRight: 4 }} />
                        {strings.FuMyProject}
                      </Text>
                    )}
                  </td>
                  <td>
                    {lastReport ? formatDate(lastReport, strings.Locale) : strings.FuNeverReported}
                    {owes && (
                      <Text block={true} variant="small" styles={{ root: { fontWeight: 600 } }}>
                        <FontIcon iconName="Clock" aria-hidden={true} style={{ marginRight: 4 }} />
                        {strings.FuReportDue}
                      </Text>
                    )}
                  </td>
                  <td>{rag === null ? strings.EmptyValue : <RagBadge value={rag} label={ragLabel(strings, rag)} />}</td>
                  <td>{progress === null ? strings.EmptyValue : `${progress} %`}</td>
                  <td>
                    <FileButton project={project} draft={props.overview.drafts.get(project.id)} actions={props.actions} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {!all && rows.length > LIMIT && <DefaultButton text={format(strings.FuShowAll, rows.length)} onClick={() => setAll(true)} />}
    </section>
  );
}
