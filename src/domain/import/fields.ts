/**
 * Field labels of the plan templates ("Aikataulu:", "**Strateginen tausta:**",
 * "- d) **Vaikutukset asianhallintaan (...)** Ei vaikutusta") and how a label line splits into
 * the label and a value written on the same line.
 */
import { listItemText, markdownLevel, stripHeadingPrefix, stripInlineMarkup } from './text';

/** The fields a label can introduce. `infoManagement` is the header of the a)–d) items. */
export type FieldKey =
  | 'whatChanges'
  | 'economic'
  | 'infoManagement'
  | 'organisation'
  | 'security'
  | 'dataUse'
  | 'caseManagement'
  | 'strategicGoal'
  | 'schedule'
  | 'likelihood'
  | 'scheduleOwner'
  | 'costs'
  | 'resources'
  | 'benefits';

export interface LabelMatch {
  field: FieldKey;
  /** Text written on the label's own line after the label; '' when none. */
  value: string;
}

interface LabelDefinition {
  field: FieldKey;
  /** Matched against the lower-cased line start. */
  phrase: RegExp;
}

/** Longer, more specific phrases first. */
const LABELS: readonly LabelDefinition[] = [
  { field: 'economic', phrase: /^taloudellisten ja toiminnallisten (?:muutos)?vaikutusten arvio(?:inti)?/ },
  { field: 'infoManagement', phrase: /^tiedonhallinnan (?:muutos)?vaikutusten arvio(?:inti)?/ },
  { field: 'organisation', phrase: /^vaikutu(?:s|kset) tiedonhallinnan järjestämiseen/ },
  { field: 'security', phrase: /^vaikutu(?:s|kset) tietoturva\p{L}*/u },
  { field: 'dataUse', phrase: /^vaikutu(?:s|kset) tietojen käsittelyyn(?: ja hyödyntämiseen)?/ },
  { field: 'caseManagement', phrase: /^vaikutu(?:s|kset) asianhallintaan/ },
  { field: 'likelihood', phrase: /^projektin toteutumisen todennäköisyys(?: arvioidussa aikataulussa)?/ },
  { field: 'scheduleOwner', phrase: /^projektin aikatauluvastuullinen taho/ },
  { field: 'costs', phrase: /^projektin arvioidut kustannukset/ },
  { field: 'resources', phrase: /^arvio projektiin tarvittavista resursseista/ },
  { field: 'whatChanges', phrase: /^mikä muuttuu/ },
  // a plan's own benefits passage, and the planned benefits of an exported plan document (fi/sv/en)
  { field: 'benefits', phrase: /^(?:suunnitellut |odotetut |tavoitellut )?hyödyt(?: ja vaikutukset)?|^(?:planerade |förväntade )?nyttor(?:na)?|^(?:planned |expected )?benefits/ },
  { field: 'strategicGoal', phrase: /^strateginen (?:tavoite|tausta|toiminta)(?: ?\/ ?(?:tavoite|tausta|toiminta))?/ },
  { field: 'schedule', phrase: /^aikataulu/ }
];

/** Stands in for a "**" bold marker while a label line is scanned. */
const BOLD = '\u0001';

/**
 * The label at the start of a line, or null. A label is accepted only when something marks it
 * as one: a colon (or "?"/dash separator), a parenthetical explanation, bold or heading mark-up,
 * or nothing else on the line. "Aikataulu riippuu ..." is a sentence, not a label.
 */
export function matchLabel(line: string): LabelMatch | null {
  const heading = markdownLevel(line) > 0;
  const text = labelCandidate(line);
  if (text === null) {
    return null;
  }
  const lower = text.toLowerCase();
  for (const definition of LABELS) {
    const match = definition.phrase.exec(lower);
    if (match && !/^[\p{L}\p{N}]/u.test(text.slice(match[0].length))) {
      return splitLabel(text, match[0].length, heading, definition.field);
    }
  }
  return null;
}

/** The line without heading prefix, leading bold markers, list marker and an "a)" letter. */
function labelCandidate(line: string): string | null {
  let text = skipMarks(stripHeadingPrefix(line.trim()).replace(/\*\*/g, BOLD));
  const item = listItemText(text);
  if (item !== null) {
    text = skipMarks(item);
  }
  const letter = /^[a-dA-D][).] ?/.exec(text);
  if (letter) {
    text = skipMarks(text.slice(letter[0].length));
  }
  return text === '' ? null : text;
}

function splitLabel(text: string, phraseEnd: number, heading: boolean, field: FieldKey): LabelMatch | null {
  let position = phraseEnd;
  let bold = false;
  let parenthetical = false;
  let separator = false;
  const skip = (): void => {
    while (position < text.length && (text[position] === ' ' || text[position] === BOLD)) {
      bold = bold || text[position] === BOLD;
      position++;
    }
  };
  skip();
  if (text[position] === '(') {
    parenthetical = true;
    const close = matchingParenthesis(text, position);
    position = close < 0 ? text.length : close + 1;
    skip();
  }
  if (text[position] === ':' || text[position] === '?') {
    separator = true;
    position++;
    skip();
  } else if (/^[-\u2013\u2014] /.test(text.slice(position, position + 2))) {
    separator = true;
    position += 2;
    skip();
  }
  const rest = text.slice(position).split(BOLD).join('').trim();
  if (!(separator || parenthetical || bold || heading || rest === '')) {
    return null;
  }
  return { field, value: stripInlineMarkup(rest) };
}

function skipMarks(text: string): string {
  let index = 0;
  while (index < text.length && (text[index] === ' ' || text[index] === BOLD)) {
    index++;
  }
  return text.slice(index);
}

/** Index of the ')' closing the '(' at `open` (nesting counted), or -1. */
function matchingParenthesis(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '(') {
      depth++;
    } else if (text[index] === ')') {
      depth--;
      if (depth === 0) {
        return index;
      }
    }
  }
  return -1;
}
