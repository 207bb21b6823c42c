/**
 * What SharePoint's two small expression languages have in common, read the same way: column
 * and list validation formulas (Excel-like, judged by the stand-in: `validationFormula.ts`) and
 * column-formatting expressions (`=if([$Status] == 'x', …)`, drawn by the preview:
 * `preview/sharepoint/formatterLanguage.ts`). Each language keeps its own token kinds, grammar
 * and values; this module holds the reading of characters and the walk over tokens.
 *
 * Pure and without Node or browser imports: the preview bundles it for the browser.
 */

/** Reads a source text from left to right; the position only moves forward. */
export class SourceScanner {
  private _i = 0;

  public constructor(public readonly source: string) {}

  public get done(): boolean {
    return this._i >= this.source.length;
  }

  /** The character at the position ('' at the end). */
  public peek(): string {
    return this.source.charAt(this._i);
  }

  public startsWith(text: string): boolean {
    return this.source.startsWith(text, this._i);
  }

  /** The first of `candidates` the text continues with, longest first as given. */
  public startsWithOneOf<T extends string>(candidates: readonly T[]): T | undefined {
    return candidates.find((candidate) => this.startsWith(candidate));
  }

  public skipWhitespace(): void {
    this.takeWhile(/\s/);
  }

  public take(length: number): string {
    const text = this.source.slice(this._i, this._i + length);
    this._i += text.length;
    return text;
  }

  /** The longest run of characters each matching `character` (a one-character pattern). */
  public takeWhile(character: RegExp): string {
    const start = this._i;
    while (!this.done && character.test(this.peek())) {
      this._i++;
    }
    return this.source.slice(start, this._i);
  }

  /**
   * A match of a sticky pattern (flag `y`) starting here, or '' when the text does not continue
   * with one.
   */
  public takeMatch(sticky: RegExp): string {
    if (!sticky.sticky) {
      throw new Error(`takeMatch needs a sticky pattern (flag y): ${String(sticky)}`);
    }
    sticky.lastIndex = this._i;
    const match = sticky.exec(this.source);
    return match ? this.take(match[0].length) : '';
  }

  /**
   * After `open`: the text up to `close`, with both consumed; undefined (nothing consumed) when
   * `close` never comes.
   */
  public takeEnclosed(open: string, close: string): string | undefined {
    const end = this.source.indexOf(close, this._i + open.length);
    if (!this.startsWith(open) || end < 0) {
      return undefined;
    }
    const text = this.source.slice(this._i + open.length, end);
    this._i = end + close.length;
    return text;
  }

  /**
   * A quoted text starting at the position, unquoted: inside, `\x` stands for `x` (column
   * formatting) or a doubled quote for one quote (formulas). Undefined when it is never closed.
   */
  public takeQuoted(escape: 'backslash' | 'doubled'): string | undefined {
    const quote = this.peek();
    let j = this._i + 1;
    let text = '';
    for (;;) {
      if (j >= this.source.length) {
        return undefined;
      }
      const c = this.source.charAt(j);
      if (escape === 'backslash' && c === '\\') {
        text += this.source.charAt(j + 1);
        j += 2;
      } else if (c === quote && escape === 'doubled' && this.source.charAt(j + 1) === quote) {
        text += quote;
        j += 2;
      } else if (c === quote) {
        this._i = j + 1;
        return text;
      } else {
        text += c;
        j++;
      }
    }
  }
}

/** A token of either language: a kind and its text or value; operators are kind 'op'. */
export interface ScannedToken {
  readonly t: string;
  readonly v: string | number;
}

/** The walk over a token list a recursive-descent parser needs; errors come from `fail`. */
export class TokenCursor<T extends ScannedToken> {
  private _i = 0;

  public constructor(
    private readonly _tokens: readonly T[],
    private readonly _fail: (message: string) => Error
  ) {}

  public get atEnd(): boolean {
    return this._i >= this._tokens.length;
  }

  public peek(): T | undefined {
    return this._tokens[this._i];
  }

  /** The operator at the position, if the token there is one. */
  public peekOp(): string | undefined {
    const token = this.peek();
    return token?.t === 'op' ? String(token.v) : undefined;
  }

  public isOp(value: string): boolean {
    return this.peekOp() === value;
  }

  /** The token at the position, consumed; the end of the input is an error. */
  public next(): T {
    const token = this._tokens[this._i];
    if (token === undefined) {
      throw this._fail('unexpected end');
    }
    this._i++;
    return token;
  }

  /** Consumes the operator `value` when it is there; says whether it was. */
  public acceptOp(value: string): boolean {
    if (!this.isOp(value)) {
      return false;
    }
    this._i++;
    return true;
  }

  public expectOp(value: string): void {
    if (!this.acceptOp(value)) {
      throw this._fail(`expected ${value}`);
    }
  }

  /** The input must be used up. */
  public finish(): void {
    const extra = this.peek();
    if (extra !== undefined) {
      throw this._fail(`unexpected ${String(extra.v)}`);
    }
  }

  /**
   * A bracketed, comma-separated argument list after a function name: `(` item `,` item … `)`,
   * each item read by `item`.
   */
  public list<V>(item: () => V): V[] {
    this.expectOp('(');
    const items: V[] = [];
    if (this.acceptOp(')')) {
      return items;
    }
    for (;;) {
      items.push(item());
      if (this.acceptOp(')')) {
        return items;
      }
      this.expectOp(',');
    }
  }
}
