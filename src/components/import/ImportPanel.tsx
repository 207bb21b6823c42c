/**
 * "Import plan" for site owners: pick a .docx/.txt/.md file, read it in the browser with the
 * domain parser, see the projects, their warnings, what would change (a dry run) and every link to
 * an earlier plan's project, un-link any of them (a new dry run shows the changed plan), confirm,
 * watch progress, read the summary. The write path is the same idempotent import the command line uses.
 */
import { Checkbox, DefaultButton, MessageBar, MessageBarType, mergeStyleSets, Panel, PanelType, PrimaryButton, ProgressIndicator, Spinner, Stack, Text, useTheme } from '@fluentui/react';
import * as React from 'react';
import type { DraftOutcome, DraftPreview } from '../../data/contract/importBenefits';
import { addImportDrafts, previewDrafts } from '../../data/contract/importBenefits';
import type { ImportReport } from '../../data/contract/importPlan';
import { importPlan } from '../../data/contract/importPlan';
import type { PortfolioRepository } from '../../data/contract/repository.types';
import type { ImportedPlan } from '../../domain/import/importModel';
import { parsePlanText } from '../../domain/import/parsePlanDocument';
import { useStrings } from '../common/SalkkuContext';
import { ImportLinks } from './ImportLinks';
import { warningText } from '../common/AttentionList';
import { format } from '../common/format';

export interface ImportPanelProps {
  isOpen: boolean;
  repository: PortfolioRepository;
  onDismiss: () => void;
  /** After a completed import: reload the portfolio. */
  onImported: () => void;
}

/** The draft benefits an import proposes, or why none are (the import itself goes ahead). */
type Drafts = { kind: 'preview'; preview: DraftPreview } | { kind: 'unavailable'; message: string };

/** After the import: the drafts added, or why none were. */
type DraftsDone = { kind: 'added'; outcome: DraftOutcome } | { kind: 'failed'; message: string } | { kind: 'none' };

type Step =
  | { kind: 'choose' }
  | { kind: 'reading' }
  | { kind: 'preview'; fileName: string; plan: ImportedPlan; preview: ImportReport; drafts: Drafts; unlinked: ReadonlySet<number>; leaveOut: ReadonlySet<number>; updating: boolean }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'done'; report: ImportReport; drafts: DraftsDone }
  | { kind: 'failed'; message: string };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The drafts of a dry run; a failure to read the benefit lists only leaves the drafts out. */
async function draftsOf(repository: PortfolioRepository, plan: ImportedPlan, report: ImportReport): Promise<Drafts> {
  try {
    return { kind: 'preview', preview: await previewDrafts(repository.benefits, plan, report) };
  } catch (error: unknown) {
    return { kind: 'unavailable', message: messageOf(error) };
  }
}

function draftCount(drafts: Drafts, index: number): number {
  return drafts.kind === 'preview' ? drafts.preview.proposals.find((p) => p.index === index)?.drafts.length ?? 0 : 0;
}

async function readFile(file: File): Promise<ImportedPlan> {
  if (/\.docx$/i.test(file.name)) {
    const { parsePlanDocx } = await import(/* webpackChunkName: 'salkku-docx-import' */ '../../domain/import/docx');
    return parsePlanDocx(await file.arrayBuffer(), { fileName: file.name });
  }
  return parsePlanText(await file.text(), { fileName: file.name });
}

function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}

