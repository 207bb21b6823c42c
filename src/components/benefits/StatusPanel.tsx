/**
 * A benefit's status for those who may edit the benefits list: planned, being realised, realised
 * or not realised (with its reason, required then), saved with the benefit's ETag so that
 * someone's newer save is never overwritten (said as a conflict).
 */
import type { IChoiceGroupOption } from '@fluentui/react';
import { ChoiceGroup, MessageBar, MessageBarType, Stack, TextField } from '@fluentui/react';
import * as React from 'react';
import type { Benefit } from '../../domain/benefits/model';
import type { BenefitStatusKey } from '../../domain/benefits/vocabulary';
import { BENEFIT_STATUS, benefitStatusKey } from '../../domain/benefits/vocabulary';
import { errorMessage } from '../common/errorText';
import { format } from '../common/format';
import { FormPanel } from '../common/FormPanel';
import { useStrings } from '../common/SalkkuContext';
import { benefitStatusLabels } from './benefitTexts';
import { asRepositoryError } from '../../data/contract/errors';

const CHOICES: readonly BenefitStatusKey[] = ['planned', 'realising', 'realised', 'notRealised'];

export interface StatusPanelProps {
  benefit: Benefit;
  onSave: (benefit: Benefit) => Promise<void>;
  onDismiss: () => void;
}

export function StatusPanel(props: StatusPanelProps): JSX.Element {
  const strings = useStrings();
  const { benefit } = props;
  const labels = benefitStatusLabels(strings);
  const [status, setStatus] = React.useState<BenefitStatusKey | undefined>(benefitStatusKey(benefit.status));
  const [reason, setReason] = React.useState(benefit.statusReason ?? '');
  const [tried, setTried] = React.useState(false);
  const [saving, setSaving] = React.useState<{ busy: boolean; error?: string }>({ busy: false });
  const reasonMissing = status === 'notRealised' && reason.trim() === '';
  const save = (): void => {
    setTried(true);
    if (status === undefined || reasonMissing) {
      return;
    }
    setSaving({ busy: true });
    props.onSave({ ...benefit, status: BENEFIT_STATUS[status], statusReason: reason.trim() || null }).catch((error: unknown) => {
      const failure = asRepositoryError(error);
      setSaving({ busy: false, error: failure.kind === 'conflict' ? strings.BnConflict : errorMessage(strings, failure, false, true) });
    });
  };
  const options: IChoiceGroupOption[] = CHOICES.map((key) => ({ key, text: labels[key] }));
  return (
    <FormPanel
      headerText={format(strings.BnStatusPanelTitle, benefit.title)}
      onDismiss={props.onDismiss}
      primary={{ text: strings.BnSave, onClick: save, disabled: saving.busy || status === undefined, marker: 'data-salkku-status-save' }}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        {saving.error !== undefined && (
          <MessageBar messageBarType={MessageBarType.error} role="alert" data-salkku-status-error="true">
            {saving.error}
          </MessageBar>
        )}
        <ChoiceGroup label={strings.BnColStatus} options={options} selectedKey={status ?? null} onChange={(_e, o) => o && setStatus(o.key as BenefitStatusKey)} required={true} />
        <TextField
          label={strings.BnReasonLabel}
          multiline={true}
          rows={3}
          required={status === 'notRealised'}
          value={reason}
          onChange={(_e, v) => setReason(v ?? '')}
          errorMessage={tried && reasonMissing ? strings.BnReasonRequired : undefined}
          data-salkku-status-reason="true"
        />
      </Stack>
    </FormPanel>
  );
}
