/** The Projects list (Hankkeet): one item per development project. */
import {
  ASSESSMENT_STATUS,
  CATEGORY,
  DEFAULT_SERVICE_AREAS,
  IMPACT_LEVEL,
  LIKELIHOOD,
  RAG,
  SCHEDULE_OWNER,
  STATUS,
  vocabularyValues
} from '../../../domain/vocabulary';
import {
  COST_TEXT_FORMAT,
  EURO_FORMAT,
  formFooter,
  formHeader,
  IMPACT_FORMAT,
  PROGRESS_FORMAT,
  RAG_FORMAT,
  SCHEDULE_FORMAT,
  STATUS_FORMAT
} from './formatting';
import type { FormWords } from './formatting';
import type { FieldSchema, FormLayout, Language, ListSchema, LocalizedText, ViewSchema } from './schema.types';
import { CURRENT_PLAN } from './schema.types';

function t(fi: string, sv: string, en: string): LocalizedText {
  return { fi, sv, en };
}

const impactLevels = vocabularyValues(IMPACT_LEVEL);

/**
 * Plan number: digits separated by single dots ("2", "2.4", "3.2.1"); empty is allowed.
 * Internal names in brackets: set-up writes the site language's display names.
 */
const PLAN_NUMBER_FORMULA =
  '=OR(ISBLANK([ProjectNumber]),AND(ISNUMBER(VALUE(SUBSTITUTE([ProjectNumber],".",""))),ISERROR(FIND("..",[ProjectNumber])),' +
  'LEFT([ProjectNumber],1)<>".",RIGHT([ProjectNumber],1)<>".",ISERROR(FIND(" ",[ProjectNumber])),ISERROR(FIND("-",[ProjectNumber])),' +
  'ISERROR(FIND("+",[ProjectNumber])),ISERROR(FIND(",",[ProjectNumber])),ISERROR(SEARCH("e",[ProjectNumber]))))';

function impactLevelField(name: string, title: LocalizedText, help: LocalizedText): FieldSchema {
  return {
    name,
    kind: 'Choice',
    choices: impactLevels,
    title,
    description: t(
      `Vaikutuksen taso: ${help.fi}. Valitse "Ei vaikutusta", "Vähäinen", "Merkittävä" tai "Ei tiedossa".`,
      `Konsekvensens nivå: ${help.sv}. Välj "Ingen inverkan", "Liten", "Betydande" eller "Inte känt".`,
      `Level of impact: ${help.en}. Choose "No impact", "Minor", "Significant" or "Not known".`
    ),
    indexedUntil: 2,
    since: 1,
    formatter: { value: IMPACT_FORMAT, since: 2 }
  };
}

function impactNoteField(name: string, title: LocalizedText): FieldSchema {
  return {
    name,
    kind: 'Note',
    load: 'assessment',
    title: t(`${title.fi} – perustelu`, `${title.sv} – motivering`, `${title.en} – justification`),
    description: t(
      'Kuvaa lyhyesti, mikä muuttuu ja miksi. Jos vaikutusta ei ole, kerro miksi.',
      'Beskriv kort vad som ändras och varför. Om ingen inverkan finns, berätta varför.',
      'Describe briefly what changes and why. If there is no impact, say why.'
    ),
    since: 1
  };
}

/** Level and justification of one information-management perspective (a–d). */
function impactFields(levelName: string, noteName: string, title: LocalizedText, help: LocalizedText): FieldSchema[] {
  return [impactLevelField(levelName, title, help), impactNoteField(noteName, title)];
}

