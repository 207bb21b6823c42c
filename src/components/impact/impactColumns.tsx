/** The matrix's columns: project, the five perspectives (level as icon and text), completeness, status. */
import * as React from 'react';
import type { EffectiveImpact } from '../../domain/impact/completeness';
import { completeness, needsAttention } from '../../domain/impact/completeness';
import type { ImpactLevel, Project } from '../../domain/model';
import { IMPACT_PERSPECTIVES } from '../../domain/model';
import { IconText, ImpactBadge } from '../common/Badges';
import { format } from '../common/format';
import { impactLevelLabels, perspectiveLabels, statusLabel } from '../common/labels';
import type { GridColumn } from '../grid/GroupedGrid';

/** The label of a perspective's state: its level, "described", or "missing". */
export function impactStateLabel(effective: EffectiveImpact, strings: ISalkkuStrings): { icon: ImpactLevel | 'described'; label: string } {
  if (effective.unknownChoice !== null) {
    return { icon: 'described', label: effective.unknownChoice };
  }
  if (effective.level !== null) {
    return { icon: effective.level, label: impactLevelLabels(strings)[effective.level] };
  }
  return effective.state === 'described' ? { icon: 'described', label: strings.ImpactDescribed } : { icon: 'notAssessed', label: strings.ImpactMissing };
}

export function impactColumns(strings: ISalkkuStrings): GridColumn[] {
  const perspectives = perspectiveLabels(strings);
  return [
    {
      key: 'project',
      header: strings.ColTitle,
      width: 'minmax(200px, 2.4fr)',
      sort: 'number',
      render: (p: Project) => `${p.number ?? ''} ${p.title}`.trim()
    },
    ...IMPACT_PERSPECTIVES.map(
      (perspective): GridColumn => ({
        key: perspective,
        header: perspectives[perspective],
        width: 'minmax(120px, 1fr)',
        sort: null,
        activatable: true,
        render: (p: Project) => {
          const state = impactStateLabel(completeness(p).perspectives[perspective], strings);
          return (
            <span aria-label={format(strings.ImpactCellHint, perspectives[perspective], state.label, p.impacts[perspective].text ?? '')} title={p.impacts[perspective].text ?? undefined}>
              <ImpactBadge level={state.icon} label={state.label} />
            </span>
          );
        }
      })
    ),
    {
      key: 'completeness',
      header: strings.ColCompleteness,
      width: 'minmax(110px, 0.9fr)',
      sort: 'assessment',
      render: (p: Project) => {
        const c = completeness(p);
        const text = format(strings.AssessmentCount, c.assessed, c.total);
        return needsAttention(p) ? <IconText icon="Warning" text={text} title={strings.AssessmentNeedsAttention} /> : <IconText icon={c.complete ? 'CheckMark' : 'CircleRing'} text={text} />;
      }
    },
    {
      key: 'status',
      header: strings.ColStatus,
      width: 'minmax(100px, 0.8fr)',
      sort: 'status',
      render: (p: Project) => statusLabel(strings, p.status) ?? strings.EmptyValue
    }
  ];
}
