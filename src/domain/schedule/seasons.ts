/**
 * Seasons and parts of a year: approximate spans of months. Finnish words are listed with
 * their inflected forms (not matched by stem, so that "kesätyöntekijät" is not summer).
 *
 * Chosen spans: spring (kevät, våren) 01–05, summer 06–08, autumn (syksy, hösten) 08–12,
 * winter (talvi, vintern) 01–02 (the winter months of the year written next to it), first
 * half of the year (alkuvuosi, alussa, början) 01–06, second half (loppuvuosi, lopussa,
 * slutet) 07–12.
 */
import type { CaseForm } from './caseForm';
import { finnishForm } from './caseForm';

/** A season or a part of a year: an approximate span of months. */
export interface PartWord {
  kind: 'part';
  first: number;
  last: number;
  form: CaseForm;
  /** A vague word ("alussa", "early"): not reported when no year can be found for it. */
  weak: boolean;
  note: string;
}

type PartRow = readonly [forms: readonly string[], first: number, last: number, note: string];

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

function prefixed(prefix: string, forms: readonly string[]): string[] {
  return forms.map((form) => prefix + form);
}

const FINNISH: readonly PartRow[] = [
  [KEVAT, 1, 5, 'spring'],
  [prefixed('kevät', TERM), 1, 5, 'spring term'],
  [KESA, 6, 8, 'summer'],
  [SYKSY, 8, 12, 'autumn'],
  [prefixed('syys', TERM), 8, 12, 'autumn term'],
  [TALVI, 1, 2, 'winter'],
  [prefixed('alku', KEVAT), 1, 3, 'early spring'],
  [prefixed('loppu', KEVAT), 3, 5, 'late spring'],
  [prefixed('alku', KESA), 6, 7, 'early summer'],
  [prefixed('loppu', KESA), 7, 8, 'late summer'],
  [prefixed('alku', SYKSY), 8, 10, 'early autumn'],
  [prefixed('loppu', SYKSY), 10, 12, 'late autumn'],
  [prefixed('alku', VUOSI), 1, 6, 'first half of the year'],
  [prefixed('loppu', VUOSI), 7, 12, 'second half of the year']
];

/** Vague Finnish words: a part of the year only next to a year ("vuoden 2024 alussa"). */
const FINNISH_WEAK: readonly PartRow[] = [
  [['alussa', ...prefixed('alku', PUOLI)], 1, 6, 'first half of the year'],
  [['lopussa', 'lopulla', ...prefixed('loppu', PUOLI)], 7, 12, 'second half of the year']
];

const OTHER: readonly PartRow[] = [
  [['våren', 'våras', 'vårterminen', 'spring'], 1, 5, 'spring'],
  [['sommaren', 'sommar', 'summer'], 6, 8, 'summer'],
  [['hösten', 'höst', 'höstterminen', 'autumn'], 8, 12, 'autumn'],
  [['vintern', 'vinter', 'winter'], 1, 2, 'winter']
];

const OTHER_WEAK: readonly PartRow[] = [
  [['början', 'early'], 1, 6, 'first half of the year'],
  [['slutet', 'late'], 7, 12, 'second half of the year'],
  [['fall'], 8, 12, 'autumn']
];

/** "keväisin", "syksyisin": every spring, every autumn. */
const RECURRING_SEASONS = new Set(['keväisin', 'kesäisin', 'syksyisin', 'talvisin']);

const PARTS = new Map<string, PartWord>();

function addRows(rows: readonly PartRow[], weak: boolean, finnish: boolean): void {
  for (const [forms, first, last, note] of rows) {
    for (const form of forms) {
      PARTS.set(form, { kind: 'part', first, last, form: finnish ? finnishForm(form) : 'plain', weak, note });
    }
  }
}

addRows(FINNISH, false, true);
addRows(FINNISH_WEAK, true, true);
addRows(OTHER, false, false);
addRows(OTHER_WEAK, true, false);

/** The season or part of a year a word names, or null. */
export function seasonWord(lower: string): PartWord | null {
  return PARTS.get(lower) ?? null;
}

/** A word saying that something happens every season ("syksyisin"). */
export function isRecurringSeason(lower: string): boolean {
  return RECURRING_SEASONS.has(lower);
}
