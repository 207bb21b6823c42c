/** Builds the preview with Vite when its sources are newer than the last build. */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const SOURCES = ['src', 'preview', 'vite.config.mjs', 'package-lock.json'];
const OUTPUT = path.join(ROOT, 'preview-dist', 'index.html');

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (!/\.test\.tsx?$/.test(child)) {
      newest = Math.max(newest, newestMtime(path.join(entry, child)));
    }
  }
  return newest;
}

export function previewIsStale(): boolean {
  if (!fs.existsSync(OUTPUT)) {
    return true;
  }
  const built = fs.statSync(OUTPUT).mtimeMs;
  return SOURCES.some((s) => fs.existsSync(path.join(ROOT, s)) && newestMtime(path.join(ROOT, s)) > built);
}

export async function buildPreview(options: { force?: boolean; log?: (m: string) => void } = {}): Promise<boolean> {
  if (!options.force && !previewIsStale()) {
    return false;
  }
  options.log?.('Building the preview (Vite)…');
  const vite = (await import('vite')) as typeof import('vite');
  await vite.build({ configFile: path.join(ROOT, 'vite.config.mjs'), logLevel: 'warn' });
  return true;
}
