/**
 * Names garbled on the way from the document (a PDF-to-text step that swaps or drops a letter:
 * "Sivitystoimi", "Sosiaali- ja tervyespalvelut") are matched to names the organisation already
 * uses when they are a letter or two apart, with a warning; anything further apart is the city's
 * own name and is kept as written, never renamed to another city's vocabulary.
 */
import { normaliseChoiceText } from '../vocabulary';
import type { DomainWarning } from '../warnings';
import type { ImportedPlan } from './importModel';

/**
 * Edit distance with adjacent transpositions (optimal string alignment): "ts" ↔ "st" costs 1.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      const row = rows[i];
      if (row) {
        row[j] = best;
      }
    }
  }
  return at(a.length, b.length);
}

/** Letters a name may be off by: none under 5 letters, one under 10, two from 10. */
function tolerance(length: number): number {
  return length < 5 ? 0 : length < 10 ? 1 : 2;
}

/**
 * The known name `written` is a garbled form of, or null: exactly one known name within the
 * tolerance (two equally near names are ambiguous: kept as written).
 */
export function nearestKnownName(written: string, known: readonly string[]): string | null {
  const wanted = normaliseChoiceText(written);
  if (known.some((name) => normaliseChoiceText(name) === wanted)) {
    return null;
  }
  const near = known.filter((name) => {
    const candidate = normaliseChoiceText(name);
    return editDistance(wanted, candidate) <= tolerance(Math.min(wanted.length, candidate.length));
  });
  const distinct = Array.from(new Set(near.map((name) => normaliseChoiceText(name))));
  return distinct.length === 1 ? near[0] ?? null : null;
}

/**
 * The plan with each project's service area matched to `known` (the organisation's choices), to
 * the spellings the document itself uses more often and to `documentSpellings` (the same names
 * elsewhere in the document, e.g. its table of contents); one warning per corrected name.
 */
export function matchServiceAreas(plan: ImportedPlan, known: readonly string[], documentSpellings: readonly string[] = []): ImportedPlan {
  const uses = new Map<string, number>();
  plan.projects.forEach((p) => p.serviceArea !== null && uses.set(p.serviceArea, (uses.get(p.serviceArea) ?? 0) + 1));
  const corrections = new Map<string, string>();
  const knownExactly = new Set(known.map((name) => normaliseChoiceText(name)));
  for (const [written, count] of uses) {
    if (knownExactly.has(normaliseChoiceText(written))) {
      continue;
    }
    // a spelling the document uses more often than this one is the document's own name
    const documentNames = [
      ...[...uses.entries()].filter(([name, n]) => name !== written && (n > count || knownExactly.has(normaliseChoiceText(name)))).map(([name]) => name),
      ...documentSpellings.filter((name) => normaliseChoiceText(name) !== normaliseChoiceText(written))
    ];
    const match = nearestKnownName(written, known) ?? nearestKnownName(written, documentNames);
    if (match !== null) {
      corrections.set(written, match);
    }
  }
  if (corrections.size === 0) {
    return plan;
  }
  const warnings: DomainWarning[] = [...corrections].map(([written, matched]) => ({ code: 'importNameMatched', field: 'serviceArea', detail: `${written} → ${matched}` }));
  return {
    ...plan,
    warnings: [...plan.warnings, ...warnings],
    projects: plan.projects.map((p) => {
      const matched = p.serviceArea === null ? undefined : corrections.get(p.serviceArea);
      return matched === undefined ? p : { ...p, serviceArea: matched };
    })
  };
}
