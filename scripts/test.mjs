// npm test: every automated test (unit, integration, browser) with one jest run, after building
// the preview the browser tests open. First the system tools the tests need (Chromium,
// LibreOffice, poppler): found, or installed from Debian's packages where the user may, or it
// stops at once with the command to run (scripts/prerequisites.mjs, as in .ci/run). Extra
// arguments go to jest.
import { spawnSync } from 'node:child_process';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

run(process.execPath, [new URL('prerequisites.mjs', import.meta.url).pathname]);
run(bin('tsc'), ['-p', 'tsconfig.test.json']);
run(bin('tsx'), ['scripts/build-preview.ts']);
run(bin('jest'), ['--ci', ...process.argv.slice(2)]);
