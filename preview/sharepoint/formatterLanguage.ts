/**
 * SharePoint's column- and form-formatting language, as far as Salkku uses it: the allowed
 * element types, attributes and style properties, and a parser and evaluator for its
 * expressions (`=if(@currentField == 'x', 'a', 'b')`, `[$Field]`, `toLocaleString(…)`).
 *
 * Tests use it to check every formatter we write against the documented format (nothing we write
 * can be silently ignored by SharePoint), and the preview uses it to draw forms and views the way
 * SharePoint would. Pure: no React, no DOM.
 * See https://learn.microsoft.com/sharepoint/dev/declarative-customization/column-formatting
 */
import type { FormatterNode } from '../../src/data/sharepoint/schema/formatting';
import { SourceScanner, TokenCursor } from '../../standin/expressionScanner';

/** Element types column formatting accepts. */
export const ALLOWED_ELEMENT_TYPES: ReadonlySet<string> = new Set(['div', 'span', 'a', 'img', 'svg', 'path', 'button', 'p', 'filepreview']);

/** Attributes column formatting accepts (plus every `aria-…` attribute). */
export const ALLOWED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href',
  'rel',
  'src',
  'class',
  'target',
  'title',
  'role',
  'iconName',
  'd',
  'viewBox',
  'preserveAspectRatio',
  'draggable',
  'data-interception'
]);

/**
 * Style properties column formatting accepts: the documented allow-list, copied as it stands
 * (formatting-syntax-reference.md, "style", 2025-11). SharePoint drops anything else without a
 * word, so the checker refuses it: `gap` and `row-gap` are not on the list (`column-gap` is),
 * `float` is deprecated and left out, `transform` takes only translate().
 */
export const ALLOWED_STYLE_PROPERTIES: ReadonlySet<string> = new Set([
  'background-color', 'fill', 'background-image', 'border', 'border-bottom', 'border-bottom-color', 'border-bottom-style', 'border-bottom-width', 'border-color', 'border-left', 'border-left-color', 'border-left-style', 'border-left-width', 'border-right', 'border-right-color', 'border-right-style', 'border-right-width', 'border-style', 'border-top', 'border-top-color', 'border-top-style', 'border-top-width', 'border-width', 'outline', 'outline-color', 'outline-style', 'outline-width', 'border-bottom-left-radius', 'border-bottom-right-radius', 'border-radius', 'border-top-left-radius', 'border-top-right-radius', 'box-decoration-break', 'box-shadow', 'box-sizing',
  'overflow-x', 'overflow-y', 'overflow-style', 'rotation', 'rotation-point',
  'opacity', 'cursor',
  'height', 'max-height', 'max-width', 'min-height', 'min-width', 'width',
  'flex-grow', 'flex-shrink', 'flex-flow', 'flex-direction', 'flex-wrap', 'flex', 'justify-content', 'align-items',
  'box-align', 'box-direction', 'box-flex', 'box-flex-group', 'box-lines', 'box-ordinal-group', 'box-orient', 'box-pack',
  'font', 'font-family', 'font-size', 'font-style', 'font-variant', 'font-weight', 'font-size-adjust', 'font-stretch',
  'grid-columns', 'grid-rows',
  'margin', 'margin-bottom', 'margin-left', 'margin-right', 'margin-top',
  'column-count', 'column-fill', 'column-gap', 'column-rule', 'column-rule-color', 'column-rule-style', 'column-rule-width', 'column-span', 'column-width', 'columns',
  'padding', 'padding-bottom', 'padding-left', 'padding-right', 'padding-top',
  'bottom', 'clear', 'clip', 'display', 'left', 'overflow', 'position', 'right', 'top', 'visibility', 'z-index',
  'border-collapse', 'border-spacing', 'caption-side', 'empty-cells', 'table-layout',
  'color', 'direction', 'letter-spacing', 'line-height', 'text-align', 'text-decoration', 'text-indent', 'text-transform', 'unicode-bidi', 'vertical-align', 'white-space', 'word-spacing', 'hanging-punctuation', 'punctuation-trim', 'text-align-last', 'text-justify', 'text-outline', 'text-overflow', 'text-shadow', 'text-wrap', 'word-break', 'word-wrap',
  'stroke', 'fill-opacity',
  '--inline-editor-border-width', '--inline-editor-border-style', '--inline-editor-border-radius', '--inline-editor-border-color',
  '-webkit-line-clamp',
  'object-fit',
  'transform'
]);

