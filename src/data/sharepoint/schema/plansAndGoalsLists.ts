/** The Plans (Toimenpidesuunnitelmat) and Strategic goals (Strategiset tavoitteet) lists. */
import { PLAN_STATUS, vocabularyValues } from '../../../domain/vocabulary';
import type { FieldSchema, ListSchema, LocalizedText } from './schema.types';

function t(fi: string, sv: string, en: string): LocalizedText {
  return { fi, sv, en };
}

const monthHelp = t(
  'Kuukausi muodossa VVVV-KK, esim. 2024-01.',
  'Månad i formatet ÅÅÅÅ-MM, t.ex. 2024-01.',
  'Month as YYYY-MM, e.g. 2024-01.'
);

export const PLAN_FIELDS: readonly FieldSchema[] = [
  {
    name: 'Title',
    kind: 'Text',
    builtIn: true,
    required: true,
    title: t('Suunnitelma', 'Plan', 'Plan'),
    description: t(
      'Suunnitelman nimi, esim. "Tietohallinnon toimenpidesuunnitelma 2025–2026".',
      'Planens namn, t.ex. "IT-förvaltningens åtgärdsplan 2025–2026".',
      'The plan\'s name, e.g. "IT action plan 2025–2026".'
    ),
    since: 1
  },
  {
    name: 'Organisation',
    kind: 'Text',
    maxLength: 255,
    title: t('Organisaatio', 'Organisation', 'Organisation'),
    description: t('Kaupunki tai kunta, jonka suunnitelma on.', 'Staden eller kommunen som planen gäller.', 'The city or municipality the plan belongs to.'),
    since: 1
  },
  {
    name: 'PeriodStart',
    kind: 'Text',
    maxLength: 7,
    indexed: true,
    title: t('Kausi alkaa', 'Perioden börjar', 'Period start'),
    description: monthHelp,
    since: 1
  },
  {
    name: 'PeriodEnd',
    kind: 'Text',
    maxLength: 7,
    title: t('Kausi päättyy', 'Perioden slutar', 'Period end'),
    description: monthHelp,
    since: 1
  },
  {
    name: 'ApprovedOn',
    kind: 'DateTime',
    title: t('Hyväksytty', 'Godkänd', 'Approved on'),
    description: t('Päivä, jona ohjausryhmä hyväksyi suunnitelman.', 'Dagen då styrgruppen godkände planen.', 'The day the steering group approved the plan.'),
    since: 1
  },
  {
    name: 'PlanStatus',
    kind: 'Choice',
    choices: vocabularyValues(PLAN_STATUS),
    // no view or query filters on it (a city has a handful of plans)
    indexedUntil: 2,
    title: t('Tila', 'Status', 'Status'),
    description: t('Luonnos, hyväksytty tai päättynyt.', 'Utkast, godkänd eller avslutad.', 'Draft, approved or closed.'),
    since: 1
  }
];

export const GOAL_FIELDS: readonly FieldSchema[] = [
  {
    name: 'Title',
    kind: 'Text',
    builtIn: true,
    required: true,
    title: t('Tavoite', 'Mål', 'Goal'),
    description: t(
      'Tavoitteen lyhyt nimi, esim. "Sähköisen asioinnin parantaminen".',
      'Målets korta namn, t.ex. "Bättre e-tjänster".',
      'The goal\'s short name, e.g. "Better e-services".'
    ),
    since: 1
  },
  {
    name: 'GoalDescription',
    kind: 'Note',
    title: t('Kuvaus', 'Beskrivning', 'Description'),
    description: t('Mitä tavoitteella tarkoitetaan.', 'Vad målet innebär.', 'What the goal means.'),
    since: 1
  },
  {
    name: 'StrategyPeriod',
    kind: 'Text',
    maxLength: 50,
    title: t('Strategiakausi', 'Strategiperiod', 'Strategy period'),
    description: t('Strategian kausi, esim. 2022–2025.', 'Strategins period, t.ex. 2022–2025.', 'The strategy period, e.g. 2022–2025.'),
    since: 1
  }
];

export const PLANS_LIST: ListSchema = {
  key: 'plans',
  url: 'Lists/SalkkuPlans',
  title: t('Toimenpidesuunnitelmat', 'Åtgärdsplaner', 'Action plans'),
  description: t(
    'Tietohallinnon toimenpidesuunnitelmat ja niiden kaudet (Salkku).',
    'IT-förvaltningens åtgärdsplaner och deras perioder (Salkku).',
    'IT action plans and their periods (Salkku).'
  ),
  fields: PLAN_FIELDS,
  views: [
    {
      key: 'AllItems',
      title: t('Kaikki kohteet', 'Alla objekt', 'All items'),
      fields: ['LinkTitle', 'Organisation', 'PeriodStart', 'PeriodEnd', 'PlanStatus', 'ApprovedOn'],
      orderBy: [{ field: 'PeriodStart', ascending: false }],
      since: 2
    }
  ],
  validation: {
    value: {
      formula: '=OR(ISBLANK([PeriodStart]),ISBLANK([PeriodEnd]),[PeriodEnd]>=[PeriodStart])',
      message: t(
        'Kauden loppukuukausi ei voi olla ennen alkukuukautta.',
        'Periodens slutmånad får inte vara före startmånaden.',
        'The period\'s end month cannot be before its start month.'
      )
    },
    since: 2,
    revised: 3
  },
  localizedSince: 2
};

export const GOALS_LIST: ListSchema = {
  key: 'goals',
  url: 'Lists/SalkkuGoals',
  title: t('Strategiset tavoitteet', 'Strategiska mål', 'Strategic goals'),
  description: t(
    'Tietohallintostrategian tavoitteet, joihin hankkeet liitetään (Salkku).',
    'IT-strategins mål som projekten kopplas till (Salkku).',
    'Goals of the IT strategy that projects are linked to (Salkku).'
  ),
  fields: GOAL_FIELDS,
  views: [],
  localizedSince: 2
};
