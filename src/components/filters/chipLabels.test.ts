import * as strings from 'SalkkuStrings';
import { EMPTY_FILTER } from '../../domain/portfolio/filter';
import { filterChips } from '../../domain/portfolio/filterChips';
import type { ChipLabelContext } from './chipLabels';
import { CHIP_FIELDS, chipText } from './chipLabels';
import type { FilterOptions } from './filterOptions';

const options: FilterOptions = {
  serviceAreas: [{ key: 'Sivistyspalvelut', text: 'Education' }],
  units: [],
  statuses: [{ key: 'Käynnissä', text: 'In progress' }],
  rags: [],
  goals: [{ key: '7', text: 'Digital services' }],
  scheduleOwners: [],
  likelihoods: []
};
const context: ChipLabelContext = { strings, options };

describe('filter chip labels', () => {
  it('name the field and the value in the words of the filter options', () => {
    const chips = filterChips({ ...EMPTY_FILTER, statuses: ['Käynnissä'], goals: [7], mandatory: true, impact: { perspective: 'security', level: 'missing' } }, CHIP_FIELDS);
    expect(chips.map((c) => chipText(c, context))).toEqual([
      { text: 'Status: In progress', removeLabel: 'Remove filter: Status In progress' },
      { text: 'Strategic goal: Digital services', removeLabel: 'Remove filter: Strategic goal Digital services' },
      { text: `Mandatory by law: ${strings.FilterMandatoryYes}`, removeLabel: `Remove filter: Mandatory by law ${strings.FilterMandatoryYes}` },
      { text: `Impact: ${strings.PerspectiveSecurity} – ${strings.ImpactMissing}`, removeLabel: `Remove filter: Impact ${strings.PerspectiveSecurity} – ${strings.ImpactMissing}` }
    ]);
  });

  it('show "empty" for the no-value choice and a value no option knows as written', () => {
    const chips = filterChips({ ...EMPTY_FILTER, units: [''], rags: ['Violetti'] }, CHIP_FIELDS);
    expect(chips.map((c) => chipText(c, context).text)).toEqual([`Unit: ${strings.FilterNoValue}`, 'RAG status: Violetti']);
  });

  it('cover every field of the filter but the plan and the search text', () => {
    expect([...CHIP_FIELDS].sort()).toEqual(Object.keys(EMPTY_FILTER).filter((k) => k !== 'plan' && k !== 'text').sort());
  });
});
