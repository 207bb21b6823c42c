/**
 * The benefits view's data: every benefit and measurement, the benefit lists' permissions and
 * who is signed in, read once and again after a save.
 */
import * as React from 'react';
import type { BenefitData, BenefitRepository } from '../../data/contract/benefits.types';
import type { Reloadable } from '../common/useReloadable';
import { useReloadable } from '../common/useReloadable';

export function useBenefits(benefits: BenefitRepository): Reloadable<BenefitData> {
  const load = React.useCallback(() => benefits.loadBenefits(), [benefits]);
  return useReloadable(load);
}
