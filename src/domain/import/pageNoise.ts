/**
 * Text that belongs to the page, not to the plan: the table of contents, running page headers
 * and footers ("Tietohallinto - toimenpidesuunnitelma 2019-2020" on every page) and page
 * numbers ("Sivu 3 (25)", a lone "7"). These lines are marked to be skipped before the
 * document is read, so they never end up inside a description.
 */
import { matchLabel } from './fields';
import { isTocHeading, parseNumberedHeading } from './headings';
import { cleanLine, comparable, isBlank, listItemText, markdownLevel, plainText } from './text';

export interface TocEntry {
  /** "2.1"; null for an unnumbered entry. */
  number: string | null;
  title: string;
}

export interface PageNoise {
  /** skip[i] is true for raw line i when it is table of contents, header/footer or page number. */
  skip: boolean[];
  toc: TocEntry[];
  /** The distinct running header/footer texts, as written (the plan info may use them). */
  runningLines: string[];
}

export function analysePageNoise(rawLines: readonly string[]): PageNoise {
  const skip = rawLines.map(() => false);
  const toc = markTableOfContents(rawLines, skip);
  const runningLines = markRunningLines(rawLines, skip);
  markPageNumbers(rawLines, skip);
  return { skip, toc, runningLines };
}

/**
 * A TOC entry: "2.1<tab>Asset Management.....<tab>2" — a number, a title, a dot leader or tab,
 * and a page number at the end. Unnumbered entries count with a dot leader, or with a tab under
 * a TOC heading (Word's automatic heading numbers are not in the text). Parsed with string
 * operations (no backtracking).
 */
export function parseTocEntry(raw: string, inToc = false): TocEntry | null {
  const line = raw.trimEnd();
  const page = /\d{1,4}$/.exec(line);
  if (!page) {
    return null;
  }
  let body = line.slice(0, page.index);
  let tabLeader = false;
  let cut = body.length;
  while (cut > 0 && (body[cut - 1] === ' ' || body[cut - 1] === '\t')) {
    tabLeader = tabLeader || body[cut - 1] === '\t';
    cut--;
  }
  body = body.slice(0, cut);
  const dotLeader = /(?:\.\.|\u2026)$/.test(body);
  if (!tabLeader && !dotLeader) {
    return null;
  }
  let end = body.length;
  while (end > 0 && '. \t\u2026'.includes(body.charAt(end - 1))) {
    end--;
  }
  const entry = cleanLine(body.slice(0, end));
  const numbered = /^(\d{1,2}(?:\.\d{1,3}){0,5})\.? (\S.*)$/.exec(entry);
  if (numbered) {
    const [, number = '', title = ''] = numbered;
    return { number, title };
  }
  return entry === '' || !(dotLeader || inToc) ? null : { number: null, title: entry };
}

