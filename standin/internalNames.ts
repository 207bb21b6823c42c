/**
 * How SharePoint names a field created with `fields/createFieldAsXml`.
 *
 * Without `AddFieldInternalNameHint` (SP.AddFieldOptions 8) in `Options`, SharePoint ignores the
 * XML's `Name` and derives the internal name from `DisplayName`: every character that is not an
 * ASCII letter or digit becomes `_xHHHH_` (its UTF-16 code in four lower-case hex digits, so a
 * space is `_x0020_` and "ä" `_x00e4_`), the result is cut to 32 characters (also in the middle
 * of an escape), and a name already taken gets a digit appended ("Numero0", "Numero1", …). With the hint the XML's `Name` is used
 * (again numbered when taken). See docs/sharepoint-behaviour.md ("Internal names").
 */

/** SP.AddFieldOptions (flags). */
export const ADD_FIELD_OPTIONS = {
  DefaultValue: 0,
  AddToDefaultContentType: 1,
  AddToNoContentType: 2,
  AddToAllContentTypes: 4,
  AddFieldInternalNameHint: 8,
  AddFieldToDefaultView: 16,
  AddFieldCheckDisplayName: 32
} as const;

/** SharePoint's longest internal name. */
export const MAX_INTERNAL_NAME_LENGTH = 32;

/** `Numero` → `Numero`, `Hankkeen nimi` → `Hankkeen_x0020_nimi`, `Yksikkö` → `Yksikk_x00f6_`. */
export function encodeInternalName(displayName: string): string {
  let encoded = '';
  for (const char of displayName) {
    const code = char.codePointAt(0) ?? 0;
    if (/^[A-Za-z0-9]$/.test(char)) {
      encoded += char;
    } else if (code <= 0xffff) {
      encoded += `_x${code.toString(16).padStart(4, '0')}_`;
    } else {
      // outside the basic plane: both UTF-16 halves are escaped
      const high = Math.floor((code - 0x10000) / 0x400) + 0xd800;
      const low = ((code - 0x10000) % 0x400) + 0xdc00;
      encoded += `_x${high.toString(16)}_x${low.toString(16)}_`;
    }
  }
  return encoded.slice(0, MAX_INTERNAL_NAME_LENGTH);
}

/**
 * `name`, or the first of `name0`, `name1`, … that no field has. SharePoint appends the digit
 * after the (possibly already 32-character) name; what follows a second clash is undocumented.
 */
export function uniqueInternalName(name: string, taken: (candidate: string) => boolean): string {
  if (!taken(name)) {
    return name;
  }
  for (let n = 0; ; n++) {
    const candidate = `${name}${n}`;
    if (!taken(candidate)) {
      return candidate;
    }
  }
}

/** The internal name SharePoint gives a field created from XML with these options. */
export function internalNameFor(xml: { name: string | undefined; displayName: string | undefined }, options: number, taken: (candidate: string) => boolean): string {
  const hinted = (options & ADD_FIELD_OPTIONS.AddFieldInternalNameHint) !== 0 && xml.name ? xml.name : undefined;
  const base = hinted ?? encodeInternalName(xml.displayName ?? xml.name ?? '');
  return uniqueInternalName(base, taken);
}
