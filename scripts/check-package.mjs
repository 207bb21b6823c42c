// Checks the packaged solution: sharepoint/solution/salkku.sppkg holds the four view web part
// manifests, each with the four supported hosts, and each web part's Teams icons, and the channel
// tab's web part; the Teams app "Salkku" (ClientSideAssets/TeamsSPFxApp.zip, which "Sync to
// Teams" deploys instead of generating one app per web part) with its manifest, icons and
// language files at the top level, the app's id, and tabs that name web parts of the package
// supporting their Teams host, and the same bytes beside the .sppkg for `m365 teams app publish`;
// and no shipped bundle carries development tooling (demo content, synthetic data, the preview's
// column-formatting language).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

const PACKAGE = 'sharepoint/solution/salkku.sppkg';
const HOSTS = ['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp', 'SharePointFullPage'];
const WEB_PARTS = {
  '1e3970bc-1c40-411c-8a96-bc3bd2919078': 'Portfolio',
  '3e81c689-e127-4f15-bddd-fd1d4fdbea47': 'Timeline',
  '6efd885a-8a8f-482d-849f-29ca10eec3e5': 'ImpactAssessment',
  '81da5aae-ff60-4cad-a51c-465ea39e3fe5': 'FollowUp',
  '9211cafd-791d-4421-a529-e7ed30b5f5a1': 'Proposals',
  'db84c7a6-f128-4180-bcb1-97a58454602e': 'Benefits'
};
/** The channel tab's web part (the team chooses the view in its property pane). */
const TEAMS_TAB_WEB_PART = '18343c28-ce75-4c95-bdd2-d496773763ae';
/** The Teams app (scripts/lib/teamsApp.ts) and its copy beside the .sppkg (scripts/build-teams-app.ts). */
const TEAMS_APP_ID = 'bb1f629b-b377-45bb-b07a-ce3748aab5d7';
const TEAMS_APP_BESIDE = 'sharepoint/solution/salkku-teams.zip';

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
if (webParts.length !== Object.keys(WEB_PARTS).length + 1) {
  fail(`expected ${Object.keys(WEB_PARTS).length + 1} web part manifests (the views and the channel tab), found ${webParts.length}`);
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

// The Teams app: SharePoint looks for it as TeamsSPFxApp.zip from the solution's teams folder
// (SharePoint/sp-dev-docs, docs/spfx/deployment-spfx-teams-solutions.md); Teams wants every file
// of an app package at its top level
const teamsPackage = join(dir, 'ClientSideAssets', 'TeamsSPFxApp.zip');
if (!existsSync(teamsPackage)) {
  fail('ClientSideAssets/TeamsSPFxApp.zip is missing: "Sync to Teams" would generate one Teams app per web part');
}
const teamsZip = await JSZip.loadAsync(readFileSync(teamsPackage));
const teamsEntries = Object.values(teamsZip.files);
const nested = teamsEntries.filter((entry) => entry.dir || entry.name.includes('/')).map((entry) => entry.name);
if (nested.length > 0) fail(`TeamsSPFxApp.zip has folders or files below the top level: ${nested.join(', ')}`);
const teamsManifestEntry = teamsZip.file('manifest.json');
if (!teamsManifestEntry) fail('TeamsSPFxApp.zip has no manifest.json at its top level');
const teamsManifest = JSON.parse(await teamsManifestEntry.async('string'));
if (teamsManifest.id !== TEAMS_APP_ID) fail(`TeamsSPFxApp.zip's manifest id is ${teamsManifest.id}, not the Salkku app's ${TEAMS_APP_ID}`);
const languageFiles = (teamsManifest.localizationInfo?.additionalLanguages ?? []).map((language) => language.file);
const named = ['manifest.json', teamsManifest.icons?.color, teamsManifest.icons?.outline, ...languageFiles];
const absent = named.filter((name) => !name || !teamsZip.file(name));
if (absent.length > 0) fail(`TeamsSPFxApp.zip lacks what its manifest names: ${absent.join(', ')}`);
const unnamed = teamsEntries.map((entry) => entry.name).filter((name) => !named.includes(name));
if (unnamed.length > 0) fail(`TeamsSPFxApp.zip holds files its manifest does not name: ${unnamed.join(', ')}`);
// every tab shows a web part of this package that supports the tab's Teams host
const tabs = [
  ...(teamsManifest.staticTabs ?? []).map((tab) => ({ url: tab.contentUrl, host: 'TeamsPersonalApp', name: `personal tab ${tab.entityId}` })),
  ...(teamsManifest.configurableTabs ?? []).map((tab) => ({ url: tab.configurationUrl, host: 'TeamsTab', name: 'channel tab' }))
];
if (!(teamsManifest.configurableTabs ?? []).some((tab) => tab.configurationUrl.includes(`componentId=${TEAMS_TAB_WEB_PART}%26`))) {
  fail(`the Teams app's channel tab does not show the channel-tab web part ${TEAMS_TAB_WEB_PART}`);
}
for (const { url, host, name } of tabs) {
  const id = /componentId=([0-9a-f-]{36})%26/.exec(url)?.[1];
  const webPart = webParts.find((m) => m.id === id);
  if (!webPart) fail(`the Teams app's ${name} shows component ${id ?? '(none)'}, which is not a web part of the package`);
  if (!(webPart.supportedHosts ?? []).includes(host)) fail(`the Teams app's ${name} shows ${webPart.alias}, which does not support ${host}`);
}
if (!existsSync(TEAMS_APP_BESIDE)) fail(`${TEAMS_APP_BESIDE} is missing (run npm run package)`);
if (!readFileSync(TEAMS_APP_BESIDE).equals(readFileSync(teamsPackage))) {
  fail(`${TEAMS_APP_BESIDE} differs from the .sppkg's ClientSideAssets/TeamsSPFxApp.zip (run npm run package)`);
}
console.log(
  `ok  Teams app "${teamsManifest.name?.short}" ${teamsManifest.version} (${teamsManifest.id}): ${named.join(', ')} at the top level; ` +
    `${tabs.length} tabs on web parts of the package; ${TEAMS_APP_BESIDE} identical`
);

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
console.log(`check-package: ${PACKAGE} holds ${Object.keys(WEB_PARTS).length} view web parts with ${HOSTS.length} hosts each and their Teams icons, the channel tab's web part, and the Teams app "Salkku".`);
