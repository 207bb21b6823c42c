import { tokenize } from './tokens';
import type { Token } from './tokens';

function kinds(tokens: readonly Token[]): string {
  return tokens.map((t) => `${t.kind}:${t.text}`).join(' ');
}

describe('tokenize', () => {
  it('splits numbers, words, dashes and punctuation and keeps their offsets', () => {
    const text = 'Q4/2021 – 3.2022, n. 5?';
    const tokens = tokenize(text);
    expect(kinds(tokens)).toBe(
      'word:Q num:4 slash:/ num:2021 dash:– num:3 dot:. num:2022 comma:, word:n dot:. num:5 question:?'
    );
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(tokens.map((t) => t.spaced)).toEqual([
      false, false, false, false, true, true, false, false, false, true, false, true, false
    ]);
  });

  it('lower-cases words and understands every dash', () => {
    expect(tokenize('KEVÄT').map((t) => t.lower)).toEqual(['kevät']);
    expect(tokenize('1-2–3—4‑5−6').filter((t) => t.kind === 'dash')).toHaveLength(5);
  });

  it('ends a clause at a line break unless the next line continues the sentence', () => {
    expect(kinds(tokenize('Vaihe 1: 2020\nVaihe 2: 2021'))).toContain('break:\n');
    expect(kinds(tokenize('hoito- ja\nvanhuspalvelut 2021'))).not.toContain('break');
    expect(tokenize('a\n\n\n\nB').filter((t) => t.kind === 'break')).toHaveLength(1);
  });

  it('reads block tags as line breaks, skips other tags and understands dash and space entities', () => {
    const tokens = tokenize('<p>3/2019 <b>&ndash;</b>&nbsp;12/2020</p><p>x</p>');
    expect(kinds(tokens)).toBe(
      'break:<p> num:3 slash:/ num:2019 dash:&ndash; num:12 slash:/ num:2020 break:</p> break:<p> word:x break:</p>'
    );
    expect(tokens[5]?.spaced).toBe(true);
  });

  it('keeps a lone "<" or "&" as text', () => {
    expect(kinds(tokenize('a < b & c'))).toBe('word:a other:< word:b other:& word:c');
    expect(kinds(tokenize('<' + 'a'.repeat(2000)))).toBe(`other:< word:${'a'.repeat(2000)}`);
  });
});
