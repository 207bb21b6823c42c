/**
 * tsx scripts/build-teams-app.ts (part of npm run package, before gulp package-solution)
 *
 * Builds the Teams app "Salkku" from teams-app/ (texts in fi-fi, sv-se, en-us; icons),
 * config/package-solution.json (version, developer) and the web part manifests (component ids),
 * and writes it twice:
 * - teams/TeamsSPFxApp.zip, which gulp package-solution carries into the .sppkg
 *   (ClientSideAssets/TeamsSPFxApp.zip), so "Sync to Teams" deploys it instead of generating one
 *   Teams app per web part;
 * - sharepoint/solution/salkku-teams.zip, the same bytes, for
 *   `m365 teams app publish --filePath sharepoint/solution/salkku-teams.zip`.
 * Both are build output (.gitignore). A limit passed or a web part manifest missing stops it
 * with a message naming what to fix.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildTeamsApp, TeamsAppError } from './lib/teamsApp';
import { PACKAGE_BESIDE_SOLUTION, PACKAGE_IN_SOLUTION, packTeamsApp, readIcons, readTeamsAppInput } from './lib/teamsAppSources';

const ROOT = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const files = buildTeamsApp(readTeamsAppInput(ROOT));
  const zip = await packTeamsApp(files, readIcons(ROOT));
  for (const target of [PACKAGE_IN_SOLUTION, PACKAGE_BESIDE_SOLUTION]) {
    fs.mkdirSync(path.dirname(path.join(ROOT, target)), { recursive: true });
    fs.writeFileSync(path.join(ROOT, target), zip);
  }
  const { manifest } = files;
  console.log(
    `Teams app "${manifest.name.short}" ${manifest.version} (${manifest.id}, manifest ${manifest.manifestVersion}): ` +
      `1 channel tab, ${manifest.staticTabs.length} personal tabs, ${1 + files.localizations.length} languages, ${zip.length} bytes → ` +
      `${PACKAGE_IN_SOLUTION}, ${PACKAGE_BESIDE_SOLUTION}`
  );
}

main().catch((error: unknown) => {
  console.error(`build-teams-app: ${error instanceof TeamsAppError || error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
