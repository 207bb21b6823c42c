/** The "?" in each web part's header: the guide in the reader's language, in a new tab. */
import { IconButton } from '@fluentui/react';
import * as React from 'react';
import { HELP_ICON } from '../common/icons';
import { useStrings } from '../common/SalkkuContext';
import { helpUrl } from './helpLink';

export function HelpButton(): JSX.Element {
  const strings = useStrings();
  return (
    <IconButton
      iconProps={{ iconName: HELP_ICON }}
      href={helpUrl(strings.Locale)}
      target="_blank"
      rel="noopener noreferrer"
      ariaLabel={strings.HelpButtonLabel}
      title={strings.HelpButtonLabel}
      data-salkku-help="true"
    />
  );
}
