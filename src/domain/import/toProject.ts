/**
 * An imported project's values as portfolio fields. Choice texts the plans write with an
 * explanation ("Suhteellisen varmaa – resursointi toki aina henkilöriippuvaista") become the
 * choice plus a note; anything else is kept as written. Nothing is invented.
 */
import { impactLevelOfText } from '../impact/parseImpactText';
import type { Impacts, Project } from '../model';
import { emptyCosts, emptySchedule, IMPACT_PERSPECTIVES } from '../model';
import type { ScheduleOwnerKey, Vocabulary } from '../vocabulary';
import { IMPACT_LEVEL, LIKELIHOOD, normaliseChoiceText, SCHEDULE_OWNER, vocabularyKeys } from '../vocabulary';
import type { ImportedProject } from './importModel';

/** A vocabulary value the text starts with, and the rest of the text as a note. */
export function splitChoice<K extends string>(vocabulary: Vocabulary<K>, text: string | null): { value: string | null; note: string | null } {
  if (text === null || text.trim() === '') {
    return { value: null, note: null };
  }
  const normalised = normaliseChoiceText(text);
  for (const key of vocabularyKeys(vocabulary)) {
    const value = vocabulary[key];
    const wanted = normaliseChoiceText(value);
    if (normalised === wanted) {
      return { value, note: null };
    }
    if (normalised.startsWith(wanted) && /^\s*[,.;:–—(-]/.test(normalised.slice(wanted.length))) {
      const rest = text.trim().slice(value.length).replace(/^[\s,.;:–—-]+/, '').replace(/^\((.*)\)$/, '$1').trim();
      return { value, note: rest === '' ? null : rest };
    }
  }
  return { value: null, note: text.trim() };
}

/**
 * Who a schedule-owner sentence names ("… on nuorisotoimella", "… vastaa tietohallinto"), as the
 * vocabulary's kind: IT, an external party, or a service area (a "-toimi", "-palvelut",
 * "-keskus", unit or service area). Null when the sentence names none of them.
 */
export function ownerOfSentence(text: string | null): ScheduleOwnerKey | null {
  if (text === null || !/vastuu|vastaa/i.test(text)) {
    return null;
  }
  const named = text.replace(/^.*?\b(?:on|vastaa(?:vat)?)\s+/iu, '').toLowerCase();
  if (/tietohallin|\bict\b|\bit-|digipalvel/.test(named)) {
    return 'it';
  }
  if (/toimittaj|ulkoi|kumppan|konsult|palveluntuottaj/.test(named)) {
    return 'external';
  }
  return /toim\p{L}*|palvel\p{L}*|keskus\p{L}*|yksik\p{L}*|ala\p{L}*|osasto\p{L}*|lautakun\p{L}*/u.test(named) ? 'serviceArea' : null;
}

/** The fields an import sets on a project; null means "the document does not say". */
export type ImportedFields = Pick<
  Project,
  | 'number'
  | 'title'
  | 'description'
  | 'category'
  | 'serviceArea'
  | 'unit'
  | 'strategicBackground'
  | 'schedule'
  | 'costs'
  | 'likelihood'
  | 'likelihoodNote'
  | 'scheduleOwner'
  | 'resources'
> & { impacts: Impacts };

export function importedFields(imported: ImportedProject): ImportedFields {
  const likelihood = splitChoice(LIKELIHOOD, imported.likelihood);
  const owner = splitChoice(SCHEDULE_OWNER, imported.scheduleOwner);
  const ownerKind = owner.value === null ? ownerOfSentence(imported.scheduleOwner) : null;
  const impacts = {} as Impacts;
  for (const perspective of IMPACT_PERSPECTIVES) {
    const text = perspective === 'economic' ? imported.whatChanges ?? imported.impacts.economic : imported.impacts[perspective];
    const level = impactLevelOfText(text);
    impacts[perspective] = { level: level === null ? null : IMPACT_LEVEL[level], text };
  }
  const s = imported.schedule;
  const c = imported.costs;
  return {
    number: imported.number,
    title: imported.title,
    description: imported.description,
    category: imported.category,
    serviceArea: imported.serviceArea,
    unit: imported.unit,
    strategicBackground: imported.strategicGoal,
    schedule: s.text === null ? emptySchedule() : { ...emptySchedule(s.text), start: s.start, end: s.end, ongoing: s.ongoing, openEnd: s.openEnd, recurring: s.recurring, alternatives: s.alternatives, uncertain: s.uncertain, phases: s.phases },
    costs: c.text === null ? emptyCosts() : { text: c.text, investmentMin: c.investmentMin, investmentMax: c.investmentMax, recurringPerYearMin: c.recurringPerYearMin, recurringPerYearMax: c.recurringPerYearMax },
    likelihood: likelihood.value,
    likelihoodNote: likelihood.note,
    // an owner the vocabulary does not know is kept as written (shown as an unknown choice)
    scheduleOwner: owner.value ?? (ownerKind === null ? owner.note : SCHEDULE_OWNER[ownerKind]),
    resources: imported.resources,
    impacts
  };
}

/**
 * The project with the document's values applied: a value the document states replaces the
 * stored one; a value it does not state (null / empty) leaves what is stored.
 */
export function applyImported(project: Project, fields: ImportedFields): Project {
  const pick = <T>(imported: T | null, stored: T): T => (imported === null ? stored : imported);
  const impacts = { ...project.impacts };
  for (const perspective of IMPACT_PERSPECTIVES) {
    const entry = fields.impacts[perspective];
    impacts[perspective] = {
      level: entry.text === null ? project.impacts[perspective].level : entry.level ?? project.impacts[perspective].level,
      text: pick(entry.text, project.impacts[perspective].text)
    };
  }
  return {
    ...project,
    number: pick(fields.number, project.number),
    title: fields.title.trim() === '' ? project.title : fields.title,
    description: pick(fields.description, project.description),
    category: pick(fields.category, project.category),
    serviceArea: pick(fields.serviceArea, project.serviceArea),
    unit: pick(fields.unit, project.unit),
    strategicBackground: pick(fields.strategicBackground, project.strategicBackground),
    schedule: fields.schedule.text === '' ? project.schedule : fields.schedule,
    costs: fields.costs.text === '' ? project.costs : fields.costs,
    likelihood: pick(fields.likelihood, project.likelihood),
    likelihoodNote: pick(fields.likelihoodNote, project.likelihoodNote),
    scheduleOwner: pick(fields.scheduleOwner, project.scheduleOwner),
    resources: pick(fields.resources, project.resources),
    impacts
  };
}
