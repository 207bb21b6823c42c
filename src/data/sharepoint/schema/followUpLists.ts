/**
 * The follow-up lists (schema version 4): status reports, actual costs, the annual clock's
 * meetings, and the portfolio's settings (the reporting cadence). Reports and actuals look up
 * their project; every list is read by project or by date, so those columns are indexed.
 */
import { REPORT_STATE, DEFAULT_MEETING_BODIES } from '../../../domain/followup/vocabulary';
import { RAG, vocabularyValues } from '../../../domain/vocabulary';
import type { FormatterNode } from './formatting';
import { EURO_FORMAT, iconAndText, noteFooter, PROGRESS_FORMAT, RAG_FORMAT, RAG_ICONS, titleFormHeader } from './formatting';
import type { FieldSchema, FormLayout, Language, ListSchema, LocalizedText } from './schema.types';

function t(fi: string, sv: string, en: string): LocalizedText {
  return { fi, sv, en };
}

/** The version that brought the follow-up lists. */
const V4 = 4;

function ragField(name: string, title: LocalizedText, description: LocalizedText): FieldSchema {
  return { name, kind: 'Choice', choices: vocabularyValues(RAG), title, description, since: V4, formatter: { value: RAG_FORMAT, since: V4 } };
}

function noteField(name: string, title: LocalizedText, description: LocalizedText): FieldSchema {
  return { name, kind: 'Note', load: 'details', title, description, since: V4 };
}

function projectLookup(description: LocalizedText): FieldSchema {
  return { name: 'Project', kind: 'Lookup', lookupList: 'projects', required: true, indexed: true, title: t('Hanke', 'Projekt', 'Project'), description, since: V4 };
}

