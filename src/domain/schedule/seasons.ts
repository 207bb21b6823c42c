/**
 * Seasons and parts of a year: approximate spans of months. Finnish words are listed with
 * their inflected forms (not matched by stem, so that "kesätyöntekijät" is not summer).
 *
 * Seasons (see VOCABULARY.md): spring (kevät, våren) 3–5, summer (kesä) 6–8, autumn (syksy,
 * hösten) 9–11, winter (talvi, vintern) 12–2. Winter crosses the turn of the year: "talvi 2025"
 * is the winter that ends in 2025 (12/2024–2/2025), the one whose January and February are in
 * the year written. A document that defines its seasons otherwise passes its own SeasonMap.
 * "alku-"/"loppu-" (early/late) take the first/last half of a season (its middle month in both).
 *
 * Not seasons: the school terms (kevätlukukausi 1–5, syyslukukausi 8–12) and the halves of a
 * year (alkuvuosi, alussa, början 1–6; loppuvuosi, lopussa, slutet 7–12) keep fixed months.
 */
import type { CaseForm } from './caseForm';
import { finnishForm } from './caseForm';

export type SeasonKey = 'spring' | 'summer' | 'autumn' | 'winter';

/** First and last month (1–12) of a season; first > last when it crosses the turn of the year. */
export interface SeasonMonths {
  first: number;
  last: number;
}

export type SeasonMap = Readonly<Record<SeasonKey, SeasonMonths>>;

export const DEFAULT_SEASONS: SeasonMap = {
  spring: { first: 3, last: 5 },
  summer: { first: 6, last: 8 },
  autumn: { first: 9, last: 11 },
  winter: { first: 12, last: 2 }
};

/** The whole season or its first or last half. */
export type Portion = 'whole' | 'early' | 'late';

/** A season or a part of a year: an approximate span of months. */
export interface PartWord {
  kind: 'part';
  first: number;
  last: number;
  form: CaseForm;
  /** A vague word ("alussa", "early"): not reported when no year can be found for it. */
  weak: boolean;
  note: string;
  /** The season the months come from (null: fixed months, such as a term or a half year). */
  season: SeasonKey | null;
  portion: Portion;
}

/** Words of a season (months from the season map) or of a fixed span of months. */
type PartRow =
  | { forms: readonly string[]; season: SeasonKey; portion: Portion; note: string }
  | { forms: readonly string[]; season: null; portion: 'whole'; months: SeasonMonths; note: string };

const KEVAT = [
  'kevät', 'kevään', 'keväällä', 'keväälle', 'keväältä', 'keväästä', 'kevääseen', 'keväänä',
  'kevättä', 'kevätkausi', 'kevätkauden', 'kevätkaudella', 'kevätkaudesta', 'kevätkauteen'
];
const KESA = [
  'kesä', 'kesän', 'kesällä', 'kesälle', 'kesältä', 'kesästä', 'kesään', 'kesänä', 'kesää',
  'kesäkausi', 'kesäkauden', 'kesäkaudella', 'kesäkaudesta', 'kesäkauteen'
];
const SYKSY = [
  'syksy', 'syksyn', 'syksyllä', 'syksylle', 'syksyltä', 'syksystä', 'syksyyn', 'syksynä', 'syksyä',
  'syyskausi', 'syyskauden', 'syyskaudella', 'syyskaudesta', 'syyskauteen'
];
const TALVI = [
  'talvi', 'talven', 'talvella', 'talvelle', 'talvelta', 'talvesta', 'talveen', 'talvena', 'talvea'
];
const VUOSI = [
  'vuosi', 'vuoden', 'vuodella', 'vuodelle', 'vuodelta', 'vuodesta', 'vuoteen', 'vuonna', 'vuotta', 'vuodeksi'
];
const PUOLI = ['puoli', 'puolen', 'puolella', 'puolelle', 'puolelta', 'puoliskolla', 'puolisko', 'puoliskon'];
const TERM = ['lukukausi', 'lukukauden', 'lukukaudella', 'lukukaudesta', 'lukukauteen', 'lukukautena'];

const SPRING_TERM: SeasonMonths = { first: 1, last: 5 };
const AUTUMN_TERM: SeasonMonths = { first: 8, last: 12 };
const FIRST_HALF: SeasonMonths = { first: 1, last: 6 };
const SECOND_HALF: SeasonMonths = { first: 7, last: 12 };

function prefixed(prefix: string, forms: readonly string[]): string[] {
  return forms.map((form) => prefix + form);
}

function season(forms: readonly string[], key: SeasonKey, portion: Portion = 'whole'): PartRow {
  const note = portion === 'whole' ? key : `${portion} ${key}`;
  return { forms, season: key, portion, note };
}

function fixed(forms: readonly string[], months: SeasonMonths, note: string): PartRow {
  return { forms, season: null, portion: 'whole', months, note };
}

