/**
 * The filters in effect, in words, for a printed page's header: "Palveluala: Tietohallinto",
 * "Haku: ”verkko”". The plan is said separately (it is the page's title).
 */
import type { PortfolioData } from '../../data/contract/repository.types';
import type { PortfolioFilter } from '../../domain/portfolio/filter';
import { format } from '../common/format';
import { impactLevelLabels, perspectiveLabels } from '../common/labels';
import { filterOptions } from '../filters/filterOptions';

type ChoiceKey = 'serviceAreas' | 'units' | 'statuses' | 'rags' | 'scheduleOwners' | 'likelihoods';

function impactLevelText(strings: ISalkkuStrings, level: NonNullable<PortfolioFilter['impact']>['level']): string {
  return level === 'described' ? strings.ImpactDescribed : level === 'missing' ? strings.ImpactMissing : impactLevelLabels(strings)[level];
}

/** One "label: values" line per filter that keeps something out; none when nothing does. */
export function describeFilters(filter: PortfolioFilter, data: PortfolioData, strings: ISalkkuStrings): string[] {
  const options = filterOptions(data, strings);
  const textOf = (list: { key: string | number; text: string }[], value: string): string => list.find((o) => String(o.key) === value)?.text ?? value;
  const lines: string[] = [];
  const choice = (key: ChoiceKey, label: string): void => {
    if (filter[key].length > 0) {
      lines.push(format(strings.PrintFilterValue, label, filter[key].map((v) => textOf(options[key], v)).join(', ')));
    }
  };
  if (filter.text.trim() !== '') {
    lines.push(format(strings.PrintSearch, filter.text.trim()));
  }
  choice('serviceAreas', strings.FilterServiceArea);
  choice('units', strings.FilterUnit);
  choice('statuses', strings.FilterStatus);
  choice('rags', strings.FilterRag);
  if (filter.goals.length > 0) {
    lines.push(format(strings.PrintFilterValue, strings.FilterGoal, filter.goals.map((g) => textOf(options.goals, String(g))).join(', ')));
  }
  choice('scheduleOwners', strings.FilterScheduleOwner);
  choice('likelihoods', strings.FilterLikelihood);
  if (filter.mandatory !== null) {
    lines.push(format(strings.PrintFilterValue, strings.FilterMandatory, filter.mandatory ? strings.FilterMandatoryYes : strings.FilterMandatoryNo));
  }
  if (filter.assessment !== null) {
    lines.push(format(strings.PrintFilterValue, strings.FilterAssessment, filter.assessment === 'complete' ? strings.FilterAssessmentComplete : strings.FilterAssessmentIncomplete));
  }
  if (filter.impact !== null) {
    lines.push(format(strings.PrintFilterValue, perspectiveLabels(strings)[filter.impact.perspective], impactLevelText(strings, filter.impact.level)));
  }
  if (filter.reportDue !== null) {
    lines.push(format(strings.PrintFilterValue, strings.ActFilterReportDue, filter.reportDue ? strings.ActFilterReportDueYes : strings.ActFilterReportDueNo));
  }
  return lines;
}
