/**
 * The vocabulary of schedule texts: month names, seasons and parts of a year, and the words
 * that qualify a date ("alkaen", "mennessä", "jatkuen", "arviolta", ...). Finnish in any
 * inflection (month names by stem, seasons by their listed forms), Swedish and English. Pure
 * lookups, no regular expressions.
 */
import type { CaseForm } from './caseForm';
import { finnishForm } from './caseForm';
import type { PartWord, SeasonMap } from './seasons';
import { DEFAULT_SEASONS, isRecurringSeason, seasonWord } from './seasons';

export interface MonthWord {
  kind: 'month';
  month: number;
  form: CaseForm;
  /** An abbreviation or a name that is also an ordinary word ("may", "jan"): only a month next to a year. */
  weak: boolean;
}

export interface YearPrefixWord {
  kind: 'yearPrefix';
  role: CaseForm;
}

/** "alkaen" (from) or "mennessä" (by): `before` = may precede the date, `after` = may follow it. */
export interface MarkerWord {
  kind: 'from' | 'until';
  before: boolean;
  after: boolean;
}

export interface PlainWord {
  kind:
    | 'ongoing' // jatkuen, toistaiseksi, käynnissä
    | 'recurring' // vuosittain
    | 'every' // joka (vuosi), varje (år)
    | 'statement' // avoin, tarkentuu: a known statement without dates, uncertain
    | 'qualifier' // arviolta, noin: uncertain, dates still taken
    | 'negation' // ei, inte, not
    | 'knowledge' // tiedossa, känt, known (after a negation: a statement)
    | 'alternative' // tai, eller, or
    | 'rangeWord' // to, till: connects two dates
    | 'beforeWord' // ennen, före: "before X" gives no month
    | 'afterWord' // jälkeen, efter: "X:n jälkeen" gives no month
    | 'quarterWord' // kvartaali, neljännes
    | 'label' // aikataulu, tidtabell
    | 'filler'; // words that never name a phase
}

export type WordInfo = MonthWord | PartWord | YearPrefixWord | MarkerWord | PlainWord;

const FI_MONTH_STEMS = [
  'tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä', 'heinä', 'elo', 'syys', 'loka', 'marras', 'joulu'
];

/** Swedish and English month names and abbreviations; a number marks a weak name. */
const OTHER_MONTHS: ReadonlyArray<readonly [string, number, boolean]> = [
  ['januari', 1, false], ['january', 1, false], ['jan', 1, true],
  ['februari', 2, false], ['february', 2, false], ['feb', 2, true],
  ['mars', 3, true], ['march', 3, true], ['mar', 3, true],
  ['april', 4, false], ['apr', 4, true],
  ['maj', 5, true], ['may', 5, true],
  ['juni', 6, true], ['june', 6, true], ['jun', 6, true],
  ['juli', 7, true], ['july', 7, true], ['jul', 7, true],
  ['augusti', 8, false], ['august', 8, true], ['aug', 8, true],
  ['september', 9, false], ['sept', 9, true], ['sep', 9, true],
  ['oktober', 10, false], ['october', 10, false], ['okt', 10, true], ['oct', 10, true],
  ['november', 11, false], ['nov', 11, true],
  ['december', 12, false], ['dec', 12, true], ['dek', 12, true]
];

function marker(kind: 'from' | 'until', before: boolean, after: boolean): MarkerWord {
  return { kind, before, after };
}

const EXACT_WORDS = new Map<string, WordInfo>();

function addAll(words: readonly string[], info: WordInfo): void {
  for (const word of words) {
    EXACT_WORDS.set(word, info);
  }
}

