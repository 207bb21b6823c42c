/**
 * OData v3 `$filter` as SharePoint's REST API understands it (the subset list queries use):
 * eq ne gt ge lt le, and or not, parentheses, substringof(), startswith(), literals
 * ('text', numbers, true/false, null, datetime'…'), field paths (Author/Id).
 */

export type FilterNode =
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'path'; path: string }
  | { kind: 'compare'; op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; left: FilterNode; right: FilterNode }
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'call'; name: 'substringof' | 'startswith'; args: FilterNode[] };

type Token =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'datetime'; value: string }
  | { type: 'word'; value: string }
  | { type: '(' | ')' | ',' };

export class FilterSyntaxError extends Error {}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: c });
      i++;
    } else if (c === "'") {
      const [value, next] = readQuoted(text, i);
      tokens.push({ type: 'string', value });
      i = next;
    } else if (/[0-9-]/.test(c)) {
      let j = i + 1;
      while (j < text.length && /[0-9.]/.test(text.charAt(j))) {
        j++;
      }
      const value = Number(text.slice(i, j));
      if (Number.isNaN(value)) {
        throw new FilterSyntaxError(`Invalid number at ${i}`);
      }
      tokens.push({ type: 'number', value });
      i = j;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (j < text.length && /[A-Za-z0-9_/.]/.test(text.charAt(j))) {
        j++;
      }
      const word = text.slice(i, j);
      if (word.toLowerCase() === 'datetime' && text[j] === "'") {
        const [value, next] = readQuoted(text, j);
        tokens.push({ type: 'datetime', value });
        i = next;
      } else {
        tokens.push({ type: 'word', value: word });
        i = j;
      }
    } else {
      throw new FilterSyntaxError(`Unexpected character '${c}' at ${i}`);
    }
  }
  return tokens;
}

function readQuoted(text: string, start: number): [string, number] {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return [value, i + 1];
    }
    value += text.charAt(i);
    i++;
  }
  throw new FilterSyntaxError('Unterminated string literal');
}

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

class Parser {
  private _pos = 0;
  public constructor(private readonly _tokens: Token[]) {}

  public parse(): FilterNode {
    const node = this._or();
    if (this._pos < this._tokens.length) {
      throw new FilterSyntaxError('Unexpected trailing input in $filter');
    }
    return node;
  }

  private _peekWord(): string | undefined {
    const token = this._tokens[this._pos];
    return token && token.type === 'word' ? token.value.toLowerCase() : undefined;
  }

  private _or(): FilterNode {
    let left = this._and();
    while (this._peekWord() === 'or') {
      this._pos++;
      left = { kind: 'or', left, right: this._and() };
    }
    return left;
  }

  private _and(): FilterNode {
    let left = this._unary();
    while (this._peekWord() === 'and') {
      this._pos++;
      left = { kind: 'and', left, right: this._unary() };
    }
    return left;
  }

  private _unary(): FilterNode {
    if (this._peekWord() === 'not') {
      this._pos++;
      return { kind: 'not', operand: this._unary() };
    }
    const left = this._operand();
    const op = this._peekWord();
    if (op && COMPARISONS.has(op)) {
      this._pos++;
      return { kind: 'compare', op: op as 'eq', left, right: this._operand() };
    }
    return left;
  }

  private _operand(): FilterNode {
    const token = this._tokens[this._pos++];
    if (!token) {
      throw new FilterSyntaxError('Unexpected end of $filter');
    }
    switch (token.type) {
      case '(': {
        const inner = this._or();
        this._expect(')');
        return inner;
      }
      case 'string':
      case 'datetime':
        return { kind: 'literal', value: token.value };
      case 'number':
        return { kind: 'literal', value: token.value };
      case 'word':
        return this._word(token.value);
      default:
        throw new FilterSyntaxError(`Unexpected '${token.type}' in $filter`);
    }
  }

