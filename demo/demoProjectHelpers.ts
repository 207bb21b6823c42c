/**
 * Small builders for the demo projects so that the data files read like the plan documents:
 * only the fields a project actually has are written, the rest get their empty value here.
 *
 * The choice texts below are the Finnish texts of src/domain/vocabulary.ts, written out as a
 * city would have them in its SharePoint lists (demoContent.test.ts checks that they match).
 */
import type { ImpactPerspective } from '../src/domain/model';
import type { DemoImpact, DemoPlanKey, DemoProject } from './demoContent.types';

/* Categories (CATEGORY) */
export const INFRA = 'Perusinfrastruktuuri, tietohallinto';
export const CITY_WIDE = 'Koko kaupunkia koskeva';
export const SERVICE_AREA = 'Palvelualakohtainen';

/* Service areas (DEFAULT_SERVICE_AREAS) */
export const TIETOHALLINTO = 'Tietohallinto';
export const HALLINTO = 'Hallintopalvelut';
export const SIVISTYS = 'Sivistyspalvelut';
export const SOTE = 'Sosiaali- ja terveyspalvelut';
export const TEKNISET = 'Tekniset palvelut';

/* Likelihood (LIKELIHOOD) */
export const VARMAA = 'Varmaa – itsestä kiinni';
export const SUHT_VARMAA = 'Suhteellisen varmaa';
export const EPAVARMAA_ULKOISET = 'Epävarmaa – riippuu ulkoisista tekijöistä';
export const EPAVARMAA_RAHOITUS = 'Epävarmaa – riippuu rahoituksesta';

/* Schedule owner (SCHEDULE_OWNER) */
export const OWNER_IT = 'Tietohallinto';
export const OWNER_AREA = 'Palveluala';
export const OWNER_EXTERNAL = 'Ulkoinen toimija';

/* Assessment status (ASSESSMENT_STATUS) */
export const ARVIO_LUONNOS = 'Luonnos';
export const ARVIO_HYVAKSYTTY = 'Hyväksytty';

/* Project status (STATUS) */
export const EHDOTETTU = 'Ehdotettu';
export const HYVAKSYTTY = 'Hyväksytty';
export const KAYNNISSA = 'Käynnissä';
export const VALMIS = 'Valmis';
export const SIIRRETTY = 'Siirretty';
export const PERUTTU = 'Peruttu';

/* RAG */
export const VIHREA = 'Vihreä';
export const KELTAINEN = 'Keltainen';
export const PUNAINEN = 'Punainen';

/* Impact levels (IMPACT_LEVEL) */
export function none(text: string | null = null): DemoImpact {
  return { level: 'Ei vaikutusta', text };
}
export function minor(text: string): DemoImpact {
  return { level: 'Vähäinen', text };
}
export function major(text: string): DemoImpact {
  return { level: 'Merkittävä', text };
}
export function unknown(text: string | null = null): DemoImpact {
  return { level: 'Ei tiedossa', text };
}
export function notAssessed(text: string | null = null): DemoImpact {
  return { level: 'Ei arvioitu', text };
}
/** A justification written without choosing a level. */
export function unrated(text: string): DemoImpact {
  return { level: null, text };
}

/** Fields every project has. */
interface CommonInput {
  key: string;
  plans: DemoPlanKey[];
  number: string;
  title: string;
  description: string;
  category: string;
  serviceArea: string;
  unit: string | null;
  goalKeys: string[];
  strategicBackground: string | null;
  scheduleText: string;
  costsText: string;
  status: string;
  projectManager: string | null;
  systems?: string | null;
  mandatoryByLaw?: boolean;
  fundingNote?: string | null;
  resources?: string | null;
  rag?: string | null;
  ragComment?: string | null;
  progress?: number | null;
  likelihood?: string | null;
  likelihoodNote?: string | null;
  scheduleOwner?: string | null;
}

/** A project of the 2019–2022 plans: the short template (description, what changes, goal, schedule). */
export interface ShortTemplateInput extends CommonInput {
  /** "Mikä muuttuu" */
  whatChanges: string;
}

/** A project of the 2023– plans: the full template with the change-impact assessment. */
export interface FullTemplateInput extends CommonInput {
  impacts: Partial<Record<ImpactPerspective, DemoImpact>>;
  assessmentStatus: string | null;
  assessedBy: string | null;
  assessedOn: string | null;
  likelihood: string | null;
  likelihoodNote: string | null;
  scheduleOwner: string | null;
  resources: string | null;
}

function common(input: CommonInput): Omit<DemoProject, 'impacts' | 'assessmentStatus' | 'assessedBy' | 'assessedOn'> {
  return {
    key: input.key,
    plans: input.plans,
    number: input.number,
    title: input.title,
    description: input.description,
    category: input.category,
    serviceArea: input.serviceArea,
    unit: input.unit,
    goalKeys: input.goalKeys,
    strategicBackground: input.strategicBackground,
    scheduleText: input.scheduleText,
    likelihood: input.likelihood ?? null,
    likelihoodNote: input.likelihoodNote ?? null,
    scheduleOwner: input.scheduleOwner ?? null,
    costsText: input.costsText,
    fundingNote: input.fundingNote ?? null,
    resources: input.resources ?? null,
    mandatoryByLaw: input.mandatoryByLaw ?? false,
    status: input.status,
    rag: input.rag ?? null,
    ragComment: input.ragComment ?? null,
    progress: input.progress ?? null,
    projectManager: input.projectManager,
    systems: input.systems ?? null
  };
}

export function shortTemplate(input: ShortTemplateInput): DemoProject {
  return {
    ...common(input),
    impacts: { economic: { level: null, text: input.whatChanges } },
    assessmentStatus: null,
    assessedBy: null,
    assessedOn: null
  };
}

export function fullTemplate(input: FullTemplateInput): DemoProject {
  return {
    ...common(input),
    impacts: input.impacts,
    assessmentStatus: input.assessmentStatus,
    assessedBy: input.assessedBy,
    assessedOn: input.assessedOn
  };
}
