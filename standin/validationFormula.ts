/**
 * Evaluates SharePoint column/list validation formulas over an item's values (the subset of
 * Excel-like syntax validation uses): `[Field]` references by display name (or internal name),
 * numbers, "text", TRUE/FALSE, = <> < <= > >= & + - * /, and the functions AND, OR, NOT, IF,
 * ISBLANK, LEN, LEFT, RIGHT, MID, SUBSTITUTE, FIND, SEARCH, VALUE, ISNUMBER, ISERROR.
 * Blank values compare as blank ("" / 0).
 */

import { SourceScanner, TokenCursor } from './expressionScanner';

type Value = number | string | boolean | null;

type Token = { t: 'num'; v: number } | { t: 'str'; v: string } | { t: 'ref'; v: string } | { t: 'id'; v: string } | { t: 'op'; v: string };

class FormulaError extends Error {}

const TWO_CHARACTER_OPERATORS = ['<=', '>=', '<>'] as const;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  const scanner = new SourceScanner(src);
  for (scanner.skipWhitespace(); !scanner.done; scanner.skipWhitespace()) {
    const c = scanner.peek();
    if (c === '[') {
      const reference = scanner.takeEnclosed('[', ']');
      if (reference === undefined) {
        throw new FormulaError('unclosed [');
      }
      out.push({ t: 'ref', v: reference });
    } else if (c === '"') {
      const text = scanner.takeQuoted('doubled');
      if (text === undefined) {
        throw new FormulaError('unclosed "');
      }
      out.push({ t: 'str', v: text });
    } else if (/[0-9.]/.test(c)) {
      out.push({ t: 'num', v: Number(scanner.takeWhile(/[0-9.]/)) });
    } else if (/[A-Za-z_]/.test(c)) {
      out.push({ t: 'id', v: scanner.takeWhile(/[A-Za-z0-9_]/).toUpperCase() });
    } else {
      out.push({ t: 'op', v: scanner.take((scanner.startsWithOneOf(TWO_CHARACTER_OPERATORS) ?? c).length) });
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
  private readonly _cursor: TokenCursor<Token>;

  public constructor(
    tokens: Token[],
    private readonly _resolve: (name: string) => Value
  ) {
    this._cursor = new TokenCursor(tokens, (message) => new FormulaError(message));
  }

  public run(): Value {
    const value = this._comparison();
    this._cursor.finish();
    return value;
  }

  private _peekOp(): string | undefined {
    return this._cursor.peekOp();
  }

  private _comparison(): Value {
    let left = this._concat();
    for (let op = this._peekOp(); op && ['=', '<>', '<', '<=', '>', '>='].includes(op); op = this._peekOp()) {
      this._cursor.next();
      const c = compare(left, this._concat());
      left = op === '=' ? c === 0 : op === '<>' ? c !== 0 : op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
    }
    return left;
  }

  private _concat(): Value {
    let left = this._additive();
    while (this._peekOp() === '&') {
      this._cursor.next();
      left = `${left ?? ''}${this._additive() ?? ''}`;
    }
    return left;
  }

  private _additive(): Value {
    let left = this._multiplicative();
    for (let op = this._peekOp(); op === '+' || op === '-'; op = this._peekOp()) {
      this._cursor.next();
      const right = this._multiplicative();
      left = op === '+' ? toNumber(left) + toNumber(right) : toNumber(left) - toNumber(right);
    }
    return left;
  }

  private _multiplicative(): Value {
    let left = this._unary();
    for (let op = this._peekOp(); op === '*' || op === '/'; op = this._peekOp()) {
      this._cursor.next();
      const right = this._unary();
      left = op === '*' ? toNumber(left) * toNumber(right) : toNumber(left) / toNumber(right);
    }
    return left;
  }

  private _unary(): Value {
    if (this._peekOp() === '-') {
      this._cursor.next();
      return -toNumber(this._unary());
    }
    return this._primary();
  }

  private _primary(): Value {
    const tok = this._cursor.next();
    if (tok.t === 'num' || tok.t === 'str') {
      return tok.v;
    }
    if (tok.t === 'ref') {
      return this._resolve(tok.v);
    }
    if (tok.t === 'op' && tok.v === '(') {
      const inner = this._comparison();
      this._cursor.expectOp(')');
      return inner;
    }
    if (tok.t === 'id') {
      if (tok.v === 'TRUE' || tok.v === 'FALSE') {
        if (this._cursor.acceptOp('(')) {
          this._cursor.expectOp(')');
        }
        return tok.v === 'TRUE';
      }
      return this._call(tok.v);
    }
    throw new FormulaError(`unexpected ${tok.v}`);
  }

  private _args(): (() => Value)[] {
    return this._cursor.list(() => {
      const value = this._safe();
      return (): Value => {
        if (value instanceof Error) {
          throw value;
        }
        return value;
      };
    });
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
