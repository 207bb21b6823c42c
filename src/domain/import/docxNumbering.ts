/**
 * Word's automatic heading numbering, reconstructed. Word computes a heading's "3.2.1" while it
 * lays the document out; the package only holds the paragraph's list reference (w:numPr, on the
 * paragraph or on its style) and the list definitions, so mammoth renders such headings without
 * numbers. Here the numbers are counted as Word counts them and written at the start of the
 * heading paragraphs in document.xml, where the text parser reads them like typed numbers.
 *
 * Only headings (a "heading 1"…"heading 9" style, or an outline level 1–9) get their number
 * written, and only a number the parser can read ("3", "3.2.1", also "3.2.1." or "3)"); every
 * numbered paragraph still advances its list, as in Word. Numbered lists in body text are left
 * alone: their items stay list text of the project they are in.
 */
import {
  type DocumentParagraph,
  type LevelDefinition,
  type NumberingDefinitions,
  readNumbering,
  readParagraphs,
  readStyles,
  type StyleDefinition,
  type StyleDefinitions
} from './docxDefinitions';
import { mainPrefix } from './docxXml';

export interface DocxParts {
  document: string;
  /** styles.xml; null when the package has none. */
  styles: string | null;
  numbering: string;
}

interface Definitions {
  numbering: NumberingDefinitions;
  styles: StyleDefinitions;
}

/**
 * document.xml with each automatically numbered heading's number written before its text
 * ("3.2.1 "), or null when no heading has such a number.
 */
export function writeHeadingNumbers(parts: DocxParts): string | null {
  const prefix = mainPrefix(parts.document);
  if (prefix === null) {
    return null;
  }
  const definitions: Definitions = { numbering: readNumbering(parts.numbering), styles: readStyles(parts.styles ?? '') };
  const paragraphs = readParagraphs(parts.document);
  const numbers = countNumbers(paragraphs, definitions);
  const w = prefix === '' ? '' : `${prefix}:`;
  const pieces: string[] = [];
  let copied = 0;
  paragraphs.forEach((paragraph, index) => {
    const number = numbers[index];
    if (number !== null && number !== undefined) {
      pieces.push(parts.document.slice(copied, paragraph.insertAt), `<${w}r><${w}t xml:space="preserve">${number} </${w}t></${w}r>`);
      copied = paragraph.insertAt;
    }
  });
  if (pieces.length === 0) {
    return null;
  }
  pieces.push(parts.document.slice(copied));
  return pieces.join('');
}

/** A list as one paragraph sees it: its counters' key and its (possibly overridden) levels. */
interface ListView {
  /** Paragraphs with the same key count on from each other. */
  key: string;
  definition(level: number): LevelDefinition | undefined;
  start(level: number): number;
}

/** Each paragraph's heading number, or null (not numbered, not a heading, not a readable number). */
function countNumbers(paragraphs: readonly DocumentParagraph[], definitions: Definitions): (string | null)[] {
  const counters = new Map<string, (number | undefined)[]>();
  return paragraphs.map((paragraph) => {
    const styleId = paragraph.styleId ?? definitions.styles.defaultParagraphStyle;
    const chain = styleChain(definitions.styles, styleId);
    const numId = paragraph.numId ?? chain.find((style) => style.numId !== null)?.numId ?? null;
    const list = numId === null ? null : listView(definitions, numId);
    if (list === null) {
      // numId 0 (numbering removed) and unknown lists number nothing
      return null;
    }
    const level = paragraph.level ?? chain.find((style) => style.level !== null)?.level ?? styleLevel(list, styleId) ?? 0;
    const counts = counters.get(list.key) ?? [];
    counters.set(list.key, counts);
    advance(counts, level, list);
    return isHeading(paragraph, chain) ? numberText(counts, level, list) : null;
  });
}

/** The style and the styles it is based on, nearest first. */
function styleChain(styles: StyleDefinitions, styleId: string | null): StyleDefinition[] {
  const chain: StyleDefinition[] = [];
  const seen = new Set<string>();
  let id = styleId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const style = styles.styles.get(id);
    if (style === undefined) {
      break;
    }
    chain.push(style);
    id = style.basedOn;
  }
  return chain;
}

