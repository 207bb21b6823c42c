/**
 * The plans' vocabulary: stable keys for the choice values Salkku understands, the Finnish
 * texts SharePoint stores by default, and recognisers for the variations people write.
 *
 * Cities may edit the choices of their lists. A stored text that is not recognised maps to
 * `undefined` and the UI shows it as written.
 */
import type { ImpactLevel } from './model';

export type CategoryKey = 'infrastructure' | 'cityWide' | 'serviceArea';
export type StatusKey = 'proposed' | 'approved' | 'inProgress' | 'done' | 'postponed' | 'cancelled';
export type RagKey = 'green' | 'amber' | 'red';
export type LikelihoodKey = 'certain' | 'fairlyCertain' | 'uncertainExternal' | 'uncertainFunding';
export type ScheduleOwnerKey = 'it' | 'serviceArea' | 'external';
export type ServiceAreaKey = 'it' | 'administration' | 'education' | 'socialHealth' | 'technical';
export type AssessmentStatusKey = 'draft' | 'approved';
export type PlanStatusKey = 'draft' | 'approved' | 'closed';

/** A vocabulary: key → the Finnish text stored by default in SharePoint. */
export type Vocabulary<K extends string> = Readonly<Record<K, string>>;

export const CATEGORY: Vocabulary<CategoryKey> = {
  infrastructure: 'Perusinfrastruktuuri, tietohallinto',
  cityWide: 'Koko kaupunkia koskeva',
  serviceArea: 'Palvelualakohtainen'
};

export const STATUS: Vocabulary<StatusKey> = {
  proposed: 'Ehdotettu',
  approved: 'Hyväksytty',
  inProgress: 'Käynnissä',
  done: 'Valmis',
  postponed: 'Siirretty',
  cancelled: 'Peruttu'
};

export const RAG: Vocabulary<RagKey> = {
  green: 'Vihreä',
  amber: 'Keltainen',
  red: 'Punainen'
};

export const LIKELIHOOD: Vocabulary<LikelihoodKey> = {
  certain: 'Varmaa – itsestä kiinni',
  fairlyCertain: 'Suhteellisen varmaa',
  uncertainExternal: 'Epävarmaa – riippuu ulkoisista tekijöistä',
  uncertainFunding: 'Epävarmaa – riippuu rahoituksesta'
};

export const SCHEDULE_OWNER: Vocabulary<ScheduleOwnerKey> = {
  it: 'Tietohallinto',
  serviceArea: 'Palveluala',
  external: 'Ulkoinen toimija'
};

export const IMPACT_LEVEL: Vocabulary<ImpactLevel> = {
  none: 'Ei vaikutusta',
  minor: 'Vähäinen',
  significant: 'Merkittävä',
  unknown: 'Ei tiedossa',
  notAssessed: 'Ei arvioitu'
};

export const ASSESSMENT_STATUS: Vocabulary<AssessmentStatusKey> = {
  draft: 'Luonnos',
  approved: 'Hyväksytty'
};

export const PLAN_STATUS: Vocabulary<PlanStatusKey> = {
  draft: 'Luonnos',
  approved: 'Hyväksytty',
  closed: 'Päättynyt'
};

/** Default service areas (palvelualat) of the plans; cities add their own, shown as written. */
export const SERVICE_AREA: Vocabulary<ServiceAreaKey> = {
  it: 'Tietohallinto',
  administration: 'Hallintopalvelut',
  education: 'Sivistyspalvelut',
  socialHealth: 'Sosiaali- ja terveyspalvelut',
  technical: 'Tekniset palvelut'
};

export const DEFAULT_SERVICE_AREAS: readonly string[] = vocabularyValues(SERVICE_AREA);

export function vocabularyValues<K extends string>(vocabulary: Vocabulary<K>): string[] {
  return Object.keys(vocabulary).map((key) => vocabulary[key as K]);
}

export function vocabularyKeys<K extends string>(vocabulary: Vocabulary<K>): K[] {
  return Object.keys(vocabulary) as K[];
}

/** Normalises text for comparison: lower case, dashes and whitespace unified. */
function normaliseUncached(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Choice texts already normalised: a list has a few distinct values, read for every project. */
const normalised = new Map<string, string>();

export function normaliseChoiceText(text: string): string {
  let result = normalised.get(text);
  if (result === undefined) {
    result = normaliseUncached(text);
    if (normalised.size > 10_000) {
      normalised.clear();
    }
    normalised.set(text, result);
  }
  return result;
}

/**
 * The key of a stored choice text, or undefined when the text is not one of the vocabulary's
 * texts (compared case- and dash-insensitively).
 */
export function keyOf<K extends string>(vocabulary: Vocabulary<K>, text: string | null | undefined): K | undefined {
  if (text === null || text === undefined || text.trim() === '') {
    return undefined;
  }
  const wanted = normaliseChoiceText(text);
  for (const key of vocabularyKeys(vocabulary)) {
    if (normaliseChoiceText(vocabulary[key]) === wanted) {
      return key;
    }
  }
  return undefined;
}
