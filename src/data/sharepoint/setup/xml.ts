/** A tiny XML writer: elements and attributes are escaped, never glued from raw strings. */

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export interface XmlElement {
  name: string;
  attributes?: Readonly<Record<string, string | number | boolean | undefined>>;
  children?: readonly (XmlElement | string)[];
}

function attributeValue(value: string | number | boolean): string {
  if (typeof value === 'boolean') {
    return value ? 'TRUE' : 'FALSE';
  }
  return escapeXml(String(value));
}

export function xml(element: XmlElement): string {
  const attrs = Object.entries(element.attributes ?? {})
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${attributeValue(value)}"`)
    .join('');
  const children = element.children ?? [];
  if (children.length === 0) {
    return `<${element.name}${attrs} />`;
  }
  const inner = children.map((child) => (typeof child === 'string' ? escapeXml(child) : xml(child))).join('');
  return `<${element.name}${attrs}>${inner}</${element.name}>`;
}

export function el(name: string, attributes?: XmlElement['attributes'], ...children: (XmlElement | string)[]): XmlElement {
  return { name, attributes, children };
}
