/** The Follow-up web part: a thin SPFx class over the host-agnostic FollowUpView. */
import * as React from 'react';
import * as strings from 'SalkkuStrings';
import type { ViewProps } from '../../components/common/viewProps';
import { FollowUpView } from '../../components/followup/FollowUpView';
import type { ISalkkuWebPartProps } from '../common/SalkkuWebPartBase';
import { SalkkuWebPartBase } from '../common/SalkkuWebPartBase';

export default class FollowUpWebPart extends SalkkuWebPartBase<ISalkkuWebPartProps> {
  protected get title(): string {
    return strings.ViewFollowUp;
  }

  protected renderView(props: ViewProps): JSX.Element {
    return React.createElement(FollowUpView, props);
  }
}