const REPORT_FIELDS: readonly FieldSchema[] = [
  {
    name: 'Title',
    kind: 'Text',
    builtIn: true,
    required: true,
    title: t('Tilanne lyhyesti', 'Läget i korthet', 'Status in brief'),
    description: t(
      'Yksi lause tilanteesta, esim. "Pilotti valmis, käyttöönotto alkaa maaliskuussa".',
      'En mening om läget, t.ex. "Piloten klar, införandet börjar i mars".',
      'One sentence on the status, e.g. "Pilot done, roll-out starts in March".'
    ),
    since: V4
  },
  projectLookup(t('Hanke, jonka tilanteesta raportoidaan.', 'Projektet som rapporten gäller.', 'The project the report is about.')),
  {
    name: 'ReportDate',
    kind: 'DateTime',
    required: true,
    indexed: true,
    title: t('Raportointipäivä', 'Rapportdatum', 'Reporting date'),
    description: t('Päivä, jonka tilannetta raportti kuvaa.', 'Dagen vars läge rapporten beskriver.', 'The day whose status the report describes.'),
    since: V4
  },
  {
    name: 'ReportState',
    kind: 'Choice',
    choices: vocabularyValues(REPORT_STATE),
    required: true,
    indexed: true,
    title: t('Raportin tila', 'Rapportens status', 'Report state'),
    description: t(
      'Luonnosta voi muokata. Julkaistua raporttia ei muuteta: korjaus tehdään uutena raporttina, jotta historia säilyy.',
      'Ett utkast kan ändras. En publicerad rapport ändras inte: en rättelse görs som en ny rapport så att historiken bevaras.',
      'A draft can be edited. A published report is not changed: a correction is a new report, so the history is kept.'
    ),
    since: V4
  },
  ragField(
    'OverallRag',
    t('Kokonaistilanne', 'Helhetsläge', 'Overall RAG'),
    t(
      'Vihreä: etenee suunnitellusti; keltainen: riskejä; punainen: ei etene ilman päätöksiä.',
      'Grön: enligt plan; gul: risker; röd: går inte vidare utan beslut.',
      'Green: on track; amber: at risk; red: blocked without decisions.'
    )
  ),
  ragField('ScheduleRag', t('Aikataulu', 'Tidsplan', 'Schedule'), t('Pysyykö hanke aikataulussa?', 'Håller projektet tidsplanen?', 'Is the project on schedule?')),
  ragField('CostRag', t('Kustannukset', 'Kostnader', 'Costs'), t('Pysyykö hanke kustannusarviossa?', 'Håller projektet kostnadsberäkningen?', 'Is the project within its cost estimate?')),
  ragField('ScopeRag', t('Laajuus', 'Omfattning', 'Scope'), t('Toteutuuko suunniteltu sisältö?', 'Blir det planerade innehållet av?', 'Is the planned scope being delivered?')),
  {
    name: 'ReportProgress',
    kind: 'Number',
    min: 0,
    max: 100,
    title: t('Valmiusaste (%)', 'Färdigställandegrad (%)', 'Progress (%)'),
    description: t('Arvio valmiudesta prosentteina 0–100.', 'Uppskattad färdigställandegrad i procent 0–100.', 'Estimated progress in percent, 0–100.'),
    since: V4,
    formatter: { value: PROGRESS_FORMAT, since: V4 }
  },
  noteField(
    'Summary',
    t('Yhteenveto', 'Sammanfattning', 'Summary'),
    t('Tilanne muutamalla virkkeellä: mikä on hyvin, mikä ei.', 'Läget i några meningar: vad går bra, vad gör det inte.', 'The status in a few sentences: what is going well, what is not.')
  ),
  noteField('Achieved', t('Saavutettu edellisen raportin jälkeen', 'Uppnått sedan förra rapporten', 'Achieved since the last report'), t('Mitä on saatu valmiiksi.', 'Vad som har blivit klart.', 'What has been completed.')),
  noteField('NextSteps', t('Seuraavat vaiheet', 'Nästa steg', 'Next steps'), t('Mitä tehdään ennen seuraavaa raporttia.', 'Vad som görs före nästa rapport.', 'What happens before the next report.')),
  noteField('Risks', t('Riskit ja ongelmat', 'Risker och problem', 'Risks and issues'), t('Mikä voi viivästyttää tai kallistaa hanketta.', 'Vad som kan försena eller fördyra projektet.', 'What may delay the project or raise its cost.')),
  noteField(
    'DecisionsNeeded',
    t('Ohjausryhmältä tarvittavat päätökset', 'Beslut som behövs av styrgruppen', 'Decisions needed from the steering group'),
    t('Päätökset, jotka viedään seuraavaan kokoukseen.', 'Beslut som tas upp på nästa möte.', 'Decisions to take to the next meeting.')
  ),
  {
    name: 'ReportAuthor',
    kind: 'User',
    title: t('Raportoija', 'Rapportör', 'Reported by'),
    description: t('Raportin laatija (yleensä projektipäällikkö).', 'Den som skrev rapporten (oftast projektledaren).', 'Who wrote the report (usually the project manager).'),
    since: V4
  },
  {
    name: 'ProjectSnapshot',
    kind: 'Note',
    load: 'details',
    hiddenInForms: true,
    title: t('Hankkeen tiedot julkaistaessa', 'Projektets uppgifter vid publicering', 'Project facts when published'),
    description: t(
      'Salkku tallentaa tähän hankkeen tilan, aikataulun ja kustannusarvion julkaisuhetkellä (muutosten seurantaa varten). Älä muokkaa.',
      'Salkku sparar här projektets status, tidsplan och kostnadsberäkning vid publiceringen (för uppföljning av ändringar). Ändra inte.',
      'Salkku stores the project\'s status, schedule and cost estimate at publication here (to follow changes). Do not edit.'
    ),
    since: V4
  }
];

/** The report form's header: the one-line status and the overall RAG as icon and text. */
function reportFormHeader(ragLabel: string): FormatterNode {
  return titleFormHeader({
    elmType: 'div',
    style: { display: 'flex', 'align-items': 'center', 'margin-top': '8px' },
    children: [{ elmType: 'span', style: { 'margin-right': '6px' }, txtContent: `${ragLabel}:` }, iconAndText(RAG_ICONS, undefined, '[$OverallRag]')]
  });
}

