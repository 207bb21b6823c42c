/**
 * The active conditions of a filter as removable "chips": one per selected value of a multi-value
 * field, one per set single-value field. Works on the fields of PortfolioFilter generically, so a
 * field added to the filter only needs its label (see src/components/filters/chipLabels.ts).
 * The plan (a picker of its own) and the search text (its own box) are not chips.
 */
import type { PortfolioFilter } from './filter';
import { EMPTY_FILTER } from './filter';

export type ChipField = Exclude<keyof PortfolioFilter, 'plan' | 'text'>;

/** One value of a field: an element of a multi-value field, or a single field's value when set. */
export type ChipValue<K extends ChipField> = PortfolioFilter[K] extends readonly (infer E)[] ? E : NonNullable<PortfolioFilter[K]>;

export interface FilterChip<K extends ChipField = ChipField> {
  field: K;
  value: ChipValue<K>;
  /** Position among the field's values (0 for a single-value field). */
  index: number;
}

/** The values of one field that are set, in their order. */
export function chipValues<K extends ChipField>(filter: PortfolioFilter, field: K): ChipValue<K>[] {
  const value: unknown = filter[field];
  if (Array.isArray(value)) {
    return value as ChipValue<K>[];
  }
  return value === null || value === undefined ? [] : [value as ChipValue<K>];
}

/** The chips of `fields`, in that order. */
export function filterChips<K extends ChipField>(filter: PortfolioFilter, fields: readonly K[]): FilterChip<K>[] {
  return fields.flatMap((field) => chipValues(filter, field).map((value, index) => ({ field, value, index })));
}

/** The filter without one chip's value; other values and fields stay as they were. */
export function withoutChip(filter: PortfolioFilter, chip: Pick<FilterChip, 'field' | 'index'>): PortfolioFilter {
  const value: unknown = filter[chip.field];
  const next: unknown = Array.isArray(value) ? value.filter((_v: unknown, i) => i !== chip.index) : EMPTY_FILTER[chip.field];
  return { ...filter, [chip.field]: next };
}

/** The filter without any chip: the plan and the search text are kept. */
export function withoutChips(filter: PortfolioFilter): PortfolioFilter {
  return { ...EMPTY_FILTER, plan: filter.plan, text: filter.text };
}
