/**
 * Validation formulas as SharePoint keeps and shows them. A formula is written as a person on
 * the site types it: columns by display name (in the language SharePoint answers the request
 * in) and arguments separated by the site's list separator (`;` on a Finnish-locale site). It is
 * stored with internal names and `,` (so a renamed column does not break it), and shown back in
 * the reader's language with the site's separator. The stand-in refuses a formula that names a
 * column by another language's title or uses the wrong separator, as SharePoint answers "The
 * formula contains a syntax error or is not supported." See docs/sharepoint-behaviour.md.
 */
import { errors } from './http';
import { formulaSyntaxError } from './validationFormula';

/**
 * Walks a formula outside "text literals": column references and argument separators. The app
 * has its own walker (src/data/sharepoint/setup/formula.ts): the stand-in judges the app's output and
 * imports nothing from src/, so that a mistake there cannot pass here by construction.
 */
function mapFormula(formula: string, reference: (name: string) => string, separator: (char: string) => string): string {
  let out = '';
  for (let i = 0; i < formula.length; i++) {
    const c = formula[i];
    if (c === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) {
        j += formula[j] === '"' ? 2 : 1;
      }
      out += formula.slice(i, j + 1);
      i = j;
    } else if (c === '[') {
      const end = formula.indexOf(']', i);
      if (end < 0) {
        throw errors.formulaSyntax();
      }
      out += `[${reference(formula.slice(i + 1, end))}]`;
      i = end;
    } else if (c === ',' || c === ';') {
      out += separator(c);
    } else {
      out += c;
    }
  }
  return out;
}

export interface FormulaColumns {
  /** Internal name of the column the reader knows by this display name, if any. */
  internalNameOf(displayName: string): string | undefined;
  /** The reader's display name of a column. */
  displayNameOf(internalName: string): string;
}

/** The formula as the caller wrote it → stored form; 400 as SharePoint would answer. */
export function storeFormula(formula: string, columns: FormulaColumns, listSeparator: string): string {
  if (formula.trim() === '') {
    return '';
  }
  const stored = mapFormula(
    formula,
    (name) => {
      const internal = columns.internalNameOf(name);
      if (internal === undefined) {
        throw errors.formulaUnknownColumn();
      }
      return internal;
    },
    (char) => {
      if (char !== listSeparator) {
        throw errors.formulaSyntax();
      }
      return ',';
    }
  );
  if (formulaSyntaxError(stored) !== null) {
    throw errors.formulaSyntax();
  }
  return stored;
}

/** The stored formula as a reader sees it: their display names, the site's separator. */
export function showFormula(stored: string, columns: FormulaColumns, listSeparator: string): string {
  return mapFormula(stored, (name) => columns.displayNameOf(name), () => listSeparator);
}