/** Functions of the expression language (the documented operators written as calls). */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  'if',
  'toString',
  'Number',
  'Date',
  'toLocaleString',
  'toLocaleDateString',
  'toLocaleTimeString',
  'indexOf',
  'lastIndexOf',
  'length',
  'substring',
  'startsWith',
  'endsWith',
  'replace',
  'replaceAll',
  'padStart',
  'padEnd',
  'toUpperCase',
  'toLowerCase',
  'abs',
  'floor',
  'ceiling',
  'join'
]);

/** `@` variables of the expression language. */
export const ALLOWED_VARIABLES: ReadonlySet<string> = new Set(['@currentField', '@me', '@now', '@rowIndex', '@isSelected', '@currentWeb']);

const BINARY_OPERATORS = ['||', '&&', '==', '!=', '<=', '>=', '<', '>', '+', '-', '*', '/', '%'] as const;
type BinaryOperator = (typeof BINARY_OPERATORS)[number];

export type Expression =
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'variable'; name: string }
  | { kind: 'field'; name: string; property?: string }
  | { kind: 'call'; name: string; args: Expression[] }
  | { kind: 'unary'; operator: '-' | '!'; operand: Expression }
  | { kind: 'binary'; operator: BinaryOperator; left: Expression; right: Expression }
  | { kind: 'conditional'; test: Expression; then: Expression; otherwise: Expression };

export class FormatterSyntaxError extends Error {}

type Token = { t: 'str' | 'num' | 'id' | 'var' | 'field' | 'op'; v: string };

const TWO_CHARACTER_OPERATORS = ['||', '&&', '==', '!=', '<=', '>='] as const;

function tokenize(source: string, shown: string): Token[] {
  const fail = (message: string): FormatterSyntaxError => new FormatterSyntaxError(`${message} in ${shown}`);
  const tokens: Token[] = [];
  const scanner = new SourceScanner(source);
  for (scanner.skipWhitespace(); !scanner.done; scanner.skipWhitespace()) {
    const c = scanner.peek();
    if (c === "'" || c === '"') {
      const text = scanner.takeQuoted('backslash');
      if (text === undefined) {
        throw fail('Unclosed string');
      }
      tokens.push({ t: 'str', v: text });
    } else if (scanner.startsWith('[$')) {
      const name = scanner.takeEnclosed('[$', ']');
      if (name === undefined) {
        throw fail('Unclosed field reference');
      }
      tokens.push({ t: 'field', v: name });
    } else if (/[0-9]/.test(c)) {
      tokens.push({ t: 'num', v: scanner.takeMatch(/[0-9]+(\.[0-9]+)?/y) });
    } else if (c === '@' || /[A-Za-z_]/.test(c)) {
      tokens.push({ t: c === '@' ? 'var' : 'id', v: scanner.takeMatch(/@?[A-Za-z_][A-Za-z0-9_.]*/y) });
    } else {
      const op = scanner.startsWithOneOf(TWO_CHARACTER_OPERATORS) ?? c;
      if (op.length === 1 && !'()+-*/%<>!?:,'.includes(op)) {
        throw fail(`Unexpected "${op}"`);
      }
      tokens.push({ t: 'op', v: scanner.take(op.length) });
    }
  }
  return tokens;
}

const PRECEDENCE: Readonly<Record<BinaryOperator, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '>': 4,
  '<=': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6
};

class Parser {
  private readonly _cursor: TokenCursor<Token>;

  public constructor(
    tokens: Token[],
    private readonly _source: string
  ) {
    this._cursor = new TokenCursor(tokens, (message) => new FormatterSyntaxError(`${message} in ${_source}`));
  }

  public parse(): Expression {
    const expression = this._conditional();
    this._cursor.finish();
    return expression;
  }

  private _conditional(): Expression {
    const test = this._binary(1);
    if (!this._cursor.acceptOp('?')) {
      return test;
    }
    const then = this._conditional();
    this._cursor.expectOp(':');
    return { kind: 'conditional', test, then, otherwise: this._conditional() };
  }

  private _binary(level: number): Expression {
    if (level > 6) {
      return this._unary();
    }
    let left = this._binary(level + 1);
    for (;;) {
      const op = this._cursor.peekOp();
      const operator = BINARY_OPERATORS.find((o) => o === op);
      if (!operator || PRECEDENCE[operator] !== level) {
        return left;
      }
      this._cursor.next();
      left = { kind: 'binary', operator, left, right: this._binary(level + 1) };
    }
  }

  private _unary(): Expression {
    const operator = this._cursor.peekOp();
    if (operator === '-' || operator === '!') {
      this._cursor.next();
      return { kind: 'unary', operator, operand: this._unary() };
    }
    return this._primary();
  }

