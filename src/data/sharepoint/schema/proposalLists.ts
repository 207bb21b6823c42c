/**
 * The proposal lists (schema version 5): proposals from the service areas and the steering
 * group's scores. A proposal carries the plan's own fields under the projects list's internal
 * names (schedule, costs, strategic goals, the impact assessment's five headings), so approving
 * it copies field for field into a project. The scoring model, the year's limits and saved
 * scenarios are settings (`SalkkuSettings`), versioned there.
 *
 * Limits: 4 lookup/person columns on Proposals (StrategicGoals, ApprovedPlan, CreatedProject,
 * ContactPerson) and 2 on Scores, well under SharePoint's 12 per query; indexes only where views
 * and the app filter (a proposal's status; a score's proposal and model version). Views keep
 * SharePoint's default order (by id: the order proposals arrived).
 */
import { DEFAULT_MEETING_BODIES } from '../../../domain/followup/vocabulary';
import { PROPOSAL_STATUS } from '../../../domain/proposals/vocabulary';
import { vocabularyValues } from '../../../domain/vocabulary';
import { labelledValue, noteFooter, titleFormHeader } from './formatting';
import { PROJECT_FIELDS } from './projectsList';
import type { FieldSchema, FormLayout, Language, ListSchema, LocalizedText } from './schema.types';

function t(fi: string, sv: string, en: string): LocalizedText {
  return { fi, sv, en };
}

/** The version that brought the proposal lists. */
const V5 = 5;

/**
 * A projects-list field as a proposal has it: the same internal name, type, choices and help
 * text, added in version 5, never indexed (the app reads proposals whole: a few hundred a year).
 */
function asInProjects(name: string, overrides: Partial<FieldSchema> = {}): FieldSchema {
  const field = PROJECT_FIELDS.find((f) => f.name === name);
  if (!field) {
    throw new Error(`The projects list has no field ${name}`);
  }
  const since = <T extends { since: number }>(value: T | undefined): T | undefined => (value ? { ...value, since: V5, revised: undefined } : undefined);
  return {
    ...field,
    since: V5,
    load: undefined,
    indexed: false,
    indexedUntil: undefined,
    formatter: since(field.formatter),
    validation: since(field.validation),
    // the projects list's conditions refer to its own columns
    showWhen: undefined,
    ...overrides
  };
}

const IMPACT_FIELDS = ['ImpactEconomic', 'ImpactOrganisation', 'ImpactOrganisationNote', 'ImpactSecurity', 'ImpactSecurityNote', 'ImpactDataUse', 'ImpactDataUseNote', 'ImpactCaseMgmt', 'ImpactCaseMgmtNote'];