function markTableOfContents(rawLines: readonly string[], skip: boolean[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (let index = 0; index < rawLines.length; index++) {
    const raw = rawLines[index];
    if (raw === undefined) {
      break;
    }
    const startsToc = isTocHeading(plainText(cleanLine(raw)));
    const firstEntry = parseTocEntry(raw);
    if (!startsToc && !(firstEntry && runOfEntries(rawLines, index) >= 3)) {
      continue;
    }
    let cursor = index;
    if (startsToc) {
      skip[cursor] = true;
      cursor++;
    }
    for (let line = rawLines[cursor]; line !== undefined; line = rawLines[++cursor]) {
      if (isBlank(line)) {
        continue;
      }
      const single = parseTocEntry(line, startsToc);
      const entry = single ?? wrappedEntry(line, rawLines[cursor + 1]);
      if (!entry) {
        break;
      }
      skip[cursor] = true;
      if (single === null) {
        cursor++;
        skip[cursor] = true;
      }
      entries.push(entry);
    }
    index = cursor - 1;
  }
  return entries;
}

/** An entry whose long title wraps: "2.7<tab>Long title and" (line) + "its end .....<tab>8" (next). */
function wrappedEntry(line: string, next: string | undefined): TocEntry | null {
  if (next === undefined || isBlank(next) || /^\s*\d{1,2}(?:\.\d{1,3}){0,5}\.?\t/.test(next)) {
    return null;
  }
  const entry = parseTocEntry(`${line.trimEnd()} ${next.trim()}`);
  return entry !== null && entry.number !== null ? entry : null;
}

function runOfEntries(rawLines: readonly string[], from: number): number {
  let count = 0;
  for (const raw of rawLines.slice(from)) {
    if (isBlank(raw)) {
      continue;
    }
    if (!parseTocEntry(raw)) {
      break;
    }
    count++;
  }
  return count;
}

/** Page numbering inside a header/footer line: "Sivu 3", "Sivu 3 (25)", "3 (25)", "3/25". */
const PAGE_SUFFIX = /(?:^|\s)(?:(?:sivu|sida|page|s\.) ?\d{1,3}(?: ?(?:\(\d{1,3}\)|\/ ?\d{1,3}|(?:of|av) \d{1,3}))?|\d{1,3} ?\(\d{1,3}\))$/i;
/** Words that make a repeated line look like a running title rather than a repeated value. */
const RUNNING_TITLE = /suunnitelma|ohjelma|strategia|\bplan\b|program|raportti|luonnos|\bdraft\b|utkast|kaupunki$|kunta$|\bstad$|kommun$|\d{1,2}\.\d{1,2}\.\d{4}/;

function runningKey(raw: string): string {
  return comparable(plainText(cleanLine(raw)).replace(PAGE_SUFFIX, ''));
}

function mayBeRunningLine(raw: string): boolean {
  const line = cleanLine(raw);
  return (
    line !== '' &&
    line.length <= 140 &&
    markdownLevel(line) === 0 &&
    listItemText(line) === null &&
    matchLabel(line) === null &&
    parseNumberedHeading(plainText(line)) === null
  );
}

/**
 * Marks lines repeated on several pages (running titles, "Sivu n (m)" lines). A repeated line
 * every occurrence of which directly follows a field label is a repeated value, not a footer.
 */
function markRunningLines(rawLines: readonly string[], skip: boolean[]): string[] {
  const counts = new Map<string, number>();
  const free = new Set<string>();
  let afterLabel = false;
  rawLines.forEach((raw, index) => {
    if (skip[index] || isBlank(raw)) {
      return;
    }
    if (mayBeRunningLine(raw)) {
      const key = runningKey(raw);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!afterLabel) {
        free.add(key);
      }
    }
    afterLabel = matchLabel(cleanLine(raw))?.value === '';
  });
  const found = new Map<string, string>();
  rawLines.forEach((raw, index) => {
    if (skip[index] || !mayBeRunningLine(raw)) {
      return;
    }
    const line = cleanLine(raw);
    const key = runningKey(raw);
    const repeated = (counts.get(key) ?? 0) >= 2 && free.has(key);
    const paged = PAGE_SUFFIX.test(line) && /\p{L}{3}/u.test(line);
    if ((repeated && (RUNNING_TITLE.test(key) || paged)) || (paged && /^(?:sivu|sida|page) /i.test(line))) {
      skip[index] = true;
      const title = plainText(line).replace(PAGE_SUFFIX, '').trim();
      if (title !== '' && !found.has(key)) {
        found.set(key, title);
      }
    }
  });
  return Array.from(found.values());
}

/** Marks bare page numbers: "7", "- 7 -", "7 (25)" (lone numbers only when several exist). */
function markPageNumbers(rawLines: readonly string[], skip: boolean[]): void {
  const lone: number[] = [];
  rawLines.forEach((raw, index) => {
    const line = cleanLine(raw);
    if (skip[index] || line === '') {
      return;
    }
    if (/^\d{1,3}$/.test(line)) {
      lone.push(index);
    } else if (/^(?:[-\u2013] ?\d{1,3} ?[-\u2013]|\d{1,3} ?\(\d{1,3}\)|(?:sivu|sida|page) \d{1,3}(?: ?\(\d{1,3}\)| ?\/ ?\d{1,3})?)$/i.test(line)) {
      skip[index] = true;
    }
  });
  if (lone.length >= 2) {
    lone.forEach((index) => {
      skip[index] = true;
    });
  }
}
