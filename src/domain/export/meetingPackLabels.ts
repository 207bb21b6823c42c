/**
 * The words of the steering group's meeting pack in each language it is written in, and how its
 * figures and days are written. Like the plan document's labels, these are document content in a
 * chosen language (independent of the UI's language), not UI strings.
 */
import type { LocalizedText } from '../language';
import type { RagKey, StatusKey } from '../vocabulary';
import type { DocumentLanguage } from './documentLabels';
import { DOCUMENT_LOCALE } from './documentLabels';

function t(fi: string, sv: string, en: string): LocalizedText {
  return { fi, sv, en };
}

export const MEETING_PACK_LABELS = {
  documentTitle: t('Kokousmateriaali', 'Mötesmaterial', 'Meeting pack'),
  subject: t('Tietohallinnon hankesalkun seuranta', 'Uppföljning av IT-projektportföljen', 'Follow-up of the IT project portfolio'),
  agendaHeading: t('Kokouksen tiedot', 'Mötets uppgifter', 'Meeting details'),
  body: t('Toimielin', 'Organ', 'Body'),
  meeting: t('Kokous', 'Möte', 'Meeting'),
  date: t('Päivämäärä', 'Datum', 'Date'),
  previousMeeting: t('Edellinen kokous', 'Föregående möte', 'Previous meeting'),
  comparedSince: t('Muutokset lasketaan alkaen', 'Ändringar räknas från', 'Changes are counted from'),
  prepared: t('Laadittu', 'Sammanställt', 'Prepared'),
  agenda: t('Käsiteltävät asiat', 'Ärenden', 'Agenda'),
  notes: t('Muistiinpanot', 'Anteckningar', 'Notes'),
  notesEmpty: t('(tilaa muistiinpanoille)', '(plats för anteckningar)', '(space for notes)'),
  summaryHeading: t('Salkun tilannekatsaus', 'Portföljens läge', 'Portfolio summary'),
  byStatus: t('Hankkeet tilan mukaan', 'Projekt per status', 'Projects by status'),
  status: t('Tila', 'Status', 'Status'),
  count: t('Hankkeita', 'Projekt', 'Projects'),
  total: t('Yhteensä', 'Totalt', 'Total'),
  noStatus: t('Tila puuttuu', 'Status saknas', 'No status'),
  totalsHeading: t('Kustannukset', 'Kostnader', 'Costs'),
  measure: t('Mittari', 'Mått', 'Measure'),
  value: t('Arvo', 'Värde', 'Value'),
  estimateInvestment: t('Arvioidut investoinnit (hyväksytyt ja käynnissä olevat)', 'Uppskattade investeringar (godkända och pågående)', 'Estimated investment (approved and in progress)'),
  estimateRecurring: t('Arvioidut jatkuvat kustannukset vuodessa (hyväksytyt ja käynnissä olevat)', 'Uppskattade löpande kostnader per år (godkända och pågående)', 'Estimated recurring costs per year (approved and in progress)'),
  actualInvestment: t('Toteutuneet investoinnit {0}', 'Utfall investeringar {0}', 'Actual investment {0}'),
  actualRecurring: t('Toteutuneet jatkuvat kustannukset {0}', 'Utfall löpande kostnader {0}', 'Actual recurring costs {0}'),
  overrunCount: t('Hankkeita, joiden toteuma ylittää arvion ylärajan', 'Projekt vars utfall överskrider uppskattningens övre gräns', 'Projects whose actuals exceed the estimate\'s upper bound'),
  noEstimate: t('ei arviota', 'ingen uppskattning', 'no estimate'),
  atLeast: t('vähintään {0}', 'minst {0}', 'at least {0}'),
  unknownCount: t('{0} hankkeella ei arviota', '{0} projekt utan uppskattning', '{0} without an estimate'),
  ragHeading: t('Hankkeiden tilannevärit (hyväksytyt ja käynnissä olevat)', 'Projektens statusfärger (godkända och pågående)', 'RAG overview (approved and in progress)'),
  rag: t('Tilanne', 'Läge', 'RAG'),
  changesHeading: t('Muutokset edellisen kokouksen jälkeen', 'Ändringar sedan föregående möte', 'Changes since the previous meeting'),
  changesIntro: t('Tilanne {0} verrattuna nykyiseen: julkaistujen tilanneraporttien ja hankkeiden tietojen mukaan.', 'Läget {0} jämfört med nu, enligt publicerade lägesrapporter och projektens uppgifter.', 'The situation on {0} compared with now, from published status reports and the projects\' details.'),
  changesNone: t('Ei muutoksia edellisen kokouksen jälkeen.', 'Inga ändringar sedan föregående möte.', 'No changes since the previous meeting.'),
  project: t('Hanke', 'Projekt', 'Project'),
  change: t('Muutos', 'Ändring', 'Change'),
  details: t('Tiedot', 'Uppgifter', 'Details'),
  changeNew: t('Uusi hanke', 'Nytt projekt', 'New project'),
  changeRag: t('Tilanneväri muuttui', 'Statusfärgen ändrades', 'RAG changed'),
  changeSchedule: t('Aikataulu siirtyi', 'Tidsplanen flyttades', 'Schedule moved'),
  changeCost: t('Kustannusarvio muuttui', 'Kostnadsuppskattningen ändrades', 'Cost estimate changed'),
  changeCompleted: t('Valmistui', 'Slutfört', 'Completed'),
  changeCancelled: t('Peruttiin', 'Inställt', 'Cancelled'),
  createdOn: t('Lisätty {0}', 'Tillagt {0}', 'Added {0}'),
  endMonth: t('Päättyy {0} → {1}', 'Slutar {0} → {1}', 'Ends {0} → {1}'),
  monthsLater: t('{0} kk myöhemmin', '{0} mån senare', '{0} months later'),
  monthsEarlier: t('{0} kk aiemmin', '{0} mån tidigare', '{0} months earlier'),
  investmentChange: t('Investointi {0} → {1}', 'Investering {0} → {1}', 'Investment {0} → {1}'),
  recurringChange: t('Jatkuvat kustannukset {0} → {1} vuodessa', 'Löpande kostnader {0} → {1} per år', 'Recurring costs {0} → {1} a year'),
  none: t('ei ilmoitettu', 'inte angivet', 'not given'),
  attentionHeading: t('Punaiset ja keltaiset hankkeet', 'Röda och gula projekt', 'Red and amber projects'),
  attentionNone: t('Ei punaisia tai keltaisia hankkeita.', 'Inga röda eller gula projekt.', 'No red or amber projects.'),
  overall: t('Kokonaistilanne', 'Helhetsläge', 'Overall'),
  scheduleRag: t('Aikataulu', 'Tidsplan', 'Schedule'),
  costRag: t('Kustannukset', 'Kostnader', 'Cost'),
  scopeRag: t('Laajuus', 'Omfattning', 'Scope'),
  progress: t('Valmiusaste', 'Färdigställande', 'Progress'),
  reportOf: t('Tilanneraportti {0}', 'Lägesrapport {0}', 'Status report of {0}'),
  reportBy: t('laatinut {0}', 'av {0}', 'by {0}'),
  noReport: t('Ei julkaistua tilanneraporttia: tiedot ovat hankkeen omia.', 'Ingen publicerad lägesrapport: uppgifterna är projektets egna.', 'No published status report: the values are the project\'s own.'),
  projectManager: t('Projektipäällikkö', 'Projektledare', 'Project manager'),
  summary: t('Yhteenveto', 'Sammanfattning', 'Summary'),
  achieved: t('Saavutettu edellisen raportin jälkeen', 'Uppnått sedan föregående rapport', 'Achieved since the last report'),
  nextSteps: t('Seuraavat vaiheet', 'Nästa steg', 'Next steps'),
  risks: t('Riskit ja ongelmat', 'Risker och problem', 'Risks and issues'),
  decisionsHeading: t('Päätettävät asiat', 'Ärenden för beslut', 'Decisions needed'),
  decisionsNone: t('Tilanneraporteissa ei ole päätettäviä asioita.', 'Lägesrapporterna innehåller inga ärenden för beslut.', 'The status reports ask for no decisions.'),
  decision: t('Päätettävä asia', 'Ärende', 'Decision needed'),
  reported: t('Raportoitu', 'Rapporterat', 'Reported'),
  missingHeading: t('Puuttuvat tilanneraportit', 'Saknade lägesrapporter', 'Reports missing'),
  missingNone: t('Kaikki hankkeet ovat raportoineet ajallaan.', 'Alla projekt har rapporterat i tid.', 'Every project has reported on time.'),
  lastReport: t('Edellinen raportti', 'Senaste rapport', 'Last report'),
  dueSince: t('Erääntynyt', 'Förfallen sedan', 'Due since'),
  never: t('ei koskaan', 'aldrig', 'never'),
  benefitsHeading: t('Hyötyjen toteutuminen', 'Nyttorealisering', 'Benefits realisation'),
  benefitsDueHeading: t('Erääntyneet mittaukset', 'Förfallna mätningar', 'Measurements due'),
  benefitsDueNone: t('Yhdenkään hyödyn mittaus ei ole erääntynyt.', 'Ingen nyttas mätning har förfallit.', 'No benefit\'s measurement is due.'),
  benefitsClosedHeading: t('Toteutuneet ja toteutumatta jääneet {0} jälkeen', 'Förverkligade och uteblivna sedan {0}', 'Realised and not realised since {0}'),
  benefitsClosedNone: t('Yksikään hyöty ei ole toteutunut eikä jäänyt toteutumatta edellisen kokouksen jälkeen.', 'Ingen nytta har förverkligats eller uteblivit sedan föregående möte.', 'No benefit was realised or marked not realised since the previous meeting.'),
  benefitsFinancialHeading: t('Taloudelliset hyödyt ja kustannukset (arvioita)', 'Ekonomiska nyttor och kostnader (uppskattningar)', 'Financial benefits and costs (estimates)'),
  benefitsFinancialNote: t(
    'Vertailu on karkea arvio: hyötyjen tavoitteet ja hankkeiden kustannusarviot ovat arvioita, toteutunut investointi on kirjattu toteuma. Takaisinmaksuaika = investointi / (vuosihyöty − jatkuvat kustannukset).',
    'Jämförelsen är en grov uppskattning: nyttornas mål och projektens kostnadsuppskattningar är uppskattningar, investeringsutfallet är bokfört utfall. Återbetalningstid = investering / (årlig nytta − löpande kostnader).',
    'The comparison is a rough estimate: benefit targets and cost estimates are estimates, the actual investment is recorded spend. Payback = investment / (yearly benefit − recurring costs).'
  ),
  benefitsFinancialNone: t('Salkussa ei ole euromääräisiä taloudellisia hyötyjä.', 'Portföljen har inga ekonomiska nyttor i euro.', 'The portfolio has no financial benefits in euros.'),
  benefit: t('Hyöty', 'Nytta', 'Benefit'),
  benefitOwner: t('Hyödyn omistaja', 'Nyttoägare', 'Benefit owner'),
  dueReason: t('Syy', 'Orsak', 'Reason'),
  dueTargetPassed: t('Tavoitepäivä ohitettu ilman mittausta', 'Måldatum passerat utan mätning', 'Target date passed without a measurement'),
  dueIntervalPassed: t('Mittausväli kulunut', 'Mätintervallet har gått', 'Measurement interval passed'),
  benefitStatus: t('Tila', 'Status', 'Status'),
  benefitLatest: t('Viimeisin mittaus / perustelu', 'Senaste mätning / motivering', 'Latest measurement / reason'),
  yearlyTarget: t('Vuosihyöty, tavoite', 'Årlig nytta, mål', 'Yearly benefit, target'),
  yearlyLatest: t('Vuosihyöty, mitattu', 'Årlig nytta, uppmätt', 'Yearly benefit, measured'),
  investmentEstimate: t('Investointi, arvio', 'Investering, uppskattning', 'Investment, estimate'),
  investmentActual: t('Investointi, toteutunut', 'Investering, utfall', 'Investment, actual'),
  recurringEstimate: t('Jatkuvat kustannukset, arvio', 'Löpande kostnader, uppskattning', 'Recurring costs, estimate'),
  payback: t('Takaisinmaksuaika', 'Återbetalningstid', 'Payback'),
  paybackYears: t('n. {0} v', 'ca {0} år', 'about {0} yr'),
  perYear: t('{0}/v', '{0}/år', '{0}/yr'),
  footer: t('Salkku – kokousmateriaali {0}', 'Salkku – mötesmaterial {0}', 'Salkku – meeting pack {0}'),
  page: t('Sivu', 'Sida', 'Page')
} as const;