const PROPOSAL_FIELDS: readonly FieldSchema[] = [
  {
    name: 'Title',
    kind: 'Text',
    builtIn: true,
    required: true,
    title: t('Ehdotus', 'Förslag', 'Proposal'),
    description: t(
      'Lyhyt nimi tarpeelle tai hankkeelle, esim. "Sähköinen ajanvaraus neuvolaan".',
      'Ett kort namn på behovet eller projektet, t.ex. "Elektronisk tidsbokning till rådgivningen".',
      'A short name for the need or project, e.g. "Online booking for the child health clinic".'
    ),
    since: V5
  },
  asInProjects('ServiceArea', {
    title: t('Ehdottava palveluala', 'Föreslående sektor', 'Proposing service area'),
    description: t('Palveluala, jonka tarpeesta ehdotus syntyi.', 'Sektorn vars behov förslaget kommer från.', 'The service area whose need the proposal comes from.')
  }),
  asInProjects('OrgUnit'),
  {
    name: 'ContactPerson',
    kind: 'User',
    title: t('Yhteyshenkilö', 'Kontaktperson', 'Contact person'),
    description: t('Keneltä voi kysyä ehdotuksesta lisää.', 'Vem man kan fråga mer om förslaget.', 'Who to ask about the proposal.'),
    since: V5
  },
  {
    name: 'Need',
    kind: 'Note',
    required: true,
    title: t('Tarve', 'Behov', 'Need'),
    description: t(
      'Mikä ongelma tai tarve ratkaistaan, ketä se koskee ja mitä tapahtuu, jos mitään ei tehdä.',
      'Vilket problem eller behov som löses, vem det gäller och vad som händer om inget görs.',
      'What problem or need is solved, who it concerns and what happens if nothing is done.'
    ),
    since: V5
  },
  asInProjects('WhatChanges'),
  asInProjects('StrategicGoals'),
  asInProjects('MandatoryByLaw'),
  asInProjects('ScheduleText'),
  asInProjects('ScheduleStart'),
  asInProjects('ScheduleEnd'),
  asInProjects('CostText'),
  asInProjects('InvestmentMin'),
  asInProjects('InvestmentMax'),
  asInProjects('RecurringMin'),
  asInProjects('RecurringMax'),
  {
    name: 'ItEffortDays',
    kind: 'Number',
    min: 0,
    title: t('Tietohallinnon työ (htp)', 'IT-förvaltningens arbete (dagsverken)', 'IT effort (person-days)'),
    description: t(
      'Arvio tietohallinnon työstä henkilötyöpäivinä; tällä ehdotuksia verrataan tietohallinnon kapasiteettiin.',
      'Uppskattat arbete för IT-förvaltningen i dagsverken; förslagen jämförs med IT:s kapacitet.',
      'Estimated IT work in person-days; proposals are compared with IT\'s capacity with it.'
    ),
    since: V5
  },
  {
    name: 'AreaEffortDays',
    kind: 'Number',
    min: 0,
    title: t('Palvelualan työ (htp)', 'Sektorns arbete (dagsverken)', 'Service area effort (person-days)'),
    description: t('Arvio palvelualan omasta työstä henkilötyöpäivinä.', 'Uppskattat eget arbete för sektorn i dagsverken.', 'Estimated work of the service area itself, in person-days.'),
    since: V5
  },
  ...IMPACT_FIELDS.map((name) => asInProjects(name)),
  {
    name: 'ProposalStatus',
    kind: 'Choice',
    choices: vocabularyValues(PROPOSAL_STATUS),
    required: true,
    indexed: true,
    title: t('Käsittelyn tila', 'Behandlingsstatus', 'Status'),
    description: t(
      'Jätetty, käsittelyssä, hyväksytty suunnitelmaan, siirretty tai hylätty. Ohjausryhmä päättää; ehdottaja jättää ehdotuksen tilaan Jätetty.',
      'Inlämnat, under behandling, godkänt för planen, uppskjutet eller avslaget. Styrgruppen beslutar; den som föreslår lämnar förslaget som Inlämnat.',
      'Submitted, under review, approved for the plan, postponed or rejected. The steering group decides; a proposer leaves it as Submitted.'
    ),
    since: V5
  },
  {
    name: 'DecisionText',
    kind: 'Note',
    title: t('Päätös ja perustelut', 'Beslut och motivering', 'Decision and reasoning'),
    description: t(
      'Ohjausryhmän päätös perusteluineen. Myös siirretyt ja hylätyt ehdotukset säilyvät perusteluineen.',
      'Styrgruppens beslut med motivering. Även uppskjutna och avslagna förslag sparas med motivering.',
      'The steering group\'s decision with its reasoning. Postponed and rejected proposals are kept with theirs too.'
    ),
    since: V5
  },
  {
    name: 'DecisionDate',
    kind: 'DateTime',
    title: t('Päätöspäivä', 'Beslutsdatum', 'Decision date'),
    description: t('Päivä, jona päätös tehtiin.', 'Dagen då beslutet fattades.', 'The day the decision was made.'),
    since: V5
  },
  {
    name: 'DecisionBody',
    kind: 'Choice',
    choices: DEFAULT_MEETING_BODIES,
    fillIn: true,
    title: t('Päättäjä', 'Beslutande organ', 'Decided by'),
    description: t('Toimielin, joka päätti. Voit kirjoittaa oman.', 'Organet som beslutade. Du kan skriva ett eget.', 'The body that decided. You can type your own.'),
    since: V5
  },
  {
    name: 'ScoringModelVersion',
    kind: 'Number',
    min: 1,
    hiddenInForms: true,
    title: t('Pisteytysmallin versio', 'Poängmodellens version', 'Scoring model version'),
    description: t(
      'Pisteytysmallin versio, jolla päätös tehtiin. Salkku kirjoittaa tämän.',
      'Versionen av poängmodellen som beslutet byggde på. Salkku skriver detta.',
      'The scoring model version the decision used. Salkku writes this.'
    ),
    since: V5
  },
  {
    name: 'ApprovedPlan',
    kind: 'Lookup',
    lookupList: 'plans',
    title: t('Suunnitelma', 'Plan', 'Plan'),
    description: t('Suunnitelma, johon ehdotus hyväksyttiin.', 'Planen som förslaget godkändes för.', 'The plan the proposal was approved for.'),
    since: V5
  },
  {
    name: 'CreatedProject',
    kind: 'Lookup',
    lookupList: 'projects',
    hiddenInForms: true,
    title: t('Hanke', 'Projekt', 'Project'),
    description: t(
      'Hyväksytystä ehdotuksesta luotu hanke. Salkku kirjoittaa tämän, eikä hanketta luoda toista kertaa.',
      'Projektet som skapades av det godkända förslaget. Salkku skriver detta, och projektet skapas inte två gånger.',
      'The project created from the approved proposal. Salkku writes this, and the project is never created twice.'
    ),
    since: V5
  }
];

