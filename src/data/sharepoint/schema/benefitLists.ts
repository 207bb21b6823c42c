/**
 * The benefit lists (schema version 6, issue 21): what a project promised, measured against a
 * baseline and a target by a benefit owner in the service area, and the dated measurements of it,
 * which continue after the project has closed.
 *
 * Limits: 2 lookup/person columns on Benefits (Project, BenefitOwner) and 2 on Measurements
 * (Benefit, MeasuredBy), well under SharePoint's 12 per query; indexes only where views and the
 * app filter, sort or group: a benefit's project, status, owner and target date, a measurement's
 * benefit. Status reasons are multi-line text, which SharePoint's validation formulas cannot
 * refer to: "not realised needs its reason" is the app's rule, not the list's.
 */
import { BENEFIT_STATUS, BENEFIT_TYPE } from '../../../domain/benefits/vocabulary';
import { vocabularyValues } from '../../../domain/vocabulary';
import { labelledValue, noteFooter, titleFormHeader } from './formatting';
import type { FieldSchema, FormLayout, Language, ListSchema, LocalizedText } from './schema.types';

function t(fi: string, sv: string, en: string): LocalizedText {
  return { fi, sv, en };
}

/** The version that brought the benefit lists. */
const V6 = 6;

const BENEFIT_FIELDS: readonly FieldSchema[] = [
  {
    name: 'Title',
    kind: 'Text',
    builtIn: true,
    required: true,
    title: t('Hyöty', 'Nytta', 'Benefit'),
    description: t(
      'Lyhyt nimi hyödylle, esim. "Laskujen käsittelyaika lyhenee".',
      'Ett kort namn på nyttan, t.ex. "Kortare handläggningstid för fakturor".',
      'A short name for the benefit, e.g. "Invoices are processed faster".'
    ),
    since: V6
  },
  {
    name: 'BenefitDescription',
    kind: 'Note',
    title: t('Kuvaus', 'Beskrivning', 'Description'),
    description: t(
      'Mitä hyöty tarkoittaa, kenelle se syntyy ja miten hanke sen tuottaa.',
      'Vad nyttan innebär, för vem den uppstår och hur projektet åstadkommer den.',
      'What the benefit means, who gains it and how the project brings it about.'
    ),
    since: V6
  },
  {
    name: 'Project',
    kind: 'Lookup',
    lookupList: 'projects',
    required: true,
    indexed: true,
    title: t('Hanke', 'Projekt', 'Project'),
    description: t('Hanke, jonka hyöty tämä on.', 'Projektet som nyttan hör till.', 'The project the benefit belongs to.'),
    since: V6
  },
  {
    name: 'BenefitType',
    kind: 'Choice',
    choices: vocabularyValues(BENEFIT_TYPE),
    title: t('Hyödyn tyyppi', 'Typ av nytta', 'Benefit type'),
    description: t(
      'Taloudellinen, ajansäästö, laatu, riskin pieneneminen tai lakisääteisyys.',
      'Ekonomisk, tidsbesparing, kvalitet, minskad risk eller lagstadgad skyldighet.',
      'Financial, time saved, quality, risk reduced or legal compliance.'
    ),
    since: V6
  },
  {
    name: 'Indicator',
    kind: 'Text',
    maxLength: 255,
    title: t('Mittari', 'Indikator', 'Indicator'),
    description: t(
      'Mitä mitataan, esim. "Laskun käsittelyaika" tai "Paperilaskujen määrä".',
      'Vad som mäts, t.ex. "Handläggningstid per faktura" eller "Antal pappersfakturor".',
      'What is measured, e.g. "Processing time per invoice" or "Number of paper invoices".'
    ),
    since: V6
  },
  {
    name: 'IndicatorUnit',
    kind: 'Text',
    maxLength: 32,
    title: t('Yksikkö', 'Enhet', 'Unit'),
    description: t('Mittarin yksikkö, esim. pv, kpl/v, €/v tai %.', 'Indikatorns enhet, t.ex. dagar, st/år, €/år eller %.', 'The indicator\'s unit, e.g. days, pcs/yr, €/yr or %.'),
    since: V6
  },
  {
    name: 'BaselineValue',
    kind: 'Number',
    decimals: 2,
    title: t('Lähtötaso', 'Utgångsläge', 'Baseline'),
    description: t('Mittarin arvo ennen hanketta.', 'Indikatorns värde före projektet.', 'The indicator\'s value before the project.'),
    since: V6
  },
  {
    name: 'BaselineDate',
    kind: 'DateTime',
    title: t('Lähtötason päivä', 'Utgångslägets datum', 'Baseline date'),
    description: t('Päivä, jolta lähtötaso on.', 'Dagen då utgångsläget mättes.', 'The day the baseline is from.'),
    since: V6
  },
  {
    name: 'TargetValue',
    kind: 'Number',
    decimals: 2,
    title: t('Tavoite', 'Mål', 'Target'),
    description: t(
      'Mittarin tavoitearvo. Tavoite voi olla lähtötasoa pienempi (esim. käsittelyaika) tai suurempi.',
      'Indikatorns målvärde. Målet kan vara lägre än utgångsläget (t.ex. handläggningstid) eller högre.',
      'The indicator\'s target value. It may be below the baseline (e.g. processing time) or above it.'
    ),
    since: V6
  },
  {
    name: 'TargetDate',
    kind: 'DateTime',
    indexed: true,
    title: t('Tavoitepäivä', 'Måldatum', 'Target date'),
    description: t('Päivä, johon mennessä tavoite on määrä saavuttaa.', 'Dagen då målet ska vara nått.', 'The day by which the target should be reached.'),
    since: V6
  },
  {
    name: 'IntervalMonths',
    kind: 'Number',
    min: 1,
    max: 120,
    title: t('Mittausväli (kk)', 'Mätintervall (mån)', 'Measurement interval (months)'),
    description: t(
      'Kuinka usein hyöty mitataan, kuukausina. Jätä tyhjäksi, jos riittää mitata tavoitepäivänä.',
      'Hur ofta nyttan mäts, i månader. Lämna tomt om det räcker att mäta på måldatumet.',
      'How often the benefit is measured, in months. Leave empty when measuring on the target date is enough.'
    ),
    since: V6
  },
  {
    name: 'BenefitOwner',
    kind: 'User',
    indexed: true,
    title: t('Hyödyn omistaja', 'Nyttoägare', 'Benefit owner'),
    description: t(
      'Palvelualan henkilö, joka vastaa hyödyn toteutumisesta ja mittaamisesta myös hankkeen päätyttyä (ei projektipäällikkö).',
      'Personen inom sektorn som ansvarar för att nyttan uppnås och mäts även efter projektet (inte projektledaren).',
      'The person in the service area responsible for realising and measuring the benefit, also after the project (not the project manager).'
    ),
    since: V6
  },
  {
    name: 'ResponsibleUnit',
    kind: 'Text',
    maxLength: 255,
    title: t('Vastuuyksikkö', 'Ansvarig enhet', 'Responsible unit'),
    description: t('Yksikkö, jonka toiminnassa hyöty syntyy.', 'Enheten i vars verksamhet nyttan uppstår.', 'The unit in whose work the benefit arises.'),
    since: V6
  },
  {
    name: 'BenefitStatus',
    kind: 'Choice',
    choices: vocabularyValues(BENEFIT_STATUS),
    required: true,
    indexed: true,
    title: t('Tila', 'Status', 'Status'),
    description: t(
      'Luonnos, suunniteltu, toteutumassa, toteutunut tai ei toteutunut. Luonnos on tuonnin ehdotus, jonka joku vahvistaa.',
      'Utkast, planerad, förverkligas, förverkligad eller inte förverkligad. Ett utkast är importens förslag som någon bekräftar.',
      'Draft, planned, being realised, realised or not realised. A draft is the importer\'s suggestion for someone to confirm.'
    ),
    since: V6
  },
  {
    name: 'StatusReason',
    kind: 'Note',
    title: t('Tilan perustelu', 'Motivering för status', 'Reason for the status'),
    description: t(
      'Miksi hyöty ei toteutunut, tai muu huomio tilasta.',
      'Varför nyttan inte förverkligades, eller annan anmärkning om statusen.',
      'Why the benefit was not realised, or any other note on its status.'
    ),
    since: V6
  }
];