export const PROJECT_FIELDS: readonly FieldSchema[] = [
  {
    name: 'Title',
    kind: 'Text',
    builtIn: true,
    required: true,
    indexed: true,
    title: t('Hankkeen nimi', 'Projektets namn', 'Project title'),
    description: t(
      'Lyhyt, kuvaava nimi, kuten suunnitelmassa (esim. "Sähköinen arkistointi").',
      'Kort, beskrivande namn som i planen (t.ex. "Elektronisk arkivering").',
      'A short, descriptive name as in the plan (e.g. "Electronic archiving").'
    ),
    since: 1
  },
  {
    name: 'ProjectNumber',
    kind: 'Text',
    maxLength: 20,
    indexed: true,
    title: t('Numero', 'Nummer', 'Number'),
    description: t(
      'Hankkeen numero suunnitelmassa, pisteillä erotettuna: esim. 2.4 tai 3.2.1.',
      'Projektets nummer i planen, med punkter: t.ex. 2.4 eller 3.2.1.',
      'The project\'s number in the plan, dot-separated: e.g. 2.4 or 3.2.1.'
    ),
    since: 1,
    validation: {
      value: {
        formula: PLAN_NUMBER_FORMULA,
        message: t(
          'Kirjoita numero pisteillä erotettuina numeroina, esim. 2.4 tai 3.2.1.',
          'Skriv numret som siffror åtskilda med punkter, t.ex. 2.4 eller 3.2.1.',
          'Write the number as digits separated by dots, e.g. 2.4 or 3.2.1.'
        )
      },
      since: 2,
      // version 2 wrote it with `,` between arguments, which a Finnish-locale site refuses
      revised: 3
    }
  },
  {
    name: 'SortKey',
    load: 'details',
    kind: 'Text',
    maxLength: 64,
    indexed: true,
    hiddenInForms: true,
    title: t('Järjestysavain', 'Sorteringsnyckel', 'Sort key'),
    description: t(
      'Salkku kirjoittaa tämän numerosta (2.10 → 0002.0010), jotta SharePointin näkymät järjestävät hankkeet suunnitelman järjestykseen. Älä muokkaa.',
      'Salkku skriver denna utifrån numret (2.10 → 0002.0010) så att SharePoints vyer sorterar projekten i planens ordning. Redigera inte.',
      'Salkku writes this from the number (2.10 → 0002.0010) so that SharePoint\'s views sort projects in plan order. Do not edit.'
    ),
    since: 3
  },
  {
    name: 'ProjectDescription',
    load: 'details',
    kind: 'Note',
    title: t('Kuvaus', 'Beskrivning', 'Description'),
    description: t(
      'Tausta ja mitä tehdään: miksi hanke tarvitaan ja mitä siinä toteutetaan.',
      'Bakgrund och vad som görs: varför projektet behövs och vad som genomförs.',
      'Background and what will be done: why the project is needed and what it delivers.'
    ),
    since: 1
  },
  {
    name: 'Category',
    kind: 'Choice',
    choices: vocabularyValues(CATEGORY),
    indexed: true,
    title: t('Hankeryhmä', 'Projektgrupp', 'Category'),
    description: t(
      'Suunnitelman osio: tietohallinnon perusinfrastruktuuri, koko kaupunkia koskeva tai palvelualakohtainen.',
      'Planens avsnitt: IT-infrastruktur, gemensamt för hela staden eller sektorspecifikt.',
      'Section of the plan: IT infrastructure, city-wide or service area.'
    ),
    since: 1
  },
  {
    name: 'ServiceArea',
    kind: 'Choice',
    choices: DEFAULT_SERVICE_AREAS,
    fillIn: true,
    indexed: true,
    title: t('Palveluala', 'Sektor', 'Service area'),
    description: t(
      'Palveluala, joka omistaa hankkeen. Tietohallinnon omat hankkeet: Tietohallinto.',
      'Sektorn som äger projektet. IT-förvaltningens egna projekt: Tietohallinto.',
      'The service area that owns the project. IT\'s own projects: Tietohallinto.'
    ),
    since: 1
  },
  {
    name: 'OrgUnit',
    kind: 'Text',
    maxLength: 255,
    indexedUntil: 2,
    title: t('Yksikkö', 'Enhet', 'Unit'),
    description: t(
      'Palvelualan yksikkö, esim. Rahatoimi ja taloushallinto. Jätä tyhjäksi, jos hanke koskee koko palvelualaa.',
      'Enhet inom sektorn, t.ex. Ekonomiförvaltning. Lämna tomt om projektet gäller hela sektorn.',
      'Unit within the service area, e.g. Finance. Leave empty if the project concerns the whole area.'
    ),
    since: 1
  },
  {
    name: 'Plan',
    kind: 'Lookup',
    lookupList: 'plans',
    indexed: true,
    title: t('Suunnitelma', 'Plan', 'Plan'),
    description: t(
      'Uusin toimenpidesuunnitelma, jossa hanke on mukana.',
      'Den senaste åtgärdsplanen där projektet ingår.',
      'The newest action plan the project appears in.'
    ),
    since: 1
  },
  {
    name: 'Plans',
    kind: 'LookupMulti',
    lookupList: 'plans',
    title: t('Suunnitelmakaudet', 'Planperioder', 'Plan periods'),
    description: t(
      'Kaikki suunnitelmat, joissa hanke on ollut. Aiemmalta kaudelta siirtynyt hanke kuuluu useaan.',
      'Alla planer där projektet har ingått. Ett projekt som överförts från en tidigare period hör till flera.',
      'Every plan the project has appeared in. A project carried over from an earlier period belongs to several.'
    ),
    since: 1
  },
  {
    name: 'CarriedOver',
    load: 'details',
    kind: 'Boolean',
    indexed: true,
    hiddenInForms: true,
    title: t('Siirtynyt', 'Överförd', 'Carried over'),
    description: t(
      'Kyllä, kun hanke on siirtynyt aiemmalta suunnittelukaudelta (päivittyy automaattisesti).',
      'Ja när projektet har överförts från en tidigare planperiod (uppdateras automatiskt).',
      'Yes when the project was carried over from an earlier plan period (maintained automatically).'
    ),
    since: 1
  },
  {
    name: 'WhatChanges',
    load: 'assessment',
    kind: 'Note',
    title: t('Mikä muuttuu', 'Vad förändras', 'What changes'),
    description: t(
      'Taloudelliset ja toiminnalliset muutosvaikutukset: mikä muuttuu, kun hanke on toteutettu.',
      'Ekonomiska och operativa konsekvenser: vad förändras när projektet har genomförts.',
      'Economic and operational impact: what changes when the project is done.'
    ),
    since: 1
  },
  impactLevelField(
    'ImpactEconomic',
    t('Taloudelliset ja toiminnalliset vaikutukset', 'Ekonomiska och operativa konsekvenser', 'Economic and operational impact'),
    t('talous ja toiminta', 'ekonomi och verksamhet', 'economy and operations')
  ),
  ...impactFields(
    'ImpactOrganisation',
    'ImpactOrganisationNote',
    t('a) Tiedonhallinnan järjestäminen', 'a) Organisering av informationshanteringen', 'a) Organisation of information management'),
    t(
      'viranomaisen tehtävät, palvelut ja tietoihin liittyvät vastuut',
      'myndighetens uppgifter, tjänster och ansvar för information',
      'the authority\'s tasks, services and responsibilities for data'
    )
  ),
  ...impactFields(
    'ImpactSecurity',
    'ImpactSecurityNote',
    t('b) Tietoturvallisuus', 'b) Informationssäkerhet', 'b) Information security'),
    t(
      'salassa pidettävät tiedot, käyttöoikeudet ja lokitiedot',
      'sekretessbelagda uppgifter, behörigheter och loggar',
      'confidential data, access rights and logging'
    )
  ),
  ...impactFields(
    'ImpactDataUse',
    'ImpactDataUseNote',
    t('c) Tietojen käsittely ja hyödyntäminen', 'c) Behandling och användning av uppgifter', 'c) Processing and use of data'),
    t(
      'säilytys, tietojen haku muilta viranomaisilta ja luovutus',
      'förvaring, inhämtning från andra myndigheter och utlämnande',
      'storage, retrieval from and disclosure to other authorities'
    )
  ),
  ...impactFields(
    'ImpactCaseMgmt',
    'ImpactCaseMgmtNote',
    t('d) Asianhallinta', 'd) Ärendehantering', 'd) Case management'),
    t(
      'asioiden rekisteröinti ja seuranta, asiakastietojen tallentaminen',
      'registrering och uppföljning av ärenden, lagring av kunduppgifter',
      'registration and tracking of cases, storing client data'
    )
  ),
  {
    name: 'AssessmentStatus',
    kind: 'Choice',
    choices: vocabularyValues(ASSESSMENT_STATUS),
    indexed: true,
    title: t('Arvioinnin tila', 'Bedömningens status', 'Assessment status'),
    description: t(
      'Luonnos, kunnes arvio on käyty läpi; Hyväksytty, kun ohjausryhmä on hyväksynyt sen.',
      'Utkast tills bedömningen har granskats; Godkänd när styrgruppen har godkänt den.',
      'Draft until the assessment has been reviewed; Approved once the steering group has approved it.'
    ),
    since: 1
  },
  {
    name: 'AssessedBy',
    load: 'details',
    kind: 'User',
    title: t('Arvioija', 'Bedömare', 'Assessed by'),
    description: t('Henkilö, joka teki muutosvaikutusten arvion.', 'Personen som gjorde konsekvensbedömningen.', 'The person who made the impact assessment.'),
    since: 1
  },
  {
    name: 'AssessedOn',
    load: 'details',
    kind: 'DateTime',
    title: t('Arvioitu', 'Bedömd', 'Assessed on'),
    description: t('Päivä, jona arvio tehtiin tai päivitettiin.', 'Dagen då bedömningen gjordes eller uppdaterades.', 'The day the assessment was made or updated.'),
    since: 1
  },
  {
    name: 'StrategicGoals',
    kind: 'LookupMulti',
    lookupList: 'goals',
    title: t('Strategiset tavoitteet', 'Strategiska mål', 'Strategic goals'),
    description: t(
      'Strategiset tavoitteet, joita hanke edistää. Valitse yksi tai useampi.',
      'Strategiska mål som projektet främjar. Välj ett eller flera.',
      'Strategic goals the project serves. Choose one or more.'
    ),
    since: 1
  },
  {
    name: 'StrategicBackground',
    load: 'details',
    kind: 'Note',
    title: t('Strateginen tausta', 'Strategisk bakgrund', 'Strategic background'),
    description: t(
      'Miten hanke liittyy strategiaan, omin sanoin (esim. "Lainsäädäntö eli pakko").',
      'Hur projektet hänger ihop med strategin, med egna ord.',
      'How the project relates to the strategy, in your own words.'
    ),
    since: 1
  },
  {
    name: 'ScheduleText',
    kind: 'Note',
    title: t('Aikataulu', 'Tidsplan', 'Schedule'),
    description: t(
      'Aikataulu vapaasti kirjoitettuna, esim. "3/2024 – 12/2025", "Q4/2024", "syksy 2024", "2025 alkaen" tai vaiheittain omille riveilleen.',
      'Tidsplan i fritext, t.ex. "3/2024 – 12/2025", "Q4/2024", "hösten 2024", "från 2025" eller faser på egna rader.',
      'Schedule as free text, e.g. "3/2024 – 12/2025", "Q4/2024", "autumn 2024", "from 2025", or phases on their own lines.'
    ),
    since: 1,
    formatter: { value: SCHEDULE_FORMAT, since: 2 }
  },
  {
    name: 'ScheduleStart',
    kind: 'Text',
    maxLength: 7,
    indexedUntil: 2,
    title: t('Alkukuukausi', 'Startmånad', 'Start month'),
    description: t(
      'Ensimmäinen kuukausi muodossa VVVV-KK (esim. 2024-03). Tyhjä, jos aikataulu ei kerro alkua.',
      'Första månaden i formatet ÅÅÅÅ-MM (t.ex. 2024-03). Tomt om tidsplanen inte anger start.',
      'First month as YYYY-MM (e.g. 2024-03). Empty when the schedule does not give a start.'
    ),
    since: 1
  },
  {
    name: 'ScheduleEnd',
    kind: 'Text',
    maxLength: 7,
    indexedUntil: 2,
    title: t('Loppukuukausi', 'Slutmånad', 'End month'),
    description: t(
      'Viimeinen kuukausi muodossa VVVV-KK. Ei saa olla ennen alkukuukautta. Tyhjä, jos loppu on avoin.',
      'Sista månaden i formatet ÅÅÅÅ-MM. Får inte vara före startmånaden. Tomt om slutet är öppet.',
      'Last month as YYYY-MM. Must not be before the start month. Empty when the end is open.'
    ),
    since: 1
  },
  {
    name: 'ScheduleOngoing',
    kind: 'Boolean',
    title: t('Jatkuva', 'Fortlöpande', 'Ongoing'),
    description: t('Kyllä, jos työ jatkuu lopun jälkeen ("jatkuen").', 'Ja om arbetet fortsätter efter slutet.', 'Yes when the work continues after the end.'),
    since: 1
  },
  {
    name: 'ScheduleOpenEnd',
    kind: 'Boolean',
    title: t('Avoin loppu', 'Öppet slut', 'Open end'),
    description: t('Kyllä, kun alku tiedetään mutta loppua ei.', 'Ja när starten är känd men inte slutet.', 'Yes when the start is known but the end is not.'),
    since: 1
  },
  {
    name: 'ScheduleRecurring',
    kind: 'Boolean',
    title: t('Toistuu vuosittain', 'Återkommer årligen', 'Recurring yearly'),
    description: t('Kyllä, jos työ toistuu joka vuosi.', 'Ja om arbetet återkommer varje år.', 'Yes when the work repeats every year.'),
    since: 1
  },
  {
    name: 'ScheduleAlternatives',
    kind: 'Boolean',
    title: t('Vaihtoehtoinen aikataulu', 'Alternativ tidsplan', 'Alternative schedules'),
    description: t('Kyllä, jos aikataulussa on vaihtoehtoja ("tai").', 'Ja om tidsplanen har alternativ ("eller").', 'Yes when the schedule gives alternatives ("or").'),
    since: 1
  },
  {
    name: 'ScheduleUncertain',
    kind: 'Boolean',
    title: t('Epävarma aikataulu', 'Osäker tidsplan', 'Uncertain schedule'),
    description: t('Kyllä, jos aikataulu on arvio tai vielä auki.', 'Ja om tidsplanen är en uppskattning eller ännu öppen.', 'Yes when the schedule is an estimate or still open.'),
    since: 1
  },
  {
    name: 'SchedulePhases',
    kind: 'Note',
    hiddenInForms: true,
    title: t('Vaiheet', 'Faser', 'Phases'),
    description: t(
      'Aikataulun vaiheet koneluettavassa muodossa (päivittyy aikataulun tekstistä).',
      'Tidsplanens faser i maskinläsbar form (uppdateras från tidsplanens text).',
      'The schedule\'s phases in machine-readable form (maintained from the schedule text).'
    ),
    since: 1
  },
  {
    name: 'Likelihood',
    kind: 'Choice',
    choices: vocabularyValues(LIKELIHOOD),
    indexedUntil: 2,
    title: t('Toteutumisen todennäköisyys', 'Sannolikhet att genomföras', 'Likelihood'),
    description: t(
      'Kuinka todennäköisesti hanke toteutuu arvioidussa aikataulussa.',
      'Hur sannolikt projektet genomförs enligt den uppskattade tidsplanen.',
      'How likely the project is to finish on the estimated schedule.'
    ),
    since: 1
  },
  {
    name: 'LikelihoodNote',
    load: 'details',
    kind: 'Note',
    title: t('Todennäköisyyden perustelu', 'Motivering till sannolikheten', 'Likelihood note'),
    description: t('Mistä toteutuminen riippuu.', 'Vad genomförandet beror på.', 'What finishing on time depends on.'),
    since: 1,
    showWhen: { value: "=if([$Likelihood] == '', 'false', 'true')", since: 2 }
  },
  {
    name: 'ScheduleOwner',
    kind: 'Choice',
    choices: vocabularyValues(SCHEDULE_OWNER),
    indexedUntil: 2,
    title: t('Aikatauluvastuu', 'Tidsplansansvar', 'Schedule owner'),
    description: t(
      'Kuka vastaa aikataulusta (projektipäällikön asettaja): tietohallinto, palveluala vai ulkoinen toimija.',
      'Vem ansvarar för tidsplanen: IT-förvaltningen, sektorn eller en extern aktör.',
      'Who owns the schedule (appoints the project manager): IT, the service area or an external party.'
    ),
    since: 1
  },
  {
    name: 'CostText',
    load: 'details',
    kind: 'Note',
    title: t('Arvioidut kustannukset', 'Uppskattade kostnader', 'Estimated costs'),
    description: t(
      'Investointi ja jatkuvat kustannukset vapaasti: anna vaihteluväli, jos et ole varma, ja kerro onko summa kuukaudessa vai vuodessa.',
      'Investering och löpande kostnader i fritext: ange ett intervall om du är osäker och om summan gäller per månad eller per år.',
      'Investment and recurring costs as text: give a range if unsure, and say whether an amount is per month or per year.'
    ),
    since: 1,
    formatter: { value: COST_TEXT_FORMAT, since: 2 }
  },
  {
    name: 'InvestmentMin',
    kind: 'Currency',
    min: 0,
    title: t('Investointi vähintään (€)', 'Investering minst (€)', 'Investment min (€)'),
    description: t('Kertakustannusten alaraja euroina.', 'Engångskostnadernas nedre gräns i euro.', 'Lower bound of one-off costs in euros.'),
    since: 1,
    formatter: { value: EURO_FORMAT, since: 2 }
  },
  {
    name: 'InvestmentMax',
    kind: 'Currency',
    min: 0,
    title: t('Investointi enintään (€)', 'Investering högst (€)', 'Investment max (€)'),
    description: t(
      'Kertakustannusten yläraja euroina; vähintään alaraja.',
      'Engångskostnadernas övre gräns i euro; minst den nedre gränsen.',
      'Upper bound of one-off costs in euros; at least the lower bound.'
    ),
    since: 1,
    formatter: { value: EURO_FORMAT, since: 2 }
  },
  {
    name: 'RecurringMin',
    kind: 'Currency',
    min: 0,
    title: t('Jatkuvat vähintään (€/v)', 'Löpande minst (€/år)', 'Recurring min (€/yr)'),
    description: t(
      'Jatkuvien kustannusten alaraja euroina vuodessa (kuukausisumma × 12).',
      'Löpande kostnaders nedre gräns i euro per år (månadsbelopp × 12).',
      'Lower bound of recurring costs in euros per year (monthly amount × 12).'
    ),
    since: 1,
    formatter: { value: EURO_FORMAT, since: 2 }
  },
  {
    name: 'RecurringMax',
    kind: 'Currency',
    min: 0,
    title: t('Jatkuvat enintään (€/v)', 'Löpande högst (€/år)', 'Recurring max (€/yr)'),
    description: t(
      'Jatkuvien kustannusten yläraja euroina vuodessa; vähintään alaraja.',
      'Löpande kostnaders övre gräns i euro per år; minst den nedre gränsen.',
      'Upper bound of recurring costs in euros per year; at least the lower bound.'
    ),
    since: 1,
    formatter: { value: EURO_FORMAT, since: 2 }
  },
  {
    name: 'FundingNote',
    load: 'details',
    kind: 'Note',
    title: t('Rahoitus', 'Finansiering', 'Funding note'),
    description: t(
      'Rahoituksen lähde tai ehdot, esim. hankerahoitus tai talousarvion kohta.',
      'Finansieringens källa eller villkor, t.ex. projektfinansiering eller budgetpost.',
      'Source or conditions of funding, e.g. grant funding or budget line.'
    ),
    since: 1
  },
  {
    name: 'Resources',
    load: 'details',
    kind: 'Note',
    title: t('Tarvittavat resurssit', 'Resursbehov', 'Resources'),
    description: t(
      'Arvio tarvittavista resursseista: palveluala, tietohallinto, ostopalvelut.',
      'Uppskattade resurser: sektorn, IT-förvaltningen, köpta tjänster.',
      'Estimated resources: service area, IT, purchased services.'
    ),
    since: 1
  },
  {
    name: 'MandatoryByLaw',
    kind: 'Boolean',
    indexedUntil: 2,
    title: t('Lakisääteinen', 'Lagstadgad', 'Mandatory by law'),
    description: t('Kyllä, jos hanke on pakollinen lain tai asetuksen vuoksi.', 'Ja om projektet är obligatoriskt enligt lag eller förordning.', 'Yes when a law or regulation makes the project mandatory.'),
    since: 1
  },
  {
    name: 'ProjectStatus',
    kind: 'Choice',
    choices: vocabularyValues(STATUS),
    indexedUntil: 2,
    title: t('Tila', 'Status', 'Status'),
    description: t(
      'Hankkeen vaihe: ehdotettu, hyväksytty, käynnissä, valmis, siirretty tai peruttu.',
      'Projektets skede: föreslaget, godkänt, pågår, klart, uppskjutet eller inställt.',
      'Where the project stands: proposed, approved, in progress, done, postponed or cancelled.'
    ),
    since: 1,
    formatter: { value: STATUS_FORMAT, since: 2 }
  },
  {
    name: 'Rag',
    kind: 'Choice',
    choices: vocabularyValues(RAG),
    indexedUntil: 2,
    title: t('Tilannearvio', 'Lägesbedömning', 'RAG status'),
    description: t(
      'Vihreä: etenee suunnitellusti; keltainen: riskejä; punainen: ei etene ilman päätöksiä.',
      'Grön: enligt plan; gul: risker; röd: går inte vidare utan beslut.',
      'Green: on track; amber: at risk; red: blocked without decisions.'
    ),
    since: 1,
    formatter: { value: RAG_FORMAT, since: 2 }
  },
  {
    name: 'RagComment',
    load: 'details',
    kind: 'Note',
    title: t('Tilannekommentti', 'Lägeskommentar', 'Status comment'),
    description: t('Lyhyt selitys tilannearviolle.', 'Kort förklaring till lägesbedömningen.', 'A short explanation of the RAG status.'),
    since: 1,
    showWhen: { value: "=if([$Rag] == '', 'false', 'true')", since: 2 }
  },
  {
    name: 'Progress',
    kind: 'Number',
    min: 0,
    max: 100,
    title: t('Valmiusaste (%)', 'Färdigställandegrad (%)', 'Progress (%)'),
    description: t('Arvio valmiudesta prosentteina 0–100.', 'Uppskattad färdigställandegrad i procent 0–100.', 'Estimated progress in percent, 0–100.'),
    since: 1,
    formatter: { value: PROGRESS_FORMAT, since: 2 }
  },
  {
    name: 'ProjectManager',
    load: 'details',
    kind: 'User',
    indexed: true,
    title: t('Projektipäällikkö', 'Projektledare', 'Project manager'),
    description: t('Hankkeen projektipäällikkö.', 'Projektets projektledare.', 'The project\'s manager.'),
    since: 1
  },
  {
    name: 'Systems',
    load: 'details',
    kind: 'Note',
    title: t('Järjestelmät ja toimittajat', 'System och leverantörer', 'Systems and vendors'),
    description: t(
      'Hankkeeseen liittyvät järjestelmät ja toimittajat, pilkuin eroteltuina.',
      'System och leverantörer som berörs, separerade med kommatecken.',
      'Systems and vendors involved, separated by commas.'
    ),
    since: 1
  }
];

