/**
 * List items whose values could not be understood (unknown choices, impossible dates, a missing
 * title…): shown, never dropped, so someone can correct them in SharePoint.
 */
import { Link, MessageBar, MessageBarType } from '@fluentui/react';
import * as React from 'react';
import type { ItemIssue } from '../../data/contract/repository.types';
import type { DomainWarning } from '../../domain/warnings';
import { useStrings } from './SalkkuContext';
import { format } from './format';

function fieldLabel(strings: ISalkkuStrings, field: string | undefined): string {
  const labels: Record<string, string> = {
    title: strings.ColTitle,
    number: strings.ColNumber,
    unit: strings.FieldUnit,
    serviceArea: strings.FieldServiceArea,
    status: strings.FieldStatus,
    rag: strings.FieldRag,
    likelihood: strings.FieldLikelihood,
    scheduleOwner: strings.FieldScheduleOwner,
    category: strings.FieldCategory,
    assessmentStatus: strings.FieldAssessmentStatus,
    schedule: strings.FieldSchedule,
    progress: strings.FieldProgress,
    'costs.investment': strings.FieldInvestment,
    'costs.recurring': strings.FieldRecurring,
    'impacts.economic': strings.PerspectiveEconomic,
    'impacts.organisation': strings.PerspectiveOrganisation,
    'impacts.security': strings.PerspectiveSecurity,
    'impacts.dataUse': strings.PerspectiveDataUse,
    'impacts.caseManagement': strings.PerspectiveCaseManagement
  };
  return field === undefined ? strings.EmptyValue : labels[field] ?? field;
}

/** "1000000000000 > 10000000" as "1 000 000 000 000 € > 10 000 000 €" in the reader's language. */
function euros(strings: ISalkkuStrings, detail: string): string {
  return detail.replace(/-?\d+(\.\d+)?/g, (n) => `${Number(n).toLocaleString(strings.Locale)} €`);
}

export function warningText(strings: ISalkkuStrings, warning: DomainWarning): string {
  const detail = (warning.detail ?? '').slice(0, 120);
  const field = fieldLabel(strings, warning.field);
  switch (warning.code) {
    case 'missingTitle':
      return strings.WarnMissingTitle;
    case 'unknownChoice':
      return format(strings.WarnUnknownChoice, field, detail);
    case 'scheduleEndBeforeStart':
      return format(strings.WarnEndBeforeStart, detail);
    case 'scheduleImpossibleDate':
      return format(strings.WarnImpossibleDate, detail);
    case 'invalidNumber':
      return format(strings.WarnInvalidNumber, field, detail);
    case 'invalidDate':
      return format(strings.WarnInvalidDate, field, detail);
    case 'costsMinAboveMax':
      return format(strings.WarnMinAboveMax, detail);
    case 'bidiControl':
      return format(strings.WarnBidiControl, field, detail);
    case 'costImplausible':
      return format(strings.WarnCostImplausible, field, euros(strings, detail));
    case 'scheduleNotUnderstood':
      return format(strings.WarnScheduleNotUnderstood, detail);
    case 'schedulePartlyUnderstood':
      return format(strings.WarnSchedulePartly, detail);
    case 'costsNotUnderstood':
      return format(strings.WarnCostsNotUnderstood, detail);
    case 'costsPartlyUnderstood':
      return format(strings.WarnCostsPartly, detail);
    case 'importListNotHeading':
      return format(strings.WarnListNotHeading, detail);
    case 'importNameMatched':
      return format(strings.WarnNameMatched, detail);
    case 'importValueInferred':
      return warning.field === 'plan.title' ? format(strings.WarnPlanTitleInferred, detail) : format(strings.WarnValueInferred, field, detail);
    case 'editedAfterPublishing':
      return format(strings.WarnEditedAfterPublishing, detail);
    case 'importSectionText':
      return format(strings.WarnSectionText, warning.field ?? '', detail);
    case 'actualOverEstimate': {
      const year = /^actuals\.recurring\.(\d{4})$/.exec(warning.field ?? '')?.[1];
      const [actual = '', max = ''] = euros(strings, detail).split(' > ');
      return year === undefined ? format(strings.ActWarnInvestmentOver, actual, max) : format(strings.ActWarnRecurringOver, year, actual, max);
    }
    default:
      return format(strings.WarnGeneric, field, detail);
  }
}

export interface AttentionListProps {
  issues: readonly ItemIssue[];
  onOpen?: (itemId: number) => void;
}

export function AttentionList(props: AttentionListProps): JSX.Element | null {
  const strings = useStrings();
  if (props.issues.length === 0) {
    return null;
  }
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline={true} data-salkku-attention={props.issues.length}>
      <details>
        <summary>{format(strings.AttentionTitle, props.issues.length)}</summary>
        <p>{strings.AttentionIntro}</p>
        <ul>
          {props.issues.map((issue) => {
            const title = issue.title.trim() === '' ? format(strings.AttentionUntitled, issue.itemId ?? '') : issue.title;
            const open = props.onOpen;
            return (
              <li key={`${issue.list}:${issue.itemId ?? title}`}>
                {/* the title is isolated: a direction control in it cannot turn the warnings round */}
                {open && issue.list === 'projects' && issue.itemId !== null ? (
                  <Link onClick={() => open(issue.itemId ?? 0)}>
                    <bdi>{title}</bdi>
                  </Link>
                ) : (
                  <bdi>{title}</bdi>
                )}
                {': '}
                <span data-salkku-attention-warnings={issue.warnings.map((w) => w.code).join(' ')}>{issue.warnings.map((w) => warningText(strings, w)).join('; ')}</span>
              </li>
            );
          })}
        </ul>
      </details>
    </MessageBar>
  );
}