  private _primary(): Expression {
    const token = this._cursor.next();
    switch (token.t) {
      case 'str':
        return { kind: 'literal', value: token.v };
      case 'num':
        return { kind: 'literal', value: Number(token.v) };
      case 'var':
        return { kind: 'variable', name: token.v };
      case 'field': {
        const [name = '', property] = token.v.split('.');
        return property === undefined ? { kind: 'field', name } : { kind: 'field', name, property };
      }
      case 'id':
        if (token.v === 'true' || token.v === 'false') {
          return { kind: 'literal', value: token.v === 'true' };
        }
        return { kind: 'call', name: token.v, args: this._cursor.list(() => this._conditional()) };
      default:
        if (token.v === '(') {
          const inner = this._conditional();
          this._cursor.expectOp(')');
          return inner;
        }
        throw new FormatterSyntaxError(`Unexpected "${token.v}" in ${this._source}`);
    }
  }
}

/** Whether a string value is an expression rather than literal text. */
export function isExpression(value: string): boolean {
  return value.startsWith('=') || value.startsWith('@') || value.startsWith('[$');
}

/** Parses `=…`, `@currentField` or `[$Field]`; throws FormatterSyntaxError. */
export function parseExpression(value: string): Expression {
  const source = value.startsWith('=') ? value.slice(1) : value;
  return new Parser(tokenize(source, value), value).parse();
}

export type FormatterValue = string | number | boolean | null;

export interface FormatterContext {
  /** The value of the column being formatted (column formatting only). */
  currentField?: FormatterValue;
  /** Values of the item's fields by internal name. */
  fields: Readonly<Record<string, FormatterValue | Readonly<Record<string, FormatterValue>>>>;
  me?: string;
  now?: Date;
  /** Locale of toLocaleString (SharePoint uses the user's). */
  locale: string;
}

function text(value: FormatterValue): string {
  return value === null ? '' : String(value);
}

function num(value: FormatterValue): number {
  if (value === null || value === '') {
    return 0;
  }
  return typeof value === 'number' ? value : Number(value);
}

function equal(a: FormatterValue, b: FormatterValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b;
  }
  return text(a) === text(b);
}

function compare(a: FormatterValue, b: FormatterValue): number {
  if ((typeof a === 'number' || a === null) && (typeof b === 'number' || b === null)) {
    return num(a) - num(b);
  }
  return text(a).localeCompare(text(b));
}

function truthy(value: FormatterValue): boolean {
  return value !== null && value !== '' && value !== 0 && value !== false && value !== 'false';
}

function binary(operator: BinaryOperator, a: FormatterValue, b: FormatterValue): FormatterValue {
  switch (operator) {
    case '==':
      return equal(a, b);
    case '!=':
      return !equal(a, b);
    case '<':
      return compare(a, b) < 0;
    case '>':
      return compare(a, b) > 0;
    case '<=':
      return compare(a, b) <= 0;
    case '>=':
      return compare(a, b) >= 0;
    case '+':
      return typeof a === 'number' && typeof b === 'number' ? a + b : text(a) + text(b);
    case '-':
      return num(a) - num(b);
    case '*':
      return num(a) * num(b);
    case '/':
      return num(a) / num(b);
    case '%':
      return num(a) % num(b);
    case '&&':
      return truthy(a) && truthy(b);
    case '||':
      return truthy(a) || truthy(b);
  }
}

function call(name: string, args: FormatterValue[], context: FormatterContext): FormatterValue {
  const [a, b] = args;
  switch (name) {
    case 'toString':
      return text(a ?? null);
    case 'Number':
      return num(a ?? null);
    case 'toLocaleString':
      return typeof a === 'number' ? a.toLocaleString(context.locale) : text(a ?? null);
    case 'length':
      return text(a ?? null).length;
    case 'indexOf':
      return text(a ?? null).indexOf(text(b ?? null));
    case 'toUpperCase':
      return text(a ?? null).toUpperCase();
    case 'toLowerCase':
      return text(a ?? null).toLowerCase();
    case 'abs':
      return Math.abs(num(a ?? null));
    case 'floor':
      return Math.floor(num(a ?? null));
    case 'ceiling':
      return Math.ceil(num(a ?? null));
    default:
      throw new FormatterSyntaxError(`The preview does not evaluate ${name}()`);
  }
}

