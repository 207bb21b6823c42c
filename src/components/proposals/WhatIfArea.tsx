/**
 * The what-if and what follows from it, on one state: the choosing (WhatIfSection) with its effect
 * on the coming years right after the totals, and the two charts, whose points are filled for the
 * proposals in the selection. Mounted once the proposals are loaded, so the saved limits are there
 * when the state starts.
 */
import * as React from 'react';
import type { PortfolioData } from '../../data/contract/repository.types';
import type { ScoringModel } from '../../domain/proposals/model';
import { effectYears, ongoingProjects, timelineEffect } from '../../domain/proposals/timelineEffect';
import type { Limits } from '../../domain/proposals/selection';
import { EffectOnYears } from './EffectOnYears';
import { ScoreChart } from './ScoreChart';
import { UrgencyChart } from './UrgencyChart';
import { useWhatIf } from './useWhatIf';
import { WhatIfSection } from './WhatIfSection';
import type { WhatIfSectionProps } from './WhatIfSection.types';

export interface WhatIfAreaProps extends Omit<WhatIfSectionProps, 'whatIf' | 'effect'> {
  data: Pick<PortfolioData, 'projects' | 'plans'>;
  /** The limits as last saved; null before anyone set them. */
  savedLimits: Limits | null;
  model: ScoringModel;
}

export function WhatIfArea(props: WhatIfAreaProps): JSX.Element {
  const { data, savedLimits, model, ...section } = props;
  const whatIf = useWhatIf(props.rows, savedLimits);
  const chosen = React.useMemo(() => new Set(whatIf.chosen), [whatIf.chosen]);
  const ongoing = React.useMemo(() => ongoingProjects(data.projects), [data.projects]);
  const range = React.useMemo(() => effectYears(data.plans, props.today), [data.plans, props.today]);
  const selected = React.useMemo(() => props.rows.filter((r) => chosen.has(r.proposal.id)).map((r) => r.proposal), [props.rows, chosen]);
  const effect = timelineEffect({ ongoing, selected, limits: whatIf.limits, range });
  const firstYear = effect.perYear[0];
  return (
    <>
      <WhatIfSection
        {...section}
        whatIf={whatIf}
        effect={<EffectOnYears effect={effect} budgetSet={Number.isFinite(whatIf.limits.budget)} capacitySet={Number.isFinite(whatIf.limits.capacity)} />}
      />
      <ScoreChart rows={props.rows} chosen={chosen} ongoing={ongoing} committed={firstYear && { year: firstYear.year, investment: firstYear.ongoing.investment }} />
      <UrgencyChart rows={props.rows} model={model} chosen={chosen} />
    </>
  );
}
