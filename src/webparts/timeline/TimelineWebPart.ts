/** The Timeline web part: a thin SPFx class over the host-agnostic TimelineView. */
import * as React from 'react';
import * as strings from 'SalkkuStrings';
import type { ViewProps } from '../../components/common/viewProps';
import { TimelineView } from '../../components/timeline/TimelineView';
import type { ISalkkuWebPartProps } from '../common/SalkkuWebPartBase';
import { SalkkuWebPartBase } from '../common/SalkkuWebPartBase';

export default class TimelineWebPart extends SalkkuWebPartBase<ISalkkuWebPartProps> {
  protected get title(): string {
    return strings.ViewTimeline;
  }

  protected renderView(props: ViewProps): JSX.Element {
    return React.createElement(TimelineView, props);
  }
}