/** Evaluates an expression over an item (as SharePoint would, for the functions we use). */
export function evaluateExpression(expression: Expression, context: FormatterContext): FormatterValue {
  const evaluate = (e: Expression): FormatterValue => evaluateExpression(e, context);
  switch (expression.kind) {
    case 'literal':
      return expression.value;
    case 'variable':
      return expression.name === '@currentField' ? (context.currentField ?? null) : expression.name === '@me' ? (context.me ?? null) : null;
    case 'field': {
      const value = context.fields[expression.name];
      if (value !== null && typeof value === 'object') {
        return value[expression.property ?? 'title'] ?? null;
      }
      return value ?? null;
    }
    case 'unary':
      return expression.operator === '-' ? -num(evaluate(expression.operand)) : !truthy(evaluate(expression.operand));
    case 'binary':
      return binary(expression.operator, evaluate(expression.left), evaluate(expression.right));
    case 'conditional':
      return truthy(evaluate(expression.test)) ? evaluate(expression.then) : evaluate(expression.otherwise);
    case 'call':
      if (expression.name === 'if') {
        // only the branch taken is evaluated; a missing argument is null, as for the other
        // functions (formatterProblems reports it)
        const [test, then, otherwise] = expression.args;
        const argument = (e: Expression | undefined): FormatterValue => (e ? evaluate(e) : null);
        return truthy(argument(test)) ? argument(then) : argument(otherwise);
      }
      return call(expression.name, expression.args.map(evaluate), context);
  }
}

/** A string property of a formatter: literal text, or the value of its expression. */
export function formatterText(value: string, context: FormatterContext): string {
  return isExpression(value) ? text(evaluateExpression(parseExpression(value), context)) : value;
}

function collect(expression: Expression, visit: (e: Expression) => void): void {
  visit(expression);
  switch (expression.kind) {
    case 'call':
      expression.args.forEach((a) => collect(a, visit));
      break;
    case 'unary':
      collect(expression.operand, visit);
      break;
    case 'binary':
      collect(expression.left, visit);
      collect(expression.right, visit);
      break;
    case 'conditional':
      collect(expression.test, visit);
      collect(expression.then, visit);
      collect(expression.otherwise, visit);
      break;
    default:
      break;
  }
}

/** Problems of one expression: syntax, unknown functions, variables and fields. */
export function expressionProblems(value: string, fieldExists: (name: string) => boolean): string[] {
  let parsed: Expression;
  try {
    parsed = parseExpression(value);
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  }
  const problems: string[] = [];
  collect(parsed, (e) => {
    if (e.kind === 'call' && !ALLOWED_FUNCTIONS.has(e.name)) {
      problems.push(`Unknown function ${e.name}() in ${value}`);
    } else if (e.kind === 'variable' && !ALLOWED_VARIABLES.has(e.name)) {
      problems.push(`Unknown variable ${e.name} in ${value}`);
    } else if (e.kind === 'field' && !fieldExists(e.name)) {
      problems.push(`Field [$${e.name}] is not in the schema (${value})`);
    } else if (e.kind === 'call' && e.name === 'if' && e.args.length !== 3) {
      problems.push(`if() takes 3 arguments in ${value}`);
    }
  });
  return problems;
}

/** Every way a formatter breaks the documented format; empty when SharePoint will accept it. */
export function formatterProblems(node: FormatterNode, fieldExists: (name: string) => boolean, path = 'root'): string[] {
  const problems: string[] = [];
  const check = (value: string): void => {
    if (isExpression(value)) {
      problems.push(...expressionProblems(value, fieldExists).map((p) => `${path}: ${p}`));
    }
  };
  if (!ALLOWED_ELEMENT_TYPES.has(node.elmType)) {
    problems.push(`${path}: elmType "${node.elmType}" is not allowed`);
  }
  for (const [name, value] of Object.entries(node.attributes ?? {})) {
    if (!ALLOWED_ATTRIBUTES.has(name) && !name.startsWith('aria-')) {
      problems.push(`${path}: attribute "${name}" is not allowed`);
    }
    check(value);
  }
  for (const [name, value] of Object.entries(node.style ?? {})) {
    if (!ALLOWED_STYLE_PROPERTIES.has(name)) {
      problems.push(`${path}: style "${name}" is not allowed`);
    } else if (name === 'transform' && !/^translate\([^()]*\)$/.test(value)) {
      problems.push(`${path}: style "transform" takes only translate(…)`);
    }
    check(value);
  }
  if (node.txtContent !== undefined) {
    check(node.txtContent);
  }
  (node.children ?? []).forEach((child, i) => problems.push(...formatterProblems(child, fieldExists, `${path}.children[${i}]`)));
  return problems;
}
