/** The Proposals web part: a thin SPFx class over the host-agnostic ProposalsView. */
import * as React from 'react';
import * as strings from 'SalkkuStrings';
import type { ViewProps } from '../../components/common/viewProps';
import { ProposalsView } from '../../components/proposals/ProposalsView';
import type { ISalkkuWebPartProps } from '../common/SalkkuWebPartBase';
import { SalkkuWebPartBase } from '../common/SalkkuWebPartBase';

export default class ProposalsWebPart extends SalkkuWebPartBase<ISalkkuWebPartProps> {
  protected get title(): string {
    return strings.ViewProposals;
  }

  protected renderView(props: ViewProps): JSX.Element {
    return React.createElement(ProposalsView, props);
  }
}