const REPORT_FORM_WORDS: Readonly<Record<Language, { rag: string; footer: string }>> = {
  fi: { rag: 'Kokonaistilanne', footer: 'Julkaistua raporttia ei muokata. Jos tiedoissa on virhe, tee uusi raportti: edellinen jää historiaan.' },
  sv: { rag: 'Helhetsläge', footer: 'En publicerad rapport ändras inte. Om något är fel, gör en ny rapport: den förra finns kvar i historiken.' },
  en: { rag: 'Overall RAG', footer: 'A published report is not edited. If something is wrong, file a new report: the earlier one stays in the history.' }
};

const REPORT_FORM: FormLayout = {
  header: (language) => reportFormHeader(REPORT_FORM_WORDS[language].rag),
  footer: (language) => noteFooter(REPORT_FORM_WORDS[language].footer),
  sections: [
    { title: t('Raportti', 'Rapport', 'Report'), fields: ['Project', 'ReportDate', 'ReportState', 'Title', 'ReportAuthor'] },
    { title: t('Tilannearvio', 'Lägesbedömning', 'RAG status'), fields: ['OverallRag', 'ScheduleRag', 'CostRag', 'ScopeRag', 'ReportProgress'] },
    { title: t('Eteneminen', 'Framsteg', 'Progress'), fields: ['Summary', 'Achieved', 'NextSteps', 'Risks', 'DecisionsNeeded'] }
  ]
};

export const STATUS_REPORTS_LIST: ListSchema = {
  key: 'reports',
  url: 'Lists/SalkkuStatusReports',
  since: V4,
  title: t('Tilanneraportit', 'Lägesrapporter', 'Status reports'),
  description: t(
    'Hankkeiden tilanneraportit ja niiden historia (Salkku).',
    'Projektens lägesrapporter och deras historik (Salkku).',
    'The projects\' status reports and their history (Salkku).'
  ),
  fields: REPORT_FIELDS,
  views: [
    {
      key: 'AllItems',
      title: t('Kaikki raportit', 'Alla rapporter', 'All reports'),
      fields: ['ReportDate', 'Project', 'LinkTitle', 'OverallRag', 'ScheduleRag', 'CostRag', 'ScopeRag', 'ReportProgress', 'ReportState', 'ReportAuthor'],
      orderBy: [{ field: 'ReportDate', ascending: false }],
      rowLimit: 100,
      isDefault: true,
      since: V4
    },
    {
      key: 'Drafts',
      title: t('Luonnokset', 'Utkast', 'Drafts'),
      fields: ['ReportDate', 'Project', 'LinkTitle', 'OverallRag', 'ReportAuthor'],
      filters: [{ field: 'ReportState', operator: 'Eq', value: REPORT_STATE.draft }],
      orderBy: [{ field: 'ReportDate', ascending: false }],
      rowLimit: 100,
      since: V4
    },
    {
      key: 'ByProject',
      title: t('Hankkeittain', 'Per projekt', 'By project'),
      fields: ['ReportDate', 'LinkTitle', 'OverallRag', 'ReportProgress', 'ReportState'],
      groupBy: ['Project'],
      orderBy: [{ field: 'ReportDate', ascending: false }],
      rowLimit: 100,
      since: V4
    }
  ],
  form: { value: REPORT_FORM, since: V4 },
  localizedSince: V4
};

