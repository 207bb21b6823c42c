/**
 * The impact assessment as a perspective × level matrix: how many projects have a significant,
 * minor, no or unknown impact on each perspective, how many describe it without a level and how
 * many lack it. A cell's count is the number of projects its filter (ImpactFilter) keeps.
 */
import type { ImpactPerspective, Project } from '../model';
import { IMPACT_PERSPECTIVES } from '../model';
import { completeness } from './completeness';

/** A column of the matrix: a level, "described, no level" or "missing". */
export type LevelBucket = 'significant' | 'minor' | 'none' | 'unknown' | 'described' | 'missing';

export const LEVEL_BUCKETS: readonly LevelBucket[] = ['significant', 'minor', 'none', 'unknown', 'described', 'missing'];

export type LevelMatrix = Record<ImpactPerspective, Record<LevelBucket, number>>;

/** The column a project's assessment of one perspective falls in. */
export function bucketOf(project: Project, perspective: ImpactPerspective): LevelBucket {
  const e = completeness(project).perspectives[perspective];
  if (e.state === 'described' || e.state === 'missing') {
    return e.state;
  }
  // assessed: none / minor / significant; unknown: "not known"
  return e.level === 'none' || e.level === 'minor' || e.level === 'significant' ? e.level : 'unknown';
}

export function levelMatrix(projects: readonly Project[]): LevelMatrix {
  const matrix = {} as LevelMatrix;
  for (const perspective of IMPACT_PERSPECTIVES) {
    matrix[perspective] = { significant: 0, minor: 0, none: 0, unknown: 0, described: 0, missing: 0 };
  }
  for (const p of projects) {
    for (const perspective of IMPACT_PERSPECTIVES) {
      matrix[perspective][bucketOf(p, perspective)]++;
    }
  }
  return matrix;
}
