/**
 * The "no lost text" check of import accuracy: every non-empty line of a project's section in
 * the source must end up in some text field of the project imported for it, unless it is the
 * project's heading, a field label or page noise (running header/footer, page number).
 *
 * Sections are found from the reader's expected projects, not from the parser's tree, so a
 * line the parser wrongly took for a heading (a "4." list item) still belongs to the project
 * it is written in. A project's section runs from its heading to the heading of the next
 * expected project, or to the heading of a group that next project opens (searched backwards
 * from it, so a list item with the same number earlier in the text is no boundary).
 */
import type { ExpectedProject } from './accuracy';
import { matchLabel } from './fields';
import { isAppendixHeading, isHeadingLike, parseNumberedHeading } from './headings';
import type { ImportedProject } from './importModel';
import { analysePageNoise } from './pageNoise';
import { listItemText, markdownLevel, splitLines, stripHeadingPrefix } from './text';

export interface ProjectSection {
  expectedIndex: number;
  /** Raw line index of the heading; -1 when the heading was not found in the source. */
  start: number;
  /** Raw line index after the section's last line. */
  end: number;
  /** The section's non-empty lines after the heading, page noise left out. */
  lines: string[];
}

/** Letters and digits only, lower case: spacing, hyphenation, quotes and mark-up do not count. */
export function looseText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The line as a reader sees it: no heading '#', bold markers, list marker or "a)" letter. */
function plainLine(line: string): string {
  let text = stripHeadingPrefix(line.trim()).replace(/\*\*/g, '').trim();
  text = listItemText(text) ?? text;
  return text.replace(/^(?:[a-dA-D]|\d{1,2})[.)] +/, '').trim();
}

interface NumberedLine {
  number: string;
  title: string;
}

function numberedLine(line: string): NumberedLine | null {
  const heading = parseNumberedHeading(stripHeadingPrefix(line.trim()).replace(/\*\*/g, '').trim());
  return heading ? { number: heading.numberText, title: heading.title } : null;
}

/** Whether a line is the heading of the project (its number and title, or its title alone). */
function isHeadingOf(line: string, project: ExpectedProject): boolean {
  const wanted = looseText(project.title);
  if (wanted === '') {
    return false;
  }
  const numbered = numberedLine(line);
  const expectedNumber = project.number?.replace(/\.+$/, '') ?? null;
  if (numbered !== null && expectedNumber !== null && numbered.number === expectedNumber) {
    // a title wrapped onto the next line: the heading line holds its beginning
    const got = looseText(numbered.title);
    return got.length >= 3 && (wanted.startsWith(got) || got.startsWith(wanted));
  }
  const text = looseText(numbered !== null ? numbered.title : plainLine(line));
  return text === wanted || (text.length >= 20 && wanted.startsWith(text));
}

/** Group numbers a project opens that the previous one is not inside: 4 and 4.1 for 4.1.1 after 3.2. */
function openedGroups(previous: string | null, next: string): string[] {
  const parts = next.split('.');
  const groups: string[] = [];
  for (let length = 1; length < parts.length; length++) {
    const group = parts.slice(0, length).join('.');
    if (previous === null || !`${previous}.`.startsWith(`${group}.`)) {
      groups.push(group);
    }
  }
  return groups;
}

/** Outline order of two heading numbers (3.10 after 3.9). */
function compareNumbers(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) {
      return difference;
    }
  }
  return 0;
}

/**
 * The line of a group's heading between two projects, searched backwards from the later one:
 * its numbered heading, or else (a plan that leaves group levels unnumbered: "Yhdyskuntatoimi"
 * above 4.3.1) the nearest unnumbered heading-like line. -1 when there is none.
 */
function groupHeading(rawLines: readonly string[], skip: readonly boolean[], after: number, before: number, group: string): number {
  for (let index = before - 1; index > after; index--) {
    if (!skip[index] && numberedLine(rawLines[index] ?? '')?.number === group) {
      return index;
    }
  }
  for (let index = before - 1; index > after; index--) {
    const line = rawLines[index] ?? '';
    if (!skip[index] && numberedLine(line) === null && matchLabel(line) === null && isHeadingLike(plainLine(line))) {
      return index;
    }
  }
  return -1;
}

