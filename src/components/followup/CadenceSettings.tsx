/**
 * The portfolio site's reporting cadence, set by a site owner: every N weeks, or before each
 * meeting of a body on the annual clock (the steering group). Stored in the Settings list.
 */
import type { IChoiceGroupOption, IDropdownOption } from '@fluentui/react';
import { ChoiceGroup, DefaultButton, Dialog, DialogFooter, DialogType, Dropdown, MessageBar, MessageBarType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import * as React from 'react';
import type { FollowUpRepository } from '../../data/contract/followUp.types';
import { isRepositoryError } from '../../data/contract/errors';
import type { Cadence, Meeting } from '../../domain/followup/model';
import { DEFAULT_REPORT_WEEKS } from '../../domain/followup/model';
import { DEFAULT_MEETING_BODIES } from '../../domain/followup/vocabulary';
import { format } from '../common/format';
import { useStrings } from '../common/SalkkuContext';

export interface CadenceSettingsProps {
  cadence: Cadence;
  meetings: readonly Meeting[];
  followUp: Pick<FollowUpRepository, 'saveCadence'>;
  onSaved: () => void;
}

export function cadenceText(strings: ISalkkuStrings, cadence: Cadence): string {
  return cadence.kind === 'weeks' ? format(strings.FuCadenceWeeks, cadence.weeks) : format(strings.FuCadenceMeetings, cadence.body ?? strings.FuAnyBody);
}

export function CadenceSettings(props: CadenceSettingsProps): JSX.Element {
  const strings = useStrings();
  const [open, setOpen] = React.useState(false);
  const [cadence, setCadence] = React.useState<Cadence>(props.cadence);
  const [weeksText, setWeeksText] = React.useState(String(props.cadence.kind === 'weeks' ? props.cadence.weeks : DEFAULT_REPORT_WEEKS));
  const [state, setState] = React.useState<{ saving: boolean; error?: string }>({ saving: false });
  const bodies = [...new Set([...DEFAULT_MEETING_BODIES, ...props.meetings.map((m) => m.body).filter((b): b is string => b !== null && b.trim() !== '')])];
  const kinds: IChoiceGroupOption[] = [
    { key: 'weeks', text: strings.FuCadenceKindWeeks },
    { key: 'meetings', text: strings.FuCadenceKindMeetings }
  ];
  const bodyOptions: IDropdownOption[] = [{ key: '', text: strings.FuAnyBody }, ...bodies.map((b) => ({ key: b, text: b }))];
  const weeks = Number(weeksText);
  const weeksInvalid = cadence.kind === 'weeks' && (!Number.isInteger(weeks) || weeks < 1 || weeks > 52);
  const save = (): void => {
    if (weeksInvalid) {
      return;
    }
    const next: Cadence = cadence.kind === 'weeks' ? { kind: 'weeks', weeks } : cadence;
    setState({ saving: true });
    props.followUp.saveCadence(next).then(
      () => {
        setState({ saving: false });
        setOpen(false);
        props.onSaved();
      },
      (error: unknown) => setState({ saving: false, error: isRepositoryError(error) ? error.serverMessage ?? error.message : String(error) })
    );
  };
  return (
    <>
      <DefaultButton iconProps={{ iconName: 'Settings' }} text={cadenceText(strings, props.cadence)} title={strings.FuCadenceTitle} onClick={() => setOpen(true)} data-salkku-cadence="true" />
      <Dialog hidden={!open} onDismiss={() => setOpen(false)} dialogContentProps={{ type: DialogType.normal, title: strings.FuCadenceTitle, subText: strings.FuCadenceHelp }} minWidth={360}>
        <Stack tokens={{ childrenGap: 12 }}>
          {state.error !== undefined && (
            <MessageBar messageBarType={MessageBarType.error} role="alert">
              {state.error}
            </MessageBar>
          )}
          <ChoiceGroup
            label={strings.FuCadenceTitle}
            options={kinds}
            selectedKey={cadence.kind}
            onChange={(_e, o) => o && setCadence(o.key === 'weeks' ? { kind: 'weeks', weeks: Number.isInteger(weeks) ? weeks : DEFAULT_REPORT_WEEKS } : { kind: 'meetings', body: bodies[0] ?? null })}
          />
          {cadence.kind === 'weeks' ? (
            <TextField label={strings.FuCadenceWeeksLabel} type="number" min={1} max={52} value={weeksText} onChange={(_e, v) => setWeeksText(v ?? '')} errorMessage={weeksInvalid ? strings.FuCadenceWeeksInvalid : undefined} styles={{ root: { maxWidth: 140 } }} />
          ) : (
            <Dropdown label={strings.FuCadenceBody} options={bodyOptions} selectedKey={cadence.body ?? ''} onChange={(_e, o) => o && setCadence({ kind: 'meetings', body: o.key === '' ? null : String(o.key) })} />
          )}
        </Stack>
        <DialogFooter>
          <PrimaryButton text={strings.Save} disabled={state.saving} onClick={save} />
          <DefaultButton text={strings.Cancel} onClick={() => setOpen(false)} />
        </DialogFooter>
      </Dialog>
    </>
  );
}
