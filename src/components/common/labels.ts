/**
 * Localised labels of stored choice values. A value the vocabulary knows gets its label in the
 * UI language; any other value (a city's own choice) is shown as written.
 */
import type { LevelBucket } from '../../domain/impact/levelMatrix';
import type { ImpactLevel, ImpactPerspective } from '../../domain/model';
import type { CategoryKey, LikelihoodKey, RagKey, ScheduleOwnerKey, ServiceAreaKey, StatusKey, Vocabulary } from '../../domain/vocabulary';
import { CATEGORY, keyOf, LIKELIHOOD, RAG, SCHEDULE_OWNER, SERVICE_AREA, STATUS } from '../../domain/vocabulary';

function label<K extends string>(vocabulary: Vocabulary<K>, value: string | null, labels: Record<K, string>): string | null {
  if (value === null || value.trim() === '') {
    return null;
  }
  const key = keyOf(vocabulary, value);
  return key === undefined ? value : labels[key];
}

export function statusLabels(s: ISalkkuStrings): Record<StatusKey, string> {
  return {
    proposed: s.StatusProposed,
    approved: s.StatusApproved,
    inProgress: s.StatusInProgress,
    done: s.StatusDone,
    postponed: s.StatusPostponed,
    cancelled: s.StatusCancelled
  };
}

export function ragLabels(s: ISalkkuStrings): Record<RagKey, string> {
  return { green: s.RagGreen, amber: s.RagAmber, red: s.RagRed };
}

export function likelihoodLabels(s: ISalkkuStrings): Record<LikelihoodKey, string> {
  return {
    certain: s.LikelihoodCertain,
    fairlyCertain: s.LikelihoodFairlyCertain,
    uncertainExternal: s.LikelihoodUncertainExternal,
    uncertainFunding: s.LikelihoodUncertainFunding
  };
}

export function ownerLabels(s: ISalkkuStrings): Record<ScheduleOwnerKey, string> {
  return { it: s.OwnerIt, serviceArea: s.OwnerServiceArea, external: s.OwnerExternal };
}

export function categoryLabels(s: ISalkkuStrings): Record<CategoryKey, string> {
  return { infrastructure: s.CategoryInfrastructure, cityWide: s.CategoryCityWide, serviceArea: s.CategoryServiceArea };
}

export function serviceAreaLabels(s: ISalkkuStrings): Record<ServiceAreaKey, string> {
  return {
    it: s.ServiceAreaIt,
    administration: s.ServiceAreaAdministration,
    education: s.ServiceAreaEducation,
    socialHealth: s.ServiceAreaSocialHealth,
    technical: s.ServiceAreaTechnical
  };
}

export function impactLevelLabels(s: ISalkkuStrings): Record<ImpactLevel, string> {
  return { none: s.ImpactNone, minor: s.ImpactMinor, significant: s.ImpactSignificant, unknown: s.ImpactUnknown, notAssessed: s.ImpactNotAssessed };
}

export function perspectiveLabels(s: ISalkkuStrings): Record<ImpactPerspective, string> {
  return {
    economic: s.PerspectiveEconomic,
    organisation: s.PerspectiveOrganisation,
    security: s.PerspectiveSecurity,
    dataUse: s.PerspectiveDataUse,
    caseManagement: s.PerspectiveCaseManagement
  };
}

export const statusLabel = (s: ISalkkuStrings, v: string | null): string | null => label(STATUS, v, statusLabels(s));
export const ragLabel = (s: ISalkkuStrings, v: string | null): string | null => label(RAG, v, ragLabels(s));
/** The RAG's colour word alone ("Vihreä"), where a table cell has no room for its meaning. */
export const ragShortLabel = (s: ISalkkuStrings, v: string | null): string | null => label(RAG, v, { green: s.RagGreenShort, amber: s.RagAmberShort, red: s.RagRedShort });
export const likelihoodLabel = (s: ISalkkuStrings, v: string | null): string | null => label(LIKELIHOOD, v, likelihoodLabels(s));
export const ownerLabel = (s: ISalkkuStrings, v: string | null): string | null => label(SCHEDULE_OWNER, v, ownerLabels(s));
export const categoryLabel = (s: ISalkkuStrings, v: string | null): string | null => label(CATEGORY, v, categoryLabels(s));
export const serviceAreaLabel = (s: ISalkkuStrings, v: string | null): string | null => label(SERVICE_AREA, v, serviceAreaLabels(s));

/** A column of the perspective × level matrix: a level, or described without one, or missing. */
export function bucketLabel(strings: ISalkkuStrings, bucket: LevelBucket): string {
  return bucket === 'described' ? strings.ImpactDescribed : bucket === 'missing' ? strings.ImpactMissing : impactLevelLabels(strings)[bucket];
}
