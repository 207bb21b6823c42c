/**
 * The benefit lists' vocabulary (issue 21): stable keys and the Finnish texts stored in
 * SharePoint. A text a city added to its choices maps to `undefined` and is shown as written.
 */
import type { Vocabulary } from '../vocabulary';
import { keyOf } from '../vocabulary';

export type BenefitTypeKey = 'financial' | 'timeSaved' | 'quality' | 'riskReduced' | 'compliance';

export const BENEFIT_TYPE: Vocabulary<BenefitTypeKey> = {
  financial: 'Taloudellinen',
  timeSaved: 'Ajansäästö',
  quality: 'Laatu',
  riskReduced: 'Riskin pieneneminen',
  compliance: 'Lakisääteisyys'
};

/**
 * A benefit's life: a draft (proposed by the importer from a plan's text, not yet confirmed by a
 * person), planned, being realised, realised, or not realised (with its reason). Realised and not
 * realised are closed: nothing is due any more.
 */
export type BenefitStatusKey = 'draft' | 'planned' | 'realising' | 'realised' | 'notRealised';

export const BENEFIT_STATUS: Vocabulary<BenefitStatusKey> = {
  draft: 'Luonnos',
  planned: 'Suunniteltu',
  realising: 'Toteutumassa',
  realised: 'Toteutunut',
  notRealised: 'Ei toteutunut'
};

export function benefitTypeKey(text: string | null | undefined): BenefitTypeKey | undefined {
  return keyOf(BENEFIT_TYPE, text);
}

export function benefitStatusKey(text: string | null | undefined): BenefitStatusKey | undefined {
  return keyOf(BENEFIT_STATUS, text);
}

/** Realised or not realised: the benefit's follow-up has ended. An unknown status is open. */
export function isClosedStatus(text: string | null | undefined): boolean {
  const key = benefitStatusKey(text);
  return key === 'realised' || key === 'notRealised';
}