const FORM_WORDS: Readonly<Record<Language, { status: string; footer: string }>> = {
  fi: {
    status: 'Tila',
    footer: 'Hyödyn omistaja mittaa hyötyä sovituin välein myös hankkeen päätyttyä. Mittaukset kirjataan Hyötyjen mittaukset -luetteloon.'
  },
  sv: {
    status: 'Status',
    footer: 'Nyttoägaren mäter nyttan med överenskomna intervall även efter projektet. Mätningarna förs in i listan Nyttornas mätningar.'
  },
  en: {
    status: 'Status',
    footer: 'The benefit owner measures the benefit at agreed intervals, also after the project has closed. Measurements go to the Benefit measurements list.'
  }
};

const BENEFIT_FORM: FormLayout = {
  header: (language) => titleFormHeader(labelledValue(FORM_WORDS[language].status, 'BenefitStatus')),
  footer: (language) => noteFooter(FORM_WORDS[language].footer),
  sections: [
    { title: t('Hyöty', 'Nytta', 'Benefit'), fields: ['Title', 'BenefitDescription', 'Project', 'BenefitType'] },
    {
      title: t('Mittari, lähtötaso ja tavoite', 'Indikator, utgångsläge och mål', 'Indicator, baseline and target'),
      fields: ['Indicator', 'IndicatorUnit', 'BaselineValue', 'BaselineDate', 'TargetValue', 'TargetDate', 'IntervalMonths']
    },
    { title: t('Vastuu ja tila', 'Ansvar och status', 'Ownership and status'), fields: ['BenefitOwner', 'ResponsibleUnit', 'BenefitStatus', 'StatusReason'] }
  ]
};

