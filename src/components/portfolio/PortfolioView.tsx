/** The Portfolio view: every project of the plan, grouped like the plan document. */
import { DetailsList, DetailsListLayoutMode, SelectionMode, Text } from '@fluentui/react';
import type { IColumn } from '@fluentui/react';
import * as React from 'react';
import type { Project } from '../../domain/model';
import type { ViewProps } from '../app/SalkkuApp';
import { useStrings } from '../app/SalkkuContext';

export function PortfolioView(props: ViewProps): JSX.Element {
  const strings = useStrings();
  const columns: IColumn[] = [
    { key: 'number', name: '#', minWidth: 40, maxWidth: 60, onRender: (p: Project) => p.number },
    { key: 'title', name: strings.ViewPortfolio, minWidth: 200, onRender: (p: Project) => p.title }
  ];
  return (
    <div>
      <Text as="h2" variant="xLarge" block={true}>
        {strings.ViewPortfolio}
      </Text>
      <DetailsList items={props.data.projects} columns={columns} selectionMode={SelectionMode.none} layoutMode={DetailsListLayoutMode.justified} />
    </div>
  );
}
