/**
 * The owners' setting of who scores and decides besides them: a SharePoint group of the site,
 * named by its title. A name the site has no group of is refused with a clear message.
 */
import { DefaultButton, MessageBar, MessageBarType, TextField } from '@fluentui/react';
import * as React from 'react';
import type { SteeringGroupOutcome } from '../../data/contract/proposals.types';
import { errorMessage } from '../common/errorText';
import { format } from '../common/format';
import { useStrings } from '../common/SalkkuContext';
import { asRepositoryError } from '../../data/contract/errors';

export interface SteeringGroupSettingProps {
  /** The group as now saved; null when none is named. */
  group: string | null;
  /** Saves; rejects with the repository's error. */
  onSave: (title: string | null) => Promise<SteeringGroupOutcome>;
}

export function SteeringGroupSetting(props: SteeringGroupSettingProps): JSX.Element {
  const strings = useStrings();
  const [text, setText] = React.useState(props.group ?? '');
  const [status, setStatus] = React.useState<{ text: string; error: boolean } | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const save = (): void => {
    setStatus(undefined);
    setSaving(true);
    props.onSave(text.trim() === '' ? null : text.trim()).then(
      (outcome) => {
        setSaving(false);
        if (outcome.kind === 'groupMissing') {
          setStatus({ text: format(strings.PrSteeringGroupMissing, outcome.group), error: true });
          return;
        }
        setText(outcome.group ?? '');
        setStatus({ text: outcome.group === null ? strings.PrSteeringGroupCleared : format(strings.PrSteeringGroupSaved, outcome.group), error: false });
      },
      (error: unknown) => {
        setSaving(false);
        setStatus({ text: errorMessage(strings, asRepositoryError(error), true, true), error: true });
      }
    );
  };
  return (
    <div data-salkku-steering-group="true">
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 16 }}>
        <TextField label={strings.PrSteeringGroupLabel} description={strings.PrSteeringGroupHelp} value={text} onChange={(_e, v) => setText(v ?? '')} styles={{ root: { minWidth: 280 } }} />
        <DefaultButton text={strings.PrSteeringGroupSave} disabled={saving || text.trim() === (props.group ?? '')} onClick={save} />
      </div>
      {status && (
        <MessageBar messageBarType={status.error ? MessageBarType.error : MessageBarType.success} isMultiline={true} role={status.error ? 'alert' : 'status'} data-salkku-steering-status={status.error ? 'error' : 'saved'}>
          {status.text}
        </MessageBar>
      )}
    </div>
  );
}
