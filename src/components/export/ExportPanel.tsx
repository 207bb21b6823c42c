/**
 * Export for everyone who can read the portfolio: the plan document (Word) in the chosen
 * template and language with an editable introduction, or the workbook (Excel), from the chosen
 * period and the current filters. The file is produced in the browser; the libraries that write
 * it are loaded only when asked for.
 */
import type { IChoiceGroupOption } from '@fluentui/react';
import type { WorkbookActuals } from '../../export/xlsxExport';
import { ChoiceGroup, DefaultButton, Dropdown, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Spinner, Stack, Text, TextField } from '@fluentui/react';
import * as React from 'react';
import { EXCEL_ICON, WORD_ICON } from '../common/icons';
import type { DocumentLanguage } from '../../domain/export/documentLabels';
import { label } from '../../domain/export/documentLabels';
import type { DocumentTemplate } from '../../domain/export/planDocument';
import { buildPlanDocument } from '../../domain/export/planDocument';
import type { Plan, Project, StrategicGoal } from '../../domain/model';
import type { Proposal } from '../../domain/proposals/model';
import type { Benefit, Measurement } from '../../domain/benefits/model';
import type { PortfolioData } from '../../data/contract/repository.types';
import { useStrings } from '../common/SalkkuContext';
import { download, fileName, uiLanguage } from '../common/download';
import { format } from '../common/format';

export interface ExportPanelProps {
  isOpen: boolean;
  onDismiss: () => void;
  projects: readonly Project[];
  /** Every column of every project: the views hold summaries, a document needs the texts. */
  loadFull: () => Promise<PortfolioData>;
  plan: Plan | undefined;
  plans: readonly Plan[];
  goals: readonly StrategicGoal[];
  /** Actual costs for the workbook, when the follow-up has been read. */
  actuals?: WorkbookActuals;
  /** The site's proposals, whose decisions the plan document lists after the projects. */
  loadProposals?: () => Promise<readonly Proposal[]>;
  /** The site's benefits: the plan document lists each project's planned benefits, the workbook has a sheet of them. */
  loadBenefits?: () => Promise<ExportBenefits>;
}

export interface ExportBenefits {
  benefits: readonly Benefit[];
  measurements: readonly Measurement[];
}

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; file: string; note?: string } | { kind: 'failed'; message: string };

