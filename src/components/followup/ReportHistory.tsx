/**
 * One project's report history: progress over time with each report's RAG as a marker (shape
 * and colour), and the same as a table, which is what screen readers and keyboard users get.
 * Read when the panel opens (every published report of the project, oldest first).
 */
import { MessageBar, MessageBarType, mergeStyleSets, Panel, PanelType, Spinner, SpinnerSize, Stack, Text, useTheme } from '@fluentui/react';
import * as React from 'react';
import type { FollowUpRepository } from '../../data/contract/followUp.types';
import { isRepositoryError } from '../../data/contract/errors';
import type { StatusReport } from '../../domain/followup/model';
import { keyOf, RAG } from '../../domain/vocabulary';
import { RagBadge } from '../common/Badges';
import { format } from '../common/format';
import { formatDate } from '../common/formatting';
import { ragLabel } from '../common/labels';
import { useStrings } from '../common/SalkkuContext';

export interface ReportHistoryProps {
  project: { id: number; title: string };
  followUp: FollowUpRepository;
  onDismiss: () => void;
}

const classes = mergeStyleSets({
  table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '4px 6px', borderBottom: '1px solid rgba(128,128,128,.35)' } } },
  chart: { width: '100%', height: 'auto', maxHeight: 160 },
  caption: { textAlign: 'left', captionSide: 'top', paddingBottom: 4 }
});

const WIDTH = 600;
const HEIGHT = 120;
const PAD = 16;

function Marker(props: { x: number; y: number; rag: string | null; colour: string }): JSX.Element {
  const key = keyOf(RAG, props.rag);
  const { x, y, colour } = props;
  if (key === 'red') {
    return <rect x={x - 5} y={y - 5} width={10} height={10} fill={colour} />;
  }
  if (key === 'amber') {
    return <polygon points={`${x},${y - 6} ${x + 6},${y + 5} ${x - 6},${y + 5}`} fill={colour} />;
  }
  return <circle cx={x} cy={y} r={5} fill={key === 'green' ? colour : 'none'} stroke={colour} strokeWidth={2} />;
}

/** Progress over time with RAG markers: decoration for sighted users, the table says the same. */
function ProgressChart(props: { reports: StatusReport[] }): JSX.Element | null {
  const theme = useTheme();
  const { reports } = props;
  if (reports.length < 2) {
    return null;
  }
  const times = reports.map((r) => Date.parse(r.date));
  const first = Math.min(...times);
  const span = Math.max(1, Math.max(...times) - first);
  const x = (t: number): number => PAD + ((t - first) / span) * (WIDTH - 2 * PAD);
  const y = (p: number | null): number => HEIGHT - PAD - ((p ?? 0) / 100) * (HEIGHT - 2 * PAD);
  const colours: Record<string, string> = theme.isInverted ? { green: '#6ccb5f', amber: '#fce100', red: '#ff99a4' } : { green: '#107c10', amber: '#8a6100', red: '#a4262c' };
  const line = reports.map((r, i) => `${x(times[i] ?? first)},${y(r.progress)}`).join(' ');
  return (
    <svg className={classes.chart} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden={true} focusable={false} data-salkku-history-chart="true">
      <line x1={PAD} x2={WIDTH - PAD} y1={y(100)} y2={y(100)} stroke={theme.semanticColors.bodyDivider} strokeDasharray="4 4" />
      <line x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} stroke={theme.semanticColors.bodyDivider} />
      <polyline points={line} fill="none" stroke={theme.semanticColors.bodySubtext} strokeWidth={1.5} />
      {reports.map((r, i) => (
        <Marker key={r.id ?? i} x={x(times[i] ?? first)} y={y(r.progress)} rag={r.rag} colour={colours[keyOf(RAG, r.rag) ?? ''] ?? theme.semanticColors.bodyText} />
      ))}
    </svg>
  );
}

export function ReportHistory(props: ReportHistoryProps): JSX.Element {
  const strings = useStrings();
  const [state, setState] = React.useState<{ reports: StatusReport[] } | { error: string } | undefined>(undefined);
  const { followUp, project } = props;
  React.useEffect(() => {
    let current = true;
    followUp.reportHistory(project.id).then(
      (reports) => current && setState({ reports }),
      (error: unknown) => current && setState({ error: isRepositoryError(error) ? error.serverMessage ?? error.message : String(error) })
    );
    return () => {
      current = false;
    };
  }, [followUp, project.id]);
  const day = (d: string): string => formatDate(d, strings.Locale) ?? d;
  return (
    <Panel isOpen={true} type={PanelType.medium} headerText={format(strings.FuHistoryFor, project.title)} closeButtonAriaLabel={strings.Close} onDismiss={props.onDismiss} data-salkku-history={project.id}>
      {state === undefined && <Spinner size={SpinnerSize.medium} label={strings.FuLoading} />}
      {state && 'error' in state && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true} role="alert">
          {format(strings.FuLoadFailed, state.error)}
        </MessageBar>
      )}
      {state && 'reports' in state && (
        <Stack tokens={{ childrenGap: 12 }}>
          {state.reports.length === 0 ? (
            <Text block={true}>{strings.FuNoReports}</Text>
          ) : (
            <>
              <ProgressChart reports={state.reports} />
              <table className={classes.table} data-salkku-history-table="true">
                <caption className={classes.caption}>
                  <Text variant="small">{format(strings.FuHistoryCaption, state.reports.length)}</Text>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{strings.FuReportDate}</th>
                    <th scope="col">{strings.FuOverallRag}</th>
                    <th scope="col">{strings.FieldProgress}</th>
                    <th scope="col">{strings.FuReportTitle}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...state.reports].reverse().map((r, i) => (
                    <tr key={r.id ?? i} data-salkku-history-row={r.rag ?? ''}>
                      <td>{day(r.date)}</td>
                      <td>{r.rag === null ? strings.EmptyValue : <RagBadge value={r.rag} label={ragLabel(strings, r.rag)} />}</td>
                      <td>{r.progress === null ? strings.EmptyValue : `${r.progress} %`}</td>
                      <td>
                        {r.title}
                        {r.editedAfterPublishing && (
                          <Text block={true} variant="small">
                            {strings.FuEditedAfterPublishing}
                          </Text>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </Stack>
      )}
    </Panel>
  );
}
