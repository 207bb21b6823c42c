/**
 * The importer's draft benefits (issue 21): after an import has written the projects, the
 * promising sentences of each project's texts are added to its benefits with the status
 * "Luonnos" for a person to confirm in the benefits view. Text only; a draft the project already
 * has (same title) or a sentence one of its benefits covers is not added again, so importing the
 * same document twice adds the drafts once. A site without the benefit lists gets none.
 */
import type { DraftBenefit } from '../../domain/benefits/drafts';
import { importedDraftBenefits } from '../../domain/benefits/importDrafts';
import type { Benefit } from '../../domain/benefits/model';
import type { ImportedPlan } from '../../domain/import/importModel';
import type { BenefitRepository } from './benefits.types';
import type { ImportReport } from './importPlan';

export interface DraftProposal {
  /** The imported project's index in the document. */
  index: number;
  /** Its item (null for a new project before the import). */
  projectId: number | null;
  drafts: DraftBenefit[];
}

export interface DraftPreview {
  /** The site has no benefit lists yet (schema before version 6): no drafts are proposed. */
  listsMissing: boolean;
  /** Per imported project (by index), the drafts that would be added. */
  proposals: DraftProposal[];
}

export interface DraftOutcome {
  listsMissing: boolean;
  /** Drafts added, and to how many projects. */
  added: number;
  projects: number;
}

function titlesOf(benefits: readonly Benefit[], projectId: number | null): string[] {
  return projectId === null ? [] : benefits.filter((b) => b.projectId === projectId).map((b) => b.title);
}

/** The drafts each project of an import (its report, a dry run or done) proposes. */
export async function previewDrafts(repository: BenefitRepository, imported: ImportedPlan, report: ImportReport): Promise<DraftPreview> {
  const data = await repository.loadBenefits();
  if (data.missing.length > 0) {
    return { listsMissing: true, proposals: [] };
  }
  const proposals = report.actions.map((action) => {
    const project = imported.projects[action.index];
    const drafts = project ? importedDraftBenefits(project, titlesOf(data.benefits, action.projectId)) : [];
    return { index: action.index, projectId: action.projectId, drafts };
  });
  return { listsMissing: false, proposals };
}

/**
 * Adds the drafts of a completed import (not a dry run) to its projects, except those left out
 * (by imported index).
 */
export async function addImportDrafts(repository: BenefitRepository, imported: ImportedPlan, report: ImportReport, leaveOut: ReadonlySet<number> = new Set()): Promise<DraftOutcome> {
  if (report.dryRun) {
    throw new Error('A dry run writes no drafts.');
  }
  const preview = await previewDrafts(repository, imported, report);
  let added = 0;
  let projects = 0;
  for (const proposal of preview.proposals) {
    if (leaveOut.has(proposal.index) || proposal.projectId === null || proposal.drafts.length === 0) {
      continue;
    }
    const saved = await repository.addDrafts(proposal.projectId, proposal.drafts);
    added += saved.length;
    projects += saved.length > 0 ? 1 : 0;
  }
  return { listsMissing: preview.listsMissing, added, projects };
}
