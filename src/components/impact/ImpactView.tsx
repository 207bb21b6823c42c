/** The Impact assessment view: the Information Management Act's change-impact assessment. */
import { Text } from '@fluentui/react';
import * as React from 'react';
import type { ViewProps } from '../app/SalkkuApp';
import { useStrings } from '../app/SalkkuContext';

export function ImpactView(props: ViewProps): JSX.Element {
  const strings = useStrings();
  return (
    <div>
      <Text as="h2" variant="xLarge" block={true}>
        {strings.ViewImpact}
      </Text>
      <ul>
        {props.data.projects.map((p) => (
          <li key={p.id ?? p.title}>{p.title}</li>
        ))}
      </ul>
    </div>
  );
}
