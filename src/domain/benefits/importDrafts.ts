/**
 * The draft benefits an imported project proposes (issue 21): the promising sentences of its
 * benefits passage ("Hyödyt", or an exported plan's "Suunnitellut hyödyt"), of what changes and of
 * its description. Text only: no figures, owner or type are guessed. A sentence already covered by
 * one of the project's benefits (it starts with the benefit's title, as an exported plan document
 * lists them) or already a draft of the project is not proposed again.
 */
import type { ImportedProject } from '../import/importModel';
import type { DraftBenefit } from './drafts';
import { draftBenefits } from './drafts';

/** Where a draft came from, as stored with it (the list data is Finnish like the choice texts). */
export const DRAFT_SOURCE = {
  benefits: 'Hyödyt',
  whatChanges: 'Mikä muuttuu',
  description: 'Kuvaus'
} as const;

/** Lower case, single spaces, no closing punctuation: how titles are compared. */
export function comparableTitle(text: string): string {
  return text.toLocaleLowerCase('fi').replace(/\s+/g, ' ').replace(/[.!?…:;,\s]+$/, '').trim();
}

/**
 * The project's draft benefits, in passage order. `existingTitles` are the titles of the
 * benefits the project already has (drafts included).
 */
export function importedDraftBenefits(project: ImportedProject, existingTitles: readonly string[] = []): DraftBenefit[] {
  const known = existingTitles.map(comparableTitle).filter((t) => t !== '');
  const drafts = draftBenefits([
    { source: DRAFT_SOURCE.benefits, text: project.benefits },
    { source: DRAFT_SOURCE.whatChanges, text: project.whatChanges ?? project.impacts.economic },
    { source: DRAFT_SOURCE.description, text: project.description }
  ]);
  return drafts.filter((draft) => {
    const title = comparableTitle(draft.title);
    const sentence = comparableTitle(draft.description);
    return !known.some((k) => k === title || sentence === k || sentence.startsWith(`${k} `) || sentence.startsWith(`${k}:`) || sentence.startsWith(`${k},`));
  });
}