/** Where the section starting at `start` ends, given the next located project (or none). */
function sectionEnd(rawLines: readonly string[], skip: readonly boolean[], start: number, own: ExpectedProject, next: { start: number; project: ExpectedProject } | null): number {
  const ownNumber = own.number?.replace(/\.+$/, '') ?? null;
  const headingLevel = markdownLevel(rawLines[start]?.trim() ?? '');
  const limit = next?.start ?? rawLines.length;
  let end = limit;
  const nextNumber = next?.project.number?.replace(/\.+$/, '') ?? null;
  if (nextNumber !== null) {
    for (const group of openedGroups(ownNumber, nextNumber)) {
      const heading = groupHeading(rawLines, skip, start, limit, group);
      end = heading >= 0 ? Math.min(end, heading) : end;
    }
  }
  for (let index = start + 1; index < end; index++) {
    const line = rawLines[index] ?? '';
    if (skip[index]) {
      continue;
    }
    const plain = stripHeadingPrefix(line.trim()).replace(/\*\*/g, '').trim();
    const numbered = numberedLine(line);
    const level = markdownLevel(line.trim());
    const laterHeading = next === null && numbered !== null && ownNumber !== null && compareNumbers(numbered.number, ownNumber) > 0 && !numbered.number.startsWith(`${ownNumber}.`);
    const sameLevelHeading = ownNumber === null && headingLevel > 0 && level > 0 && level <= headingLevel && matchLabel(line) === null;
    if (isAppendixHeading(plain) || laterHeading || sameLevelHeading) {
      return index;
    }
  }
  return end;
}

/** The section of every expected project in the source, in the expected order. */
export function projectSections(source: string, expected: readonly ExpectedProject[]): ProjectSection[] {
  const rawLines = splitLines(source);
  const skip = analysePageNoise(rawLines).skip;
  const starts: number[] = [];
  let cursor = 0;
  expected.forEach((project) => {
    let found = -1;
    for (let index = cursor; index < rawLines.length; index++) {
      if (!skip[index] && isHeadingOf(rawLines[index] ?? '', project)) {
        found = index;
        break;
      }
    }
    starts.push(found);
    cursor = found >= 0 ? found + 1 : cursor;
  });
  return expected.map((project, expectedIndex) => {
    const start = starts[expectedIndex] ?? -1;
    if (start < 0) {
      return { expectedIndex, start, end: -1, lines: [] };
    }
    const nextIndex = starts.findIndex((value, index) => index > expectedIndex && value > start);
    const nextProject = expected[nextIndex];
    const next = nextIndex >= 0 && nextProject !== undefined ? { start: starts[nextIndex] ?? rawLines.length, project: nextProject } : null;
    const end = sectionEnd(rawLines, skip, start, project, next);
    const lines = rawLines.slice(start + 1, end).filter((line, offset) => !skip[start + 1 + offset] && line.trim() !== '');
    return { expectedIndex, start, end, lines };
  });
}

/** Every text the import keeps for a project, as one loose string. */
function projectText(project: ImportedProject): string {
  const texts = [
    project.number,
    project.title,
    project.description,
    project.whatChanges,
    project.strategicGoal,
    project.schedule.text,
    ...project.schedule.phases.map((phase) => phase.text),
    project.costs.text,
    project.likelihood,
    project.scheduleOwner,
    project.resources,
    project.benefits,
    project.impacts.economic,
    project.impacts.organisation,
    project.impacts.security,
    project.impacts.dataUse,
    project.impacts.caseManagement
  ];
  return looseText(texts.filter((text): text is string => text !== null).join(' '));
}

/**
 * The lines of a section that are in no text field of the project (null: no project was
 * imported for the section, so every line is lost). A label line counts by the value written
 * after the label; a label alone is structure, not text.
 */
export function lostLines(sectionLines: readonly string[], project: ImportedProject | null): string[] {
  const kept = project === null ? '' : projectText(project);
  return sectionLines.filter((line) => {
    const label = matchLabel(line);
    const text = looseText(label !== null ? label.value : plainLine(line));
    return text !== '' && !kept.includes(text);
  });
}
