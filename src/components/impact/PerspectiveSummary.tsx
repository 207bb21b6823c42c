/**
 * How many projects have a significant, minor, no or unknown impact on each perspective, and how
 * many lack an assessment. Each number is a button that filters the matrix to those projects.
 */
import { ActionButton, mergeStyleSets, Stack, Text, useTheme } from '@fluentui/react';
import * as React from 'react';
import { completeness } from '../../domain/impact/completeness';
import type { ImpactPerspective, Project } from '../../domain/model';
import { IMPACT_PERSPECTIVES } from '../../domain/model';
import type { ImpactFilter } from '../../domain/portfolio/filter';
import { useStrings } from '../common/SalkkuContext';
import { format } from '../common/format';
import { impactLevelLabels, perspectiveLabels } from '../common/labels';

type Bucket = ImpactFilter['level'];

const BUCKETS: readonly Bucket[] = ['significant', 'minor', 'none', 'unknown', 'described', 'missing'];

export function countByPerspective(projects: readonly Project[]): Record<ImpactPerspective, Record<Bucket, number>> {
  const result = {} as Record<ImpactPerspective, Record<Bucket, number>>;
  for (const perspective of IMPACT_PERSPECTIVES) {
    result[perspective] = { significant: 0, minor: 0, none: 0, unknown: 0, notAssessed: 0, described: 0, missing: 0 };
  }
  for (const p of projects) {
    const c = completeness(p);
    for (const perspective of IMPACT_PERSPECTIVES) {
      const e = c.perspectives[perspective];
      const bucket: Bucket = e.state === 'assessed' || e.state === 'unknown' ? e.level ?? 'missing' : e.state;
      result[perspective][bucket]++;
    }
  }
  return result;
}

/** The words for a level bucket: a level, "described, no level" or "missing". */
export function bucketLabel(strings: ISalkkuStrings, bucket: Bucket): string {
  return bucket === 'described' ? strings.ImpactDescribed : bucket === 'missing' ? strings.ImpactMissing : impactLevelLabels(strings)[bucket];
}

export interface PerspectiveSummaryProps {
  projects: readonly Project[];
  active: ImpactFilter | null;
  onSelect: (filter: ImpactFilter | null) => void;
}

export function PerspectiveSummary(props: PerspectiveSummaryProps): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const counts = React.useMemo(() => countByPerspective(props.projects), [props.projects]);
  const labels = perspectiveLabels(strings);
  const classes = mergeStyleSets({
    tile: { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 8, minWidth: 200, flex: '1 1 200px' },
    active: { fontWeight: 700, textDecoration: 'underline' }
  });
  return (
    <section aria-labelledby="salkku-impact-summary" data-salkku-impact-summary="true">
      <Text as="h3" variant="mediumPlus" id="salkku-impact-summary" block={true}>
        {strings.SummaryTitle}
      </Text>
      <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }}>
        {IMPACT_PERSPECTIVES.map((perspective) => (
          <div key={perspective} className={classes.tile} role="group" aria-labelledby={`salkku-summary-${perspective}`}>
            <Text as="h4" variant="medium" block={true} id={`salkku-summary-${perspective}`}>
              {labels[perspective]}
            </Text>
            <Stack horizontalAlign="start">
              {BUCKETS.filter((b) => counts[perspective][b] > 0).map((b) => {
                const active = props.active?.perspective === perspective && props.active.level === b;
                return (
                  <ActionButton
                    key={b}
                    className={active ? classes.active : undefined}
                    toggle={true}
                    checked={active}
                    onClick={() => props.onSelect(active ? null : { perspective, level: b })}
                    data-salkku-summary={`${perspective}:${b}`}
                    styles={{ root: { height: 28 } }}
                  >
                    {format(strings.SummaryCount, bucketLabel(strings, b), counts[perspective][b])}
                  </ActionButton>
                );
              })}
            </Stack>
          </div>
        ))}
      </Stack>
    </section>
  );
}
