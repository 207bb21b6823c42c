import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { parsePlanText } = require('./parsePlanDocument');
it('dumps', () => {
  const dir = path.resolve(__dirname, '../../../../shared/seeds');
  for (const f of fs.readdirSync(dir)) {
    const r = parsePlanText(fs.readFileSync(path.join(dir, f), 'utf8'), { fileName: f, format: process.env.FMT });
    fs.writeFileSync('/tmp/scratch/' + f + '.json', JSON.stringify(r, null, 1));
  }
});
