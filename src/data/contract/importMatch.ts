/**
 * Which existing item each imported project is. Within the imported plan (a document imported
 * again): same number and title, then same title, then same number in the same service area.
 * An item of an earlier plan is linked (carried over) only conservatively, because a wrong link
 * shows one project's costs, status and manager on another:
 * - the same organisation, where both plans name one;
 * - the same service area (or, without one on either side, the same category), and the same
 *   unit where both name one;
 * - and the same title, or the same number with a title that contains the other (a renamed
 *   project). A number alone never links: plans renumber their projects every period.
 * Several candidates, or one item wanted by several imported projects, is no link and a warning.
 * The caller may un-link projects by index: those are created as new, their link still listed.
 */
import type { ImportedProject } from '../../domain/import/importModel';
import type { Plan, Project } from '../../domain/model';
import { normaliseChoiceText } from '../../domain/vocabulary';

/** An existing item as the preview and the dry run show it. */
export interface LinkedItem {
  id: number | null;
  number: string | null;
  title: string;
  /** The plans the item is in now. */
  plans: { id: number; title: string }[];
}

/** What a carry-over link matched on besides organisation and service area / unit. */
export type LinkBasis = 'title' | 'number';

export interface CarryOverLink {
  /** The imported project's index in the document. */
  index: number;
  number: string | null;
  title: string;
  item: LinkedItem;
  /** Why: title and/or number, with the service area, unit and organisation both sides share. */
  matchedOn: LinkBasis[];
  serviceArea: string | null;
  unit: string | null;
  category: string | null;
  organisation: string | null;
  /** The caller un-linked it: the imported project is created as new. */
  unlinked: boolean;
}

export interface AmbiguousLink {
  index: number;
  number: string | null;
  title: string;
  /** `several`: more than one earlier item fits; `shared`: other imported projects fit the same item. */
  reason: 'several' | 'shared';
  candidates: LinkedItem[];
}

export interface ImportMatch {
  project: Project;
  carriedOver: boolean;
}

export interface MatchInput {
  projects: readonly Project[];
  plans: readonly Plan[];
  /** The plan imported into (-1 for a plan a dry run has not created). */
  planId: number;
  /** The imported plan's organisation, or the existing plan's. */
  organisation: string | null;
  imported: readonly ImportedProject[];
  unlinked?: ReadonlySet<number>;
}

export interface MatchResult {
  /** By imported index: the item it is, if any. */
  matches: (ImportMatch | undefined)[];
  links: CarryOverLink[];
  ambiguous: AmbiguousLink[];
}

export function same(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && normaliseChoiceText(a) === normaliseChoiceText(b);
}

/** One title is the other, or contains it as whole words ("Asset Management" → "Asset Management, vaihe 2"). */
export function similarTitles(a: string, b: string): boolean {
  const words = (text: string): string => ` ${normaliseChoiceText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const [x, y] = [words(a), words(b)];
  return x.trim() !== '' && y.trim() !== '' && (x.includes(y) || y.includes(x));
}

/** Service area (or category when neither has one) equal; units equal where both name one. */
export function sameArea(item: Pick<Project, 'serviceArea' | 'unit' | 'category'>, imported: Pick<ImportedProject, 'serviceArea' | 'unit' | 'category'>): boolean {
  const area = item.serviceArea !== null || imported.serviceArea !== null ? same(item.serviceArea, imported.serviceArea) : same(item.category, imported.category);
  return area && (item.unit === null || imported.unit === null || same(item.unit, imported.unit));
}

function organisationsOf(item: Project, plans: readonly Plan[]): string[] {
  return plans.filter((p) => p.id !== null && item.planIds.includes(p.id) && p.organisation !== null).map((p) => p.organisation ?? '');
}

function linkedItem(item: Project, plans: readonly Plan[]): LinkedItem {
  const inPlans = item.planIds.map((id) => ({ id, title: plans.find((p) => p.id === id)?.title ?? `#${id}` }));
  return { id: item.id, number: item.number, title: item.title, plans: inPlans };
}

