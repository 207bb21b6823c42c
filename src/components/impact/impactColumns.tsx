/** The matrix's columns: project, the five perspectives (level as icon and text), completeness, status. */
import * as React from 'react';
import type { EffectiveImpact } from '../../domain/impact/completeness';
import { completeness, needsAttention } from '../../domain/impact/completeness';
import type { ImpactLevel, ImpactPerspective, Project } from '../../domain/model';
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

/** Abbreviated perspective headers for narrow columns (the full one is the tooltip). */
function shortPerspectiveLabels(s: ISalkkuStrings): Record<ImpactPerspective, string> {
  return {
    economic: s.PerspectiveEconomicShort,
    organisation: s.PerspectiveOrganisationShort,
    security: s.PerspectiveSecurityShort,
    dataUse: s.PerspectiveDataUseShort,
    caseManagement: s.PerspectiveCaseManagementShort
  };
}

export function impactColumns(strings: ISalkkuStrings): GridColumn[] {
  const perspectives = perspectiveLabels(strings);
  const short = shortPerspectiveLabels(strings);
  const completenessText = (p: Project): string => {
    const c = completeness(p);
    return format(strings.AssessmentCount, c.assessed, c.total);
  };
  return [
    {
      key: 'project',
      header: strings.ColTitle,
      size: { min: 180, max: 520, fill: true, preferred: 300 },
      sort: 'number',
      text: (p: Project) => `${p.number ?? ''} ${p.title}`.trim()
    },
    ...IMPACT_PERSPECTIVES.map(
      (perspective): GridColumn => ({
        key: perspective,
        header: perspectives[perspective],
        shortHeader: short[perspective],
        size: { min: 100, max: 190, extra: 20 },
        sort: null,
        activatable: true,
        text: (p: Project) => impactStateLabel(completeness(p).perspectives[perspective], strings).label,
        tooltip: (p: Project) => p.impacts[perspective].text ?? undefined,
        render: (p: Project) => {
          const state = impactStateLabel(completeness(p).perspectives[perspective], strings);
          return (
            <span aria-label={format(strings.ImpactCellHint, perspectives[perspective], state.label, p.impacts[perspective].text ?? '')}>
              <ImpactBadge level={state.icon} label={state.label} />
            </span>
          );
        }
      })
    ),
    {
      key: 'completeness',
      header: strings.ColCompleteness,
      size: { min: 90, max: 170, extra: 20, whole: true },
      sort: 'assessment',
      text: (p: Project) => (needsAttention(p) ? `${completenessText(p)}, ${strings.AssessmentNeedsAttention}` : completenessText(p)),
      measure: completenessText,
      render: (p: Project) => {
        const c = completeness(p);
        const text = format(strings.AssessmentCount, c.assessed, c.total);
        return needsAttention(p) ? <IconText icon="Warning" text={text} title={strings.AssessmentNeedsAttention} /> : <IconText icon={c.complete ? 'CheckMark' : 'CircleRing'} text={text} />;
      }
    },
    {
      key: 'status',
      header: strings.ColStatus,
      size: { min: 90, max: 180 },
      sort: 'status',
      text: (p: Project) => statusLabel(strings, p.status) ?? strings.EmptyValue
    }
  ];
}