export const BENEFITS_LIST: ListSchema = {
  key: 'benefits',
  url: 'Lists/SalkkuBenefits',
  since: V6,
  title: t('Hyödyt', 'Nyttor', 'Benefits'),
  description: t(
    'Hankkeiden lupaamat hyödyt: mittari, lähtötaso, tavoite, hyödyn omistaja ja tila (Salkku).',
    'Nyttorna som projekten utlovar: indikator, utgångsläge, mål, nyttoägare och status (Salkku).',
    'The benefits the projects promise: indicator, baseline, target, benefit owner and status (Salkku).'
  ),
  fields: BENEFIT_FIELDS,
  views: [
    {
      key: 'AllItems',
      title: t('Kaikki hyödyt', 'Alla nyttor', 'All benefits'),
      fields: ['LinkTitle', 'BenefitType', 'Indicator', 'BaselineValue', 'TargetValue', 'IndicatorUnit', 'TargetDate', 'BenefitOwner', 'BenefitStatus'],
      groupBy: ['Project'],
      rowLimit: 100,
      isDefault: true,
      since: V6
    },
    {
      key: 'MyBenefits',
      title: t('Omat hyötyni', 'Mina nyttor', 'My benefits'),
      fields: ['LinkTitle', 'Project', 'Indicator', 'TargetValue', 'IndicatorUnit', 'TargetDate', 'BenefitStatus'],
      filters: [{ field: 'BenefitOwner', operator: 'Eq', value: '[Me]' }],
      rowLimit: 100,
      since: V6
    },
    {
      key: 'Open',
      title: t('Avoimet tavoitepäivän mukaan', 'Öppna efter måldatum', 'Open by target date'),
      fields: ['LinkTitle', 'Project', 'Indicator', 'TargetValue', 'IndicatorUnit', 'TargetDate', 'BenefitOwner', 'BenefitStatus'],
      filters: [
        { field: 'BenefitStatus', operator: 'Neq', value: BENEFIT_STATUS.realised },
        { field: 'BenefitStatus', operator: 'Neq', value: BENEFIT_STATUS.notRealised }
      ],
      orderBy: [{ field: 'TargetDate', ascending: true }],
      rowLimit: 100,
      since: V6
    }
  ],
  validation: {
    value: {
      formula: '=OR(ISBLANK([BaselineDate]),ISBLANK([TargetDate]),[TargetDate]>=[BaselineDate])',
      message: t(
        'Tavoitepäivä ei voi olla ennen lähtötason päivää.',
        'Måldatumet kan inte vara före utgångslägets datum.',
        'The target date cannot be before the baseline date.'
      )
    },
    since: V6
  },
  form: { value: BENEFIT_FORM, since: V6 },
  localizedSince: V6
};