addAll(
  ['vuoden', 'vuonna', 'vuosi', 'vuotta', 'vuosina', 'vuosien', 'vuodelle', 'vuodelta', 'vuodeksi', 'vuosille'],
  { kind: 'yearPrefix', role: 'plain' }
);
addAll(['år', 'året', 'year'], { kind: 'yearPrefix', role: 'plain' });
addAll(['vuodesta'], { kind: 'yearPrefix', role: 'from' });
addAll(['vuoteen'], { kind: 'yearPrefix', role: 'to' });
addAll(
  ['alkaen', 'alkaa', 'aloitetaan', 'käynnistyy', 'käynnistetään', 'alkavat', 'startar', 'börjar'],
  marker('from', true, true)
);
addAll(['lähtien', 'eteenpäin', 'alusta', 'onwards', 'onward', 'framåt', 'framöver'], marker('from', false, true));
addAll(
  ['aloitus', 'från', 'from', 'starting', 'since', 'start', 'starts', 'begins', 'alkupiste'],
  marker('from', true, false)
);
addAll(['mennessä', 'asti', 'saakka', 'loppuun'], marker('until', false, true));
addAll(['viimeistään', 'takaraja'], marker('until', true, true));
addAll(
  [
    'valmis', 'valmistuu', 'valmistuminen', 'päättyy', 'loppuu', 'until', 'by', 'senast', 'klar', 'färdig',
    'ends', 'due', 'deadline'
  ],
  marker('until', true, false)
);
addAll(
  [
    'jatkuen', 'jatkuvasti', 'toistaiseksi', 'pysyvästi', 'käynnissä', 'ongoing', 'continuous', 'continuing',
    'permanent', 'fortlöpande', 'tillsvidare', 'pågår', 'pågående'
  ],
  { kind: 'ongoing' }
);
addAll(['jatkuu', 'jatkuvat', 'continues', 'fortsätter'], { kind: 'ongoing' });
addAll(['årligen', 'annually', 'annual', 'yearly'], { kind: 'recurring' });
addAll(['joka', 'varje', 'every'], { kind: 'every' });
addAll(
  [
    'avoin', 'avoinna', 'avoimena', 'auki', 'myöhemmin', 'riippuu', 'tuntematon', 'epäselvä', 'öppen',
    'öppet', 'oklar', 'oklart', 'senare', 'open', 'tbd', 'tba', 'unknown', 'undecided', 'later', 'pending'
  ],
  { kind: 'statement' }
);
addAll(
  [
    'noin', 'n', 'ehkä', 'mahdollisesti', 'todennäköisesti', 'suunnilleen', 'kenties', 'ca', 'cirka',
    'circa', 'ungefär', 'preliminärt', 'preliminär', 'approx', 'approximately', 'about', 'around', 'roughly',
    'estimated', 'tentative', 'tentatively'
  ],
  { kind: 'qualifier' }
);
addAll(['ei', 'inte', 'ej', 'not'], { kind: 'negation' });
addAll(
  [
    'tiedossa', 'tietoa', 'tiedetä', 'päätetty', 'päätöstä', 'sovittu', 'selvillä', 'aikataulua',
    'aikataulutettu', 'känt', 'känd', 'klart', 'beslutat', 'fastställd', 'bestämt', 'known', 'decided',
    'scheduled'
  ],
  { kind: 'knowledge' }
);
addAll(['tai', 'vai', 'taikka', 'eller', 'or'], { kind: 'alternative' });
addAll(['to', 'till'], { kind: 'rangeWord' });
addAll(['ennen', 'före', 'before'], { kind: 'beforeWord' });
addAll(['jälkeen', 'efter', 'after'], { kind: 'afterWord' });
addAll(['quarter', 'kvartal', 'kvartalet'], { kind: 'quarterWord' });
addAll(['ajankohta', 'toteutusajankohta', 'tidtabell', 'tidsplan', 'schedule', 'timeline', 'timing'], {
  kind: 'label'
});
addAll(
  [
    'aikana', 'ajan', 'aikaan', 'välillä', 'ja', 'sekä', 'on', 'ovat', 'vielä', 'jo', 'and', 'och', 'i',
    'in', 'of', 'av', 'the', 'during', 'under', 'mellan', 'between'
  ],
  { kind: 'filler' }
);

/** Words that start like a stem below but mean something else ("arviointi", "jatkuvuus"). */
const NOT_STEMS: readonly string[] = ['arvioin', 'jatkuvuu'];

/** Word stems whose every inflection has one meaning. */
const PREFIX_WORDS: ReadonlyArray<readonly [string, WordInfo]> = [
  ['jatkuv', { kind: 'ongoing' }],
  ['pysyv', { kind: 'ongoing' }],
  ['vuosittai', { kind: 'recurring' }],
  ['jokavuoti', { kind: 'recurring' }],
  ['årlig', { kind: 'recurring' }],
  ['arvio', { kind: 'qualifier' }],
  ['alustav', { kind: 'qualifier' }],
  ['tarkentu', { kind: 'statement' }],
  ['tarkennet', { kind: 'statement' }],
  ['epävarm', { kind: 'statement' }],
  ['kvartaal', { kind: 'quarterWord' }],
  ['neljännes', { kind: 'quarterWord' }],
  ['vuosineljännes', { kind: 'quarterWord' }]
];

