/** The Benefits web part: a thin SPFx class over the host-agnostic BenefitsView. */
import * as React from 'react';
import * as strings from 'SalkkuStrings';
import type { ViewProps } from '../../components/common/viewProps';
import { BenefitsView } from '../../components/benefits/BenefitsView';
import type { ISalkkuWebPartProps } from '../common/SalkkuWebPartBase';
import { SalkkuWebPartBase } from '../common/SalkkuWebPartBase';

export default class BenefitsWebPart extends SalkkuWebPartBase<ISalkkuWebPartProps> {
  protected get title(): string {
    return strings.ViewBenefits;
  }

  protected renderView(props: ViewProps): JSX.Element {
    return React.createElement(BenefitsView, props);
  }
}