/** Columns most views show first. */
const NUMBER_AND_TITLE = ['ProjectNumber', 'LinkTitle'];

/** Plan order: the sort key, because SharePoint sorts the text number 2.10 before 2.2. */
const PLAN_ORDER = [{ field: 'SortKey' }];

/** Schema versions 1–2 sorted the views on the text number. */
const NUMBER_ORDER_UNTIL_V2 = [{ until: 2, view: { orderBy: [{ field: 'ProjectNumber' }] } }];

export const PROJECT_VIEWS: readonly ViewSchema[] = [
  {
    key: 'CurrentPlan',
    title: t('Nykyinen suunnitelma', 'Aktuell plan', 'Current plan'),
    fields: [...NUMBER_AND_TITLE, 'OrgUnit', 'ProjectStatus', 'Rag', 'Progress', 'ScheduleText', 'CostText', 'ProjectManager', 'AssessmentStatus'],
    filters: [{ field: 'Plan', operator: 'Eq', value: CURRENT_PLAN }],
    groupBy: ['Category', 'ServiceArea'],
    orderBy: PLAN_ORDER,
    revisions: NUMBER_ORDER_UNTIL_V2,
    rowLimit: 100,
    isDefault: true,
    since: 2
  },
  {
    key: 'ByServiceArea',
    title: t('Palvelualoittain', 'Per sektor', 'By service area'),
    fields: [...NUMBER_AND_TITLE, 'Category', 'OrgUnit', 'ProjectStatus', 'Rag', 'ScheduleText', 'ProjectManager'],
    groupBy: ['ServiceArea'],
    orderBy: PLAN_ORDER,
    revisions: NUMBER_ORDER_UNTIL_V2,
    rowLimit: 100,
    since: 2
  },
  {
    key: 'MissingAssessment',
    title: t('Vaikutusten arviointi puuttuu', 'Konsekvensbedömning saknas', 'Missing impact assessment'),
    fields: [...NUMBER_AND_TITLE, 'ServiceArea', 'ImpactOrganisation', 'ImpactSecurity', 'ImpactDataUse', 'ImpactCaseMgmt', 'AssessmentStatus', 'AssessedBy'],
    filters: [
      { field: 'AssessmentStatus', operator: 'IsNull' },
      { field: 'AssessmentStatus', operator: 'Neq', value: ASSESSMENT_STATUS.approved }
    ],
    any: true,
    orderBy: PLAN_ORDER,
    revisions: NUMBER_ORDER_UNTIL_V2,
    rowLimit: 100,
    since: 2
  },
  {
    key: 'MyProjects',
    title: t('Omat hankkeet', 'Mina projekt', 'My projects'),
    fields: [...NUMBER_AND_TITLE, 'ProjectStatus', 'Rag', 'Progress', 'RagComment', 'ScheduleText', 'AssessmentStatus'],
    filters: [{ field: 'ProjectManager', operator: 'Eq', value: '[Me]' }],
    orderBy: PLAN_ORDER,
    revisions: NUMBER_ORDER_UNTIL_V2,
    rowLimit: 100,
    since: 2
  },
  {
    key: 'CarriedOver',
    title: t('Siirtyneet hankkeet', 'Överförda projekt', 'Carried over'),
    fields: [...NUMBER_AND_TITLE, 'ServiceArea', 'Plans', 'ProjectStatus', 'Rag', 'ScheduleText'],
    filters: [{ field: 'CarriedOver', operator: 'Eq', value: true }],
    orderBy: PLAN_ORDER,
    revisions: NUMBER_ORDER_UNTIL_V2,
    rowLimit: 100,
    since: 2
  },
  {
    key: 'AllItems',
    title: t('Kaikki kohteet', 'Alla objekt', 'All items'),
    fields: [
      ...NUMBER_AND_TITLE,
      'Category',
      'ServiceArea',
      'OrgUnit',
      'ProjectStatus',
      'Rag',
      'Progress',
      'ScheduleText',
      'Likelihood',
      'CostText',
      'InvestmentMin',
      'InvestmentMax',
      'RecurringMin',
      'RecurringMax',
      'ProjectManager',
      'AssessmentStatus',
      'Plan'
    ],
    orderBy: PLAN_ORDER,
    revisions: NUMBER_ORDER_UNTIL_V2,
    rowLimit: 100,
    since: 2
  }
];

