/**
 * Recording one measurement of a benefit: the day (today unless changed), the value (a decimal
 * comma or point) and a note. Nothing is sent until the value is a number and the day a real day
 * not in the future; the signed-in person is saved as who measured.
 */
import { MessageBar, MessageBarType, Stack, Text, TextField } from '@fluentui/react';
import * as React from 'react';
import type { Day } from '../../domain/followup/model';
import type { Benefit, Measurement } from '../../domain/benefits/model';
import { errorMessage } from '../common/errorText';
import { format } from '../common/format';
import { FormPanel } from '../common/FormPanel';
import { useStrings } from '../common/SalkkuContext';
import { isMeasurementDay, parseMeasurementValue, valueText } from './benefitTexts';
import { asRepositoryError } from '../../data/contract/errors';

export interface MeasurementPanelProps {
  benefit: Benefit & { id: number };
  today: Day;
  onSave: (measurement: Measurement) => Promise<void>;
  onDismiss: () => void;
}

export function MeasurementPanel(props: MeasurementPanelProps): JSX.Element {
  const strings = useStrings();
  const { benefit } = props;
  const [date, setDate] = React.useState<string>(props.today);
  const [value, setValue] = React.useState('');
  const [note, setNote] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const [saving, setSaving] = React.useState<{ busy: boolean; error?: string }>({ busy: false });
  const parsed = parseMeasurementValue(value);
  const dayOk = isMeasurementDay(date, props.today);
  const save = (): void => {
    setTried(true);
    if (parsed === null || !dayOk) {
      return;
    }
    setSaving({ busy: true });
    const measurement: Measurement = { id: null, etag: null, benefitId: benefit.id, date, value: parsed, note: note.trim() || null, measuredBy: null };
    props.onSave(measurement).catch((error: unknown) => setSaving({ busy: false, error: errorMessage(strings, asRepositoryError(error), false, true) }));
  };
  return (
    <FormPanel
      headerText={format(strings.BnPanelTitle, benefit.title)}
      onDismiss={props.onDismiss}
      primary={{ text: strings.BnSave, onClick: save, disabled: saving.busy, marker: 'data-salkku-measurement-save' }}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        {benefit.indicator !== null && <Text block={true}>{format(strings.BnIndicatorIs, benefit.indicator)}</Text>}
        <Text block={true} variant="small">
          {`${format(strings.BnChartBaseline, valueText(strings, benefit.baseline, benefit.unit))} · ${format(strings.BnChartTarget, valueText(strings, benefit.target, benefit.unit))}`}
        </Text>
        {saving.error !== undefined && (
          <MessageBar messageBarType={MessageBarType.error} role="alert">
            {saving.error}
          </MessageBar>
        )}
        <TextField
          label={strings.BnDateLabel}
          type="date"
          required={true}
          value={date}
          max={props.today}
          onChange={(_e, v) => setDate(v ?? '')}
          errorMessage={tried && !dayOk ? strings.BnDateInvalid : undefined}
          data-salkku-measurement-date="true"
        />
        <TextField
          label={benefit.unit ? format(strings.BnValueLabel, benefit.unit) : strings.BnValueLabelNoUnit}
          required={true}
          inputMode="decimal"
          value={value}
          onChange={(_e, v) => setValue(v ?? '')}
          errorMessage={tried && parsed === null ? strings.BnValueInvalid : undefined}
          data-salkku-measurement-value="true"
        />
        <TextField label={strings.BnNoteLabel} multiline={true} rows={3} value={note} onChange={(_e, v) => setNote(v ?? '')} data-salkku-measurement-note="true" />
      </Stack>
    </FormPanel>
  );
}
