/**
 * The folders keep their promises:
 * - src/domain is pure TypeScript (no React, PnPjs, SPFx, Fluent UI);
 * - src/data/contract (repository interface, errors, use-cases) knows no SharePoint: no PnPjs,
 *   nothing of src/data/sharepoint, the adapter behind it;
 * - components see only the contract and the domain, and never reach PnPjs or SPFx, not even
 *   through another module; only the web parts (the composition root) build the adapter;
 * - a view folder (one holding a view the web parts render: portfolio, timeline, impact) imports
 *   nothing of another view folder, not even a type, and nothing outside the views imports a
 *   view's modules; what views share (the app context, the view props, the URL view state and
 *   the filtered portfolio, row navigation) lives in components/common;
 * - components/app is the app shell on top: no other component imports it (its context and
 *   the view props live in components/common);
 * - nothing in src reaches the development tooling (demo/, preview/, standin/, scripts/);
 * - the stand-in shares no code with the product it judges.
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = __dirname;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      return sourceFiles(full);
    }
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Runtime imports (type-only imports are erased and reach nothing); with `types`, those too. */
function importsOf(file: string, types = false): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const source = types ? text : text.replace(/^(?:import|export) type [^;]*;/gm, '');
  return [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*(?:\/\*[^*]*\*\/\s*)?['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)].flatMap((m) => m[1] ?? m[2] ?? m[3] ?? []);
}

function resolve(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

/** The files a file imports relatively (resolved to paths); with `types`, type-only imports too. */
function relativeTargets(file: string, types = false): string[] {
  return importsOf(file, types)
    .filter((s) => s.startsWith('.'))
    .map((s) => resolve(file, s) ?? path.resolve(path.dirname(file), s));
}

const inside = (folder: string): ((target: string) => boolean) => (target) => target.startsWith(path.join(SRC, folder) + path.sep);

/** Every package imported by the file or by any module it reaches through relative imports. */
const COMPONENTS = path.join(SRC, 'components');

/** The component folders that hold a view the web parts render (a `…View.tsx`). */
const VIEW_FOLDERS = fs
  .readdirSync(COMPONENTS, { withFileTypes: true })
  .filter((e) => e.isDirectory() && fs.readdirSync(path.join(COMPONENTS, e.name)).some((f) => /View\.tsx$/.test(f)))
  .map((e) => e.name)
  .sort();

/** The component folder a file lies in ('app', 'portfolio', …). */
const componentFolder = (file: string): string => path.relative(COMPONENTS, file).split(path.sep)[0] ?? '';

function reachablePackages(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) {
      continue;
    }
    seen.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) {
        const target = resolve(file, specifier);
        if (target) {
          queue.push(target);
        }
      } else if (!packages.has(specifier)) {
        packages.set(specifier, path.relative(SRC, file));
      }
    }
  }
  return packages;
}

describe('architecture', () => {
  it.each(sourceFiles(path.join(SRC, 'domain')).map((f) => [path.relative(SRC, f), f]))('%s imports no framework', (_name, file) => {
    const external = importsOf(file).filter((s) => !s.startsWith('.'));
    expect(external.filter((s) => /^(react|react-dom|@pnp|@microsoft|@fluentui)(\/|$)/.test(s))).toEqual([]);
  });

  it.each(sourceFiles(path.join(SRC, 'components')).map((f) => [path.relative(SRC, f), f]))('%s never reaches PnPjs or SPFx', (_name, file) => {
    const reached = [...reachablePackages(file)].filter(([pkg]) => /^(@pnp|@microsoft\/sp-)/.test(pkg));
    expect(reached).toEqual([]);
  });

  it.each(sourceFiles(path.join(SRC, '..', 'standin')).map((f) => [path.relative(SRC, f), f]))('%s imports nothing of the product it judges', (_name, file) => {
    // the stand-in checks the app's requests as SharePoint would: sharing the app's code would
    // let a mistake there pass here by construction
    const relative = importsOf(file).filter((s) => s.startsWith('.')).map((s) => path.resolve(path.dirname(file), s));
    expect(relative.filter((target) => !target.startsWith(path.resolve(SRC, '..', 'standin')))).toEqual([]);
    expect(importsOf(file).filter((s) => /^(@pnp|@microsoft|react)/.test(s))).toEqual([]);
  });

  it.each(sourceFiles(path.join(SRC, 'data', 'contract')).map((f) => [path.relative(SRC, f), f]))('%s (the contract) knows no SharePoint adapter and no PnPjs', (_name, file) => {
    expect(relativeTargets(file).filter(inside(path.join('data', 'sharepoint')))).toEqual([]);
    expect(relativeTargets(file).filter(inside('components'))).toEqual([]);
    expect([...reachablePackages(file).keys()].filter((pkg) => /^(@pnp|@microsoft|react)/.test(pkg))).toEqual([]);
  });

  it.each(sourceFiles(path.join(SRC, 'components')).map((f) => [path.relative(SRC, f), f]))('%s uses the contract, not the SharePoint adapter', (_name, file) => {
    expect(relativeTargets(file).filter(inside(path.join('data', 'sharepoint')))).toEqual([]);
  });

  it.each(sourceFiles(path.join(SRC, 'data', 'sharepoint')).map((f) => [path.relative(SRC, f), f]))('%s (the adapter) never reaches up into the views', (_name, file) => {
    expect(relativeTargets(file).filter((t) => inside('components')(t) || inside('webparts')(t))).toEqual([]);
  });

  it.each(sourceFiles(SRC).map((f) => [path.relative(SRC, f), f]))('%s reaches no development tooling', (_name, file) => {
    expect(relativeTargets(file).filter((t) => !t.startsWith(SRC + path.sep))).toEqual([]);
  });

  it('finds the view folders', () => {
    expect(VIEW_FOLDERS).toEqual(expect.arrayContaining(['impact', 'portfolio', 'timeline']));
    expect(VIEW_FOLDERS).not.toContain('common');
  });

  it.each(sourceFiles(COMPONENTS).map((f) => [path.relative(SRC, f), f]))('%s imports no other view\'s modules, not even types', (_name, file) => {
    const own = componentFolder(file);
    const views = relativeTargets(file, true).filter((t) => t.startsWith(COMPONENTS + path.sep) && VIEW_FOLDERS.includes(componentFolder(t)) && componentFolder(t) !== own);
    expect(views.map((t) => path.relative(SRC, t))).toEqual([]);
  });

  it.each(sourceFiles(COMPONENTS).filter((f) => componentFolder(f) !== 'app').map((f) => [path.relative(SRC, f), f]))('%s does not reach up into the app shell', (_name, file) => {
    expect(relativeTargets(file, true).filter(inside(path.join('components', 'app'))).map((t) => path.relative(SRC, t))).toEqual([]);
  });

  it('only the web parts build the SharePoint adapter; the Excel export reads only the schema\'s column titles', () => {
    const outside = sourceFiles(SRC)
      .filter((f) => !inside(path.join('data', 'sharepoint'))(f))
      .flatMap((f) => relativeTargets(f).filter(inside(path.join('data', 'sharepoint'))).map((t) => `${path.relative(SRC, f)} → ${path.relative(SRC, t)}`));
    expect(outside.sort()).toEqual(['export/xlsxExport.ts → data/sharepoint/schema/projectsList.ts', 'webparts/common/SalkkuWebPartBase.ts → data/sharepoint/createRepository.ts']);
  });
});
