/**
 * Evaluates SharePoint column/list validation formulas over an item's values (the subset of
 * Excel-like syntax validation uses): `[Field]` references by display name (or internal name),
 * numbers, "text", TRUE/FALSE, = <> < <= > >= & + - * /, and the functions AND, OR, NOT, IF,
 * ISBLANK, LEN, LEFT, RIGHT, MID, SUBSTITUTE, FIND, SEARCH, VALUE, ISNUMBER, ISERROR.
 * Blank values compare as blank ("" / 0).
 */

type Value = number | string | boolean | null;

type Token = { t: 'num'; v: number } | { t: 'str'; v: string } | { t: 'ref'; v: string } | { t: 'id'; v: string } | { t: 'op'; v: string };

class FormulaError extends Error {}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    if (/\s/.test(c)) {
      i++;
    } else if (c === '[') {
      const end = src.indexOf(']', i);
      if (end < 0) {
        throw new FormulaError('unclosed [');
      }
      out.push({ t: 'ref', v: src.slice(i + 1, end) });
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      let text = '';
      while (j < src.length && !(src[j] === '"' && src[j + 1] !== '"')) {
        text += src[j] === '"' ? '"' : src.charAt(j);
        j += src[j] === '"' ? 2 : 1;
      }
      out.push({ t: 'str', v: text });
      i = j + 1;
    } else if (/[0-9.]/.test(c)) {
      let j = i;
      while (j < src.length && /[0-9.]/.test(src.charAt(j))) {
        j++;
      }
      out.push({ t: 'num', v: Number(src.slice(i, j)) });
      i = j;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < src.length && /[A-Za-z0-9_]/.test(src.charAt(j))) {
        j++;
      }
      out.push({ t: 'id', v: src.slice(i, j).toUpperCase() });
      i = j;
    } else {
      const two = src.slice(i, i + 2);
      const op = two === '<=' || two === '>=' || two === '<>' ? two : c;
      out.push({ t: 'op', v: op });
      i += op.length;
    }
  }
  return out;
}

function blankish(v: Value): boolean {
  return v === null || v === '';
}

function toNumber(v: Value): number {
  if (v === null || v === '') {
    return 0;
  }
  if (typeof v === 'boolean') {
    return v ? 1 : 0;
  }
  const n = Number(v);
  if (Number.isNaN(n)) {
    throw new FormulaError('#VALUE!');
  }
  return n;
}

