/**
 * When two people edit the same assessment, nothing is overwritten: the fields each person
 * changed are found, and the merge keeps every change unless both changed the same field (then
 * texts are joined and the person decides).
 */
import type { ImpactPerspective, Project } from '../model';
import { IMPACT_PERSPECTIVES } from '../model';

export type AssessmentField =
  | { kind: 'level'; perspective: ImpactPerspective }
  | { kind: 'text'; perspective: ImpactPerspective }
  | { kind: 'status' }
  | { kind: 'assessedOn' }
  | { kind: 'assessedBy' };

export type MergeChoice = 'mine' | 'theirs' | 'both';

export function assessmentFields(): AssessmentField[] {
  return [
    ...IMPACT_PERSPECTIVES.flatMap((perspective): AssessmentField[] => [
      { kind: 'level', perspective },
      { kind: 'text', perspective }
    ]),
    { kind: 'status' },
    { kind: 'assessedOn' },
    { kind: 'assessedBy' }
  ];
}

export function fieldKey(field: AssessmentField): string {
  return 'perspective' in field ? `${field.kind}:${field.perspective}` : field.kind;
}

/** The value of a field as comparable text. */
export function fieldValue(project: Project, field: AssessmentField): string {
  switch (field.kind) {
    case 'level':
      return project.impacts[field.perspective].level ?? '';
    case 'text':
      return project.impacts[field.perspective].text ?? '';
    case 'status':
      return project.assessmentStatus ?? '';
    case 'assessedOn':
      return project.assessedOn ?? '';
    case 'assessedBy':
      return project.assessedBy ? String(project.assessedBy.id) : '';
  }
}

function setField(project: Project, field: AssessmentField, from: Project): Project {
  switch (field.kind) {
    case 'level':
      return { ...project, impacts: { ...project.impacts, [field.perspective]: { ...project.impacts[field.perspective], level: from.impacts[field.perspective].level } } };
    case 'text':
      return { ...project, impacts: { ...project.impacts, [field.perspective]: { ...project.impacts[field.perspective], text: from.impacts[field.perspective].text } } };
    case 'status':
      return { ...project, assessmentStatus: from.assessmentStatus };
    case 'assessedOn':
      return { ...project, assessedOn: from.assessedOn };
    case 'assessedBy':
      return { ...project, assessedBy: from.assessedBy };
  }
}

/** The value of a field as a person reads it (a name instead of a user id). */
export function fieldDisplay(project: Project, field: AssessmentField): string {
  return field.kind === 'assessedBy' ? project.assessedBy?.title ?? '' : fieldValue(project, field);
}

export interface FieldDifference {
  field: AssessmentField;
  /** Comparable values (user id for the assessor). */
  mine: string;
  theirs: string;
  /** What to show. */
  mineText: string;
  theirsText: string;
  /** What to keep unless the person chooses otherwise. */
  proposed: MergeChoice;
  /** Both changed this field since the version they read. */
  bothChanged: boolean;
}

/**
 * Differences between my edit and the version saved meanwhile, given the version I started from.
 * A field only I changed proposes mine; only they changed proposes theirs; both changed: texts
 * propose both, levels propose mine (and the dialog shows it).
 */
export function differences(original: Project, mine: Project, theirs: Project): FieldDifference[] {
  const result: FieldDifference[] = [];
  for (const field of assessmentFields()) {
    const o = fieldValue(original, field);
    const m = fieldValue(mine, field);
    const t = fieldValue(theirs, field);
    if (m === t) {
      continue;
    }
    const iChanged = m !== o;
    const theyChanged = t !== o;
    const bothChanged = iChanged && theyChanged;
    const proposed: MergeChoice = bothChanged ? (field.kind === 'text' ? 'both' : 'mine') : iChanged ? 'mine' : 'theirs';
    result.push({ field, mine: m, theirs: t, mineText: fieldDisplay(mine, field), theirsText: fieldDisplay(theirs, field), proposed, bothChanged });
  }
  return result;
}

/** Their saved version (with its ETag) plus my chosen fields. */
export function mergeAssessment(mine: Project, theirs: Project, choices: ReadonlyMap<string, MergeChoice>, diffs: readonly FieldDifference[]): Project {
  let merged: Project = { ...theirs };
  for (const diff of diffs) {
    const choice = choices.get(fieldKey(diff.field)) ?? diff.proposed;
    if (choice === 'mine') {
      merged = setField(merged, diff.field, mine);
    } else if (choice === 'both' && diff.field.kind === 'text') {
      const joined = [diff.theirs.trim(), diff.mine.trim()].filter((t) => t !== '').join('\n\n');
      merged = { ...merged, impacts: { ...merged.impacts, [diff.field.perspective]: { ...merged.impacts[diff.field.perspective], text: joined === '' ? null : joined } } };
    }
  }
  return merged;
}
