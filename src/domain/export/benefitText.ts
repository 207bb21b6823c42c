/**
 * A benefit as the documents write it (issue 21): "Title: indicator 12 → 4 pv by 31.12.2027",
 * in the document's language. Figures are only those recorded; nothing is filled in.
 */
import type { Benefit } from '../benefits/model';
import { benefitStatusKey } from '../benefits/vocabulary';
import type { DocumentLanguage } from './documentLabels';
import { DOCUMENT_LOCALE, label } from './documentLabels';
import { packDay } from './meetingPackLabels';


/**
 * A measured value with at most two decimals, in the language's way ("12,5", "12.5"); digit
 * groups with an ordinary space, as typed (the importer reads the document back as written).
 */
export function benefitNumber(value: number, language: DocumentLanguage): string {
  return new Intl.NumberFormat(DOCUMENT_LOCALE[language], { maximumFractionDigits: 2 }).format(value).replace(/[\u00a0\u202f]/g, ' ');
}

/** A value with its unit ("4 pv", "25 000 €/v"). */
export function withUnit(value: number, unit: string | null, language: DocumentLanguage): string {
  return unit && unit.trim() !== '' ? `${benefitNumber(value, language)} ${unit.trim()}` : benefitNumber(value, language);
}

/** The benefit's planned change: indicator, baseline → target and the target date, as given. */
export function plannedChange(benefit: Benefit, language: DocumentLanguage): string {
  const { baseline, target, unit } = benefit;
  const figures =
    baseline !== null && target !== null
      ? `${benefitNumber(baseline, language)} → ${withUnit(target, unit, language)}`
      : target !== null
        ? `→ ${withUnit(target, unit, language)}`
        : baseline !== null
          ? withUnit(baseline, unit, language)
          : '';
  const by = benefit.targetDate ? label('benefitBy', language).replace('{0}', packDay(benefit.targetDate, language)) : '';
  return [benefit.indicator?.trim() ?? '', figures, by].filter((part) => part !== '').join(' ');
}

/** One line: the title, then the planned change when there is one. */
export function benefitLine(benefit: Benefit, language: DocumentLanguage): string {
  const change = plannedChange(benefit, language);
  return change === '' ? benefit.title.trim() : `${benefit.title.trim()}: ${change}`;
}

/** A project's benefits a document lists: confirmed ones (not drafts), in title order. */
export function plannedBenefitsOf(projectId: number | null, benefits: readonly Benefit[]): Benefit[] {
  return benefits
    .filter((b) => projectId !== null && b.projectId === projectId && benefitStatusKey(b.status) !== 'draft' && b.title.trim() !== '')
    .sort((a, b) => a.title.localeCompare(b.title, 'fi'));
}