function isHeading(paragraph: DocumentParagraph, chain: readonly StyleDefinition[]): boolean {
  const outline = paragraph.outlineLevel ?? chain.find((style) => style.outlineLevel !== null)?.outlineLevel ?? null;
  if (outline !== null) {
    return outline >= 0 && outline <= 8;
  }
  return chain.some((style) => /^heading [1-9]$/i.test(style.name.trim()));
}

/**
 * The list a w:num instance stands for. An instance with start or level overrides is a list of
 * its own; instances without them share their definition's counters, as Word counts them.
 */
function listView(definitions: Definitions, numId: string): ListView | null {
  const instance = definitions.numbering.instances.get(numId);
  if (instance === undefined) {
    return null;
  }
  let abstractId = instance.abstractId;
  let abstract = definitions.numbering.abstracts.get(abstractId);
  // w:numStyleLink: the levels are those of the list the numbering style refers to
  for (let hops = 0; abstract?.styleLink && hops < 5; hops++) {
    const linkedNum = definitions.styles.styles.get(abstract.styleLink)?.numId ?? null;
    const linked = linkedNum === null ? undefined : definitions.numbering.instances.get(linkedNum);
    if (linked === undefined) {
      break;
    }
    abstractId = linked.abstractId;
    abstract = definitions.numbering.abstracts.get(abstractId);
  }
  if (abstract === undefined) {
    return null;
  }
  const levels = abstract.levels;
  const definition = (level: number): LevelDefinition | undefined => instance.levelOverrides.get(level) ?? levels.get(level);
  const ownList = instance.startOverrides.size > 0 || instance.levelOverrides.size > 0;
  return {
    key: ownList ? `num:${numId}` : `abstract:${abstractId}`,
    definition,
    start: (level) => instance.startOverrides.get(level) ?? definition(level)?.start ?? 0
  };
}

/** The level a list gives a paragraph style (w:lvl/w:pStyle), when the style's w:numPr has no w:ilvl. */
function styleLevel(list: ListView, styleId: string | null): number | null {
  if (styleId === null) {
    return null;
  }
  for (let level = 0; level < 9; level++) {
    if (list.definition(level)?.styleId === styleId) {
      return level;
    }
  }
  return null;
}

/** Counts a paragraph at `level`: its counter steps on (or starts), the deeper levels start again. */
function advance(counts: (number | undefined)[], level: number, list: ListView): void {
  const current = counts[level];
  counts[level] = current === undefined ? list.start(level) : current + 1;
  for (let deeper = level + 1; deeper < 9; deeper++) {
    // w:lvlRestart says after which (1-based) level a level starts again; 0: never
    const restartAfter = list.definition(deeper)?.restartAfter ?? deeper;
    if (level < restartAfter) {
      counts[deeper] = undefined;
    }
  }
}

/** The level's text with its "%1"… filled in, as a number the parser reads ("3.2.1"); null otherwise. */
function numberText(counts: readonly (number | undefined)[], level: number, list: ListView): string | null {
  const definition = list.definition(level);
  if (definition === undefined) {
    return null;
  }
  let readable = true;
  const text = definition.text.replace(/%([1-9])/g, (_whole, digit: string) => {
    const at = Number(digit) - 1;
    // a level not used yet shows the number before its start (Word's "1.0.1")
    const value = counts[at] ?? list.start(at) - 1;
    const format = definition.legal ? 'decimal' : list.definition(at)?.format ?? 'decimal';
    if (format === 'decimal' || format === 'decimalZero') {
      return format === 'decimalZero' && value < 10 ? `0${value}` : String(value);
    }
    readable = false;
    return '';
  });
  const match = /^\s*(\d{1,3}(?:\.\d{1,3})*)[.)]?\s*$/.exec(text);
  return readable && match ? match[1] ?? null : null;
}
