import { formatterText, parseExpression } from '../preview/sharepoint/formatterLanguage';
import { SourceScanner, TokenCursor } from './expressionScanner';
import { evaluateValidationFormula, formulaSyntaxError } from './validationFormula';

describe('SourceScanner', () => {
  it('reads quoted text with either escape and leaves the position after the closing quote', () => {
    const backslash = new SourceScanner("'it\\'s' rest");
    expect(backslash.takeQuoted('backslash')).toBe("it's");
    expect(backslash.take(5)).toBe(' rest');
    expect(backslash.done).toBe(true);

    const doubled = new SourceScanner('"say ""hi""" & x');
    expect(doubled.takeQuoted('doubled')).toBe('say "hi"');
    doubled.skipWhitespace();
    expect(doubled.peek()).toBe('&');
  });

  it('reads nothing when a quote or bracket is never closed', () => {
    const scanner = new SourceScanner('"open');
    expect(scanner.takeQuoted('doubled')).toBeUndefined();
    expect(scanner.peek()).toBe('"');
    expect(new SourceScanner('[$Field').takeEnclosed('[$', ']')).toBeUndefined();
    expect(new SourceScanner('[$Field.title] x').takeEnclosed('[$', ']')).toBe('Field.title');
  });

  it('takes sticky matches only where the text continues with one, and refuses a pattern that is not sticky', () => {
    const scanner = new SourceScanner('12.5abc');
    expect(scanner.takeMatch(/[a-z]+/y)).toBe('');
    expect(scanner.takeMatch(/[0-9]+(\.[0-9]+)?/y)).toBe('12.5');
    expect(scanner.takeMatch(/[a-z]+/y)).toBe('abc');
    expect(() => new SourceScanner('x').takeMatch(/x/)).toThrow('sticky');
  });
});

describe('TokenCursor', () => {
  const tokens = [
    { t: 'id', v: 'f' },
    { t: 'op', v: '(' },
    { t: 'num', v: 1 },
    { t: 'op', v: ',' },
    { t: 'num', v: 2 },
    { t: 'op', v: ')' }
  ];

  it('reads a bracketed argument list and reports an unused rest', () => {
    const cursor = new TokenCursor(tokens, (m) => new Error(m));
    expect(cursor.next().v).toBe('f');
    expect(cursor.list(() => cursor.next().v)).toEqual([1, 2]);
    expect(cursor.atEnd).toBe(true);
    expect(() => cursor.next()).toThrow('unexpected end');

    const early = new TokenCursor(tokens, (m) => new Error(m));
    early.next();
    expect(() => early.finish()).toThrow('unexpected (');
  });

  it('names the operator it expected', () => {
    const cursor = new TokenCursor([{ t: 'op', v: '(' }, { t: 'num', v: 1 }, { t: 'num', v: 2 }], (m) => new Error(`formula: ${m}`));
    expect(() => cursor.list(() => cursor.next())).toThrow('formula: expected ,');
  });
});

describe('both languages read through it', () => {
  it('column formatting: backslash escapes, field references with a property, errors naming the expression', () => {
    expect(formatterText("='it\\'s ' + [$Owner.title]", { fields: { Owner: { title: 'Anna' } } } as never)).toBe("it's Anna");
    expect(parseExpression('=if([$A] == 1, "x", "y")')).toMatchObject({ kind: 'call', name: 'if', args: [{ kind: 'binary', operator: '==' }, {}, {}] });
    expect(() => parseExpression("='open")).toThrow("Unclosed string in ='open");
    expect(() => parseExpression('=if([$A], 1')).toThrow('expected , in =if([$A], 1');
  });

  it('validation formulas: doubled quotes, functions and an unclosed text refused', () => {
    expect(evaluateValidationFormula('=[Title]="say ""hi"""', 'Title', { Title: 'say "hi"' })).toBe(true);
    expect(evaluateValidationFormula('=IF(LEN([Code])>3,TRUE,FALSE)', 'Code', { Code: 'ab' })).toBe(false);
    expect(formulaSyntaxError('=LEN("abc)')).toBe('unclosed "');
    expect(formulaSyntaxError('=AND([A]=1 [B]=2)')).toBe('expected ,');
    expect(formulaSyntaxError('=AND([A]=1,[B]=2)')).toBeNull();
  });
});