export function ImportPanel(props: ImportPanelProps): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const [step, setStep] = React.useState<Step>({ kind: 'choose' });
  // each preview has a number: an answer to an earlier un-link that arrives late is dropped
  const previewRun = React.useRef(0);
  const classes = mergeStyleSets({
    table: { width: '100%', borderCollapse: 'collapse', selectors: { 'th, td': { textAlign: 'left', verticalAlign: 'top', padding: 4, borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` } } }
  });

  const fail = (error: unknown): void => setStep({ kind: 'failed', message: messageOf(error) });

  const onFile = (file: File | undefined): void => {
    if (!file) {
      return;
    }
    if (!/\.(docx|txt|md|markdown)$/i.test(file.name)) {
      setStep({ kind: 'failed', message: strings.ImportUnsupported });
      return;
    }
    setStep({ kind: 'reading' });
    readFile(file)
      .then(async (plan) => {
        const preview = await importPlan(props.repository, plan, { dryRun: true, fallbackTitle: baseName(file.name) });
        const drafts = await draftsOf(props.repository, plan, preview);
        setStep({ kind: 'preview', fileName: file.name, plan, preview, drafts, unlinked: new Set(), leaveOut: new Set(), updating: false });
      })
      .catch(fail);
  };

  const toggleLink = (index: number): void => {
    if (step.kind !== 'preview') {
      return;
    }
    const unlinked = new Set(step.unlinked);
    if (!unlinked.delete(index)) {
      unlinked.add(index);
    }
    const current = { ...step, unlinked, updating: true };
    const ticket = ++previewRun.current;
    setStep(current);
    importPlan(props.repository, step.plan, { dryRun: true, fallbackTitle: baseName(step.fileName), unlinked })
      .then(async (preview) => ({ preview, drafts: await draftsOf(props.repository, step.plan, preview) }))
      .then(({ preview, drafts }) => {
        if (ticket === previewRun.current) {
          setStep({ ...current, preview, drafts, updating: false });
        }
      }, fail);
  };

  const toggleDrafts = (index: number): void => {
    if (step.kind !== 'preview') {
      return;
    }
    const leaveOut = new Set(step.leaveOut);
    if (!leaveOut.delete(index)) {
      leaveOut.add(index);
    }
    setStep({ ...step, leaveOut });
  };

  const run = (current: Extract<Step, { kind: 'preview' }>): void => {
    const { fileName, plan, unlinked, leaveOut } = current;
    const proposeDrafts = current.drafts.kind === 'preview' && !current.drafts.preview.listsMissing && current.drafts.preview.proposals.some((p) => p.drafts.length > 0 && !leaveOut.has(p.index));
    previewRun.current++;
    setStep({ kind: 'importing', done: 0, total: plan.projects.length });
    importPlan(props.repository, plan, { fallbackTitle: baseName(fileName), unlinked, onProgress: (done, total) => setStep({ kind: 'importing', done, total }) })
      .then(async (report) => {
        // the projects are written: a failure with the drafts is reported, not the import's failure
        let drafts: DraftsDone = { kind: 'none' };
        if (proposeDrafts) {
          drafts = await addImportDrafts(props.repository.benefits, plan, report, leaveOut).then(
            (outcome): DraftsDone => ({ kind: 'added', outcome }),
            (error: unknown): DraftsDone => ({ kind: 'failed', message: messageOf(error) })
          );
        }
        setStep({ kind: 'done', report, drafts });
        props.onImported();
      })
      .catch(fail);
  };

  const close = (): void => {
    setStep({ kind: 'choose' });
    props.onDismiss();
  };

  const body = (): JSX.Element => {
    switch (step.kind) {
      case 'choose':
        return (
          <Stack tokens={{ childrenGap: 8 }}>
            <label htmlFor="salkku-import-file">
              <Text variant="mediumPlus">{strings.ImportChooseFile}</Text>
            </label>
            <input id="salkku-import-file" type="file" accept=".docx,.txt,.md,.markdown" onChange={(e) => onFile(e.target.files?.[0])} data-salkku-import-file="true" />
          </Stack>
        );
      case 'reading':
        return <Spinner label={strings.ImportReading} ariaLive="polite" />;
      case 'preview': {
        const { plan, preview } = step;
        const info = plan.plan;
        const notes = plan.warnings.length + plan.projects.reduce((n, p) => n + p.warnings.length, 0);
        const drafts = step.drafts;
        const showDrafts = drafts.kind === 'preview' && !drafts.preview.listsMissing;
        const proposed = drafts.kind === 'preview' ? drafts.preview.proposals.filter((p) => !step.leaveOut.has(p.index)).reduce((n, p) => n + p.drafts.length, 0) : 0;
        return (
          <Stack tokens={{ childrenGap: 12 }} data-salkku-import-preview={plan.projects.length}>
            <Text variant="large">{format(strings.ImportParsed, info.title ?? preview.plan.title, plan.projects.length)}</Text>
            <Text>{[info.organisation, info.periodStart && info.periodEnd ? format(strings.PlanPeriod, info.periodStart, info.periodEnd) : null].filter((v) => v).join(' · ')}</Text>
            <Text role="status" data-salkku-import-plan={`${preview.created}/${preview.updated}/${preview.carriedOver}/${preview.unchanged}`}>
              {step.updating ? strings.ImportPreviewUpdating : format(strings.ImportPreview, preview.created, preview.updated, preview.carriedOver, preview.unchanged)}
            </Text>
            <PrimaryButton text={format(strings.ImportConfirm, plan.projects.length)} disabled={step.updating} onClick={() => run(step)} data-salkku-import-confirm="true" />
            {notes > 0 && (
              <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
                {format(strings.ImportWarningsTitle, notes)}
                {plan.warnings.length > 0 && <span>{`: ${plan.warnings.map((w) => warningText(strings, w)).join('; ')}`}</span>}
              </MessageBar>
            )}
            {drafts.kind === 'unavailable' && (
              <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
                {format(strings.ImportDraftsUnavailable, drafts.message)}
              </MessageBar>
            )}
            {drafts.kind === 'preview' && drafts.preview.listsMissing && (
              <MessageBar messageBarType={MessageBarType.info} isMultiline={true} data-salkku-import-drafts-missing="true">
                {strings.ImportDraftsMissing}
              </MessageBar>
            )}
            {showDrafts && (
              <Text block={true} data-salkku-import-drafts={proposed}>
                {format(strings.ImportDraftsSummary, proposed)}
              </Text>
            )}
            <ImportLinks report={preview} onToggle={toggleLink} busy={step.updating} />
            <table className={classes.table}>
              <thead>
                <tr>
                  <th scope="col">{strings.ColNumber}</th>
                  <th scope="col">{strings.ColTitle}</th>
                  <th scope="col">{strings.ImportColSection}</th>
                  <th scope="col">{strings.ColSchedule}</th>
                  <th scope="col">{strings.ImportColNotes}</th>
                  {showDrafts && <th scope="col">{strings.ImportColDrafts}</th>}
                </tr>
              </thead>
              <tbody>
                {plan.projects.map((p, i) => (
                  <tr key={`${p.number ?? ''}:${i}`}>
                    <td>{p.number ?? strings.EmptyValue}</td>
                    <td>{p.title}</td>
                    <td>{[p.serviceArea, p.unit].filter((v) => v).join(' / ') || strings.EmptyValue}</td>
                    <td>{p.schedule.text ?? strings.EmptyValue}</td>
                    <td>{p.warnings.map((w) => warningText(strings, w)).join('; ')}</td>
                    {showDrafts && (
                      <td>
                        {draftCount(drafts, i) > 0 ? (
                          <Checkbox
                            label={format(strings.ImportDraftsCount, draftCount(drafts, i))}
                            ariaLabel={`${format(strings.ImportDraftsInclude, p.title)}: ${format(strings.ImportDraftsCount, draftCount(drafts, i))}`}
                            checked={!step.leaveOut.has(i)}
                            disabled={step.updating}
                            onChange={() => toggleDrafts(i)}
                            data-salkku-import-drafts-for={i}
                          />
                        ) : (
                          '0'
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </Stack>
        );
      }
      case 'importing':
        return <ProgressIndicator label={format(strings.ImportRunning, step.done, step.total)} percentComplete={step.total === 0 ? 1 : step.done / step.total} />;
      case 'done':
        return (
          <Stack tokens={{ childrenGap: 12 }}>
            <MessageBar messageBarType={MessageBarType.success} role="status" data-salkku-import-done="true">
              {format(strings.ImportDone, step.report.created, step.report.updated, step.report.carriedOver, step.report.unchanged)}
            </MessageBar>
            {step.drafts.kind === 'added' && (
              <MessageBar messageBarType={MessageBarType.info} isMultiline={true} role="status" data-salkku-import-drafts-added={step.drafts.outcome.added}>
                {step.drafts.outcome.listsMissing ? strings.ImportDraftsMissing : format(strings.ImportDraftsAdded, step.drafts.outcome.added, step.drafts.outcome.projects)}
              </MessageBar>
            )}
            {step.drafts.kind === 'failed' && (
              <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
                {format(strings.ImportDraftsFailed, step.drafts.message)}
              </MessageBar>
            )}
            <ImportLinks report={step.report} />
          </Stack>
        );
      case 'failed':
        return (
          <Stack tokens={{ childrenGap: 8 }}>
            <MessageBar messageBarType={MessageBarType.error} role="alert">
              {format(strings.ImportFailed, step.message)}
            </MessageBar>
            <DefaultButton text={strings.Retry} onClick={() => setStep({ kind: 'choose' })} />
          </Stack>
        );
    }
  };

  return (
    <Panel isOpen={props.isOpen} onDismiss={close} type={PanelType.large} headerText={strings.ImportTitle} closeButtonAriaLabel={strings.Close} isBlocking={step.kind === 'importing'}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text block={true}>{strings.ImportIntro}</Text>
        {body()}
      </Stack>
    </Panel>
  );
}