  private _word(word: string): FilterNode {
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false') {
      return { kind: 'literal', value: lower === 'true' };
    }
    if (lower === 'null') {
      return { kind: 'literal', value: null };
    }
    if ((lower === 'substringof' || lower === 'startswith') && this._tokens[this._pos]?.type === '(') {
      this._pos++;
      const args = [this._or()];
      this._expect(',');
      args.push(this._or());
      this._expect(')');
      return { kind: 'call', name: lower, args };
    }
    return { kind: 'path', path: word };
  }

  private _expect(type: ')' | ','): void {
    const token = this._tokens[this._pos++];
    if (!token || token.type !== type) {
      throw new FilterSyntaxError(`Expected '${type}' in $filter`);
    }
  }
}

export function parseFilter(text: string): FilterNode {
  return new Parser(tokenize(text)).parse();
}

/** Field names (first path segment) a filter refers to. */
export function filterFields(node: FilterNode): string[] {
  switch (node.kind) {
    case 'path':
      return [node.path.split('/')[0] ?? ''];
    case 'literal':
      return [];
    case 'compare':
    case 'and':
    case 'or':
      return [...filterFields(node.left), ...filterFields(node.right)];
    case 'not':
      return filterFields(node.operand);
    case 'call':
      return node.args.flatMap(filterFields);
  }
}

function normalise(value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return JSON.stringify(value);
}

function compareValues(a: unknown, b: unknown): number {
  const x = normalise(a);
  const y = normalise(b);
  if (x === null || y === null) {
    return x === y ? 0 : x === null ? -1 : 1;
  }
  if (typeof x === 'boolean' || typeof y === 'boolean') {
    return Number(x === true || x === 1) - Number(y === true || y === 1);
  }
  if (typeof x === 'number' && typeof y === 'number') {
    return x - y;
  }
  const sx = String(x);
  const sy = String(y);
  const dx = Date.parse(sx);
  const dy = Date.parse(sy);
  if (/^\d{4}-\d{2}-\d{2}T/.test(sx) && /^\d{4}-\d{2}-\d{2}T/.test(sy) && !Number.isNaN(dx) && !Number.isNaN(dy)) {
    return dx - dy;
  }
  return sx < sy ? -1 : sx > sy ? 1 : 0;
}

function matchesArray(values: unknown[], op: string, other: unknown): boolean {
  if (op === 'eq') {
    return values.some((v) => compareValues(v, other) === 0);
  }
  if (op === 'ne') {
    return values.every((v) => compareValues(v, other) !== 0);
  }
  return false;
}

export function evaluateFilter(node: FilterNode, resolve: (path: string) => unknown): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'path':
      return resolve(node.path);
    case 'and':
      return Boolean(evaluateFilter(node.left, resolve)) && Boolean(evaluateFilter(node.right, resolve));
    case 'or':
      return Boolean(evaluateFilter(node.left, resolve)) || Boolean(evaluateFilter(node.right, resolve));
    case 'not':
      return !evaluateFilter(node.operand, resolve);
    case 'call': {
      const [a, b] = node.args.map((arg) => evaluateFilter(arg, resolve));
      if (node.name === 'substringof') {
        return typeof a === 'string' && typeof b === 'string' && b.toLowerCase().includes(a.toLowerCase());
      }
      return typeof a === 'string' && typeof b === 'string' && a.toLowerCase().startsWith(b.toLowerCase());
    }
    case 'compare': {
      const left = evaluateFilter(node.left, resolve);
      const right = evaluateFilter(node.right, resolve);
      if (Array.isArray(left)) {
        return matchesArray(left, node.op, right);
      }
      const c = compareValues(left, right);
      switch (node.op) {
        case 'eq':
          return c === 0;
        case 'ne':
          return c !== 0;
        case 'gt':
          return c > 0;
        case 'ge':
          return c >= 0;
        case 'lt':
          return c < 0;
        case 'le':
          return c <= 0;
      }
    }
  }
  return false;
}