const FINNISH: readonly PartRow[] = [
  season(KEVAT, 'spring'),
  season(KESA, 'summer'),
  season(SYKSY, 'autumn'),
  season(TALVI, 'winter'),
  season(prefixed('alku', KEVAT), 'spring', 'early'),
  season(prefixed('loppu', KEVAT), 'spring', 'late'),
  season(prefixed('alku', KESA), 'summer', 'early'),
  season(prefixed('loppu', KESA), 'summer', 'late'),
  season(prefixed('alku', SYKSY), 'autumn', 'early'),
  season(prefixed('loppu', SYKSY), 'autumn', 'late'),
  season(prefixed('alku', TALVI), 'winter', 'early'),
  season(prefixed('loppu', TALVI), 'winter', 'late'),
  fixed(prefixed('kevät', TERM), SPRING_TERM, 'spring term'),
  fixed(prefixed('syys', TERM), AUTUMN_TERM, 'autumn term'),
  fixed(prefixed('alku', VUOSI), FIRST_HALF, 'first half of the year'),
  fixed(prefixed('loppu', VUOSI), SECOND_HALF, 'second half of the year')
];

/** Vague Finnish words: a part of the year only next to a year ("vuoden 2024 alussa"). */
const FINNISH_WEAK: readonly PartRow[] = [
  fixed(['alussa', ...prefixed('alku', PUOLI)], FIRST_HALF, 'first half of the year'),
  fixed(['lopussa', 'lopulla', ...prefixed('loppu', PUOLI)], SECOND_HALF, 'second half of the year')
];

const OTHER: readonly PartRow[] = [
  season(['våren', 'våras', 'spring'], 'spring'),
  season(['sommaren', 'sommar', 'summer'], 'summer'),
  season(['hösten', 'höst', 'autumn'], 'autumn'),
  season(['vintern', 'vinter', 'winter'], 'winter'),
  fixed(['vårterminen'], SPRING_TERM, 'spring term'),
  fixed(['höstterminen'], AUTUMN_TERM, 'autumn term')
];

const OTHER_WEAK: readonly PartRow[] = [
  fixed(['början', 'early'], FIRST_HALF, 'first half of the year'),
  fixed(['slutet', 'late'], SECOND_HALF, 'second half of the year'),
  season(['fall'], 'autumn')
];

/** "keväisin", "syksyisin": every spring, every autumn. */
const RECURRING_SEASONS = new Set(['keväisin', 'kesäisin', 'syksyisin', 'talvisin']);

const PARTS = new Map<string, PartWord>();

/** Month m moved by `by` months, within 1–12. */
function shift(m: number, by: number): number {
  return ((m - 1 + by + 120) % 12) + 1;
}

/** The months of a season, or of its first or last half (a three-month season: two months each). */
export function seasonMonths(seasons: SeasonMap, key: SeasonKey, portion: Portion): SeasonMonths {
  const { first, last } = seasons[key];
  const length = shift(last, 1 - first);
  const half = Math.ceil(length / 2);
  if (portion === 'early') {
    return { first, last: shift(first, half - 1) };
  }
  if (portion === 'late') {
    return { first: shift(last, 1 - half), last };
  }
  return { first, last };
}

function addRows(rows: readonly PartRow[], weak: boolean, finnish: boolean): void {
  for (const row of rows) {
    const months = row.season === null ? row.months : seasonMonths(DEFAULT_SEASONS, row.season, row.portion);
    for (const form of row.forms) {
      PARTS.set(form, {
        kind: 'part',
        first: months.first,
        last: months.last,
        form: finnish ? finnishForm(form) : 'plain',
        weak,
        note: row.note,
        season: row.season,
        portion: row.portion
      });
    }
  }
}

addRows(FINNISH, false, true);
addRows(FINNISH_WEAK, true, true);
addRows(OTHER, false, false);
addRows(OTHER_WEAK, true, false);

/** The season or part of a year a word names, or null; seasons take their months from `seasons`. */
export function seasonWord(lower: string, seasons: SeasonMap = DEFAULT_SEASONS): PartWord | null {
  const part = PARTS.get(lower);
  if (!part || part.season === null || seasons === DEFAULT_SEASONS) {
    return part ?? null;
  }
  return { ...part, ...seasonMonths(seasons, part.season, part.portion) };
}

/** A word saying that something happens every season ("syksyisin"). */
export function isRecurringSeason(lower: string): boolean {
  return RECURRING_SEASONS.has(lower);
}

/** Seasons a document defines itself, over the defaults; a season with a month outside 1–12 is ignored. */
export function withSeasons(own: Partial<Record<SeasonKey, SeasonMonths>> | undefined): SeasonMap {
  if (!own) {
    return DEFAULT_SEASONS;
  }
  const valid = (m: number): boolean => Number.isInteger(m) && m >= 1 && m <= 12;
  const pick = (key: SeasonKey): SeasonMonths => {
    const months = own[key];
    return months && valid(months.first) && valid(months.last) ? { first: months.first, last: months.last } : DEFAULT_SEASONS[key];
  };
  return { spring: pick('spring'), summer: pick('summer'), autumn: pick('autumn'), winter: pick('winter') };
}