/** A Finnish month name in any inflection ("syyskuusta", "joulukuuhun"), or null. */
function finnishMonth(lower: string): MonthWord | null {
  for (let i = 0; i < FI_MONTH_STEMS.length; i++) {
    const name = FI_MONTH_STEMS[i] + 'kuu';
    if (lower.startsWith(name)) {
      const rest = lower.slice(name.length);
      // "joulukuusi" (Christmas tree), "kuusen": spruce, not a month.
      if (rest.startsWith('si') || rest.startsWith('se')) {
        return null;
      }
      return { kind: 'month', month: i + 1, form: finnishForm(rest), weak: false };
    }
  }
  return null;
}

/** The month (1–12) of a bare Finnish month stem ("tammi" in "tammi–maaliskuu"), or 0. */
export function finnishMonthStem(lower: string): number {
  return FI_MONTH_STEMS.indexOf(lower) + 1;
}

const OTHER_MONTH_MAP = new Map<string, MonthWord>();
for (const [word, month, weak] of OTHER_MONTHS) {
  OTHER_MONTH_MAP.set(word, { kind: 'month', month, form: 'plain', weak });
}

/** What a (lower-case) word means in a schedule, or null for an ordinary word. */
export function classifyWord(lower: string, seasons: SeasonMap = DEFAULT_SEASONS): WordInfo | null {
  const exact = EXACT_WORDS.get(lower) ?? OTHER_MONTH_MAP.get(lower) ?? seasonWord(lower, seasons);
  if (exact) {
    return exact;
  }
  const month = finnishMonth(lower);
  if (month) {
    return month;
  }
  if (isRecurringSeason(lower)) {
    return { kind: 'recurring' };
  }
  for (const [prefix, info] of PREFIX_WORDS) {
    if (lower.startsWith(prefix) && !NOT_STEMS.some((word) => lower.startsWith(word))) {
      return info;
    }
  }
  if (lower.endsWith('aikataulu')) {
    return { kind: 'label' };
  }
  return null;
}

const DURATION_UNITS = new Set([
  'kk', 'kuukausi', 'kuukautta', 'kuukauden', 'kuukaudessa', 'kuukaudeksi', 'vuotta', 'vuoden', 'vuodeksi', 'vuodessa',
  'vk', 'vko', 'viikkoa', 'viikon', 'päivää', 'pv', 'päivän', 'month', 'months', 'year', 'years', 'week', 'weeks',
  'day', 'days', 'månad', 'månader', 'år', 'vecka', 'veckor', 'dag', 'dagar'
]);
const QUANTITY_UNITS = new Set([
  'e', 'eur', 'euro', 'euroa', 'euron', 'euroon', 'euros', 'euroja', 'k', 'ke', 'keur', 'me', 'milj', 'miljoonaa',
  'tuhatta', 'kpl', 'hlö', 'hlöä', 'henkilöä', 'henkilöt', 'htv', 'htp', 'tuntia', 'tunnin', 'h', 'gb', 'tb',
  'mb', 'kr', 'kronor', 'sek', 'usd', 'st', 'pcs', 'users', 'käyttäjää', 'käyttäjälle', 'lisenssiä', 'laitetta',
  'm', 'km'
]);
const QUANTITY_SYMBOLS = new Set(['€', '%', '$', '£']);

const WEEK_WORDS = new Set([
  'vko', 'vk', 'viikko', 'viikolla', 'viikosta', 'viikkoon', 'viikoilla', 'viikot', 'viikon', 'week', 'weeks',
  'wk', 'vecka', 'veckor', 'vecko'
]);

/** A word before a week number ("vko 12/2024"). */
export function isWeekWord(lower: string): boolean {
  return WEEK_WORDS.has(lower);
}

/** A duration unit after a number ("6 kk", "2 vuotta"). */
export function isDurationUnit(lower: string): boolean {
  return DURATION_UNITS.has(lower);
}

/** A unit that makes a number a quantity rather than a year ("2000 €", "2020 kpl"). */
export function isQuantityUnit(lower: string): boolean {
  return QUANTITY_UNITS.has(lower) || QUANTITY_SYMBOLS.has(lower);
}
