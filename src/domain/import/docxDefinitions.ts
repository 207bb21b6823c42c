/**
 * What a .docx package says about numbering: the list definitions of numbering.xml, the paragraph
 * styles of styles.xml (a style may carry a list reference, w:numPr) and each paragraph's own
 * style and list reference in document.xml. docxNumbering.ts counts the numbers from these.
 */

import { inside, integer, isOn, walkXml, type XmlTag } from './docxXml';

// ---------------------------------------------------------------------------------------------
// numbering.xml

export interface LevelDefinition {
  start: number;
  format: string;
  text: string;
  /** w:isLgl: every number of the level's text is written as a decimal number. */
  legal: boolean;
  /** w:lvlRestart (1-based level after which the level starts again; 0 = never), or null. */
  restartAfter: number | null;
  /** The paragraph style the level belongs to (w:pStyle). */
  styleId: string | null;
}

export interface AbstractNumbering {
  levels: Map<number, LevelDefinition>;
  /** w:numStyleLink: the definition is the one of this numbering style. */
  styleLink: string | null;
}

export interface NumberingInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDefinition>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, AbstractNumbering>;
  instances: Map<string, NumberingInstance>;
}

export function readNumbering(xml: string): NumberingDefinitions {
  const definitions: NumberingDefinitions = { abstracts: new Map(), instances: new Map() };
  let abstract: AbstractNumbering | null = null;
  let instance: NumberingInstance | null = null;
  let overrideLevel: number | null = null;
  let level: LevelDefinition | null = null;
  walkXml(xml, (tag, path) => {
    const value = tag.attributes.get('w:val');
    if (tag.closing) {
      level = tag.name === 'w:lvl' ? null : level;
      abstract = tag.name === 'w:abstractNum' ? null : abstract;
      instance = tag.name === 'w:num' ? null : instance;
      return;
    }
    if (tag.name === 'w:abstractNum') {
      abstract = { levels: new Map(), styleLink: null };
      definitions.abstracts.set(tag.attributes.get('w:abstractNumId') ?? '', abstract);
    } else if (tag.name === 'w:num') {
      instance = { abstractId: '', startOverrides: new Map(), levelOverrides: new Map() };
      definitions.instances.set(tag.attributes.get('w:numId') ?? '', instance);
    } else if (tag.name === 'w:lvl' && !tag.selfClosing) {
      level = { start: 0, format: 'decimal', text: '', legal: false, restartAfter: null, styleId: null };
      const index = integer(tag.attributes.get('w:ilvl')) ?? overrideLevel ?? 0;
      (instance ? instance.levelOverrides : abstract?.levels)?.set(index, level);
    } else if (level !== null) {
      readLevelProperty(level, tag, value);
    } else if (tag.name === 'w:numStyleLink' && abstract !== null) {
      abstract.styleLink = value ?? null;
    } else if (instance !== null) {
      if (tag.name === 'w:abstractNumId') {
        instance.abstractId = value ?? '';
      } else if (tag.name === 'w:lvlOverride') {
        overrideLevel = integer(tag.attributes.get('w:ilvl')) ?? 0;
      } else if (tag.name === 'w:startOverride' && inside(path, 'w:lvlOverride') && overrideLevel !== null) {
        instance.startOverrides.set(overrideLevel, integer(value) ?? 0);
      }
    }
  });
  return definitions;
}

function readLevelProperty(level: LevelDefinition, tag: XmlTag, value: string | undefined): void {
  switch (tag.name) {
    case 'w:start':
      level.start = integer(value) ?? 0;
      break;
    case 'w:numFmt':
      // Word writes a custom format in mc:Choice and a standard one in mc:Fallback: the last one wins
      level.format = value ?? 'decimal';
      break;
    case 'w:lvlText':
      level.text = value ?? '';
      break;
    case 'w:isLgl':
      level.legal = isOn(tag);
      break;
    case 'w:lvlRestart':
      level.restartAfter = integer(value);
      break;
    case 'w:pStyle':
      level.styleId = value ?? null;
      break;
    default:
  }
}

