/**
 * The Teams app's sources and its package: reads teams-app/ (texts per language, icons),
 * config/package-solution.json (version, developer) and the web part manifests (component ids by
 * alias), and zips the result as Teams wants it (every file at the top level).
 *
 * The sources live in teams-app/, not in teams/: SPFx's packager copies everything in teams/ into
 * the .sppkg's ClientSideAssets, so only the built TeamsSPFxApp.zip (and the web parts' own icons)
 * belong there.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { ICON_FILES, MANIFEST_FILE, type AppTexts, type TeamsAppFiles, type TeamsAppInput } from './teamsApp';

export const SOURCES_DIR = 'teams-app';
/** Where `gulp package-solution` picks the package up (SharePoint/sp-dev-docs, deployment-spfx-teams-solutions.md). */
export const PACKAGE_IN_SOLUTION = 'teams/TeamsSPFxApp.zip';
/** The same package beside the .sppkg, for `m365 teams app publish --filePath`. */
export const PACKAGE_BESIDE_SOLUTION = 'sharepoint/solution/salkku-teams.zip';

/** The default language first. */
export const LANGUAGES = ['fi-fi', 'sv-se', 'en-us'] as const;
/** The Portfolio icon's blue (scripts/make-teams-icons.ts). */
export const ACCENT_COLOR = '#0f6cbd';
/** The channel tab's web part: the team chooses the view in its property pane. */
export const CHANNEL_TAB_ALIAS = 'TeamsTabWebPart';
export const PERSONAL_TABS = [
  { entityId: 'salkku-portfolio', alias: 'PortfolioWebPart' },
  { entityId: 'salkku-timeline', alias: 'TimelineWebPart' },
  { entityId: 'salkku-impact', alias: 'ImpactAssessmentWebPart' },
  { entityId: 'salkku-followup', alias: 'FollowUpWebPart' },
  { entityId: 'salkku-proposals', alias: 'ProposalsWebPart' },
  { entityId: 'salkku-benefits', alias: 'BenefitsWebPart' }
] as const;

/** A web part manifest, as much of it as the Teams app and its tests read. */
export interface WebPartManifest {
  file: string;
  id: string;
  alias: string;
  supportedHosts: string[];
  preconfiguredEntries: { title?: Record<string, string>; description?: Record<string, string> }[];
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error: unknown) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Every src/webparts/<folder>/<name>.manifest.json. */
export function readWebPartManifests(root: string): WebPartManifest[] {
  const webparts = path.join(root, 'src', 'webparts');
  return fs
    .readdirSync(webparts, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      fs
        .readdirSync(path.join(webparts, entry.name))
        .filter((name) => name.endsWith('.manifest.json'))
        .map((name) => path.join(webparts, entry.name, name))
    )
    .sort()
    .map((file) => {
      const manifest = readJson(file) as Partial<WebPartManifest>;
      return {
        file: path.relative(root, file),
        id: String(manifest.id ?? ''),
        alias: String(manifest.alias ?? ''),
        supportedHosts: manifest.supportedHosts ?? [],
        preconfiguredEntries: manifest.preconfiguredEntries ?? []
      };
    });
}

/** The component id of the web part with this alias; a missing manifest stops the build by name. */
export function componentId(manifests: WebPartManifest[], alias: string): string {
  const found = manifests.filter((m) => m.alias === alias);
  if (found.length !== 1 || !found[0]) {
    throw new Error(
      found.length === 0
        ? `No web part manifest with alias ${alias} in src/webparts/*/*.manifest.json: the Teams app "Salkku" needs it for a tab`
        : `${found.length} web part manifests have alias ${alias}: ${found.map((m) => m.file).join(', ')}`
    );
  }
  return found[0].id;
}

function readTexts(root: string, tag: string): AppTexts {
  const file = path.join(root, SOURCES_DIR, `${tag}.json`);
  if (!fs.existsSync(file)) {
    throw new Error(`${path.relative(root, file)} is missing: the Teams app's texts in ${tag}`);
  }
  const texts = readJson(file) as Partial<AppTexts>;
  return {
    name: { short: texts.name?.short ?? '', full: texts.name?.full ?? '' },
    description: { short: texts.description?.short ?? '', full: texts.description?.full ?? '' },
    tabs: { ...(texts.tabs ?? {}) }
  };
}

/** The builder's input from the repository's files. */
export function readTeamsAppInput(root: string): TeamsAppInput {
  const solution = readJson(path.join(root, 'config', 'package-solution.json')) as {
    solution?: { version?: string; developer?: Partial<TeamsAppInput['developer']> };
  };
  const developer = solution.solution?.developer ?? {};
  const manifests = readWebPartManifests(root);
  return {
    solutionVersion: solution.solution?.version ?? '',
    developer: {
      name: developer.name ?? '',
      websiteUrl: developer.websiteUrl ?? '',
      privacyUrl: developer.privacyUrl ?? '',
      termsOfUseUrl: developer.termsOfUseUrl ?? ''
    },
    accentColor: ACCENT_COLOR,
    channelTabComponentId: componentId(manifests, CHANNEL_TAB_ALIAS),
    personalTabs: PERSONAL_TABS.map(({ entityId, alias }) => ({ entityId, componentId: componentId(manifests, alias) })),
    languages: LANGUAGES.map((tag) => ({ tag, texts: readTexts(root, tag) }))
  };
}

export function readIcons(root: string): Record<keyof typeof ICON_FILES, Buffer> {
  return {
    color: fs.readFileSync(path.join(root, SOURCES_DIR, ICON_FILES.color)),
    outline: fs.readFileSync(path.join(root, SOURCES_DIR, ICON_FILES.outline))
  };
}

/** One fixed time for every entry, so the same sources give the same bytes. */
const ENTRY_DATE = new Date(Date.UTC(2020, 0, 1));

/** The Teams app package: manifest, icons and language files at the top level, no folders. */
export async function packTeamsApp(files: TeamsAppFiles, icons: Record<keyof typeof ICON_FILES, Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  const options = { date: ENTRY_DATE, createFolders: false };
  zip.file(MANIFEST_FILE, `${JSON.stringify(files.manifest, undefined, 2)}\n`, options);
  zip.file(files.manifest.icons.color, icons.color, options);
  zip.file(files.manifest.icons.outline, icons.outline, options);
  for (const { file, content } of files.localizations) {
    zip.file(file, `${JSON.stringify(content, undefined, 2)}\n`, options);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
