/**
 * The Teams app "Salkku" that ships inside the solution package (teams/TeamsSPFxApp.zip), built
 * from plain inputs: no file system here, so the tests give it any input and the build script
 * (scripts/build-teams-app.ts) gives it ours.
 *
 * How SharePoint uses it: when an administrator chooses "Sync to Teams" in the tenant app catalog
 * and the .sppkg holds TeamsSPFxApp.zip, SharePoint deploys that package instead of generating one
 * Teams app per web part (SharePoint/sp-dev-docs docs/spfx/deployment-spfx-teams-solutions.md,
 * "Developer-provided Microsoft Teams app manifest & package"). The tab URLs are that page's
 * templates, with {teamSiteDomain}, {teamSitePath} and {locale} left for Teams to fill.
 *
 * validDomains and webApplicationInfo are what SharePoint's own Teams manifests for SPFx web parts
 * carry. SPFx 1.23 does not emit a Teams manifest itself (SharePoint generates it at "Sync to
 * Teams"; nothing under node_modules/@microsoft holds a template), so the values follow the
 * manifest the SPFx 1.8 generator wrote to teams/manifest_<web part>.json, as reproduced by the
 * CLI for Microsoft 365's upgrade rule FN018002 (pnp/cli-microsoft365,
 * src/m365/spfx/commands/project/project-upgrade/rules/FN018002_TEAMS_manifest.ts).
 *
 * The manifest follows the Teams app manifest schema v1.30 (MicrosoftTeams.schema.json and
 * MicrosoftTeams.Localization.schema.json as bundled in @microsoft/app-manifest); the limits the
 * builder refuses to pass are the schema's.
 */

/** The Teams app's id: fixed once, so every version of Salkku updates the same Teams app. */
export const TEAMS_APP_ID = 'bb1f629b-b377-45bb-b07a-ce3748aab5d7';

export const MANIFEST_VERSION = '1.30';
export const MANIFEST_SCHEMA = 'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json';
export const LOCALIZATION_SCHEMA = 'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json';

/** The documented URL templates; {{SPFX_COMPONENT_ID}} is ours to fill, the rest is Teams'. */
export const PERSONAL_TAB_URL_TEMPLATE =
  'https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId={{SPFX_COMPONENT_ID}}%26forceLocale={locale}';
export const CHANNEL_TAB_URL_TEMPLATE =
  'https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId={{SPFX_COMPONENT_ID}}%26forceLocale={locale}';

/** Where SPFx tabs load from and sign in through (SharePoint's own manifests for SPFx tabs). */
export const SHAREPOINT_VALID_DOMAINS: readonly string[] = [
  '*.login.microsoftonline.com',
  '*.sharepoint.com',
  '*.sharepoint-df.com',
  'spoppe-a.akamaihd.net',
  'spoprod-a.akamaihd.net',
  'resourceseng.blob.core.windows.net',
  'msft.spoppe.com'
];
/** SharePoint Online's resource (00000003-0000-0ff1-ce00-000000000000) on the team's own host. */
export const SHAREPOINT_WEB_APPLICATION_INFO = { resource: 'https://{teamSiteDomain}', id: '00000003-0000-0ff1-ce00-000000000000' } as const;

/** The file names inside the Teams app package (all at its top level). */
export const ICON_FILES = { color: 'color.png', outline: 'outline.png' } as const;
export const MANIFEST_FILE = 'manifest.json';

/** The Teams manifest schema's limits (v1.30), checked here so a build fails with a plain message. */
export const LIMITS = {
  'name.short': 30,
  'name.full': 100,
  'description.short': 80,
  'description.full': 4000,
  staticTabName: 128,
  staticTabs: 16,
  entityId: 64,
  developerName: 32
} as const;

/** One language's texts, as the translators write them (teams-app/<language>.json). */
export interface AppTexts {
  name: { short: string; full: string };
  description: { short: string; full: string };
  /** Static tab names by entityId. */
  tabs: Record<string, string>;
}

export interface PersonalTab {
  entityId: string;
  /** The SPFx web part the tab shows. */
  componentId: string;
}

