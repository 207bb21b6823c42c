/** The Timeline view: schedules on one time axis. */
import { Text } from '@fluentui/react';
import * as React from 'react';
import type { ViewProps } from '../app/SalkkuApp';
import { useStrings } from '../app/SalkkuContext';

export function TimelineView(props: ViewProps): JSX.Element {
  const strings = useStrings();
  return (
    <div>
      <Text as="h2" variant="xLarge" block={true}>
        {strings.ViewTimeline}
      </Text>
      <ul>
        {props.data.projects.map((p) => (
          <li key={p.id ?? p.title}>
            {p.title} {p.schedule.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
