import { emptyProject } from '../model';
import { LIKELIHOOD, SCHEDULE_OWNER } from '../vocabulary';
import type { ImportedProject } from './importModel';
import { applyImported, importedFields, splitChoice } from './toProject';
import { importedProject } from '../../../test/support/importedProject';

function imported(changes: Partial<ImportedProject> = {}): ImportedProject {
  return importedProject({
    description: 'Kuvaus',
    whatChanges: 'Käsityö vähenee',
    resources: 'Tietohallinto, ostopalvelut',
    impacts: { economic: null, organisation: 'Omaisuuden hallinta paranee.', security: 'Ei vaikutusta', dataUse: 'Ei osata sanoa vielä', caseManagement: null },
    ...changes
  });
}

describe('imported project → portfolio fields', () => {
  it('splits a choice written with an explanation into the choice and a note', () => {
    expect(splitChoice(LIKELIHOOD, 'Suhteellisen varmaa – resursointi toki aina henkilöriippuvaista')).toEqual({ value: 'Suhteellisen varmaa', note: 'resursointi toki aina henkilöriippuvaista' });
    expect(splitChoice(LIKELIHOOD, 'Epävarmaa - riippuu rahoituksesta')).toEqual({ value: 'Epävarmaa – riippuu rahoituksesta', note: null });
    expect(splitChoice(SCHEDULE_OWNER, 'Palveluala ja tietohallinto yhdessä')).toEqual({ value: null, note: 'Palveluala ja tietohallinto yhdessä' });
    expect(splitChoice(LIKELIHOOD, '  ')).toEqual({ value: null, note: null });
  });

  it('reads levels only where the text states them, and never invents one', () => {
    const f = importedFields(imported());
    expect(f.impacts.economic).toEqual({ level: null, text: 'Käsityö vähenee' });
    expect(f.impacts.organisation).toEqual({ level: null, text: 'Omaisuuden hallinta paranee.' });
    expect(f.impacts.security).toEqual({ level: 'Ei vaikutusta', text: 'Ei vaikutusta' });
    expect(f.impacts.dataUse).toEqual({ level: 'Ei tiedossa', text: 'Ei osata sanoa vielä' });
    expect(f.impacts.caseManagement).toEqual({ level: null, text: null });
    expect(f.scheduleOwner).toBe('Tietohallinto');
    expect(f.strategicBackground).toBe('Toiminnan laadullinen parantaminen');
  });

  it('keeps stored values the document does not state', () => {
    const stored = { ...emptyProject('Laiterekisteri'), resources: 'Vanha', unit: 'Yksikkö', progress: 40 };
    const next = applyImported(stored, importedFields(imported({ resources: null, unit: null })));
    expect(next.resources).toBe('Vanha');
    expect(next.unit).toBe('Yksikkö');
    expect(next.progress).toBe(40);
    expect(next.costs.investmentMax).toBe(10000);
  });
});
