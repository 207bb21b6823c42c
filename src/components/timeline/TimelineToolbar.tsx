/**
 * The timeline's toolbar: the zoom (year, quarter, month) and the buttons that scroll to today
 * and to the plan's period.
 */
import { DefaultButton, Stack, Text } from '@fluentui/react';
import * as React from 'react';
import type { Zoom } from '../../domain/portfolio/viewState';
import { useStrings } from '../common/SalkkuContext';

const ZOOMS: readonly Zoom[] = ['year', 'quarter', 'month'];

export interface TimelineToolbarProps {
  zoom: Zoom;
  onZoom: (zoom: Zoom) => void;
  onToday: () => void;
  onPlanPeriod: () => void;
  /** False while there is no chart to scroll. */
  canScroll: boolean;
}

export function TimelineToolbar(props: TimelineToolbarProps): JSX.Element {
  const strings = useStrings();
  const zoomLabels: Record<Zoom, string> = { year: strings.ZoomYear, quarter: strings.ZoomQuarter, month: strings.ZoomMonth };
  return (
    <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 16 }}>
      <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 8 }} role="group" aria-label={strings.ZoomLabel}>
        <Text>{strings.ZoomLabel}</Text>
        {ZOOMS.map((zoom) => (
          <DefaultButton
            key={zoom}
            text={zoomLabels[zoom]}
            toggle={true}
            checked={props.zoom === zoom}
            primary={props.zoom === zoom}
            onClick={() => props.onZoom(zoom)}
            data-salkku-zoom={zoom}
          />
        ))}
      </Stack>
      <Stack horizontal={true} wrap={true} verticalAlign="center" tokens={{ childrenGap: 8 }} role="group" aria-label={strings.ShowLabel}>
        <Text>{strings.ShowLabel}</Text>
        <DefaultButton iconProps={{ iconName: 'GotoToday' }} text={strings.ShowToday} onClick={props.onToday} disabled={!props.canScroll} data-salkku-scroll="today" />
        <DefaultButton iconProps={{ iconName: 'Calendar' }} text={strings.ShowPlanPeriod} onClick={props.onPlanPeriod} disabled={!props.canScroll} data-salkku-scroll="plan" />
      </Stack>
    </Stack>
  );
}
