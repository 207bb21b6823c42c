/** The Portfolio web part: a thin SPFx class over the host-agnostic PortfolioView. */
import * as React from 'react';
import * as strings from 'SalkkuStrings';
import type { ViewProps } from '../../components/app/SalkkuApp';
import { PortfolioView } from '../../components/portfolio/PortfolioView';
import type { ISalkkuWebPartProps } from '../common/SalkkuWebPartBase';
import { SalkkuWebPartBase } from '../common/SalkkuWebPartBase';

export default class PortfolioWebPart extends SalkkuWebPartBase<ISalkkuWebPartProps> {
  protected get title(): string {
    return strings.ViewPortfolio;
  }

  protected renderView(props: ViewProps): JSX.Element {
    return React.createElement(PortfolioView, props);
  }
}
