/**
 * "Investment plan (Excel)": the approved projects and proposals of the newest plan with their
 * investment and recurring costs by year, for the budget work. Built in the browser when asked
 * for (the Excel library is loaded then) and downloaded like the export panel's files.
 */
import { DefaultButton, MessageBar, MessageBarType, Stack } from '@fluentui/react';
import * as React from 'react';
import type { PortfolioData } from '../../data/contract/repository.types';
import type { Plan } from '../../domain/model';
import { latestPlanId } from '../../domain/plans';
import type { InvestmentPlanLabels } from '../../export/investmentPlanXlsx';
import { investmentPlan, investmentSources } from '../../domain/proposals/investmentPlan';
import type { Proposal } from '../../domain/proposals/model';
import { download, fileName } from '../common/download';
import { format } from '../common/format';
import { EXCEL_ICON } from '../common/icons';
import { useStrings } from '../common/SalkkuContext';
import { planOptionLabel } from '../filters/planOptions';

export interface InvestmentPlanButtonProps {
  data: Pick<PortfolioData, 'projects' | 'plans'>;
  proposals: readonly Proposal[];
}

/** Years in the table: the plan's period, and on to the year after the last end (ten at most). */
export function investmentYears(plan: Pick<Plan, 'periodStart' | 'periodEnd'> | undefined, ends: readonly (string | null)[], thisYear: number): { from: number; to: number } {
  const from = plan?.periodStart ? Number(plan.periodStart.slice(0, 4)) : thisYear;
  const lastEnd = Math.max(...ends.map((e) => (e ? Number(e.slice(0, 4)) + 1 : 0)), 0);
  const to = Math.max(plan?.periodEnd ? Number(plan.periodEnd.slice(0, 4)) : from, lastEnd);
  return { from, to: Math.min(to, from + 9) };
}

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; file: string } | { kind: 'failed'; message: string };

export function InvestmentPlanButton(props: InvestmentPlanButtonProps): JSX.Element | null {
  const strings = useStrings();
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const planId = latestPlanId(props.data.plans.flatMap((p) => (p.id === null ? [] : [p.id])), props.data.plans);
  const plan = props.data.plans.find((p) => p.id === planId);
  if (!plan || planId === null) {
    return null;
  }
  const title = format(strings.PrIpTitle, planOptionLabel(strings, plan));

  const produce = async (): Promise<string> => {
    // the plan's domain is in the main bundle anyway (the what-if's effect on the years uses it)
    const { investmentPlanWorkbook } = await import(/* webpackChunkName: 'salkku-xlsx' */ '../../export/investmentPlanXlsx');
    const sources = investmentSources(props.proposals, props.data.projects, planId);
    const range = investmentYears(plan, sources.map((s) => s.end), new Date().getFullYear());
    const labels: InvestmentPlanLabels = {
      sheet: strings.PrIpSheet,
      title,
      number: strings.PrIpNumber,
      name: strings.PrIpName,
      serviceArea: strings.PrIpArea,
      kind: strings.PrIpKind,
      kindProject: strings.PrIpKindProject,
      kindProposal: strings.PrIpKindProposal,
      investment: strings.PrIpInvestment,
      investmentYear: (year) => format(strings.PrIpInvestmentYear, year),
      recurringYear: (year) => format(strings.PrIpRecurringYear, year),
      notes: strings.PrIpNotes,
      total: strings.PrIpTotal,
      note: {
        noSchedule: strings.PrIpNoteNoSchedule,
        noStart: strings.PrIpNoteNoStart,
        noEnd: strings.PrIpNoteNoEnd,
        endBeforeStart: strings.PrIpNoteEndBeforeStart,
        noInvestment: strings.PrIpNoteNoInvestment,
        noRecurring: strings.PrIpNoteNoRecurring,
        outsideRange: strings.PrIpNoteOutsideRange
      },
      conventions: [strings.PrIpConventionBasis, strings.PrIpConventionSpread, strings.PrIpConventionEmpty]
    };
    const buffer = await investmentPlanWorkbook(investmentPlan(sources, range), labels).xlsx.writeBuffer();
    const name = fileName(title, 'xlsx');
    download(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), name);
    return name;
  };

  const onClick = (): void => {
    setStatus({ kind: 'working' });
    produce().then(
      (file) => setStatus({ kind: 'done', file }),
      (error: unknown) => setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    );
  };

  return (
    <Stack tokens={{ childrenGap: 8 }} horizontalAlign="start">
      <DefaultButton
        iconProps={{ iconName: EXCEL_ICON }}
        text={strings.PrInvestmentPlanButton}
        ariaDescription={format(strings.PrInvestmentPlanDescription, planOptionLabel(strings, plan))}
        onClick={onClick}
        disabled={status.kind === 'working'}
        data-salkku-investment-plan="true"
      />
      {status.kind === 'done' && (
        <MessageBar messageBarType={MessageBarType.success} role="status" onDismiss={() => setStatus({ kind: 'idle' })} dismissButtonAriaLabel={strings.Close}>
          {format(strings.PrInvestmentPlanDone, status.file)}
        </MessageBar>
      )}
      {status.kind === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} role="alert" onDismiss={() => setStatus({ kind: 'idle' })} dismissButtonAriaLabel={strings.Close}>
          {format(strings.PrInvestmentPlanFailed, status.message)}
        </MessageBar>
      )}
    </Stack>
  );
}