const FORM_WORDS: Readonly<Record<Language, { status: string; footer: string }>> = {
  fi: {
    status: 'Käsittelyn tila',
    footer: 'Kuka tahansa salkun jäsen voi jättää ehdotuksen. Ohjausryhmä pisteyttää ehdotukset sovituilla kriteereillä ja päättää niistä; hyväksytty ehdotus siirtyy hankkeeksi suunnitelmaan.'
  },
  sv: {
    status: 'Behandlingsstatus',
    footer: 'Vilken medlem som helst av portföljen kan lämna ett förslag. Styrgruppen poängsätter förslagen med överenskomna kriterier och beslutar om dem; ett godkänt förslag blir ett projekt i planen.'
  },
  en: {
    status: 'Status',
    footer: 'Any member of the portfolio can submit a proposal. The steering group scores proposals with agreed criteria and decides on them; an approved proposal becomes a project in the plan.'
  }
};

const PROPOSAL_FORM: FormLayout = {
  header: (language) => titleFormHeader(labelledValue(FORM_WORDS[language].status, 'ProposalStatus')),
  footer: (language) => noteFooter(FORM_WORDS[language].footer),
  sections: [
    { title: t('Ehdotus', 'Förslag', 'Proposal'), fields: ['Title', 'ServiceArea', 'OrgUnit', 'ContactPerson'] },
    { title: t('Tarve ja mikä muuttuu', 'Behov och vad som förändras', 'Need and what changes'), fields: ['Need', 'WhatChanges', 'StrategicGoals', 'MandatoryByLaw'] },
    {
      title: t('Aikataulu, kustannukset ja työmäärä', 'Tidsplan, kostnader och arbetsinsats', 'Schedule, costs and effort'),
      fields: ['ScheduleText', 'ScheduleStart', 'ScheduleEnd', 'CostText', 'InvestmentMin', 'InvestmentMax', 'RecurringMin', 'RecurringMax', 'ItEffortDays', 'AreaEffortDays']
    },
    { title: t('Ensimmäinen muutosvaikutusten arvio', 'Första konsekvensbedömning', 'First impact assessment'), fields: IMPACT_FIELDS },
    { title: t('Käsittely ja päätös', 'Behandling och beslut', 'Review and decision'), fields: ['ProposalStatus', 'DecisionText', 'DecisionDate', 'DecisionBody', 'ApprovedPlan'] }
  ]
};

/** Schedule and cost ranges in order, as on the projects list. */
const PROPOSAL_VALIDATION =
  '=AND(OR(ISBLANK([ScheduleStart]),ISBLANK([ScheduleEnd]),[ScheduleEnd]>=[ScheduleStart]),' +
  'OR(ISBLANK([InvestmentMin]),ISBLANK([InvestmentMax]),[InvestmentMin]<=[InvestmentMax]),' +
  'OR(ISBLANK([RecurringMin]),ISBLANK([RecurringMax]),[RecurringMin]<=[RecurringMax]))';

export const PROPOSALS_LIST: ListSchema = {
  key: 'proposals',
  url: 'Lists/SalkkuProposals',
  since: V5,
  title: t('Hanke-ehdotukset', 'Projektförslag', 'Proposals'),
  description: t(
    'Palvelualojen tarpeet ja hanke-ehdotukset, niiden käsittely ja päätökset (Salkku).',
    'Sektorernas behov och projektförslag, deras behandling och beslut (Salkku).',
    'The service areas\' needs and project proposals, their review and decisions (Salkku).'
  ),
  fields: PROPOSAL_FIELDS,
  views: [
    {
      key: 'AllItems',
      title: t('Kaikki ehdotukset', 'Alla förslag', 'All proposals'),
      fields: ['LinkTitle', 'ServiceArea', 'ProposalStatus', 'MandatoryByLaw', 'ScheduleText', 'InvestmentMax', 'RecurringMax', 'ItEffortDays', 'ContactPerson'],
      rowLimit: 100,
      isDefault: true,
      since: V5
    },
    {
      key: 'InReview',
      title: t('Käsiteltävät', 'Att behandla', 'To review'),
      fields: ['LinkTitle', 'ServiceArea', 'ProposalStatus', 'MandatoryByLaw', 'InvestmentMax', 'ItEffortDays'],
      filters: [
        { field: 'ProposalStatus', operator: 'Eq', value: PROPOSAL_STATUS.submitted },
        { field: 'ProposalStatus', operator: 'Eq', value: PROPOSAL_STATUS.underReview }
      ],
      any: true,
      rowLimit: 100,
      since: V5
    },
    {
      key: 'ByStatus',
      title: t('Tilan mukaan', 'Efter status', 'By status'),
      fields: ['LinkTitle', 'ServiceArea', 'DecisionDate', 'DecisionBody', 'ApprovedPlan'],
      groupBy: ['ProposalStatus'],
      rowLimit: 100,
      since: V5
    }
  ],
  validation: {
    value: {
      formula: PROPOSAL_VALIDATION,
      message: t(
        'Tarkista vaihteluvälit: loppu ei voi olla ennen alkua, eikä alaraja suurempi kuin yläraja.',
        'Kontrollera intervallen: slutet kan inte vara före början och den nedre gränsen inte större än den övre.',
        'Check the ranges: the end cannot be before the start, nor a lower bound above the upper one.'
      )
    },
    since: V5
  },
  form: { value: PROPOSAL_FORM, since: V5 },
  localizedSince: V5
};

