/**
 * A small tolerant scanner for the XML parts of a .docx package (no DOM: it runs in Node and in
 * the browser alike). It reports element tags with the names of the elements they sit in; the
 * WordprocessingML namespace is always written "w:", whatever prefix the part declares for it.
 */

/** The WordprocessingML namespaces (transitional and strict); their prefix is read from the part. */
const MAIN_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main'
]);

export interface XmlTag {
  /** With the WordprocessingML prefix written as "w:", whatever prefix the part uses. */
  name: string;
  attributes: ReadonlyMap<string, string>;
  closing: boolean;
  selfClosing: boolean;
  /** Offset just after the tag's '>'. */
  end: number;
}

/** The part's prefix for the WordprocessingML namespace ('' for a default namespace, null for none). */
export function mainPrefix(xml: string): string | null {
  for (const match of xml.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']/g)) {
    if (MAIN_NAMESPACES.has(match[2] ?? '')) {
      return match[1] ?? '';
    }
  }
  return null;
}

function canonicalName(name: string, prefix: string | null): string {
  if (prefix === null || prefix === 'w') {
    return name;
  }
  if (prefix === '') {
    return name.includes(':') ? name : `w:${name}`;
  }
  return name.startsWith(`${prefix}:`) ? `w:${name.slice(prefix.length + 1)}` : name;
}

/**
 * Calls `visit` for each element tag with the names of the elements it sits in. Comments,
 * processing instructions and CDATA are skipped; text is not reported.
 */
export function walkXml(xml: string, visit: (tag: XmlTag, path: readonly string[]) => void): void {
  const prefix = mainPrefix(xml);
  const path: string[] = [];
  let index = xml.indexOf('<');
  while (index >= 0 && index < xml.length) {
    const skip = [['<?', '?>'], ['<!--', '-->'], ['<![CDATA[', ']]>'], ['<!', '>']].find(([open]) => xml.startsWith(open ?? '', index));
    if (skip) {
      const close = xml.indexOf(skip[1] ?? '>', index);
      index = close < 0 ? -1 : xml.indexOf('<', close);
      continue;
    }
    const end = tagEnd(xml, index);
    if (end < 0) {
      return;
    }
    const tag = readTag(xml.slice(index + 1, end - 1), end, prefix);
    if (tag.closing) {
      path.pop();
      visit(tag, path);
    } else {
      visit(tag, path);
      if (!tag.selfClosing) {
        path.push(tag.name);
      }
    }
    index = xml.indexOf('<', end);
  }
}

/** The offset after the '>' that ends the tag starting at `start` ('>' may occur in quoted values). */
function tagEnd(xml: string, start: number): number {
  let quote = '';
  for (let index = start + 1; index < xml.length; index++) {
    const char = xml.charAt(index);
    if (quote !== '') {
      quote = char === quote ? '' : quote;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index + 1;
    }
  }
  return -1;
}

function readTag(inside: string, end: number, prefix: string | null): XmlTag {
  const closing = inside.startsWith('/');
  const body = closing ? inside.slice(1) : inside;
  const name = /^[^\s/>]+/.exec(body)?.[0] ?? '';
  const attributes = new Map<string, string>();
  for (const match of body.slice(name.length).matchAll(/([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(canonicalName(match[1] ?? '', prefix), decodeXml(match[2] ?? match[3] ?? ''));
  }
  return { name: canonicalName(name, prefix), attributes, closing, selfClosing: body.endsWith('/'), end };
}

function decodeXml(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_whole, dec?: string, hex?: string, named?: string) => {
    if (named !== undefined) {
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named as 'amp'];
    }
    return String.fromCodePoint(dec !== undefined ? Number(dec) : parseInt(hex ?? '0', 16));
  });
}

/** An on/off property: present without w:val, or with a true value. */
export function isOn(tag: XmlTag): boolean {
  const value = tag.attributes.get('w:val');
  return value === undefined || !['false', '0', 'off'].includes(value);
}

export function integer(value: string | undefined): number | null {
  return value !== undefined && /^-?\d+$/.test(value) ? Number(value) : null;
}

/** Whether `path` ends with `names` (the innermost element last). */
export function inside(path: readonly string[], ...names: string[]): boolean {
  return names.every((name, index) => path[path.length - names.length + index] === name);
}
