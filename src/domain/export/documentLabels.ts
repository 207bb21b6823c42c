/**
 * The words of the plan document in each language it is written in. The Finnish texts are the
 * plans' own headings (the importer reads them back). These are document content in a chosen
 * language, like the lists' column titles, not UI strings: the UI's strings are in src/loc.
 */
import type { BenefitStatusKey, BenefitTypeKey } from '../benefits/vocabulary';
import { benefitStatusKey, benefitTypeKey } from '../benefits/vocabulary';
import type { LocalizedText } from '../language';

export type DocumentLanguage = keyof LocalizedText;

/** The BCP 47 tag a document in the language is written with (numbers, dates, Word's language). */
export const DOCUMENT_LOCALE: Readonly<Record<DocumentLanguage, string>> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

function t(fi: string, sv: string, en: string): LocalizedText {
  return { fi, sv, en };
}

export const DOCUMENT_LABELS = {
  documentTitle: t('Tietohallinnon toimenpidesuunnitelma', 'IT-förvaltningens åtgärdsplan', 'IT action plan'),
  contents: t('Sisällys', 'Innehåll', 'Contents'),
  introHeading: t('Toimenpidesuunnitelman sisällöstä', 'Om åtgärdsplanens innehåll', 'About this action plan'),
  introText: t(
    'Tämä toimenpidesuunnitelma kokoaa tietohallinnon kehityskohteet tulevalle suunnittelukaudelle. Suunnitelman toteutumista seurataan projektisalkulla, joka päivittyy tilanteen muuttuessa. Hankkeiden rahoituksesta päätetään erikseen talousarviossa.',
    'Denna åtgärdsplan samlar IT-förvaltningens utvecklingsprojekt för den kommande planperioden. Genomförandet följs upp i projektportföljen, som uppdateras när läget ändras. Finansieringen beslutas separat i budgeten.',
    'This action plan gathers the IT development projects of the coming plan period. Its progress is followed in the project portfolio, which is updated as the situation changes. Funding is decided separately in the budget.'
  ),
  period: t('Suunnittelukausi', 'Planperiod', 'Plan period'),
  date: t('Päivitetty', 'Uppdaterad', 'Updated'),
  sectionInfrastructure: t('Perusinfrastruktuurihankkeet, tietohallinto omistajana', 'Infrastrukturprojekt, IT-förvaltningen som ägare', 'Infrastructure projects owned by IT'),
  sectionCityWide: t('Koko kaupunkia koskevat kehityshankkeet', 'Utvecklingsprojekt för hela staden', 'City-wide development projects'),
  sectionServiceArea: t('Palvelualakohtaiset kehityshankkeet', 'Sektorspecifika utvecklingsprojekt', 'Service-area development projects'),
  sectionOther: t('Muut kehityshankkeet', 'Övriga utvecklingsprojekt', 'Other development projects'),
  whatChanges: t('Mikä muuttuu', 'Vad förändras', 'What changes'),
  strategicGoal: t('Strateginen tavoite', 'Strategiskt mål', 'Strategic goal'),
  strategicBackground: t('Strateginen tausta', 'Strategisk bakgrund', 'Strategic background'),
  schedule: t('Aikataulu', 'Tidsplan', 'Schedule'),
  economic: t(
    'Taloudellisten ja toiminnallisten muutosvaikutusten arviointi (mikä muuttuu, kun projekti toteutetaan?)',
    'Bedömning av ekonomiska och operativa konsekvenser (vad förändras när projektet har genomförts?)',
    'Economic and operational impact (what changes when the project is done?)'
  ),
  infoManagement: t('Tiedonhallinnan muutosvaikutusten arviointi', 'Bedömning av konsekvenser för informationshanteringen', 'Information-management impact assessment'),
  organisation: t(
    'Vaikutus tiedonhallinnan järjestämiseen (muutokset viranomaisen tehtävissä, palveluissa ja vastuissa)',
    'Konsekvenser för organiseringen av informationshanteringen (myndighetens uppgifter, tjänster och ansvar)',
    'Effect on the organisation of information management (the authority\'s tasks, services and responsibilities)'
  ),
  security: t(
    'Vaikutukset tietoturvallisuuteen (salassa pidettävät tiedot, käyttöoikeudet, lokitiedot)',
    'Konsekvenser för informationssäkerheten (sekretessbelagda uppgifter, behörigheter, loggar)',
    'Effect on information security (confidential data, access rights, logging)'
  ),
  dataUse: t(
    'Vaikutukset tietojen käsittelyyn ja hyödyntämiseen (säilytys, tietojen haku ja luovutus)',
    'Konsekvenser för behandlingen och användningen av uppgifter (förvaring, inhämtning och utlämnande)',
    'Effect on processing and use of data (storage, retrieval and disclosure)'
  ),
  caseManagement: t(
    'Vaikutukset asianhallintaan (asioiden rekisteröinti ja seuranta, asiakastietojen tallentaminen)',
    'Konsekvenser för ärendehanteringen (registrering och uppföljning, lagring av kunduppgifter)',
    'Effect on case management (registering and tracking cases, storing client data)'
  ),
  likelihood: t('Projektin toteutumisen todennäköisyys arvioidussa aikataulussa', 'Sannolikheten att projektet genomförs enligt tidsplanen', 'Likelihood of finishing on the estimated schedule'),
  scheduleOwner: t('Projektin aikatauluvastuullinen taho (projektipäällikön asettaja)', 'Ansvarig för projektets tidsplan (tillsätter projektledaren)', 'Owner of the schedule (appoints the project manager)'),
  costs: t('Projektin arvioidut kustannukset (investointi, jatkuvat kustannukset yms.)', 'Projektets uppskattade kostnader (investering, löpande kostnader m.m.)', 'Estimated costs (investment, recurring costs etc.)'),
  resources: t('Arvio projektiin tarvittavista resursseista (palveluala, tietohallinto, ostopalvelut)', 'Uppskattade resurser (sektorn, IT-förvaltningen, köpta tjänster)', 'Estimated resources (service area, IT, purchased services)'),
  plannedBenefits: t('Suunnitellut hyödyt', 'Planerade nyttor', 'Planned benefits'),
  benefitBy: t('{0} mennessä', 'senast {0}', 'by {0}'),
  sheetBenefits: t('Hyödyt', 'Nyttor', 'Benefits'),
  benefitColumnProject: t('Hanke', 'Projekt', 'Project'),
  benefitColumnTitle: t('Hyöty', 'Nytta', 'Benefit'),
  benefitColumnType: t('Tyyppi', 'Typ', 'Type'),
  benefitColumnIndicator: t('Mittari', 'Indikator', 'Indicator'),
  benefitColumnUnit: t('Yksikkö', 'Enhet', 'Unit'),
  benefitColumnBaseline: t('Lähtötaso', 'Utgångsläge', 'Baseline'),
  benefitColumnBaselineDate: t('Lähtötason päivä', 'Utgångslägets datum', 'Baseline date'),
  benefitColumnLatest: t('Viimeisin mittaus', 'Senaste mätning', 'Latest measurement'),
  benefitColumnLatestDate: t('Mitattu', 'Mätt', 'Measured on'),
  benefitColumnTarget: t('Tavoite', 'Mål', 'Target'),
  benefitColumnTargetDate: t('Tavoitepäivä', 'Måldatum', 'Target date'),
  benefitColumnStatus: t('Tila', 'Status', 'Status'),
  benefitColumnReason: t('Tilan perustelu', 'Motivering för status', 'Status reason'),
  benefitColumnOwner: t('Hyödyn omistaja', 'Nyttoägare', 'Benefit owner'),
  benefitColumnDue: t('Mittaus erääntynyt', 'Mätning förfallen sedan', 'Measurement due since'),
  notGiven: t('Ei ilmoitettu', 'Inte angivet', 'Not given'),
  sheetProjects: t('Hankkeet', 'Projekt', 'Projects'),
  sheetSummary: t('Yhteenveto', 'Sammanfattning', 'Summary'),
  summaryByArea: t('Kustannukset palvelualoittain', 'Kostnader per sektor', 'Costs by service area'),
  summaryByYear: t('Kustannukset vuosittain', 'Kostnader per år', 'Costs by year'),
  summaryArea: t('Palveluala', 'Sektor', 'Service area'),
  summaryYear: t('Vuosi', 'År', 'Year'),
  summaryCount: t('Hankkeita', 'Projekt', 'Projects'),
  summaryTotal: t('Yhteensä', 'Totalt', 'Total'),
  summaryInvestmentMin: t('Investoinnit vähintään (€)', 'Investeringar minst (€)', 'Investment min (€)'),
  summaryInvestmentMax: t('Investoinnit enintään (€)', 'Investeringar högst (€)', 'Investment max (€)'),
  summaryRecurringMin: t('Jatkuvat vähintään (€/v)', 'Löpande minst (€/år)', 'Recurring min (€/yr)'),
  summaryRecurringMax: t('Jatkuvat enintään (€/v)', 'Löpande högst (€/år)', 'Recurring max (€/yr)'),
  summaryNote: t(
    'Vaihteluvälit lasketaan yhteen (vähintään + vähintään, enintään + enintään). Hanke, jolla ei ole kustannusarviota, ei ole mukana summissa. Investointi kohdistuu hankkeen alkamisvuodelle, jatkuvat kustannukset jokaiselle vuodelle siitä eteenpäin.',
    'Intervallen summeras (minst + minst, högst + högst). Projekt utan kostnadsuppskattning ingår inte i summorna. Investeringen placeras på projektets startår, löpande kostnader på varje år därefter.',
    'Ranges add up as ranges (min + min, max + max). A project without a cost estimate is not in the sums. An investment falls in the project\'s start year, recurring costs in every year from then on.'
  ),
  summaryUnplaced: t('Hankkeita, joiden kustannuksia ei voi sijoittaa vuodelle', 'Projekt vars kostnader inte kan placeras på ett år', 'Projects whose costs cannot be placed in a year'),
  columnPlans: t('Suunnitelmat', 'Planer', 'Plans'),
  columnGoals: t('Strategiset tavoitteet', 'Strategiska mål', 'Strategic goals'),
  columnActualInvestment: t('Toteutunut investointi', 'Investeringsutfall', 'Actual investment'),
  columnActualRecurring: t('Toteutuneet jatkuvat, viimeisin vuosi', 'Utfall löpande, senaste året', 'Actual recurring, latest year'),
  columnActualRecurringYear: t('Jatkuvien toteuman vuosi', 'År för löpande utfall', 'Year of actual recurring'),
  columnActualOverrun: t('Toteuma yli arvion ylärajan', 'Utfall över uppskattningens övre gräns', 'Actual over the estimate’s upper bound'),
  overrunInvestment: t('investointi', 'investering', 'investment'),
  overrunRecurring: t('jatkuvat', 'löpande', 'recurring'),
  decisionsHeading: t('Liite 1. Ehdotusten käsittely', 'Bilaga 1. Behandling av förslag', 'Appendix 1. Proposals decided'),
  decisionsIntro: t(
    'Palvelualojen ehdotukset arvioitiin yhdessä sovituilla kriteereillä, ja ohjausryhmä päätti niistä käytettävissä olevan budjetin ja tietohallinnon kapasiteetin puitteissa. Hyväksytyt ehdotukset ovat tässä suunnitelmassa hankkeina; siirretyt ja hylätyt ovat mukana perusteluineen.',
    'Sektorernas förslag bedömdes med gemensamt överenskomna kriterier, och styrgruppen beslutade om dem inom ramen för budgeten och IT-förvaltningens kapacitet. De godkända förslagen finns i denna plan som projekt; de uppskjutna och avslagna finns med motiveringar.',
    'The service areas\' proposals were assessed with commonly agreed criteria, and the steering group decided on them within the budget and IT capacity available. Approved proposals are in this plan as projects; postponed and rejected ones are listed with their reasoning.'
  ),
  decisionsColumnTitle: t('Ehdotus', 'Förslag', 'Proposal'),
  decisionsColumnProposer: t('Ehdottaja', 'Förslagsställare', 'Proposed by'),
  decisionsColumnDecision: t('Päätös', 'Beslut', 'Decision'),
  decisionsColumnDecided: t('Päätetty', 'Beslutat', 'Decided'),
  decisionsColumnReasoning: t('Perustelut', 'Motivering', 'Reasoning'),
  decisionApproved: t('Hyväksytty suunnitelmaan', 'Godkänt för planen', 'Approved for the plan'),
  decisionPostponed: t('Siirretty', 'Uppskjutet', 'Postponed'),
  decisionRejected: t('Hylätty', 'Avslaget', 'Rejected'),
  decisionProject: t('hanke', 'projekt', 'project')
} as const;

