import type { Scenario } from '../../domain/proposals/scenarios';
import type { Limits } from '../../domain/proposals/selection';
import type * as React from 'react';
import type { ProposalRow } from './proposalRows';
import type { WhatIf } from './useWhatIf';

export interface WhatIfSectionProps {
  rows: readonly ProposalRow[];
  /** The what-if's state (see useWhatIf), held by the parent so the charts see the same selection. */
  whatIf: WhatIf;
  /** Shown right after the totals: the effect on the coming years. */
  effect?: React.ReactNode;
  scenarios: readonly Scenario[];
  /** The newest model's version, recorded in a saved scenario. */
  modelVersion: number;
  /** Owners and the steering group save the limits and scenarios. */
  canManage: boolean;
  today: string;
  /** Saves; rejects with the repository's error. */
  onSaveLimits: (limits: Limits) => Promise<void>;
  onSaveScenario: (scenario: Scenario) => Promise<void>;
}
