/**
 * docs/sharepoint-behaviour.md names, for every SharePoint behaviour the stand-in imitates, the
 * test that shows it: each named test must exist, so the table cannot point at nothing.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const TABLE = fs.readFileSync(path.join(ROOT, 'docs/sharepoint-behaviour.md'), 'utf8');

/** `file` › "title" › "title" … in each table row's last cell. */
function references(): { file: string; title: string }[] {
  const found: { file: string; title: string }[] = [];
  for (const row of TABLE.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !line.startsWith('| Behaviour'))) {
    const tests = row.split(' | ').pop() ?? '';
    let file: string | undefined;
    for (const match of tests.matchAll(/`([^`]+\.test\.tsx?)`|› "([^"]+)"/g)) {
      if (match[1]) {
        file = match[1];
      } else if (file && match[2]) {
        found.push({ file, title: match[2] });
      }
    }
  }
  return found;
}

describe('the SharePoint behaviour table', () => {
  const refs = references();

  it('names at least one test for every row', () => {
    const rows = TABLE.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !line.startsWith('| Behaviour'));
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect({ row: row.slice(0, 60), named: /› "/.test(row.split(' | ').pop() ?? '') }).toEqual({ row: row.slice(0, 60), named: true });
    }
  });

  it.each(refs.map((r) => [`${r.file} › ${r.title}`, r] as const))('%s exists', (_name, { file, title }) => {
    const source = fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/\\'/g, "'");
    expect(source).toContain(title);
  });
});
