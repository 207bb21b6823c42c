/** The ImpactAssessment web part: a thin SPFx class over the host-agnostic ImpactView. */
import * as React from 'react';
import * as strings from 'SalkkuStrings';
import type { ViewProps } from '../../components/common/viewProps';
import { ImpactView } from '../../components/impact/ImpactView';
import type { ISalkkuWebPartProps } from '../common/SalkkuWebPartBase';
import { SalkkuWebPartBase } from '../common/SalkkuWebPartBase';

export default class ImpactAssessmentWebPart extends SalkkuWebPartBase<ISalkkuWebPartProps> {
  protected get title(): string {
    return strings.ViewImpact;
  }

  protected renderView(props: ViewProps): JSX.Element {
    return React.createElement(ImpactView, props);
  }
}