export interface TeamsAppInput {
  /** The solution's version from config/package-solution.json (four parts, the last 0). */
  solutionVersion: string;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  accentColor: string;
  /** The web part of the configurable channel / group chat tab. */
  channelTabComponentId: string;
  personalTabs: PersonalTab[];
  /** The default language first; each with a lower-case tag such as fi-fi. */
  languages: { tag: string; texts: AppTexts }[];
}

export interface TeamsStaticTab {
  entityId: string;
  name: string;
  contentUrl: string;
  scopes: 'personal'[];
}

export interface TeamsConfigurableTab {
  configurationUrl: string;
  canUpdateConfiguration: boolean;
  scopes: ('team' | 'groupChat')[];
}

export interface TeamsManifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
  developer: TeamsAppInput['developer'];
  name: { short: string; full: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  accentColor: string;
  configurableTabs: TeamsConfigurableTab[];
  staticTabs: TeamsStaticTab[];
  validDomains: string[];
  webApplicationInfo: { resource: string; id: string };
}

/** A language file: the manifest's texts by their JSON path. */
export type TeamsLocalization = { $schema: string } & Record<string, string>;

export interface TeamsAppFiles {
  manifest: TeamsManifest;
  /** The additional languages' files, named as localizationInfo names them. */
  localizations: { file: string; content: TeamsLocalization }[];
}

/** Refused input: every problem found, one per line, naming the field and the limit. */
export class TeamsAppError extends Error {
  public constructor(public readonly problems: string[]) {
    super(`The Teams app cannot be built:\n- ${problems.join('\n- ')}`);
    this.name = 'TeamsAppError';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Characters as JSON Schema's maxLength counts them (code points). */
export function characters(text: string): number {
  return [...text].length;
}

export function personalTabUrl(componentId: string): string {
  return PERSONAL_TAB_URL_TEMPLATE.replace('{{SPFX_COMPONENT_ID}}', componentId);
}

export function channelTabConfigurationUrl(componentId: string): string {
  return CHANNEL_TAB_URL_TEMPLATE.replace('{{SPFX_COMPONENT_ID}}', componentId);
}

/**
 * Teams wants x.y.z; the solution has x.y.z.w. The fourth part must be 0: Teams would not see a
 * change in it, so an update would not reach the teams.
 */
export function teamsVersion(solutionVersion: string): string {
  const match = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:\.([0-9]+))?$/.exec(solutionVersion);
  if (!match) {
    throw new TeamsAppError([`solution version "${solutionVersion}" is not x.y.z.w`]);
  }
  const [, major = '', minor = '', patch = '', revision = '0'] = match;
  if (Number(revision) !== 0) {
    throw new TeamsAppError([
      `solution version "${solutionVersion}" changes only its fourth part, which a Teams app version (x.y.z) does not have: raise the third part instead`
    ]);
  }
  return [major, minor, patch].join('.');
}

function checkLength(problems: string[], where: string, field: string, text: string, limit: number): void {
  const length = characters(text);
  if (length === 0) {
    problems.push(`${where} ${field} is empty`);
  } else if (length > limit) {
    problems.push(`${where} ${field} is ${length} characters; Teams allows at most ${limit}`);
  }
}

/** Every limit the input breaks (empty when it may be built). */
export function teamsAppProblems(input: TeamsAppInput): string[] {
  const problems: string[] = [];
  if (input.languages.length === 0) {
    problems.push('no language: the first language is the default one');
  }
  const seenTags = new Set<string>();
  for (const { tag, texts } of input.languages) {
    const where = `${tag}:`;
    if (!/^[a-z]{2,3}-[a-z]{2}$/.test(tag)) {
      problems.push(`${where} language tag "${tag}" is not a lower-case language-region tag such as fi-fi`);
    }
    if (seenTags.has(tag)) {
      problems.push(`${where} the language appears twice`);
    }
    seenTags.add(tag);
    checkLength(problems, where, 'name.short', texts.name.short, LIMITS['name.short']);
    checkLength(problems, where, 'name.full', texts.name.full, LIMITS['name.full']);
    checkLength(problems, where, 'description.short', texts.description.short, LIMITS['description.short']);
    checkLength(problems, where, 'description.full', texts.description.full, LIMITS['description.full']);
    for (const tab of input.personalTabs) {
      const name = texts.tabs[tab.entityId];
      if (name === undefined) {
        problems.push(`${where} no name for the personal tab ${tab.entityId}`);
      } else {
        checkLength(problems, where, `tab name of ${tab.entityId}`, name, LIMITS.staticTabName);
      }
    }
    for (const entityId of Object.keys(texts.tabs)) {
      if (!input.personalTabs.some((tab) => tab.entityId === entityId)) {
        problems.push(`${where} names a tab ${entityId} that the app does not have`);
      }
    }
  }
  if (input.personalTabs.length > LIMITS.staticTabs) {
    problems.push(`${input.personalTabs.length} personal tabs; Teams allows at most ${LIMITS.staticTabs}`);
  }
  const entityIds = new Set<string>();
  for (const tab of input.personalTabs) {
    if (entityIds.has(tab.entityId)) {
      problems.push(`personal tab entityId ${tab.entityId} appears twice`);
    }
    entityIds.add(tab.entityId);
    checkLength(problems, `personal tab ${tab.entityId}:`, 'entityId', tab.entityId, LIMITS.entityId);
    if (!GUID.test(tab.componentId)) {
      problems.push(`personal tab ${tab.entityId}: component id "${tab.componentId}" is not a GUID`);
    }
  }
  if (!GUID.test(input.channelTabComponentId)) {
    problems.push(`channel tab: component id "${input.channelTabComponentId}" is not a GUID`);
  }
  if (!/^#[0-9a-fA-F]{6}$/.test(input.accentColor)) {
    problems.push(`accent colour "${input.accentColor}" is not #rrggbb`);
  }
  checkLength(problems, 'developer:', 'name', input.developer.name, LIMITS.developerName);
  for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'] as const) {
    if (!/^https:\/\/[^\s]+$/.test(input.developer[key])) {
      problems.push(`developer ${key} "${input.developer[key]}" is not an https URL`);
    }
  }
  try {
    teamsVersion(input.solutionVersion);
  } catch (error: unknown) {
    problems.push(...(error instanceof TeamsAppError ? error.problems : [String(error)]));
  }
  return problems;
}

