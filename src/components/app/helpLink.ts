/**
 * Where the "?" in each web part's header and the property pane's help link lead: the short
 * guide in the repository (docs/help.md), at the reader's language. One place for the address.
 */
const REPOSITORY = new URL('https://github.com/salkku/salkku/');

/** The guide's section for each interface language (GitHub's anchors of its headings). */
const SECTIONS: Readonly<Record<string, string>> = { fi: 'suomeksi', sv: 'på-svenska', en: 'in-english' };

/** The help page for a locale such as "fi-FI" (Finnish when the language has no section). */
export function helpUrl(locale: string): string {
  const url = new URL('blob/main/docs/help.md', REPOSITORY);
  url.hash = SECTIONS[locale.slice(0, 2).toLowerCase()] ?? SECTIONS.fi ?? '';
  return url.toString();
}
