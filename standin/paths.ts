/**
 * Splits a REST path after `_api/` into segments like `lists`, `getByTitle('X')`,
 * `items(5)`, `fields('guid')`, `SetValueForUICulture(cultureName='sv-SE',value='…')`.
 */

export interface Segment {
  name: string;
  /** Positional arguments, decoded ('' quotes undone, guid'…' unwrapped). */
  args: (string | number)[];
  /** Named arguments (name=value). */
  named: Record<string, string | number>;
  hasParens: boolean;
}

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      if (quoted && text[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    } else if (!quoted && c === '(') {
      depth++;
    } else if (!quoted && c === ')') {
      depth--;
    } else if (!quoted && depth === 0 && c === separator) {
      parts.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts;
}

function parseArgument(raw: string): string | number {
  const text = raw.trim();
  const quoted = /^(?:guid)?'([\s\S]*)'$/i.exec(text);
  if (quoted) {
    const [, inner = ''] = quoted;
    return inner.replace(/''/g, "'");
  }
  const n = Number(text);
  return Number.isNaN(n) ? text : n;
}

function parseSegment(raw: string): Segment {
  const open = raw.indexOf('(');
  if (open < 0 || !raw.endsWith(')')) {
    return { name: raw, args: [], named: {}, hasParens: false };
  }
  const name = raw.slice(0, open);
  const inner = raw.slice(open + 1, -1);
  const segment: Segment = { name, args: [], named: {}, hasParens: true };
  if (inner.trim() === '') {
    return segment;
  }
  for (const part of splitTopLevel(inner, ',')) {
    const eq = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=([\s\S]*)$/.exec(part);
    if (eq && !part.trim().startsWith("'")) {
      const [, key = '', value = ''] = eq;
      segment.named[key] = parseArgument(value);
    } else {
      segment.args.push(parseArgument(part));
    }
  }
  return segment;
}

/** Segments of a path after `_api/`; percent-encoding is undone before splitting. */
export function parsePath(apiPath: string): Segment[] {
  let decoded = apiPath;
  try {
    decoded = decodeURIComponent(apiPath);
  } catch {
    // keep the raw path: a malformed escape is treated as text
  }
  return splitTopLevel(decoded, '/')
    .filter((s) => s !== '')
    .map(parseSegment);
}
