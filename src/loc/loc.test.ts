/**
 * Localisation is complete: every key of ISalkkuStrings exists, non-empty, in fi-fi, sv-se and
 * en-us, with the same {n} placeholders; and no component writes user-visible text literally.
 */
import * as fs from 'fs';
import * as path from 'path';

type Strings = Record<string, string>;

function load(locale: string): Strings {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require(`./${locale}.js`) as Strings;
}

function declaredKeys(): string[] {
  const source = fs.readFileSync(path.join(__dirname, 'mystrings.d.ts'), 'utf8');
  const body = source.slice(source.indexOf('interface ISalkkuStrings'), source.indexOf("declare module 'SalkkuStrings'"));
  return [...body.matchAll(/^\s+([A-Za-z0-9_]+): string;/gm)].flatMap((m) => m[1] ?? []).sort();
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
}

const LOCALES = ['fi-fi', 'sv-se', 'en-us'];

describe('localisation files', () => {
  const keys = declaredKeys();

  it('declares a good number of strings', () => {
    expect(keys.length).toBeGreaterThan(40);
  });

  it.each(LOCALES)('%s has exactly the declared keys, none empty', (locale) => {
    const strings = load(locale);
    expect(Object.keys(strings).sort()).toEqual(keys);
    for (const key of keys) {
      expect({ key, value: strings[key]?.trim() ?? '' }).not.toEqual({ key, value: '' });
    }
  });

  it.each(['mystrings.d.ts', ...LOCALES.map((l) => `${l}.js`)])('%s names each key once (a second one would silently replace the first)', (file) => {
    const source = fs.readFileSync(path.join(__dirname, file), 'utf8');
    const names = [...source.matchAll(/^\s+([A-Za-z0-9_]+): (?:string;|")/gm)].flatMap((m) => m[1] ?? []);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    expect(names.length).toBeGreaterThan(40);
  });

  it('uses the same placeholders in every language', () => {
    const [fi, sv, en] = [load('fi-fi'), load('sv-se'), load('en-us')];
    for (const key of keys) {
      expect({ key, sv: placeholders(sv[key] ?? '') }).toEqual({ key, sv: placeholders(fi[key] ?? '') });
      expect({ key, en: placeholders(en[key] ?? '') }).toEqual({ key, en: placeholders(fi[key] ?? '') });
    }
  });

  it('translates: Swedish and English differ from Finnish for most strings', () => {
    const [fi, sv, en] = [load('fi-fi'), load('sv-se'), load('en-us')];
    // strings with words (not only placeholders such as "{0}, {1}: {2}") must be translated
    const same = keys.filter((k) => {
      const finnish = fi[k] ?? '';
      return k !== 'Locale' && (finnish === sv[k] || finnish === en[k]) && finnish.length > 12 && /[A-Za-zÅÄÖåäö]{3,}/.test(finnish);
    });
    expect(same).toEqual([]);
  });
});

describe('no user-visible literals in components', () => {
  const roots = ['../components', '../webparts', '../../preview'].map((p) => path.join(__dirname, p));
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? walk(full) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
    });
  const files = roots.flatMap(walk);

  it('finds the component files', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [path.relative(path.join(__dirname, '../..'), f), f]))('%s has no literal labels, titles or texts', (_name, file) => {
    const source = fs.readFileSync(file, 'utf8');
    const literalProps = [
      ...source.matchAll(/\b(label|title|text|placeholder|ariaLabel|aria-label|headerText|name|description|ariaDescription|tooltip|content)=["'`]([^"'`{}]*[A-Za-zÅÄÖåäö]{2,}[^"'`{}]*)["'`]/g)
    ].map((m) => m[0]);
    expect(literalProps).toEqual([]);
  });
});
