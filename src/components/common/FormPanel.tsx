/**
 * The side panel of an edit form (a measurement, a status, scores, a proposal, the scoring model):
 * the title, the form, and at the bottom the primary action, close or cancel, and a spinner while
 * saving. One place for the footer's order, spacing and busy state.
 */
import { DefaultButton, Panel, PanelType, PrimaryButton, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import * as React from 'react';
import { useStrings } from './SalkkuContext';

export interface FormPanelProps {
  headerText: string;
  onDismiss: () => void;
  /** The primary action; absent for a panel the user may only read. */
  primary?: { text: string; onClick: () => void; disabled?: boolean; marker: `data-${string}` };
  /** Saving: the buttons wait and a spinner says so (with this label). */
  busy?: { label: string } | false;
  /** "Cancel" for a form that would be lost, "Close" otherwise. */
  dismissText?: string;
  /** A data attribute that marks the panel (tests find it by this). */
  marker?: `data-${string}`;
  children: React.ReactNode;
}

export function FormPanel(props: FormPanelProps): JSX.Element {
  const strings = useStrings();
  const { primary, busy } = props;
  const footer = (): JSX.Element => (
    <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 8 }}>
      {primary && <PrimaryButton text={primary.text} onClick={primary.onClick} disabled={primary.disabled === true || Boolean(busy)} {...{ [primary.marker]: 'true' }} />}
      <DefaultButton text={props.dismissText ?? strings.Close} onClick={props.onDismiss} disabled={Boolean(busy) && props.dismissText !== undefined} />
      {busy && <Spinner size={SpinnerSize.small} label={busy.label} labelPosition="right" />}
    </Stack>
  );
  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={props.headerText}
      closeButtonAriaLabel={strings.Close}
      onDismiss={props.onDismiss}
      onRenderFooterContent={footer}
      isFooterAtBottom={true}
      {...(props.marker ? { [props.marker]: 'true' } : {})}
    >
      {props.children}
    </Panel>
  );
}
