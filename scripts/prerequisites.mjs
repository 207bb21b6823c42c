// The system tools the tests need, found or installed from Debian's packages: one place for
// `npm test` (scripts/test.mjs) and CI (.ci/run). Chromium (browser tests), LibreOffice (opens the
// exported .docx/.xlsx), poppler (renders and reads the PDF LibreOffice makes of the plan
// document); with --ci also unzip (the package check opens the .sppkg).
//
// Nothing missing: prints nothing. Something missing: where the user may install packages (root,
// or passwordless sudo) it says what it installs, then runs apt-get; elsewhere it stops at once
// with the one command to run. --dry-run says what it would run and runs nothing.
//
//   node scripts/prerequisites.mjs [--ci] [--dry-run]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const args = process.argv.slice(2);
const ci = args.includes('--ci');
const dryRun = args.includes('--dry-run');

// as scripts/lib/chromium.ts: Debian's Chromium unless CHROMIUM_PATH says otherwise
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const chromiumPath = process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(command) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir !== '' && isExecutable(path.join(dir, command)));
}

/** What the tests run, how it is found, and the Debian packages that bring it. */
const tools = [
  { name: 'chromium', found: () => isExecutable(chromiumPath), where: chromiumPath, packages: ['chromium'] },
  { name: 'libreoffice', found: () => onPath('libreoffice'), where: 'on the PATH', packages: ['libreoffice-writer-nogui', 'libreoffice-calc-nogui'] },
  { name: 'poppler', found: () => onPath('pdftoppm') && onPath('pdftotext'), where: 'pdftoppm, pdftotext on the PATH', packages: ['poppler-utils'] },
  ...(ci ? [{ name: 'unzip', found: () => onPath('unzip'), where: 'on the PATH', packages: ['unzip'] }] : [])
];

function missingTools() {
  return tools.filter((tool) => !tool.found());
}

let missing = missingTools();
if (missing.length === 0) {
  process.exit(0);
}

const names = missing.map((tool) => tool.name).join(', ');
const details = missing.map((tool) => `${tool.name} (${tool.where})`).join(', ');

function stop(lines) {
  for (const line of lines) {
    process.stderr.write(`${line}\n`);
  }
  process.exit(1);
}

// CHROMIUM_PATH names a Chromium of the user's own: installing Debian's would not put one there
if (chromiumPath !== DEBIAN_CHROMIUM && missing.some((tool) => tool.name === 'chromium')) {
  stop([`Missing: ${details}.`, `CHROMIUM_PATH is set to ${chromiumPath}, which is not an executable: point it at Chromium, or unset it to use Debian's ${DEBIAN_CHROMIUM}.`]);
}

const packages = [...new Set(missing.flatMap((tool) => tool.packages))];
const debian = onPath('apt-get');
const root = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = !root && onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;

if (!debian) {
  stop([
    `Missing: ${details}.`,
    `This system has no apt-get: install Chromium, LibreOffice (Writer and Calc) and poppler's pdftoppm/pdftotext (Debian: ${packages.join(' ')}); set CHROMIUM_PATH if Chromium is not at ${DEBIAN_CHROMIUM}.`
  ]);
}

const prefix = root ? '' : 'sudo ';
const command = `${prefix}apt-get update && ${prefix}apt-get install -y ${packages.join(' ')}`;

if (!root && !sudo) {
  stop([`Missing: ${names}. Run: ${command}`]);
}

process.stdout.write(`Missing: ${details}. Installing Debian's packages: ${command}\n`);
if (dryRun) {
  process.stdout.write('(--dry-run: nothing installed)\n');
  process.exit(0);
}

function apt(aptArgs) {
  // sudo resets the environment: the front end goes through env
  const aptCommand = ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...aptArgs];
  const [file, ...fileArgs] = root ? aptCommand : ['sudo', '-n', ...aptCommand];
  const result = spawnSync(file, fileArgs, { stdio: 'inherit' });
  if (result.status !== 0) {
    stop([`apt-get ${aptArgs[0]} failed. Run: ${command}`]);
  }
}

apt(['update', '-q']);
apt(['install', '-y', '-q', ...packages]);

missing = missingTools();
if (missing.length > 0) {
  stop([`Still missing after installing ${packages.join(' ')}: ${missing.map((tool) => `${tool.name} (${tool.where})`).join(', ')}.`]);
}
