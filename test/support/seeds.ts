/**
 * The customers' plan documents (plain-text extractions of their Word originals) live beside the
 * checkout in ../shared/seeds, or where SALKKU_SEEDS_DIR says. CI has them; a fresh clone does not.
 * Tests that read them are declared with `describeWithSeeds`: without the documents they are
 * reported as skipped, with the reason written once per test file on one line. A SALKKU_SEEDS_DIR
 * that names a missing directory is a mistake, not a fresh clone: then the suite fails.
 * The documents are read, never copied into the repository: every other test uses test/fixtures.
 */
import * as fs from 'fs';
import * as path from 'path';

const EXPLICIT = process.env.SALKKU_SEEDS_DIR;

export const SEEDS_DIR = EXPLICIT ?? path.resolve(__dirname, '../../../shared/seeds');

export const SEEDS_PRESENT = fs.existsSync(SEEDS_DIR);

if (EXPLICIT !== undefined && !SEEDS_PRESENT) {
  throw new Error(`SALKKU_SEEDS_DIR is set to ${EXPLICIT}, which does not exist.`);
}

/** The seed whose file name starts with `prefix`: its name and text. */
export function readSeed(prefix: string): { name: string; text: string } {
  const name = fs.readdirSync(SEEDS_DIR).find((file) => file.startsWith(prefix));
  if (name === undefined) {
    throw new Error(`seed ${prefix} not found in ${SEEDS_DIR}`);
  }
  return { name, text: fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8') };
}

const announced = new Set<string>();

/**
 * `describe` when the documents are there, otherwise `describe.skip`, after one line on stderr
 * naming the test file and the reason (jest shows no console output of a suite it skips whole).
 */
export function describeWithSeeds(testFile: string): jest.Describe {
  if (SEEDS_PRESENT) {
    return describe;
  }
  const file = path.basename(testFile);
  if (!announced.has(file)) {
    announced.add(file);
    process.stderr.write(
      `${file}: tests on the customers' plan documents skipped: none at ${SEEDS_DIR} (CI has them; put ../shared/seeds beside the checkout or set SALKKU_SEEDS_DIR)\n`
    );
  }
  return describe.skip;
}