const ACTUAL_FIELDS: readonly FieldSchema[] = [
  {
    name: 'Title',
    kind: 'Text',
    builtIn: true,
    required: true,
    title: t('Selite', 'Beskrivning', 'Description'),
    description: t('Mistä toteuma koostuu, esim. "Lisenssit ja käyttöönotto 2026".', 'Vad utfallet består av, t.ex. "Licenser och införande 2026".', 'What the actuals consist of, e.g. "Licences and roll-out 2026".'),
    since: V4
  },
  projectLookup(t('Hanke, jonka kustannuksia toteuma koskee.', 'Projektet som utfallet gäller.', 'The project the actual costs belong to.')),
  {
    name: 'CostYear',
    kind: 'Number',
    required: true,
    indexed: true,
    min: 2000,
    max: 2100,
    title: t('Vuosi', 'År', 'Year'),
    description: t('Kalenterivuosi, jona kustannus toteutui, esim. 2026.', 'Kalenderåret då kostnaden uppstod, t.ex. 2026.', 'The calendar year the cost was incurred, e.g. 2026.'),
    since: V4
  },
  {
    name: 'ActualInvestment',
    kind: 'Currency',
    min: 0,
    title: t('Toteutunut investointi (€)', 'Utfall investering (€)', 'Actual investment (€)'),
    description: t('Vuoden aikana toteutuneet investointimenot euroina.', 'Investeringsutgifter under året i euro.', 'Investment spent during the year, in euros.'),
    since: V4,
    formatter: { value: EURO_FORMAT, since: V4 }
  },
  {
    name: 'ActualRecurring',
    kind: 'Currency',
    min: 0,
    title: t('Toteutuneet jatkuvat kulut (€)', 'Utfall löpande kostnader (€)', 'Actual recurring costs (€)'),
    description: t('Vuoden aikana toteutuneet käyttö- ja ylläpitokulut euroina.', 'Drifts- och underhållskostnader under året i euro.', 'Running and maintenance costs during the year, in euros.'),
    since: V4,
    formatter: { value: EURO_FORMAT, since: V4 }
  },
  {
    name: 'Report',
    kind: 'Lookup',
    lookupList: 'reports',
    title: t('Raportti', 'Rapport', 'Report'),
    description: t('Tilanneraportti, jonka yhteydessä toteuma kirjattiin (valinnainen).', 'Lägesrapporten som utfallet fördes in med (valfritt).', 'The status report the actuals were entered with (optional).'),
    since: V4
  }
];

export const ACTUAL_COSTS_LIST: ListSchema = {
  key: 'actuals',
  url: 'Lists/SalkkuActualCosts',
  since: V4,
  title: t('Toteutuneet kustannukset', 'Kostnadsutfall', 'Actual costs'),
  description: t(
    'Hankkeiden toteutuneet investoinnit ja jatkuvat kulut vuosittain (Salkku).',
    'Projektens utfall för investeringar och löpande kostnader per år (Salkku).',
    'The projects\' actual investment and recurring spend per year (Salkku).'
  ),
  fields: ACTUAL_FIELDS,
  views: [
    {
      key: 'AllItems',
      title: t('Kaikki toteumat', 'Alla utfall', 'All actuals'),
      fields: ['Project', 'CostYear', 'LinkTitle', 'ActualInvestment', 'ActualRecurring', 'Report'],
      orderBy: [{ field: 'CostYear', ascending: false }],
      groupBy: ['Project'],
      rowLimit: 100,
      isDefault: true,
      since: V4
    }
  ],
  validation: {
    value: {
      formula: '=OR(NOT(ISBLANK([ActualInvestment])),NOT(ISBLANK([ActualRecurring])))',
      message: t(
        'Anna toteutunut investointi, jatkuvat kulut tai molemmat.',
        'Ange utfall för investering, löpande kostnader eller båda.',
        'Give the actual investment, the recurring costs, or both.'
      )
    },
    since: V4
  },
  localizedSince: V4
};

