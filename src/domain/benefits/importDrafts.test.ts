/**
 * Draft benefits from an imported plan (issue 21): the promising sentences of a project's
 * benefits passage, what changes and description, text only, each once; a sentence one of the
 * project's benefits already covers is not proposed. The plan texts are written in the style of
 * municipal plans, in our own words.
 */
import { parsePlanText } from '../import/parsePlanDocument';
import { importedProject } from '../../../test/support/importedProject';
import { DRAFT_SOURCE, importedDraftBenefits } from './importDrafts';

const PLAN = `Kuusiniemen kunta

# Tietohallinnon toimenpidesuunnitelma 2026–2027

## 2 Perusinfrastruktuurihankkeet, tietohallinto

### 2.1 Langattoman verkon uusiminen

Koulujen ja kirjastojen tukiasemat uusitaan, koska vanhan laitesukupolven tuki päättyy. Samalla verkon valvonta keskitetään yhteen palveluun.

Mikä muuttuu: Vikatilanteet huomataan ennen käyttäjää ja vianselvitys nopeutuu.

Hyödyt ja vaikutukset:

- Tukipyyntöjä verkon katkoista tulee vähemmän.
- Ylläpitosopimuksia on yksi kolmen sijaan, mikä tuo säästöä.

Strateginen tavoite: Toimintavarma perusinfrastruktuuri

Aikataulu: 3/2026 – 10/2026

Arvio projektiin tarvittavista resursseista: Tietohallinto, verkkotoimittaja

### 2.2 Tulostuspalvelun kilpailutus

Tulostuspalvelu kilpailutetaan uudelleen sopimuskauden päättyessä.

Mikä muuttuu: Sopimus jatkuu uudella toimittajalla.

Aikataulu: 2027

Arvio projektiin tarvittavista resursseista: Hankintapalvelut
`;

describe('draft benefits from an imported plan', () => {
  const plan = parsePlanText(PLAN, { fileName: 'kuusiniemi.md' });
  const network = plan.projects.find((p) => p.number === '2.1');
  const printing = plan.projects.find((p) => p.number === '2.2');

  it('reads a "Hyödyt ja vaikutukset" passage as the benefits text, not as the fields around it', () => {
    expect(network?.benefits).toBe('- Tukipyyntöjä verkon katkoista tulee vähemmän.\n- Ylläpitosopimuksia on yksi kolmen sijaan, mikä tuo säästöä.');
    expect(network?.whatChanges).toBe('Vikatilanteet huomataan ennen käyttäjää ja vianselvitys nopeutuu.');
    expect(network?.strategicGoal).toBe('Toimintavarma perusinfrastruktuuri');
    expect(network?.resources).toBe('Tietohallinto, verkkotoimittaja');
    // a project without a benefits passage is not warned about it
    expect(printing?.benefits).toBeNull();
    expect(printing?.warnings.filter((w) => w.code === 'importMissingField').map((w) => w.field)).toEqual(['strategicGoal']);
  });

  it('proposes the promising sentences, benefits passage first, with where each came from and no figures', () => {
    const drafts = network ? importedDraftBenefits(network) : [];
    expect(drafts.map((d) => [d.source, d.title])).toEqual([
      [DRAFT_SOURCE.benefits, 'Tukipyyntöjä verkon katkoista tulee vähemmän'],
      [DRAFT_SOURCE.benefits, 'Ylläpitosopimuksia on yksi kolmen sijaan, mikä tuo säästöä'],
      [DRAFT_SOURCE.whatChanges, 'Vikatilanteet huomataan ennen käyttäjää ja vianselvitys nopeutuu']
    ]);
    // the description's sentences promise nothing (no cue), and "Sopimus jatkuu" neither
    expect(printing ? importedDraftBenefits(printing) : null).toEqual([]);
  });

  it('does not propose what the project already has: a draft of the same title, or a benefit whose title starts the sentence', () => {
    const drafts = network ? importedDraftBenefits(network, ['Tukipyyntöjä verkon katkoista tulee vähemmän.', 'Ylläpitosopimuksia on yksi']) : [];
    expect(drafts.map((d) => d.title)).toEqual(['Vikatilanteet huomataan ennen käyttäjää ja vianselvitys nopeutuu']);
  });

  it('uses the economic impact when there is no "what changes", and the same sentence in two passages once', () => {
    const project = importedProject({
      whatChanges: null,
      impacts: { economic: 'Lomakkeiden käsittely nopeutuu.', organisation: null, security: null, dataUse: null, caseManagement: null },
      description: 'Lomakkeiden käsittely nopeutuu. Hankinta tehdään yhteishankintana.'
    });
    expect(importedDraftBenefits(project).map((d) => [d.source, d.description])).toEqual([[DRAFT_SOURCE.whatChanges, 'Lomakkeiden käsittely nopeutuu.']]);
  });
});
