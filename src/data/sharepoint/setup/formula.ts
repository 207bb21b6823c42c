/**
 * Validation formulas as SharePoint takes them over REST. The schema writes them once, in the
 * invariant form (`,` between arguments, internal names in brackets); SharePoint wants them as a
 * person on the site would type them:
 * - columns by display name, in the language SharePoint answers this request in (it stores the
 *   formula with internal names and shows it back with display names);
 * - arguments separated by the site's list separator (RegionalSettings.ListSeparator: `;` on a
 *   Finnish- or Swedish-locale site, `,` on an English one).
 * See docs/sharepoint-behaviour.md ("Validation formulas").
 */

/** Rewrites column references and argument separators, leaving "text literals" untouched. */
export function formulaForSite(formula: string, displayName: (internalName: string) => string, listSeparator: string): string {
  let out = '';
  for (let i = 0; i < formula.length; i++) {
    const c = formula.charAt(i);
    if (c === '"') {
      // a text literal runs to the next lone quote ("" is a quote inside it)
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) {
        j += formula[j] === '"' ? 2 : 1;
      }
      out += formula.slice(i, j + 1);
      i = j;
    } else if (c === '[') {
      const end = formula.indexOf(']', i);
      if (end < 0) {
        throw new Error(`Unclosed column reference in ${formula}`);
      }
      out += `[${displayName(formula.slice(i + 1, end))}]`;
      i = end;
    } else if (c === ',') {
      out += listSeparator;
    } else if (/[0-9]/.test(c) && formula[i + 1] === '.' && /[0-9]/.test(formula[i + 2] ?? '')) {
      // decimals would need the site's decimal separator too; the schema has none
      throw new Error(`Decimal numbers are not supported in schema formulas: ${formula}`);
    } else {
      out += c;
    }
  }
  return out;
}