/** What an earlier item and an imported project share, or null when they must not be linked. */
function basis(item: Project, imported: ImportedProject, organisation: string | null, plans: readonly Plan[]): LinkBasis[] | null {
  const organisations = organisationsOf(item, plans);
  if (organisation !== null && organisations.length > 0 && !organisations.some((o) => same(o, organisation))) {
    return null;
  }
  if (!sameArea(item, imported)) {
    return null;
  }
  const byTitle = same(item.title, imported.title);
  const byNumber = imported.number !== null && item.number === imported.number && similarTitles(item.title, imported.title);
  const found: LinkBasis[] = [...(byTitle ? ['title' as const] : []), ...(byNumber ? ['number' as const] : [])];
  return found.length > 0 ? found : null;
}

/** Matches within the plan, in passes so that a project moved to another number keeps its item. */
function matchInPlan(input: MatchInput, matches: (ImportMatch | undefined)[]): void {
  const claimed = new Set<Project>();
  const inPlan = input.projects.filter((p) => p.planIds.includes(input.planId));
  const passes: ((p: Project, item: ImportedProject) => boolean)[] = [
    (p, item) => item.number !== null && p.number === item.number && same(p.title, item.title),
    (p, item) => same(p.title, item.title),
    (p, item) => item.number !== null && p.number === item.number && sameArea(p, item)
  ];
  for (const fits of passes) {
    input.imported.forEach((item, index) => {
      if (matches[index] !== undefined) {
        return;
      }
      const found = inPlan.find((p) => !claimed.has(p) && fits(p, item));
      if (found) {
        claimed.add(found);
        matches[index] = { project: found, carriedOver: false };
      }
    });
  }
}

export function matchImported(input: MatchInput): MatchResult {
  const matches: (ImportMatch | undefined)[] = input.imported.map(() => undefined);
  matchInPlan(input, matches);
  const earlier = input.projects.filter((p) => !p.planIds.includes(input.planId));
  const unlinked = input.unlinked ?? new Set<number>();
  const links: CarryOverLink[] = [];
  const ambiguous: AmbiguousLink[] = [];
  const wanted: { index: number; item: Project; on: LinkBasis[] }[] = [];
  input.imported.forEach((item, index) => {
    if (matches[index] !== undefined) {
      return;
    }
    const candidates = earlier.flatMap((p) => {
      const on = basis(p, item, input.organisation, input.plans);
      return on ? [{ index, item: p, on }] : [];
    });
    if (candidates.length > 1) {
      ambiguous.push({ index, number: item.number, title: item.title, reason: 'several', candidates: candidates.map((c) => linkedItem(c.item, input.plans)) });
    } else if (candidates[0]) {
      wanted.push(candidates[0]);
    }
  });
  for (const want of wanted) {
    const item = input.imported[want.index];
    if (!item) {
      continue;
    }
    const isUnlinked = unlinked.has(want.index);
    // un-linked projects are created as new, so they do not compete for the item
    const rivals = wanted.filter((w) => w.item === want.item && !unlinked.has(w.index));
    if (!isUnlinked && rivals.length > 1) {
      ambiguous.push({ index: want.index, number: item.number, title: item.title, reason: 'shared', candidates: [linkedItem(want.item, input.plans)] });
      continue;
    }
    const organisation = organisationsOf(want.item, input.plans).find((o) => same(o, input.organisation)) ?? null;
    links.push({
      index: want.index,
      number: item.number,
      title: item.title,
      item: linkedItem(want.item, input.plans),
      matchedOn: want.on,
      serviceArea: item.serviceArea,
      unit: want.item.unit !== null && item.unit !== null ? item.unit : null,
      category: item.serviceArea === null ? item.category : null,
      organisation,
      unlinked: isUnlinked
    });
    if (!isUnlinked) {
      matches[want.index] = { project: want.item, carriedOver: true };
    }
  }
  ambiguous.sort((a, b) => a.index - b.index);
  return { matches, links, ambiguous };
}
