import type { Scenario } from '../../domain/proposals/scenarios';
import type { Limits } from '../../domain/proposals/selection';
import type { ProposalRow } from './proposalRows';

export interface WhatIfSectionProps {
  rows: readonly ProposalRow[];
  /** The limits as last saved; null before anyone set them. */
  savedLimits: Limits | null;
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