const MEETING_FIELDS: readonly FieldSchema[] = [
  {
    name: 'Title',
    kind: 'Text',
    builtIn: true,
    required: true,
    title: t('Kokous', 'Möte', 'Meeting'),
    description: t('Kokouksen nimi, esim. "Ohjausryhmä 3/2026".', 'Mötets namn, t.ex. "Styrgruppen 3/2026".', 'The meeting\'s name, e.g. "Steering group 3/2026".'),
    since: V4
  },
  {
    name: 'MeetingDate',
    kind: 'DateTime',
    required: true,
    indexed: true,
    title: t('Päivä', 'Datum', 'Date'),
    description: t('Kokouksen päivä.', 'Mötets datum.', 'The day of the meeting.'),
    since: V4
  },
  {
    name: 'Body',
    kind: 'Choice',
    choices: DEFAULT_MEETING_BODIES,
    fillIn: true,
    indexed: true,
    title: t('Toimielin', 'Organ', 'Body'),
    description: t(
      'Kuka kokoontuu: tietohallinnon ohjausryhmä tai palvelualan johtoryhmä. Voit kirjoittaa oman.',
      'Vem som möts: IT-styrgruppen eller en sektors ledningsgrupp. Du kan skriva ett eget.',
      'Who meets: the IT steering group or a service area\'s leadership group. You can type your own.'
    ),
    since: V4
  },
  {
    name: 'MeetingNotes',
    kind: 'Note',
    title: t('Muistiinpanot', 'Anteckningar', 'Notes'),
    description: t('Esityslista, päätökset tai muut muistiinpanot.', 'Föredragningslista, beslut eller andra anteckningar.', 'Agenda, decisions or other notes.'),
    since: V4
  }
];

export const MEETINGS_LIST: ListSchema = {
  key: 'meetings',
  url: 'Lists/SalkkuMeetings',
  since: V4,
  title: t('Kokoukset', 'Möten', 'Meetings'),
  description: t(
    'Ohjausryhmän ja palvelualojen johtoryhmien kokoukset vuosikellossa (Salkku).',
    'Styrgruppens och sektorernas ledningsgruppers möten i årshjulet (Salkku).',
    'The steering group\'s and service areas\' leadership groups\' meetings on the annual clock (Salkku).'
  ),
  fields: MEETING_FIELDS,
  views: [
    {
      key: 'AllItems',
      title: t('Vuosikello', 'Årshjul', 'Annual clock'),
      fields: ['MeetingDate', 'LinkTitle', 'Body', 'MeetingNotes'],
      orderBy: [{ field: 'MeetingDate', ascending: true }],
      groupBy: ['Body'],
      rowLimit: 100,
      isDefault: true,
      since: V4
    }
  ],
  localizedSince: V4
};

const SETTING_FIELDS: readonly FieldSchema[] = [
  {
    name: 'Title',
    kind: 'Text',
    builtIn: true,
    required: true,
    title: t('Asetus', 'Inställning', 'Setting'),
    description: t('Asetuksen tunnus, esim. reportCadence. Salkku kirjoittaa tämän.', 'Inställningens namn, t.ex. reportCadence. Salkku skriver detta.', 'The setting\'s key, e.g. reportCadence. Salkku writes this.'),
    since: V4
  },
  {
    name: 'SettingValue',
    kind: 'Note',
    title: t('Arvo', 'Värde', 'Value'),
    description: t(
      'Asetuksen arvo koneluettavassa muodossa (JSON). Muuta asetuksia Salkun näkymistä.',
      'Inställningens värde i maskinläsbar form (JSON). Ändra inställningarna i Salkkus vyer.',
      'The setting\'s value in machine-readable form (JSON). Change settings in Salkku\'s views.'
    ),
    since: V4
  }
];

/** The portfolio site's settings (the reporting cadence), one item per setting; owners edit them. */
export const SETTINGS_LIST: ListSchema = {
  key: 'settings',
  url: 'Lists/SalkkuSettings',
  since: V4,
  title: t('Salkun asetukset', 'Portföljens inställningar', 'Portfolio settings'),
  description: t(
    'Hankesalkun asetukset, kuten tilanneraportoinnin tahti (Salkku).',
    'Projektportföljens inställningar, t.ex. rapporteringstakten (Salkku).',
    'The portfolio\'s settings, such as the reporting cadence (Salkku).'
  ),
  fields: SETTING_FIELDS,
  views: [],
  localizedSince: V4
};