const FORM_WORDS: Readonly<Record<Language, FormWords>> = {
  fi: { status: 'Tila', rag: 'Tilannearvio', footer: 'Tallennetut muutokset näkyvät heti Salkun näkymissä: salkku, aikajana ja vaikutusten arviointi.' },
  sv: { status: 'Status', rag: 'Lägesbedömning', footer: 'Sparade ändringar syns direkt i Salkkus vyer: portfölj, tidslinje och konsekvensbedömning.' },
  en: { status: 'Status', rag: 'RAG status', footer: 'Saved changes show at once in Salkku\'s views: portfolio, timeline and impact assessment.' }
};

/** Sections in the order of the plan template; each impact level sits next to its justification. */
export const PROJECT_FORM: FormLayout = {
  header: (language) => formHeader(FORM_WORDS[language]),
  footer: (language) => formFooter(FORM_WORDS[language]),
  sections: [
    {
      title: t('Perustiedot', 'Grunduppgifter', 'Basics'),
      fields: ['ProjectNumber', 'Title', 'Category', 'ServiceArea', 'OrgUnit', 'Plan', 'Plans', 'ProjectManager', 'MandatoryByLaw', 'Systems']
    },
    {
      title: t('Kuvaus ja mikä muuttuu', 'Beskrivning och vad som förändras', 'Description and what changes'),
      fields: ['ProjectDescription', 'WhatChanges', 'ImpactEconomic']
    },
    { title: t('Strategia', 'Strategi', 'Strategy'), fields: ['StrategicGoals', 'StrategicBackground'] },
    {
      title: t('Aikataulu', 'Tidsplan', 'Schedule'),
      fields: ['ScheduleText', 'ScheduleStart', 'ScheduleEnd', 'ScheduleOngoing', 'ScheduleOpenEnd', 'ScheduleRecurring', 'ScheduleAlternatives', 'ScheduleUncertain']
    },
    {
      title: t('Todennäköisyys ja vastuu', 'Sannolikhet och ansvar', 'Likelihood and ownership'),
      fields: ['Likelihood', 'LikelihoodNote', 'ScheduleOwner']
    },
    {
      title: t('Kustannukset ja resurssit', 'Kostnader och resurser', 'Costs and resources'),
      fields: ['CostText', 'FundingNote', 'InvestmentMin', 'InvestmentMax', 'RecurringMin', 'RecurringMax', 'Resources']
    },
    {
      title: t('Tiedonhallinnan muutosvaikutukset', 'Konsekvenser för informationshanteringen', 'Impact assessment'),
      fields: [
        'ImpactOrganisation',
        'ImpactOrganisationNote',
        'ImpactSecurity',
        'ImpactSecurityNote',
        'ImpactDataUse',
        'ImpactDataUseNote',
        'ImpactCaseMgmt',
        'ImpactCaseMgmtNote',
        'AssessmentStatus',
        'AssessedBy',
        'AssessedOn'
      ]
    },
    { title: t('Seuranta', 'Uppföljning', 'Follow-up'), fields: ['ProjectStatus', 'Rag', 'RagComment', 'Progress'] }
  ]
};