const SCORE_FIELDS: readonly FieldSchema[] = [
  {
    name: 'Title',
    kind: 'Text',
    builtIn: true,
    required: true,
    title: t('Kriteeri', 'Kriterium', 'Criterion'),
    description: t('Kriteerin nimi pisteytyshetkellä. Salkku kirjoittaa tämän.', 'Kriteriets namn när poängen gavs. Salkku skriver detta.', 'The criterion\'s name when scored. Salkku writes this.'),
    since: V5
  },
  {
    name: 'Proposal',
    kind: 'Lookup',
    lookupList: 'proposals',
    required: true,
    indexed: true,
    title: t('Ehdotus', 'Förslag', 'Proposal'),
    description: t('Pisteytetty ehdotus.', 'Det poängsatta förslaget.', 'The proposal scored.'),
    since: V5
  },
  {
    name: 'CriterionKey',
    kind: 'Text',
    required: true,
    maxLength: 64,
    title: t('Kriteerin tunnus', 'Kriteriets nyckel', 'Criterion key'),
    description: t('Pisteytysmallin kriteerin tunnus. Salkku kirjoittaa tämän.', 'Nyckeln till kriteriet i poängmodellen. Salkku skriver detta.', 'The key of the scoring model\'s criterion. Salkku writes this.'),
    since: V5
  },
  {
    name: 'ScoreValue',
    kind: 'Number',
    required: true,
    min: 0,
    max: 100,
    title: t('Pisteet', 'Poäng', 'Score'),
    description: t('Pisteet pisteytysmallin asteikolla.', 'Poäng på poängmodellens skala.', 'The score on the scoring model\'s scale.'),
    since: V5
  },
  {
    name: 'ScoreNote',
    kind: 'Note',
    title: t('Perustelu', 'Motivering', 'Note'),
    description: t('Vapaaehtoinen perustelu pisteille.', 'Valfri motivering till poängen.', 'An optional reason for the score.'),
    since: V5
  },
  {
    name: 'Scorer',
    kind: 'User',
    required: true,
    title: t('Pisteyttäjä', 'Poängsättare', 'Scored by'),
    description: t('Ohjausryhmän jäsen, joka antoi pisteet.', 'Styrgruppsmedlemmen som gav poängen.', 'The steering group member who gave the score.'),
    since: V5
  },
  {
    name: 'ModelVersion',
    kind: 'Number',
    required: true,
    indexed: true,
    min: 1,
    title: t('Mallin versio', 'Modellens version', 'Model version'),
    description: t('Pisteytysmallin versio, jolla pisteet annettiin.', 'Versionen av poängmodellen som poängen gavs med.', 'The scoring model version the score was given with.'),
    since: V5
  }
];

/** One score per proposal, criterion, scorer and model version; written by the steering group. */
export const SCORES_LIST: ListSchema = {
  key: 'scores',
  url: 'Lists/SalkkuProposalScores',
  since: V5,
  title: t('Ehdotusten pisteet', 'Förslagens poäng', 'Proposal scores'),
  description: t(
    'Ohjausryhmän pisteet hanke-ehdotuksille sovituilla kriteereillä (Salkku).',
    'Styrgruppens poäng för projektförslagen enligt överenskomna kriterier (Salkku).',
    'The steering group\'s scores of the proposals on agreed criteria (Salkku).'
  ),
  fields: SCORE_FIELDS,
  views: [
    {
      key: 'AllItems',
      title: t('Kaikki pisteet', 'Alla poäng', 'All scores'),
      fields: ['Proposal', 'LinkTitle', 'ScoreValue', 'Scorer', 'ModelVersion', 'ScoreNote'],
      groupBy: ['Proposal'],
      rowLimit: 100,
      isDefault: true,
      since: V5
    }
  ],
  localizedSince: V5
};