function compare(a: Value, b: Value): number {
  if (typeof a === 'number' || typeof b === 'number') {
    return toNumber(a) - toNumber(b);
  }
  const x = a === null ? '' : String(a).toLowerCase();
  const y = b === null ? '' : String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

class Evaluator {
  private _i = 0;
  public constructor(
    private readonly _tokens: Token[],
    private readonly _resolve: (name: string) => Value
  ) {}

  public run(): Value {
    const value = this._comparison();
    if (this._i !== this._tokens.length) {
      throw new FormulaError('trailing input');
    }
    return value;
  }

  private _peekOp(): string | undefined {
    const tok = this._tokens[this._i];
    return tok && tok.t === 'op' ? tok.v : undefined;
  }

  private _comparison(): Value {
    let left = this._concat();
    for (let op = this._peekOp(); op && ['=', '<>', '<', '<=', '>', '>='].includes(op); op = this._peekOp()) {
      this._i++;
      const c = compare(left, this._concat());
      left = op === '=' ? c === 0 : op === '<>' ? c !== 0 : op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
    }
    return left;
  }

  private _concat(): Value {
    let left = this._additive();
    while (this._peekOp() === '&') {
      this._i++;
      left = `${left ?? ''}${this._additive() ?? ''}`;
    }
    return left;
  }

  private _additive(): Value {
    let left = this._multiplicative();
    for (let op = this._peekOp(); op === '+' || op === '-'; op = this._peekOp()) {
      this._i++;
      const right = this._multiplicative();
      left = op === '+' ? toNumber(left) + toNumber(right) : toNumber(left) - toNumber(right);
    }
    return left;
  }

  private _multiplicative(): Value {
    let left = this._unary();
    for (let op = this._peekOp(); op === '*' || op === '/'; op = this._peekOp()) {
      this._i++;
      const right = this._unary();
      left = op === '*' ? toNumber(left) * toNumber(right) : toNumber(left) / toNumber(right);
    }
    return left;
  }

  private _unary(): Value {
    if (this._peekOp() === '-') {
      this._i++;
      return -toNumber(this._unary());
    }
    return this._primary();
  }

  private _primary(): Value {
    const tok = this._tokens[this._i++];
    if (!tok) {
      throw new FormulaError('unexpected end');
    }
    if (tok.t === 'num' || tok.t === 'str') {
      return tok.v;
    }
    if (tok.t === 'ref') {
      return this._resolve(tok.v);
    }
    if (tok.t === 'op' && tok.v === '(') {
      const inner = this._comparison();
      this._expect(')');
      return inner;
    }
    if (tok.t === 'id') {
      if (tok.v === 'TRUE' || tok.v === 'FALSE') {
        if (this._peekOp() === '(') {
          this._i++;
          this._expect(')');
        }
        return tok.v === 'TRUE';
      }
      return this._call(tok.v);
    }
    throw new FormulaError(`unexpected ${tok.v}`);
  }

  private _expect(op: string): void {
    const tok = this._tokens[this._i++];
    if (!tok || tok.t !== 'op' || tok.v !== op) {
      throw new FormulaError(`expected ${op}`);
    }
  }

  private _args(): (() => Value)[] {
    this._expect('(');
    const thunks: (() => Value)[] = [];
    if (this._peekOp() === ')') {
      this._i++;
      return thunks;
    }
    for (;;) {
      const value = this._safe();
      thunks.push(() => {
        if (value instanceof Error) {
          throw value;
        }
        return value;
      });
      const op = this._peekOp();
      this._i++;
      if (op === ')') {
        return thunks;
      }
      if (op !== ',') {
        throw new FormulaError('expected , or )');
      }
    }
  }

  private _safe(): Value | Error {
    try {
      return this._comparison();
    } catch (e) {
      if (e instanceof FormulaError && e.message === '#VALUE!') {
        return e;
      }
      throw e;
    }
  }

  private _call(name: string): Value {
    const args = this._args();
    const arg = (n: number): Value => {
      const argument = args[n];
      return argument ? argument() : null;
    };
    switch (name) {
      case 'AND':
        return args.every((a) => Boolean(a()));
      case 'OR':
        return args.some((a) => Boolean(a()));
      case 'NOT':
        return !arg(0);
      case 'IF':
        return arg(0) ? arg(1) : arg(2);
      case 'ISBLANK':
        return blankish(arg(0));
      case 'LEN':
        return String(arg(0) ?? '').length;
      case 'LEFT':
        return String(arg(0) ?? '').slice(0, toNumber(arg(1)));
      case 'MID':
        return String(arg(0) ?? '').substr(toNumber(arg(1)) - 1, toNumber(arg(2)));
      case 'RIGHT':
        return String(arg(0) ?? '').slice(-Math.max(1, toNumber(args[1] ? arg(1) : 1)));
      case 'SUBSTITUTE':
        return String(arg(0) ?? '').split(String(arg(1) ?? '')).join(String(arg(2) ?? ''));
      case 'FIND':
      case 'SEARCH': {
        const within = String(arg(1) ?? '');
        const at = name === 'FIND' ? within.indexOf(String(arg(0) ?? '')) : within.toLowerCase().indexOf(String(arg(0) ?? '').toLowerCase());
        if (at < 0) {
          throw new FormulaError('#VALUE!');
        }
        return at + 1;
      }
      case 'VALUE': {
        const text = String(arg(0) ?? '').trim();
        if (text === '' || !/^[+-]?[0-9]+([.,][0-9]+)?$/.test(text)) {
          throw new FormulaError('#VALUE!');
        }
        return Number(text.replace(',', '.'));
      }
      case 'ISNUMBER':
        return typeof arg(0) === 'number';
      case 'ISERROR':
        try {
          arg(0);
          return false;
        } catch {
          return true;
        }
      default:
        throw new FormulaError(`unknown function ${name}`);
    }
  }
}

/**
 * True when the values pass the formula. `self` is the field the formula belongs to
 * (column validation) — references are by internal name.
 */
export function evaluateValidationFormula(
  formula: string,
  self: string,
  values: Record<string, unknown>,
  internalNameOf: (reference: string) => string = (reference) => reference
): boolean {
  const source = formula.trim().replace(/^=/, '');
  const resolve = (name: string): Value => {
    const v = values[name === '' ? self : internalNameOf(name)];
    if (v === undefined || v === null) {
      return null;
    }
    return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : JSON.stringify(v);
  };
  try {
    return Boolean(new Evaluator(tokenize(source), resolve).run());
  } catch (e) {
    if (e instanceof FormulaError) {
      return false;
    }
    throw e;
  }
}

/**
 * Why SharePoint would refuse the formula (stored form: `,` between arguments, internal names),
 * or null when it parses: unknown functions, unbalanced brackets, missing arguments.
 */
export function formulaSyntaxError(formula: string): string | null {
  try {
    new Evaluator(tokenize(formula.trim().replace(/^=/, '')), () => null).run();
    return null;
  } catch (e) {
    if (e instanceof FormulaError) {
      return e.message.startsWith('#') ? null : e.message;
    }
    throw e;
  }
}