export type DocumentLabel = keyof typeof DOCUMENT_LABELS;

/** The benefit lists' choices in the document's language (a city's own choice is shown as written). */
export const BENEFIT_TYPE_TEXT: Readonly<Record<BenefitTypeKey, LocalizedText>> = {
  financial: t('Taloudellinen', 'Ekonomisk', 'Financial'),
  timeSaved: t('Ajansäästö', 'Tidsbesparing', 'Time saved'),
  quality: t('Laatu', 'Kvalitet', 'Quality'),
  riskReduced: t('Riskin pieneneminen', 'Minskad risk', 'Risk reduced'),
  compliance: t('Lakisääteisyys', 'Lagstadgat', 'Compliance')
};

export const BENEFIT_STATUS_TEXT: Readonly<Record<BenefitStatusKey, LocalizedText>> = {
  draft: t('Luonnos', 'Utkast', 'Draft'),
  planned: t('Suunniteltu', 'Planerad', 'Planned'),
  realising: t('Toteutumassa', 'Förverkligas', 'Being realised'),
  realised: t('Toteutunut', 'Förverkligad', 'Realised'),
  notRealised: t('Ei toteutunut', 'Inte förverkligad', 'Not realised')
};

export function benefitTypeText(text: string | null, language: DocumentLanguage): string {
  const key = benefitTypeKey(text);
  return key ? BENEFIT_TYPE_TEXT[key][language] : text ?? '';
}

export function benefitStatusText(text: string | null, language: DocumentLanguage): string {
  const key = benefitStatusKey(text);
  return key ? BENEFIT_STATUS_TEXT[key][language] : text ?? '';
}

export function label(key: DocumentLabel, language: DocumentLanguage): string {
  return DOCUMENT_LABELS[key][language];
}
