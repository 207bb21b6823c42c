/**
 * The plan's own information: title ("Tietohallinnon toimenpidesuunnitelma"), organisation
 * ("Naantalin kaupunki") and period ("2019-2020" → 2019-01..2020-12, "syksy 2023, vuosi 2024"
 * → 2023-09..2024-12). Taken from the title page, the running header/footer or the
 * introduction; a value the document does not state stays null.
 */
import { toMonth } from '../months';
import type { ImportedPlanInfo } from './importModel';

export interface PlanInfoSources {
  /** Lines before the first section: title page. */
  preambleLines: readonly string[];
  /** Unnumbered headings before the first section. */
  titleHeadings: readonly string[];
  /** Running header/footer texts. */
  runningLines: readonly string[];
  /** Text of the first (introductory) section, if any. */
  introText: string | null;
  /** The whole document (for the organisation's name as written in running text). */
  fullText: string;
}

export interface PlanInfoResult {
  plan: ImportedPlanInfo;
  /** Preamble lines the plan info was taken from (the rest is unplaced text). */
  usedPreambleLines: Set<string>;
  /** The title is the name the document gives itself in its text (no title page): worth a warning. */
  titleInferred: boolean;
}

const TITLE_WORDS = /suunnitelma|ohjelma|strategia|\bplan\b|program/i;
const ORGANISATION_LINE = /^(?:\p{Lu}[\p{L}-]*n (?:kaupunki|kunta)|\p{Lu}[\p{L}-]* (?:stad|kommun)|(?:City|Town|Municipality) of \p{Lu}[\p{L}-]*)$/u;

export function extractPlanInfo(sources: PlanInfoSources): PlanInfoResult {
  const used = new Set<string>();
  const stated = findTitle(sources, used);
  const title = stated ?? selfName(sources.fullText);
  const organisation = findOrganisation(sources, used);
  const period = findPeriod(sources, used, title);
  return {
    plan: { title, organisation, periodStart: period?.start ?? null, periodEnd: period?.end ?? null },
    usedPreambleLines: used,
    titleInferred: stated === null && title !== null
  };
}

function findTitle(sources: PlanInfoSources, used: Set<string>): string | null {
  const heading = sources.titleHeadings.find((text) => TITLE_WORDS.test(text)) ?? sources.titleHeadings[0];
  if (heading !== undefined) {
    return heading;
  }
  const line = sources.preambleLines.find((text) => TITLE_WORDS.test(text) && text.length <= 120);
  if (line !== undefined) {
    used.add(line);
    return line;
  }
  return sources.runningLines.find((text) => TITLE_WORDS.test(text)) ?? null;
}

/**
 * A document without a title page names itself in its text ("ICT-ohjelma on kehittyvä
 * dokumentti"): that name, as written in the nominative. Null when it does not.
 */
function selfName(text: string | null): string | null {
  const match = text === null ? null : /(?:^|[\s(])((?:ICT|IT|tietohallinto|tietohallinnon|digi)[\p{L}-]*?(?:ohjelma|suunnitelma|strategia))(?=[\s.,]+(?:on|sisältää|kattaa|käsittää|kuvaa)\b)/iu.exec(text);
  return match?.[1] ?? null;
}

function findOrganisation(sources: PlanInfoSources, used: Set<string>): string | null {
  const line = sources.preambleLines.find((text) => ORGANISATION_LINE.test(text));
  if (line !== undefined) {
    used.add(line);
    return line;
  }
  const running = sources.runningLines.find((text) => ORGANISATION_LINE.test(text));
  return running ?? organisationInText(sources.fullText);
}

/**
 * The city the text keeps talking about ("Naantalin kaupungin", "Naantalin kaupunki", ...),
 * provided the document also writes its name in the nominative ("Naantalin kaupunki").
 */
function organisationInText(text: string): string | null {
  const counts = new Map<string, number>();
  const pattern = /(\p{Lu}\p{Ll}+n) (kaupun|kunn|kunta)\p{Ll}*/gu;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const key = `${match[1]} ${match[2] === 'kaupun' ? 'kaupunki' : 'kunta'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  counts.forEach((count, name) => {
    if (count > bestCount && text.includes(name)) {
      best = name;
      bestCount = count;
    }
  });
  return bestCount >= 2 ? best : null;
}

interface Period {
  start: string;
  end: string;
}

function findPeriod(sources: PlanInfoSources, used: Set<string>, title: string | null): Period | null {
  for (const line of sources.preambleLines) {
    const period = periodOfLine(line);
    if (period) {
      used.add(line);
      return period;
    }
  }
  const candidates = [...(title !== null ? [title] : []), ...sources.titleHeadings, ...sources.runningLines];
  for (const line of candidates) {
    const period = periodOfLine(line);
    if (period) {
      return period;
    }
  }
  return sources.introText !== null ? periodInProse(sources.introText) : null;
}

/**
 * First and last month of a season word, as in the schedules' vocabulary
 * (src/domain/schedule/VOCABULARY.md: kevät 3–5, kesä 6–8, syksy 9–11); a Map, so that
 * "constructor" is no season.
 */
const SEASONS: ReadonlyMap<string, readonly [number, number]> = new Map<string, readonly [number, number]>([
  ['kevät', [3, 5]],
  ['kevään', [3, 5]],
  ['kesä', [6, 8]],
  ['syksy', [9, 11]],
  ['syksyn', [9, 11]],
  ['loppuvuosi', [8, 12]],
  ['vår', [3, 5]],
  ['höst', [9, 11]],
  ['spring', [3, 5]],
  ['autumn', [9, 11]]
]);

/**
 * A short line that names a period: years with optional seasons ("syksy 2023, vuosi 2024",
 * "2019-2020", "2021–2023"). The first year starts it and the last year ends it; at most
 * three years apart a line counts (a longer span is no plan period).
 */
export function periodOfLine(line: string): Period | null {
  if (line.length > 160) {
    return null;
  }
  const years: { year: number; season: readonly [number, number] | undefined }[] = [];
  const pattern = /(?:(\p{L}+) )?\b((?:19|20)\d{2})\b/gu;
  for (let match = pattern.exec(line); match !== null; match = pattern.exec(line)) {
    const [whole, word, year = ''] = match;
    const before = line.charAt(match.index + whole.length - year.length - 1);
    if (before === '.' || before === '/') {
      continue;
    }
    years.push({ year: Number(year), season: word === undefined ? undefined : SEASONS.get(word.toLowerCase()) });
  }
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined || years.length > 3) {
    return null;
  }
  if (last.year < first.year || last.year - first.year > 5) {
    return null;
  }
  const start = toMonth(first.year, first.season ? first.season[0] : 1);
  const end = toMonth(last.year, last.season ? last.season[1] : 12);
  return start !== undefined && end !== undefined ? { start, end } : null;
}

/** In running text only an explicit year range counts: "tarkastelujaksolle 2019-2020". */
function periodInProse(text: string): Period | null {
  const match = /\b((?:19|20)\d{2}) ?[-\u2013\u2014] ?((?:19|20)\d{2})\b/.exec(text);
  if (!match) {
    return null;
  }
  return periodOfLine(`${match[1]}-${match[2]}`);
}
