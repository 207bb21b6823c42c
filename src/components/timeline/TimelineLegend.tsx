/** What the timeline's drawing means, in words (never colour or pattern alone). */
import { mergeStyleSets, Stack, Text, useTheme } from '@fluentui/react';
import * as React from 'react';
import { useStrings } from '../common/SalkkuContext';

export function TimelineLegend(): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const colour = theme.palette.themePrimary;
  const classes = mergeStyleSets({
    swatch: { display: 'inline-block', width: 28, height: 10, borderRadius: 2, marginRight: 6, verticalAlign: 'middle', border: `1px solid ${colour}` },
    item: { whiteSpace: 'nowrap' }
  });
  const items: [string, React.CSSProperties][] = [
    [strings.LegendPlanned, { background: colour }],
    [strings.LegendUncertain, { background: `repeating-linear-gradient(45deg, ${colour} 0 4px, transparent 4px 8px)` }],
    [strings.LegendOpen, { background: `linear-gradient(to right, ${colour} 40%, transparent)` }],
    [strings.ScheduleAlternatives, { background: 'transparent', borderStyle: 'dashed', borderWidth: 2 }],
    [strings.LegendPlanPeriod, { background: theme.isInverted ? 'rgba(255,255,255,0.15)' : 'rgba(15,108,189,0.15)', borderColor: 'transparent' }],
    [strings.LegendToday, { width: 0, borderWidth: 0, borderLeft: `2px solid ${theme.palette.red}`, height: 14 }]
  ];
  return (
    <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 16 }} aria-label={strings.TimelineLegend} role="group">
      {items.map(([label, style]) => (
        <Text key={label} variant="small" className={classes.item}>
          <span className={classes.swatch} style={style} aria-hidden={true} />
          {label}
        </Text>
      ))}
    </Stack>
  );
}
