/**
 * How complete a project's change-impact assessment is. A perspective counts as assessed when it
 * has a level of no / minor / significant impact, either chosen or stated by its text
 * ("Ei vaikutusta"). "Not known" and a description without a level still need work.
 */
import type { ImpactEntry, ImpactLevel, ImpactPerspective, Project } from '../model';
import { IMPACT_PERSPECTIVES } from '../model';
import { IMPACT_LEVEL, keyOf, STATUS } from '../vocabulary';
import { parseImpactText } from './parseImpactText';

export type PerspectiveState = 'assessed' | 'unknown' | 'described' | 'missing';

export interface EffectiveImpact {
  /** The level chosen, or the one its text states; null when neither gives one. */
  level: ImpactLevel | null;
  /** The stored level text when it is not one of ours (a city's own choice), else null. */
  unknownChoice: string | null;
  state: PerspectiveState;
}

const ASSESSED: ReadonlySet<ImpactLevel> = new Set<ImpactLevel>(['none', 'minor', 'significant']);

export function effectiveImpact(entry: ImpactEntry): EffectiveImpact {
  const chosen = keyOf(IMPACT_LEVEL, entry.level);
  const unknownChoice = entry.level !== null && entry.level.trim() !== '' && chosen === undefined ? entry.level : null;
  const fromText = parseImpactText(entry.text);
  const level: ImpactLevel | null = chosen !== undefined && chosen !== 'notAssessed' ? chosen : fromText.level ?? (chosen ?? null);
  let state: PerspectiveState;
  if (level !== null && ASSESSED.has(level)) {
    state = 'assessed';
  } else if (level === 'unknown') {
    state = 'unknown';
  } else if (fromText.kind === 'described' || unknownChoice !== null) {
    state = 'described';
  } else {
    state = 'missing';
  }
  return { level, unknownChoice, state };
}

export interface Completeness {
  assessed: number;
  total: number;
  complete: boolean;
  perspectives: Record<ImpactPerspective, EffectiveImpact>;
}

/** Projects are replaced, never mutated, once loaded: their completeness can be remembered. */
const cache = new WeakMap<Project, Completeness>();

export function completeness(project: Project): Completeness {
  const cached = cache.get(project);
  if (cached) {
    return cached;
  }
  const result = computeCompleteness(project);
  cache.set(project, result);
  return result;
}

function computeCompleteness(project: Project): Completeness {
  const perspectives = {} as Record<ImpactPerspective, EffectiveImpact>;
  let assessed = 0;
  for (const perspective of IMPACT_PERSPECTIVES) {
    const effective = effectiveImpact(project.impacts[perspective]);
    perspectives[perspective] = effective;
    if (effective.state === 'assessed') {
      assessed++;
    }
  }
  return { assessed, total: IMPACT_PERSPECTIVES.length, complete: assessed === IMPACT_PERSPECTIVES.length, perspectives };
}

/** Approved or in progress but the assessment is not complete: the law wants it before the change. */
export function needsAttention(project: Project): boolean {
  const status = keyOf(STATUS, project.status);
  return (status === 'approved' || status === 'inProgress') && !completeness(project).complete;
}
