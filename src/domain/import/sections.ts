/**
 * What the headings above a project say about it: the category ("Perusinfrastruktuurihankkeet",
 * "Koko kaupunkia koskevat", "Palvelualakohtaiset / Toimialakohtaiset kehityshankkeet"), the
 * service area ("..., hallintopalvelut" → "Hallintopalvelut") and the unit (the group heading
 * directly above, "Rahatoimi ja taloushallinto").
 */
import { CATEGORY, DEFAULT_SERVICE_AREAS, normaliseChoiceText } from '../vocabulary';
import { capitalise, comparable } from './text';

export interface Placement {
  category: string | null;
  serviceArea: string | null;
  unit: string | null;
}

interface SectionMeaning {
  category: string;
  /** The service area the heading names; null when it names none. */
  serviceArea: string | null;
}

/** The category (and service area) a section or group heading stands for, or null. */
export function sectionMeaning(title: string): SectionMeaning | null {
  const text = comparable(title);
  if (text.includes('infrastruktuuri')) {
    return { category: CATEGORY.infrastructure, serviceArea: /tietohallin/.test(text) ? 'Tietohallinto' : null };
  }
  if (/(?:palveluala|toimiala)(?:kohtai|kohtais)|toimialoittain|palvelualoittain|(?:sektor|förvaltning)svis/.test(text)) {
    return { category: CATEGORY.serviceArea, serviceArea: namedServiceArea(title) };
  }
  if (
    text.includes('koko kaupunki') ||
    /kaupunke(?:ja|ihin) koskev|kaupunkitasoi|koko organisaatio|yleiset kehitys|yhteiset kehitys|gemensamma/.test(text)
  ) {
    return { category: CATEGORY.cityWide, serviceArea: null };
  }
  return null;
}

/** "Toimialakohtaiset kehityshankkeet, hallintopalvelut" → "Hallintopalvelut"; null without a comma. */
function namedServiceArea(title: string): string | null {
  const comma = title.indexOf(',');
  return comma < 0 ? null : serviceAreaName(title.slice(comma + 1));
}

/** The canonical service area for a written name: DEFAULT_SERVICE_AREAS spelling when it matches. */
export function serviceAreaName(written: string): string | null {
  let name = written
    .replace(/\((?:[^()]*)\)/g, ' ')
    .replace(/\bomistajana\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let end = name.length;
  while (end > 0 && ' ,.:;-'.includes(name.charAt(end - 1))) {
    end--;
  }
  name = name.slice(0, end);
  if (name === '') {
    return null;
  }
  const wanted = normaliseChoiceText(name);
  const known = DEFAULT_SERVICE_AREAS.find((area) => normaliseChoiceText(area) === wanted);
  return known ?? capitalise(name);
}

/**
 * Category, service area and unit of a project from the titles of its ancestors (top-level
 * section first). The first heading with a meaning gives the category; when a service-area
 * section names no area, the next heading is the area ("Kehityskohteet toimialoittain" →
 * "Yleishallinto"); the deepest remaining group heading is the unit.
 */
export function placeProject(ancestorTitles: readonly string[]): Placement {
  const placement: Placement = { category: null, serviceArea: null, unit: null };
  ancestorTitles.forEach((title, index) => {
    const meaning = placement.category === null ? sectionMeaning(title) : null;
    if (meaning) {
      placement.category = meaning.category;
      placement.serviceArea = meaning.serviceArea;
    } else if (placement.category === CATEGORY.serviceArea && placement.serviceArea === null) {
      placement.serviceArea = serviceAreaName(title);
    } else if (index > 0 || placement.category !== null) {
      placement.unit = title.trim();
    }
  });
  return placement;
}