/** Checks across columns: the end month not before the start, each minimum at most its maximum. */
const PROJECT_VALIDATION =
  '=AND(OR(ISBLANK([ScheduleStart]),ISBLANK([ScheduleEnd]),[ScheduleEnd]>=[ScheduleStart]),' +
  'OR(ISBLANK([InvestmentMin]),ISBLANK([InvestmentMax]),[InvestmentMin]<=[InvestmentMax]),' +
  'OR(ISBLANK([RecurringMin]),ISBLANK([RecurringMax]),[RecurringMin]<=[RecurringMax]))';

export const PROJECTS_LIST: ListSchema = {
  key: 'projects',
  url: 'Lists/SalkkuProjects',
  title: t('Hankkeet', 'Projekt', 'Projects'),
  description: t(
    'Tietohallinnon toimenpidesuunnitelman kehityshankkeet (Salkku).',
    'Utvecklingsprojekten i IT-förvaltningens åtgärdsplan (Salkku).',
    'Development projects of the IT action plan (Salkku).'
  ),
  fields: PROJECT_FIELDS,
  views: PROJECT_VIEWS,
  sortKey: { field: 'SortKey', source: 'ProjectNumber' },
  // version 3: every field under its title in each language, so Swedish and English users see it
  form: { value: PROJECT_FORM, since: 2, revised: 3 },
  validation: {
    value: {
      formula: PROJECT_VALIDATION,
      message: t(
        'Tarkista: loppukuukausi ei voi olla ennen alkukuukautta, eikä investoinnin tai jatkuvien kustannusten alaraja voi olla ylärajaa suurempi.',
        'Kontrollera: slutmånaden får inte vara före startmånaden, och den nedre gränsen för investering eller löpande kostnader får inte vara större än den övre.',
        'Check: the end month cannot be before the start month, and the lower bound of investment or recurring costs cannot exceed the upper bound.'
      )
    },
    since: 2,
    revised: 3
  },
  localizedSince: 2
};