export function ExportPanel(props: ExportPanelProps): JSX.Element {
  const strings = useStrings();
  const [template, setTemplate] = React.useState<DocumentTemplate>('full');
  const [language, setLanguage] = React.useState<DocumentLanguage>(uiLanguage(strings.Locale));
  const [intro, setIntro] = React.useState<string | undefined>(undefined);
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const title = props.plan?.title ?? strings.FilterAllPlans;

  /** The projects shown, each with every column. */
  const complete = async (): Promise<readonly Project[]> => {
    const full = await props.loadFull();
    const byId = new Map(full.projects.map((p) => [p.id, p]));
    return props.projects.map((p) => byId.get(p.id) ?? p);
  };

  /**
   * What a document adds from other lists (the proposals' decisions, the benefits): a site without
   * them gives nothing, a failure (or a reader they are hidden from) leaves them out with a note.
   */
  const optional = async <T,>(load: (() => Promise<T>) | undefined, unavailable: string): Promise<{ data?: T; note?: string }> => {
    if (!load) {
      return {};
    }
    try {
      return { data: await load() };
    } catch (error: unknown) {
      return { note: format(unavailable, error instanceof Error ? error.message : String(error)) };
    }
  };
  const proposals = (): Promise<{ data?: readonly Proposal[]; note?: string }> => optional(props.loadProposals, strings.ExportDecisionsUnavailable);
  const benefits = (): Promise<{ data?: ExportBenefits; note?: string }> => optional(props.loadBenefits, strings.ExportBenefitsUnavailable);

  const notes = (...texts: (string | undefined)[]): string | undefined => {
    const given = texts.filter((t): t is string => t !== undefined);
    return given.length === 0 ? undefined : given.join(' ');
  };

  const run = (produce: () => Promise<{ blob: Blob; name: string; note?: string }>): void => {
    setStatus({ kind: 'working' });
    produce().then(
      ({ blob, name, note }) => {
        download(blob, name);
        setStatus({ kind: 'done', file: name, note });
      },
      (error: unknown) => setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    );
  };

  const word = (): void =>
    run(async () => {
      const [{ Packer }, { planDocx }] = await Promise.all([
        import(/* webpackChunkName: 'salkku-docx' */ 'docx'),
        import(/* webpackChunkName: 'salkku-docx' */ '../../export/docxExport')
      ]);
      const [projects, decided, planned] = await Promise.all([complete(), proposals(), benefits()]);
      const document = buildPlanDocument(projects, props.plan, props.goals, {
        language,
        template,
        intro: intro ?? label('introText', language),
        date: new Date().toISOString().slice(0, 10),
        proposals: decided.data,
        benefits: planned.data?.benefits
      });
      return { blob: await Packer.toBlob(planDocx(document)), name: fileName(title, 'docx'), note: notes(decided.note, planned.note) };
    });

  const excel = (): void =>
    run(async () => {
      const { portfolioWorkbook } = await import(/* webpackChunkName: 'salkku-xlsx' */ '../../export/xlsxExport');
      const [projects, planned] = await Promise.all([complete(), benefits()]);
      const sheet = planned.data ? { ...planned.data, today: new Date().toISOString().slice(0, 10) } : undefined;
      const buffer = await portfolioWorkbook(projects, props.plans, props.goals, props.plan?.id ?? null, language, props.actuals, sheet).xlsx.writeBuffer();
      return { blob: new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), name: fileName(title, 'xlsx'), note: planned.note };
    });

  const templates: IChoiceGroupOption[] = [
    { key: 'full', text: strings.ExportTemplateFull },
    { key: 'short', text: strings.ExportTemplateShort }
  ];
  return (
    <Panel isOpen={props.isOpen} onDismiss={props.onDismiss} type={PanelType.medium} headerText={strings.ExportTitle} closeButtonAriaLabel={strings.Close}>
      <Stack tokens={{ childrenGap: 12 }} data-salkku-export="true">
        <Text block={true}>{format(strings.ExportIntro, props.projects.length)}</Text>
        <ChoiceGroup label={strings.ExportTemplate} options={templates} selectedKey={template} onChange={(_e, o) => o && setTemplate(o.key as DocumentTemplate)} />
        <Dropdown
          label={strings.ExportLanguage}
          options={[
            { key: 'fi', text: 'Suomi' },
            { key: 'sv', text: 'Svenska' },
            { key: 'en', text: 'English' }
          ]}
          selectedKey={language}
          onChange={(_e, o) => o && setLanguage(o.key as DocumentLanguage)}
        />
        <TextField label={strings.ExportIntroduction} multiline={true} rows={5} value={intro ?? label('introText', language)} onChange={(_e, v) => setIntro(v ?? '')} />
        <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }}>
          <PrimaryButton iconProps={{ iconName: WORD_ICON }} text={strings.ExportWord} onClick={word} disabled={status.kind === 'working'} data-salkku-export-docx="true" />
          <DefaultButton iconProps={{ iconName: EXCEL_ICON }} text={strings.ExportExcel} onClick={excel} disabled={status.kind === 'working'} data-salkku-export-xlsx="true" />
        </Stack>
        {status.kind === 'working' && <Spinner label={strings.ExportWorking} ariaLive="polite" />}
        {status.kind === 'done' && (
          <MessageBar messageBarType={MessageBarType.success} role="status">
            {format(strings.ExportDone, status.file)}
          </MessageBar>
        )}
        {status.kind === 'done' && status.note !== undefined && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
            {status.note}
          </MessageBar>
        )}
        {status.kind === 'failed' && (
          <MessageBar messageBarType={MessageBarType.error} role="alert">
            {format(strings.ExportFailed, status.message)}
          </MessageBar>
        )}
      </Stack>
    </Panel>
  );
}
