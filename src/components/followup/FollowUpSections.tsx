/**
 * The follow-up view's sections: what changed since the meeting, the reports owed (the user's
 * own first), and the projects under way with their latest report. Each row opens the project's
 * history; users who may add reports get "New status report" (or "Continue draft").
 */
import { ActionButton, DefaultButton, FontIcon, mergeStyleSets, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import type { ProjectChange } from '../../domain/followup/changes';
import type { DueItem, FollowUpOverview } from '../../domain/followup/overview';
import type { StatusReport } from '../../domain/followup/model';
import type { Project } from '../../domain/model';
import { RagBadge } from '../common/Badges';
import { format } from '../common/format';
import { formatDate } from '../common/formatting';
import { ragLabel } from '../common/labels';
import { useStrings } from '../common/SalkkuContext';
import { changeIcon, changeText } from './changeText';

export const sectionClasses = mergeStyleSets({
  table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: '1px solid rgba(128,128,128,.35)' }, th: { fontWeight: 600 } } },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  list: { listStyle: 'none', margin: 0, padding: 0, selectors: { li: { padding: '4px 0' } } }
});

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

export function ChangesSection(props: { overview: FollowUpOverview; projects: ReadonlyMap<number, Project & { id: number }>; actions: RowActions }): JSX.Element {
  const strings = useStrings();
  const { changes, since } = props.overview;
  const byProject = new Map<number, ProjectChange[]>();
  for (const change of changes) {
    byProject.set(change.projectId, [...(byProject.get(change.projectId) ?? []), change]);
  }
  return (
    <section aria-labelledby="salkku-fu-changes" data-salkku-changes={changes.length}>
      <Text as="h3" variant="large" block={true} id="salkku-fu-changes">
        {format(strings.FuChangesSince, formatDate(since, strings.Locale) ?? since)}
      </Text>
      {changes.length === 0 ? (
        <Text block={true}>{strings.FuNoChanges}</Text>
      ) : (
        <ul className={sectionClasses.list}>
          {[...byProject].map(([id, list]) => {
            const project = props.projects.get(id);
            return project ? (
              <li key={id} data-salkku-change-project={id}>
                <ProjectButton project={project} actions={props.actions} />
                <ul className={sectionClasses.list} style={{ paddingLeft: 20 }}>
                  {list.map((change, i) => (
                    <li key={i} data-salkku-change={change.kind}>
                      <FontIcon iconName={changeIcon(change)} aria-hidden={true} style={{ marginRight: 6 }} />
                      {changeText(strings, change)}
                    </li>
                  ))}
                </ul>
              </li>
            ) : null;
          })}
        </ul>
      )}
    </section>
  );
}

export function DueSection(props: { due: DueItem[]; drafts: ReadonlyMap<number, StatusReport>; actions: RowActions }): JSX.Element {
  const strings = useStrings();
  const own = props.due.filter((d) => d.own).length;
  return (
    <section aria-labelledby="salkku-fu-due" data-salkku-due={props.due.length}>
      <Text as="h3" variant="large" block={true} id="salkku-fu-due">
        {format(strings.FuDueTitle, props.due.length)}
      </Text>
      {own > 0 && <Text block={true}>{format(strings.FuDueOwn, own)}</Text>}
      {props.due.length === 0 ? (
        <Text block={true}>{strings.FuNoneDue}</Text>
      ) : (
        <ul className={sectionClasses.list}>
          {props.due.map(({ project, due, own: mine }) => {
            const withId = project as Project & { id: number };
            return (
              <li key={withId.id} data-salkku-due-project={withId.id} data-salkku-own={mine ? 'true' : undefined}>
                <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 8 }}>
                  {mine && (
                    <Text variant="small" styles={{ root: { fontWeight: 600 } }}>
                      <FontIcon iconName="Contact" aria-hidden={true} style={{ marginRight: 4 }} />
                      {strings.FuMyProject}
                    </Text>
                  )}
                  <ProjectButton project={withId} actions={props.actions} />
                  <Text variant="small">{due.lastReport ? format(strings.FuLastReport, formatDate(due.lastReport, strings.Locale) ?? due.lastReport) : strings.FuNeverReported}</Text>
                  <FileButton project={withId} draft={props.drafts.get(withId.id)} actions={props.actions} />
                </Stack>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function LatestSection(props: { projects: (Project & { id: number })[]; overview: FollowUpOverview; actions: RowActions }): JSX.Element {
  const strings = useStrings();
  const [all, setAll] = React.useState(false);
  const LIMIT = 50;
  const shown = all ? props.projects : props.projects.slice(0, LIMIT);
  return (
    <section aria-labelledby="salkku-fu-latest">
      <Text as="h3" variant="large" block={true} id="salkku-fu-latest">
        {strings.FuLatestTitle}
      </Text>
      <div className={sectionClasses.scroll}>
        <table className={sectionClasses.table} data-salkku-latest="true">
          <thead>
            <tr>
              <th scope="col">{strings.ColTitle}</th>
              <th scope="col">{strings.FuReportDate}</th>
              <th scope="col">{strings.FuOverallRag}</th>
              <th scope="col">{strings.FieldProgress}</th>
              <th scope="col">
                <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{strings.FuActions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((project) => {
              const latest = props.overview.latest.get(project.id);
              return (
                <tr key={project.id} data-salkku-latest-row={project.id} data-salkku-rag={latest?.rag ?? project.rag ?? ''}>
                  <td>
                    <ProjectButton project={project} actions={props.actions} />
                  </td>
                  <td>{latest ? formatDate(latest.date, strings.Locale) : strings.FuNeverReported}</td>
                  <td>{(latest?.rag ?? project.rag) === null ? strings.EmptyValue : <RagBadge value={latest?.rag ?? project.rag} label={ragLabel(strings, latest?.rag ?? project.rag)} />}</td>
                  <td>{(latest?.progress ?? project.progress) === null ? strings.EmptyValue : `${latest?.progress ?? project.progress ?? 0} %`}</td>
                  <td>
                    <FileButton project={project} draft={props.overview.drafts.get(project.id)} actions={props.actions} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {!all && props.projects.length > LIMIT && <DefaultButton text={format(strings.FuShowAll, props.projects.length)} onClick={() => setAll(true)} />}
    </section>
  );
}
