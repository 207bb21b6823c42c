/** An imported project for tests: a plausible one from a plan document, with `changes` applied. */
import type { ImportedPlan, ImportedProject } from '../../src/domain/import/importModel';

export function importedProject(changes: Partial<ImportedProject> = {}): ImportedProject {
  return {
    number: '2.1',
    title: 'Laiterekisteri',
    category: null,
    serviceArea: 'Tietohallinto',
    unit: null,
    description: 'Laitteet kirjataan yhteen rekisteriin.',
    whatChanges: 'Käsityö vähenee.',
    strategicGoal: 'Toiminnan laadullinen parantaminen',
    schedule: { text: '4/2023–12/2023', start: '2023-04', end: '2023-12', ongoing: false, openEnd: false, recurring: false, alternatives: false, uncertain: false, phases: [] },
    costs: { text: '5000 – 10000 €', investmentMin: 5000, investmentMax: 10000, recurringPerYearMin: null, recurringPerYearMax: null },
    likelihood: 'Suhteellisen varmaa – resursointi toki aina henkilöriippuvaista',
    scheduleOwner: 'Tietohallinto',
    resources: null,
    benefits: null,
    impacts: { economic: null, organisation: null, security: null, dataUse: null, caseManagement: null },
    warnings: [],
    ...changes
  };
}

/** A plan document's text from its lines. */
export function doc(...lines: string[]): string {
  return lines.join('\n');
}

/** The imported project with this number; fails naming the numbers there are. */
export function projectNumbered(plan: ImportedPlan, number: string): ImportedProject {
  const found = plan.projects.find((candidate) => candidate.number === number);
  if (!found) {
    throw new Error(`no project ${number}; have ${plan.projects.map((p) => p.number).join(', ')}`);
  }
  return found;
}