// ---------------------------------------------------------------------------------------------
// styles.xml and the paragraphs of document.xml

/** What a paragraph's or a style's w:pPr says about numbering and outline. */
export interface ParagraphProperties {
  styleId: string | null;
  numId: string | null;
  level: number | null;
  /** w:outlineLvl: 0–8 are heading levels 1–9, 9 is body text. */
  outlineLevel: number | null;
}

export interface StyleDefinition extends ParagraphProperties {
  name: string;
  basedOn: string | null;
}

export interface StyleDefinitions {
  styles: Map<string, StyleDefinition>;
  /** The style of paragraphs that name none. */
  defaultParagraphStyle: string | null;
}

function noProperties(): ParagraphProperties {
  return { styleId: null, numId: null, level: null, outlineLevel: null };
}

/** Reads a w:pPr property of the `owner` element (w:p or w:style); w:pPrChange's old values are not its own. */
function readParagraphProperty(target: ParagraphProperties, tag: XmlTag, path: readonly string[], owner: string): void {
  const value = tag.attributes.get('w:val') ?? null;
  if (inside(path, owner, 'w:pPr')) {
    if (tag.name === 'w:pStyle') {
      target.styleId = value;
    } else if (tag.name === 'w:outlineLvl') {
      target.outlineLevel = integer(value ?? undefined);
    }
  } else if (inside(path, owner, 'w:pPr', 'w:numPr')) {
    if (tag.name === 'w:numId') {
      target.numId = value;
    } else if (tag.name === 'w:ilvl') {
      target.level = integer(value ?? undefined);
    }
  }
}

export function readStyles(xml: string): StyleDefinitions {
  const result: StyleDefinitions = { styles: new Map(), defaultParagraphStyle: null };
  let style: StyleDefinition | null = null;
  walkXml(xml, (tag, path) => {
    if (tag.closing) {
      style = tag.name === 'w:style' ? null : style;
    } else if (tag.name === 'w:style') {
      const id = tag.attributes.get('w:styleId') ?? '';
      style = { ...noProperties(), name: '', basedOn: null };
      result.styles.set(id, style);
      if (tag.attributes.get('w:type') === 'paragraph' && ['1', 'true', 'on'].includes(tag.attributes.get('w:default') ?? '')) {
        result.defaultParagraphStyle = id;
      }
    } else if (style !== null && inside(path, 'w:style') && (tag.name === 'w:name' || tag.name === 'w:basedOn')) {
      style[tag.name === 'w:name' ? 'name' : 'basedOn'] = tag.attributes.get('w:val') ?? '';
    } else if (style !== null) {
      readParagraphProperty(style, tag, path, 'w:style');
    }
  });
  return result;
}

export interface DocumentParagraph extends ParagraphProperties {
  /** Where the paragraph's content starts: after its w:pPr, else after its start tag. */
  insertAt: number;
}

/**
 * The paragraphs of document.xml in document order (a text box's paragraphs come after the
 * paragraph they are anchored in starts). The copy of a text box in mc:Fallback is not counted.
 */
export function readParagraphs(xml: string): DocumentParagraph[] {
  const paragraphs: DocumentParagraph[] = [];
  const open: (DocumentParagraph | null)[] = [];
  walkXml(xml, (tag, path) => {
    const current = open[open.length - 1] ?? null;
    if (tag.name === 'w:p' && !tag.selfClosing) {
      if (tag.closing) {
        open.pop();
      } else {
        const paragraph = path.some((name) => /(?:^|:)Fallback$/.test(name)) ? null : { ...noProperties(), insertAt: tag.end };
        open.push(paragraph);
        if (paragraph !== null) {
          paragraphs.push(paragraph);
        }
      }
    } else if (current !== null && tag.closing && tag.name === 'w:pPr' && inside(path, 'w:p')) {
      current.insertAt = tag.end;
    } else if (current !== null && !tag.closing) {
      readParagraphProperty(current, tag, path, 'w:p');
    }
  });
  return paragraphs;
}
