// Checks the packaged solution: sharepoint/solution/salkku.sppkg holds the three client-side web
// part manifests, each with the four supported hosts, and each web part's Teams icons; and no
// shipped bundle carries development tooling (demo content, synthetic data, the preview's
// column-formatting language).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGE = 'sharepoint/solution/salkku.sppkg';
const HOSTS = ['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp', 'SharePointFullPage'];
const WEB_PARTS = {
  '1e3970bc-1c40-411c-8a96-bc3bd2919078': 'Portfolio',
  '3e81c689-e127-4f15-bddd-fd1d4fdbea47': 'Timeline',
  '6efd885a-8a8f-482d-849f-29ca10eec3e5': 'ImpactAssessment'
};

function fail(message) {
  console.error(`check-package: ${message}`);
  process.exit(1);
}

if (!existsSync(PACKAGE)) {
  fail(`${PACKAGE} is missing (run npm run package)`);
}
const dir = mkdtempSync(join(tmpdir(), 'salkku-sppkg-'));
execFileSync('unzip', ['-q', PACKAGE, '-d', dir]);

const decode = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const manifests = [];
for (const entry of readdirSync(dir, { recursive: true })) {
  if (!String(entry).endsWith('.xml')) continue;
  const xml = readFileSync(join(dir, String(entry)), 'utf8');
  for (const match of xml.matchAll(/<ClientSideComponent\b[^>]*ComponentManifest="([^"]*)"/g)) {
    manifests.push(JSON.parse(decode(match[1])));
  }
}
const webParts = manifests.filter((m) => m.componentType === 'WebPart');
if (webParts.length !== 3) {
  fail(`expected 3 web part manifests, found ${webParts.length}`);
}
for (const [id, name] of Object.entries(WEB_PARTS)) {
  const manifest = webParts.find((m) => m.id === id);
  if (!manifest) fail(`${name} (${id}) is not in the package`);
  const missing = HOSTS.filter((h) => !(manifest.supportedHosts ?? []).includes(h));
  if (missing.length > 0) fail(`${name} lacks supportedHosts ${missing.join(', ')}`);
  for (const kind of ['color', 'outline']) {
    if (!existsSync(join(dir, 'ClientSideAssets', `${id}_${kind}.png`))) fail(`${name} lacks its Teams ${kind} icon`);
  }
  console.log(`ok  ${name.padEnd(17)} ${id}  ${manifest.supportedHosts.join(', ')}  + Teams icons`);
}
// text only the tooling has: a demo project's title, the synthetic generator's word list, the
// formatting checker's messages
const TOOLING = {
  'demo content (demo/demoProjects2019.ts)': 'Langattoman verkon tukiasemien uusiminen ja verkon valvonta',
  'synthetic data (demo/synthetic.ts)': 'Mobiililaitteet',
  'formatting language (preview/sharepoint/formatterLanguage.ts)': 'takes only translate('
};
const bundles = readdirSync(dir, { recursive: true }).filter((entry) => String(entry).endsWith('.js'));
if (bundles.length === 0) fail('no JavaScript bundles in the package');
for (const entry of bundles) {
  const code = readFileSync(join(dir, String(entry)), 'utf8');
  for (const [what, marker] of Object.entries(TOOLING)) {
    if (code.includes(marker)) fail(`${entry} contains ${what}`);
  }
}
console.log(`ok  ${bundles.length} bundles carry no demo content, synthetic data or preview tooling`);
console.log(`check-package: ${PACKAGE} holds 3 web parts with ${HOSTS.length} hosts each and their Teams icons.`);
