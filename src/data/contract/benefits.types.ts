/**
 * The contract of the benefit lists (issue 21): what the benefits views read and write. No PnPjs
 * here; the SharePoint adapter is `PnPBenefitRepository`.
 */
import type { Benefit, Measurement } from '../../domain/benefits/model';
import type { DraftBenefit } from '../../domain/benefits/drafts';
import type { Person } from '../../domain/model';
import type { ItemIssue, ListInfo } from './repository.types';
import type { BenefitListKey } from './setup.types';

export interface BenefitData {
  benefits: Benefit[];
  measurements: Measurement[];
  /** Who is signed in: benefit owners see their own benefits first. */
  currentUser: Person | null;
  lists: Partial<Record<BenefitListKey, ListInfo>>;
  /** Benefit lists the site does not have yet (schema before version 6). */
  missing: BenefitListKey[];
  itemIssues: ItemIssue[];
}

export interface BenefitRepository {
  /** Every benefit and measurement (a few per project), in one `$batch`. */
  loadBenefits(): Promise<BenefitData>;
  /** Adds (id null) or updates with its ETag: someone's newer save rejects as `conflict`. */
  saveBenefit(benefit: Benefit): Promise<Benefit>;
  /** Adds a measurement; the signed-in person is who measured (SharePoint's Author as well). */
  addMeasurement(measurement: Measurement): Promise<Measurement>;
  /**
   * The importer's draft benefits of a project, saved with the status "Luonnos" (text only) for a
   * person to confirm; a draft already on the project (same title) is not added again.
   */
  addDrafts(projectId: number, drafts: readonly DraftBenefit[]): Promise<Benefit[]>;
}
