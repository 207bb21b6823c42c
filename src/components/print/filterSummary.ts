/**
 * The filters in effect, in words, for a printed page's header: "Palveluala: Tietohallinto",
 * "Haku: ”verkko”". The plan is said separately (it is the page's title). The words are the
 * filter chips' (one label table, src/components/filters/chipLabels.ts): a new filter field
 * prints as soon as it has a chip.
 */
import type { PortfolioData } from '../../data/contract/repository.types';
import type { PortfolioFilter } from '../../domain/portfolio/filter';
import type { ChipField } from '../../domain/portfolio/filterChips';
import { chipValues } from '../../domain/portfolio/filterChips';
import { format } from '../common/format';
import type { ChipLabelContext } from '../filters/chipLabels';
import { CHIP_FIELDS, CHIP_LABELS } from '../filters/chipLabels';
import { filterOptions } from '../filters/filterOptions';

/** A field's values in words, or undefined when the field is not set. */
function fieldLine<K extends ChipField>(filter: PortfolioFilter, field: K, context: ChipLabelContext): string | undefined {
  const label = CHIP_LABELS[field];
  const values = chipValues(filter, field);
  return values.length === 0 ? undefined : format(context.strings.PrintFilterValue, label.name(context.strings), values.map((v) => label.value(v, context)).join(', '));
}

/** One "label: values" line per filter that keeps something out; none when nothing does. */
export function describeFilters(filter: PortfolioFilter, data: PortfolioData, strings: ISalkkuStrings): string[] {
  const context: ChipLabelContext = { strings, options: filterOptions(data, strings) };
  const lines: string[] = [];
  if (filter.text.trim() !== '') {
    lines.push(format(strings.PrintSearch, filter.text.trim()));
  }
  for (const field of CHIP_FIELDS) {
    const line = fieldLine(filter, field, context);
    if (line !== undefined) {
      lines.push(line);
    }
  }
  if (filter.reportDue !== null) {
    lines.push(format(strings.PrintFilterValue, strings.ActFilterReportDue, filter.reportDue ? strings.ActFilterReportDueYes : strings.ActFilterReportDueNo));
  }
  return lines;
}
