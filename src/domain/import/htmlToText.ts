/**
 * Turns the simple HTML mammoth produces from a .docx into Markdown-like lines for the plan
 * parser: headings h1–h6 become '#' lines (so the hierarchy is kept), paragraphs become lines,
 * list items "- " lines, bold runs "**". A small tolerant tag scanner, no DOM: it runs in Node
 * without jsdom and in the browser alike.
 */

import { HARD_BREAK } from './text';

type BlockKind = 'p' | 'li' | 'h';

interface OpenBlock {
  kind: BlockKind;
  level: number;
  text: string;
}

const BLOCK_TAGS = new Set(['p', 'li', 'td', 'th', 'tr', 'table', 'ul', 'ol', 'div', 'blockquote', 'caption', 'dt', 'dd', 'pre']);
const SKIPPED_CONTENT = new Set(['script', 'style', 'head', 'title']);

/** The document as text: one line per paragraph, blank lines between blocks. */
export function htmlToPlanText(html: string): string {
  const lines: string[] = [];
  let block: OpenBlock = { kind: 'p', level: 0, text: '' };
  const flush = (): void => {
    const line = finishLine(block);
    if (line !== null) {
      lines.push(line, '');
    }
    block = { kind: block.kind, level: block.level, text: '' };
  };
  let lower: string | null = null;
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    const textEnd = open < 0 ? html.length : open;
    if (textEnd > index) {
      block.text += decodeEntities(html.slice(index, textEnd)).replace(/[ \r\n\f\v]+/g, ' ');
    }
    if (open < 0) {
      break;
    }
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      index = close < 0 ? html.length : close + 3;
      continue;
    }
    const close = html.indexOf('>', open + 1);
    if (close < 0) {
      block.text += decodeEntities(html.slice(open));
      break;
    }
    const tag = parseTag(html.slice(open + 1, close));
    index = close + 1;
    if (tag === null) {
      block.text += decodeEntities(html.slice(open, close + 1));
      continue;
    }
    if (SKIPPED_CONTENT.has(tag.name) && !tag.closing && !tag.selfClosing) {
      lower = lower ?? html.toLowerCase();
      const end = lower.indexOf(`</${tag.name}`, index);
      index = end < 0 ? html.length : end;
      continue;
    }
    const heading = /^h([1-6])$/.exec(tag.name);
    if (heading) {
      flush();
      block = tag.closing ? { kind: 'p', level: 0, text: '' } : { kind: 'h', level: Number(heading[1]), text: '' };
    } else if (BLOCK_TAGS.has(tag.name)) {
      flush();
      block = { kind: tag.name === 'li' && !tag.closing ? 'li' : 'p', level: 0, text: '' };
    } else if (tag.name === 'br') {
      if (block.kind === 'h') {
        block.text += ' ';
      } else {
        // a line break inside a paragraph stays a line break (not a new paragraph)
        const line = finishLine(block);
        if (line !== null) {
          lines.push(`${line}${HARD_BREAK}`);
        }
        block = { kind: block.kind, level: block.level, text: '' };
      }
    } else if (tag.name === 'strong' || tag.name === 'b') {
      block.text += '**';
    }
  }
  flush();
  return lines.join('\n');
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

function parseTag(inside: string): Tag | null {
  const match = /^(\/?)([a-zA-Z][a-zA-Z0-9]*)/.exec(inside);
  if (!match) {
    return null;
  }
  const [, slash, name = ''] = match;
  return { name: name.toLowerCase(), closing: slash === '/', selfClosing: inside.endsWith('/') };
}

function finishLine(block: OpenBlock): string | null {
  const text = tidyBold(block.text).replace(/ {2,}/g, ' ').trim();
  if (text.replace(/\*\*/g, '').trim() === '') {
    return null;
  }
  if (block.kind === 'h') {
    return `${'#'.repeat(block.level)} ${text.replace(/\*\*/g, '').trim()}`;
  }
  return block.kind === 'li' ? `- ${text}` : text;
}

/** Drops empty bold runs ("****") and moves spaces out of bold runs ("**Aikataulu: **" → "**Aikataulu:** "). */
function tidyBold(text: string): string {
  const pieces = text.split('**');
  if (pieces.length % 2 === 0) {
    return text;
  }
  // An odd number of pieces: text, then pairs of a bold run and the text after it.
  let result = pieces[0] ?? '';
  for (let index = 1; index < pieces.length; index += 2) {
    const bold = pieces[index] ?? '';
    const after = pieces[index + 1] ?? '';
    const trimmed = bold.trim();
    if (trimmed === '') {
      result += bold + after;
    } else {
      const lead = bold.startsWith(' ') ? ' ' : '';
      const trail = bold.endsWith(' ') ? ' ' : '';
      result += `${lead}**${trimmed}**${trail}${after}`;
    }
  }
  return result;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  euro: '\u20ac',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d'
};

/** Decodes HTML entities: named ones above, &#NNN; and &#xHH;. Unknown entities stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole: string, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}