/** The manifest and the additional languages' files; throws TeamsAppError on any broken limit. */
export function buildTeamsApp(input: TeamsAppInput): TeamsAppFiles {
  const problems = teamsAppProblems(input);
  const [defaultLanguage, ...additional] = input.languages;
  if (problems.length > 0 || !defaultLanguage) {
    throw new TeamsAppError(problems);
  }
  const texts = defaultLanguage.texts;
  const manifest: TeamsManifest = {
    $schema: MANIFEST_SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version: teamsVersion(input.solutionVersion),
    id: TEAMS_APP_ID,
    localizationInfo: {
      defaultLanguageTag: defaultLanguage.tag,
      additionalLanguages: additional.map(({ tag }) => ({ languageTag: tag, file: `${tag}.json` }))
    },
    developer: { ...input.developer },
    name: { ...texts.name },
    description: { ...texts.description },
    icons: { color: ICON_FILES.color, outline: ICON_FILES.outline },
    accentColor: input.accentColor,
    configurableTabs: [
      {
        configurationUrl: channelTabConfigurationUrl(input.channelTabComponentId),
        canUpdateConfiguration: true,
        scopes: ['team', 'groupChat']
      }
    ],
    staticTabs: input.personalTabs.map((tab) => ({
      entityId: tab.entityId,
      name: texts.tabs[tab.entityId] ?? '',
      contentUrl: personalTabUrl(tab.componentId),
      scopes: ['personal']
    })),
    validDomains: [...SHAREPOINT_VALID_DOMAINS],
    webApplicationInfo: { ...SHAREPOINT_WEB_APPLICATION_INFO }
  };
  const localizations = additional.map(({ tag, texts: translated }) => {
    const content: TeamsLocalization = {
      $schema: LOCALIZATION_SCHEMA,
      'name.short': translated.name.short,
      'name.full': translated.name.full,
      'description.short': translated.description.short,
      'description.full': translated.description.full
    };
    input.personalTabs.forEach((tab, index) => {
      content[`staticTabs[${index}].name`] = translated.tabs[tab.entityId] ?? '';
    });
    return { file: `${tag}.json`, content };
  });
  return { manifest, localizations };
}
