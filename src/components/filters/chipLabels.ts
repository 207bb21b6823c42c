/**
 * What each filter chip says: the field's name and the words for its value. One entry per field
 * of PortfolioFilter that is a chip (src/domain/portfolio/filterChips.ts); the type asks for an
 * entry when a field is added to the filter, and the entry is all a new field needs.
 */
import type { ChipField, ChipValue, FilterChip } from '../../domain/portfolio/filterChips';
import { NO_VALUE } from '../../domain/portfolio/filter';
import { format } from '../common/format';
import { bucketLabel, perspectiveLabels } from '../common/labels';
import type { FilterOptions } from './filterOptions';

export interface ChipLabelContext {
  strings: ISalkkuStrings;
  options: FilterOptions;
}

interface ChipLabel<K extends ChipField> {
  name: (strings: ISalkkuStrings) => string;
  value: (value: ChipValue<K>, context: ChipLabelContext) => string;
}

type ChipLabels = { [K in ChipField]: ChipLabel<K> };

/** A value of a choice filter in the words of its option (a value no project has any more: as written). */
function option(list: keyof FilterOptions): (value: string | number, context: ChipLabelContext) => string {
  return (value, { strings, options }) => (value === NO_VALUE ? strings.FilterNoValue : options[list].find((o) => o.key === String(value))?.text ?? String(value));
}

/** In the order the chips are shown. */
export const CHIP_LABELS: ChipLabels = {
  serviceAreas: { name: (s) => s.FilterServiceArea, value: option('serviceAreas') },
  units: { name: (s) => s.FilterUnit, value: option('units') },
  statuses: { name: (s) => s.FilterStatus, value: option('statuses') },
  rags: { name: (s) => s.FilterRag, value: option('rags') },
  goals: { name: (s) => s.FilterGoal, value: option('goals') },
  scheduleOwners: { name: (s) => s.FilterScheduleOwner, value: option('scheduleOwners') },
  likelihoods: { name: (s) => s.FilterLikelihood, value: option('likelihoods') },
  mandatory: { name: (s) => s.FilterMandatory, value: (v, { strings }) => (v ? strings.FilterMandatoryYes : strings.FilterMandatoryNo) },
  assessment: { name: (s) => s.FilterAssessment, value: (v, { strings }) => (v === 'complete' ? strings.FilterAssessmentComplete : strings.FilterAssessmentIncomplete) },
  impact: { name: (s) => s.FilterImpact, value: (v, { strings }) => `${perspectiveLabels(strings)[v.perspective]} – ${bucketLabel(strings, v.level)}` },
  reportDue: { name: (s) => s.ActFilterReportDue, value: (v, { strings }) => (v ? strings.ActFilterReportDueYes : strings.ActFilterReportDueNo) }
};

export const CHIP_FIELDS = Object.keys(CHIP_LABELS) as ChipField[];

export interface ChipText {
  /** What the chip shows: "Tila: Käynnissä". */
  text: string;
  /** Its accessible name: "Poista suodatin: Tila Käynnissä". */
  removeLabel: string;
}

export function chipText<K extends ChipField>(chip: FilterChip<K>, context: ChipLabelContext): ChipText {
  const label = CHIP_LABELS[chip.field];
  const name = label.name(context.strings);
  const value = label.value(chip.value, context);
  return { text: format(context.strings.FilterChip, name, value), removeLabel: format(context.strings.FilterChipRemove, name, value) };
}
