import * as fs from 'fs';
import * as path from 'path';
import { helpUrl } from './helpLink';

describe('the help link', () => {
  it('leads to the guide in the repository, at the reader\'s language', () => {
    expect(helpUrl('fi-FI')).toBe('https://github.com/salkku/salkku/blob/main/docs/help.md#suomeksi');
    expect(decodeURIComponent(helpUrl('sv-SE'))).toBe('https://github.com/salkku/salkku/blob/main/docs/help.md#på-svenska');
    expect(helpUrl('en-US')).toBe('https://github.com/salkku/salkku/blob/main/docs/help.md#in-english');
    expect(helpUrl('de-DE')).toBe(helpUrl('fi-FI'));
  });

  it('points at headings the guide has', () => {
    const guide = fs.readFileSync(path.resolve(__dirname, '../../../docs/help.md'), 'utf8');
    const anchors = guide
      .split('\n')
      .filter((line) => line.startsWith('## '))
      .map((line) => line.slice(3).trim().toLowerCase().replace(/\s+/g, '-'));
    for (const locale of ['fi-FI', 'sv-SE', 'en-US']) {
      expect(anchors).toContain(decodeURIComponent(new URL(helpUrl(locale)).hash.slice(1)));
    }
  });
});