const MEASUREMENT_FIELDS: readonly FieldSchema[] = [
  {
    name: 'Title',
    kind: 'Text',
    builtIn: true,
    required: true,
    title: t('Mittaus', 'Mätning', 'Measurement'),
    description: t(
      'Mittauksen lyhyt nimi; Salkku kirjoittaa tähän mittauspäivän.',
      'Mätningens korta namn; Salkku skriver mätdatumet här.',
      'A short name for the measurement; Salkku writes the day measured here.'
    ),
    since: V6
  },
  {
    name: 'Benefit',
    kind: 'Lookup',
    lookupList: 'benefits',
    required: true,
    indexed: true,
    title: t('Hyöty', 'Nytta', 'Benefit'),
    description: t('Mitattu hyöty.', 'Nyttan som mättes.', 'The benefit measured.'),
    since: V6
  },
  {
    name: 'MeasurementDate',
    kind: 'DateTime',
    required: true,
    title: t('Mittauspäivä', 'Mätdatum', 'Date measured'),
    description: t('Päivä, jonka tilannetta mittaus kuvaa.', 'Dagen vars läge mätningen beskriver.', 'The day whose situation the measurement describes.'),
    since: V6
  },
  {
    name: 'MeasuredValue',
    kind: 'Number',
    decimals: 2,
    required: true,
    title: t('Arvo', 'Värde', 'Value'),
    description: t('Mittarin arvo hyödyn yksikössä.', 'Indikatorns värde i nyttans enhet.', 'The indicator\'s value in the benefit\'s unit.'),
    since: V6
  },
  {
    name: 'MeasurementNote',
    kind: 'Note',
    title: t('Huomio', 'Anmärkning', 'Note'),
    description: t('Mistä arvo on saatu tai mikä siihen vaikutti.', 'Var värdet kommer ifrån eller vad som påverkade det.', 'Where the value comes from or what affected it.'),
    since: V6
  },
  {
    name: 'MeasuredBy',
    kind: 'User',
    title: t('Mittaaja', 'Mätt av', 'Measured by'),
    description: t('Henkilö, joka kirjasi mittauksen.', 'Personen som förde in mätningen.', 'The person who recorded the measurement.'),
    since: V6
  }
];

/** Dated values of a benefit's indicator, added by its owner; one benefit has a few a year. */
export const MEASUREMENTS_LIST: ListSchema = {
  key: 'measurements',
  url: 'Lists/SalkkuBenefitMeasurements',
  since: V6,
  title: t('Hyötyjen mittaukset', 'Nyttornas mätningar', 'Benefit measurements'),
  description: t(
    'Hyötyjen mittarien mitatut arvot päivämäärineen (Salkku).',
    'Nyttornas uppmätta indikatorvärden med datum (Salkku).',
    'The measured values of the benefits\' indicators, with their dates (Salkku).'
  ),
  fields: MEASUREMENT_FIELDS,
  views: [
    {
      key: 'AllItems',
      title: t('Kaikki mittaukset', 'Alla mätningar', 'All measurements'),
      fields: ['MeasurementDate', 'MeasuredValue', 'MeasurementNote', 'MeasuredBy'],
      groupBy: ['Benefit'],
      rowLimit: 100,
      isDefault: true,
      since: V6
    }
  ],
  localizedSince: V6
};
