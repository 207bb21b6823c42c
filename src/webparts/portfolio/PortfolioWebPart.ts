/** The Portfolio web part: a thin SPFx class over the host-agnostic PortfolioView. */
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import * as React from 'react';
import * as strings from 'SalkkuStrings';
import type { ViewProps } from '../../components/common/viewProps';
import { format } from '../../components/common/format';
import type { ColumnPositions } from '../../components/portfolio/columnSettings';
import { columnsFromPositions, defaultPositions } from '../../components/portfolio/columnSettings';
import { ALL_COLUMNS, COLUMNS } from '../../components/portfolio/columns';
import { PortfolioView } from '../../components/portfolio/PortfolioView';
import type { ISalkkuWebPartProps } from '../common/SalkkuWebPartBase';
import { SalkkuWebPartBase } from '../common/SalkkuWebPartBase';

export interface IPortfolioWebPartProps extends ISalkkuWebPartProps {
  columnPositions?: ColumnPositions;
}

export default class PortfolioWebPart extends SalkkuWebPartBase<IPortfolioWebPartProps> {
  protected get title(): string {
    return strings.ViewPortfolio;
  }

  protected renderView(props: ViewProps): JSX.Element {
    return React.createElement(PortfolioView, { ...props, columns: columnsFromPositions(this.properties.columnPositions) });
  }

  protected viewPropertyFields(): IPropertyPaneConfiguration['pages'][number]['groups'] {
    const positions = { ...defaultPositions(), ...this.properties.columnPositions };
    const options = [{ key: 0, text: strings.ColumnHidden }, ...ALL_COLUMNS.map((_key, i) => ({ key: i + 1, text: format(strings.ColumnAt, i + 1) }))];
    return [
      {
        groupName: strings.GroupColumns,
        groupFields: ALL_COLUMNS.filter((key) => key !== 'title').map((key) =>
          PropertyPaneDropdown(`columnPositions.${key}`, {
            label: format(strings.ColumnPosition, COLUMNS[key].header(strings)),
            options,
            selectedKey: positions[key] ?? 0
          })
        )
      }
    ];
  }
}
