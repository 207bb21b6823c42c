/** What set-up did (or would do): every write is listed, so a second run can prove it did none. */
/** The portfolio's lists: the plan's, which every view needs, and the follow-up's. */
export type PlanListKey = 'projects' | 'plans' | 'goals';
/** The follow-up lists (schema version 4): status reports, actual costs, meetings, settings. */
export type FollowUpListKey = 'reports' | 'actuals' | 'meetings' | 'settings';
/** The proposal lists (schema version 5). */
export type ProposalListKey = 'proposals' | 'scores';
export type BenefitListKey = 'benefits' | 'measurements';
export type ListKey = PlanListKey | FollowUpListKey | ProposalListKey | BenefitListKey;

export type SetupActionKind = 'createList' | 'updateList' | 'createField' | 'updateField' | 'createView' | 'updateView' | 'updateContentType' | 'setResource' | 'updateItem' | 'createItems';

export interface SetupAction {
  kind: SetupActionKind;
  list: ListKey;
  /** Field internal name, view key, … */
  target: string;
  detail?: string;
}

export interface SetupReport {
  schemaVersion: number;
  /** Version the lists had before (null when they did not exist or carried no version). */
  previousVersion: number | null;
  actions: SetupAction[];
  /** Write requests sent (0 on a run that found everything in place). */
  writes: number;
  /** Items whose sort key was not written: saved meanwhile, or failing validation (next run). */
  skippedItems?: number;
}
