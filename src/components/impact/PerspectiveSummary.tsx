/**
 * The impact assessment at a glance: a perspective × level matrix (rows the five perspectives,
 * columns significant / minor / none / not known / described without a level / missing). Each
 * count is a button that filters the view to those projects; the chosen cell is pressed, and
 * pressing it again clears the filter. The table scrolls inside its own box when narrow.
 */
import type { IRawStyle, ITheme } from '@fluentui/react';
import { ActionButton, FontIcon, mergeStyleSets, Text, useTheme } from '@fluentui/react';
import * as React from 'react';
import type { LevelBucket } from '../../domain/impact/levelMatrix';
import { LEVEL_BUCKETS, levelMatrix } from '../../domain/impact/levelMatrix';
import type { ImpactPerspective, Project } from '../../domain/model';
import { IMPACT_PERSPECTIVES } from '../../domain/model';
import type { ImpactFilter } from '../../domain/portfolio/filter';
import { useStrings } from '../common/SalkkuContext';
import { format } from '../common/format';
import { bucketLabel, perspectiveLabels } from '../common/labels';

/** The words for a level bucket: a level, "described, no level" or "missing". */
const BUCKET_ICON: Record<LevelBucket, string> = {
  significant: 'CircleFill',
  minor: 'CircleHalfFull',
  none: 'CircleRing',
  unknown: 'Unknown',
  described: 'TextDocument',
  missing: 'Remove'
};

/** "b) Tietoturvallisuus, merkittävä: 11 hanketta": a cell's accessible name. */
export function cellName(strings: ISalkkuStrings, perspective: ImpactPerspective, bucket: LevelBucket, count: number): string {
  const level = bucketLabel(strings, bucket).toLocaleLowerCase(strings.Locale);
  return format(count === 1 ? strings.MatrixCellNameOne : strings.MatrixCellName, perspectiveLabels(strings)[perspective], level, count);
}

function styles(theme: ITheme): Record<'scroller' | 'table' | 'columnHead' | 'rowHead' | 'cell' | 'zero', string> {
  const line = `1px solid ${theme.semanticColors.bodyDivider}`;
  return mergeStyleSets({
    scroller: { overflowX: 'auto', maxWidth: '100%' },
    table: {
      borderCollapse: 'collapse',
      minWidth: 640,
      selectors: { 'th, td': { borderBottom: line, padding: '2px 6px', verticalAlign: 'middle' } }
    },
    columnHead: { textAlign: 'center', fontWeight: 600, fontSize: 12, maxWidth: 120, selectors: { '> span': { display: 'inline-flex', flexDirection: 'column', alignItems: 'center', gap: 2 } } },
    // the perspective stays in sight while a narrow tab scrolls the levels
    rowHead: { textAlign: 'left', fontWeight: 600, maxWidth: 300, position: 'sticky', left: 0, zIndex: 1, backgroundColor: theme.semanticColors.bodyBackground },
    cell: { textAlign: 'center', minWidth: 64 },
    zero: { display: 'inline-block', padding: '0 8px', color: theme.semanticColors.bodyText }
  });
}

export interface PerspectiveSummaryProps {
  projects: readonly Project[];
  active: ImpactFilter | null;
  onSelect: (filter: ImpactFilter | null) => void;
}

export function PerspectiveSummary(props: PerspectiveSummaryProps): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const classes = React.useMemo(() => styles(theme), [theme]);
  const counts = React.useMemo(() => levelMatrix(props.projects), [props.projects]);
  const labels = perspectiveLabels(strings);
  const pressed: IRawStyle = {
    fontWeight: 700,
    textDecoration: 'underline',
    outline: `2px solid ${theme.palette.themePrimary}`,
    outlineOffset: '-2px',
    backgroundColor: theme.semanticColors.buttonBackgroundChecked,
    color: theme.semanticColors.buttonTextChecked
  };
  return (
    <section aria-labelledby="salkku-impact-summary" data-salkku-impact-summary="true">
      <Text as="h3" variant="mediumPlus" id="salkku-impact-summary" block={true}>
        {strings.SummaryTitle}
      </Text>
      <div className={classes.scroller} data-salkku-impact-matrix-scroller="true">
        <table className={classes.table} aria-labelledby="salkku-impact-summary" data-salkku-impact-matrix="true">
          <thead>
            <tr>
              <th scope="col" className={classes.rowHead}>
                {strings.MatrixPerspective}
              </th>
              {LEVEL_BUCKETS.map((bucket) => (
                <th key={bucket} scope="col" className={classes.columnHead}>
                  <span>
                    <FontIcon aria-hidden={true} iconName={BUCKET_ICON[bucket]} />
                    <span>{bucketLabel(strings, bucket)}</span>
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {IMPACT_PERSPECTIVES.map((perspective) => (
              <tr key={perspective}>
                <th scope="row" className={classes.rowHead}>
                  {labels[perspective]}
                </th>
                {LEVEL_BUCKETS.map((bucket) => {
                  const count = counts[perspective][bucket];
                  const active = props.active?.perspective === perspective && props.active.level === bucket;
                  return (
                    <td key={bucket} className={classes.cell} data-salkku-matrix-count={`${perspective}:${bucket}:${count}`}>
                      {count > 0 || active ? (
                        <ActionButton
                          toggle={true}
                          checked={active}
                          aria-label={cellName(strings, perspective, bucket, count)}
                          iconProps={active ? { iconName: 'FilterSolid' } : undefined}
                          onClick={() => props.onSelect(active ? null : { perspective, level: bucket })}
                          data-salkku-summary={`${perspective}:${bucket}`}
                          styles={{ root: { height: 28, minWidth: 48, padding: '0 8px', border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4 }, flexContainer: { justifyContent: 'center' }, rootChecked: pressed, rootCheckedHovered: pressed }}
                        >
                          {count}
                        </ActionButton>
                      ) : (
                        <span className={classes.zero}>{count}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
