/** The README's list tables are generated from the schema and must match it. */
import * as fs from 'fs';
import * as path from 'path';
import { schemaTables } from '../../../../scripts/lib/schemaDocs';

it('README documents the lists and columns exactly as the schema defines them', () => {
  const readme = fs.readFileSync(path.join(__dirname, '../../../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('<!-- schema:start -->') + '<!-- schema:start -->'.length, readme.indexOf('<!-- schema:end -->')).trim();
  expect(section).toBe(schemaTables());
});