export type MeetingPackLabel = keyof typeof MEETING_PACK_LABELS;

/** A label, with {0}, {1}… replaced by the values. */
export function packLabel(key: MeetingPackLabel, language: DocumentLanguage, ...values: (string | number)[]): string {
  return MEETING_PACK_LABELS[key][language].replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

export const STATUS_TEXT: Readonly<Record<StatusKey, LocalizedText>> = {
  proposed: t('Ehdotettu', 'Föreslaget', 'Proposed'),
  approved: t('Hyväksytty', 'Godkänt', 'Approved'),
  inProgress: t('Käynnissä', 'Pågående', 'In progress'),
  done: t('Valmis', 'Slutfört', 'Completed'),
  postponed: t('Siirretty', 'Uppskjutet', 'Postponed'),
  cancelled: t('Peruttu', 'Inställt', 'Cancelled')
};

export const RAG_TEXT: Readonly<Record<RagKey | 'none', LocalizedText>> = {
  red: t('Punainen', 'Röd', 'Red'),
  amber: t('Keltainen', 'Gul', 'Amber'),
  green: t('Vihreä', 'Grön', 'Green'),
  none: t('Ei tilannetta', 'Inget läge', 'Not reported')
};

/**
 * Each RAG value's shape, so the value never rests on colour alone (a black-and-white print
 * tells them apart): a square stops, a triangle warns, a circle is fine, a dash is nothing.
 */
export const RAG_SYMBOL: Readonly<Record<RagKey | 'none', string>> = { red: '■', amber: '▲', green: '●', none: '–' };


/** Euros without decimals in the document's language ("12 500 €", "€12,500"). */
export function packEuro(value: number, language: DocumentLanguage): string {
  return new Intl.NumberFormat(DOCUMENT_LOCALE[language], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value);
}

/** A day ("2026-12-10") as the language writes it: 10.12.2026 or 10 Dec 2026. */
export function packDay(day: string, language: DocumentLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) {
    return day;
  }
  const [, year, month, date] = match;
  if (language === 'en') {
    return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${year}-${month}-${date}T00:00:00Z`));
  }
  return `${Number(date)}.${Number(month)}.${year}`;
}

/** A month ("2027-06") as 6/2027. */
export function packMonth(month: string | null, language: DocumentLanguage): string {
  if (month === null) {
    return packLabel('none', language);
  }
  return `${Number(month.slice(5))}/${month.slice(0, 4)}`;
}
