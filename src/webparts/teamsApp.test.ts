/**
 * @jest-environment node
 *
 * The Teams app "Salkku" (scripts/lib/teamsApp.ts, built by scripts/build-teams-app.ts into
 * teams/TeamsSPFxApp.zip) and the web part manifests Teams reads: the manifest and every language
 * file validate against the Teams app manifest schema v1.30 bundled in @microsoft/app-manifest,
 * Teams' limits are checked by name, the tabs use SharePoint's documented URL templates with the
 * right web part, the icons have Teams' sizes, and input over a limit is refused.
 *
 * The schemas are draft-04: they are compiled with ajv-draft-04 and ajv-formats as the package's
 * own AppManifestUtils.validateAgainstSchema does (same options), plus unicodeRegExp: false: the
 * localisation schema's patterns (`…\[\b(…)\b]\.description`) are written for JavaScript's
 * non-Unicode regular expressions and do not compile with ajv 8's default `u` flag in any version.
 */
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import * as zlib from 'zlib';
import JSZip from 'jszip';
import {
  buildTeamsApp,
  channelTabConfigurationUrl,
  characters,
  CHANNEL_TAB_URL_TEMPLATE,
  LIMITS,
  LOCALIZATION_SCHEMA,
  MANIFEST_SCHEMA,
  MANIFEST_VERSION,
  PERSONAL_TAB_URL_TEMPLATE,
  personalTabUrl,
  SHAREPOINT_VALID_DOMAINS,
  SHAREPOINT_WEB_APPLICATION_INFO,
  TEAMS_APP_ID,
  TeamsAppError,
  teamsVersion,
  type AppTexts,
  type TeamsAppInput
} from '../../scripts/lib/teamsApp';
import {
  CHANNEL_TAB_ALIAS,
  componentId,
  PERSONAL_TABS,
  packTeamsApp,
  readIcons,
  readTeamsAppInput,
  readWebPartManifests,
  SOURCES_DIR
} from '../../scripts/lib/teamsAppSources';

const ROOT = path.resolve(__dirname, '..', '..');

// --- the schemas, compiled with the package's own ajv 8 --------------------------------------

type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
interface AjvLike {
  compile(schema: object): Validate;
}
const packageRequire = createRequire(require.resolve('@microsoft/app-manifest'));
const AjvDraft04 = (packageRequire('ajv-draft-04') as { default: new (options: object) => AjvLike }).default;
const addFormats = (packageRequire('ajv-formats') as { default: (ajv: AjvLike, formats: string[]) => void }).default;
const SCHEMA_DIR = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams', `v${MANIFEST_VERSION}`);

function validator(file: string): Validate {
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as object);
}
const validateManifest = validator('MicrosoftTeams.schema.json');
const validateLocalization = validator('MicrosoftTeams.Localization.schema.json');

function schemaErrors(validate: Validate, data: unknown): string[] {
  return validate(JSON.parse(JSON.stringify(data))) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

// --- PNG: size from IHDR, pixels of 8-bit RGBA ----------------------------------------------

interface Png {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlace: number;
  data: Buffer;
}

function readPng(file: string): Png {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.subarray(at + 4, at + 8).toString('ascii') === 'IDAT') {
      idat.push(bytes.subarray(at + 8, at + 8 + length));
    }
    at += 12 + length;
  }
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    bitDepth: bytes.readUInt8(24),
    colourType: bytes.readUInt8(25),
    interlace: bytes.readUInt8(28),
    data: zlib.inflateSync(Buffer.concat(idat))
  };
}

/** The RGBA pixels of an 8-bit, non-interlaced RGBA PNG, rows unfiltered. */
function rgbaPixels(png: Png): [number, number, number, number][] {
  expect({ bitDepth: png.bitDepth, colourType: png.colourType, interlace: png.interlace }).toEqual({ bitDepth: 8, colourType: 6, interlace: 0 });
  const stride = png.width * 4;
  let previous = new Uint8Array(stride);
  const pixels: [number, number, number, number][] = [];
  for (let y = 0; y < png.height; y++) {
    const start = y * (stride + 1);
    const filter = png.data[start] ?? 0;
    const row = new Uint8Array(png.data.subarray(start + 1, start + 1 + stride));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? row[x - 4] ?? 0 : 0;
      const b = previous[x] ?? 0;
      const c = x >= 4 ? previous[x - 4] ?? 0 : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, Math.floor((a + b) / 2), paeth][filter] ?? 0;
      row[x] = ((row[x] ?? 0) + predictor) & 0xff;
    }
    for (let x = 0; x < stride; x += 4) {
      pixels.push([row[x] ?? 0, row[x + 1] ?? 0, row[x + 2] ?? 0, row[x + 3] ?? 0]);
    }
    previous = row;
  }
  return pixels;
}

// --- inputs for the refusal tests -----------------------------------------------------------

const texts = (over: Partial<AppTexts> = {}): AppTexts => ({
  name: { short: 'Salkku', full: 'Salkku – portfolio' },
  description: { short: 'A short description', full: 'A full description.' },
  tabs: { 'salkku-portfolio': 'Portfolio' },
  ...over
});

const input = (over: Partial<TeamsAppInput> = {}): TeamsAppInput => ({
  solutionVersion: '1.2.3.0',
  developer: { name: 'Salkku contributors', websiteUrl: 'https://example.org', privacyUrl: 'https://example.org/privacy', termsOfUseUrl: 'https://example.org/terms' },
  accentColor: '#0f6cbd',
  channelTabComponentId: '18343c28-ce75-4c95-bdd2-d496773763ae',
  personalTabs: [{ entityId: 'salkku-portfolio', componentId: '1e3970bc-1c40-411c-8a96-bc3bd2919078' }],
  languages: [
    { tag: 'fi-fi', texts: texts() },
    { tag: 'sv-se', texts: texts() }
  ],
  ...over
});

function refusal(build: () => unknown): string {
  try {
    build();
  } catch (error: unknown) {
    expect(error).toBeInstanceOf(TeamsAppError);
    return (error as Error).message;
  }
  throw new Error('the input was accepted');
}

describe('the Teams app "Salkku"', () => {
  const app = buildTeamsApp(readTeamsAppInput(ROOT));
  const { manifest } = app;

  it('manifest.json validates against the Teams app manifest schema v1.30', () => {
    expect(manifest.$schema).toBe(MANIFEST_SCHEMA);
    expect(manifest.manifestVersion).toBe('1.30');
    expect(schemaErrors(validateManifest, manifest)).toEqual([]);
  });

  it('each language file validates against the Teams localisation schema of the same version', () => {
    expect(app.localizations.map((l) => l.file)).toEqual(['sv-se.json', 'en-us.json']);
    for (const { content } of app.localizations) {
      expect(content.$schema).toBe(LOCALIZATION_SCHEMA);
      expect(schemaErrors(validateLocalization, content)).toEqual([]);
    }
  });

  it('the schema validation is not vacuous: the schemas refuse what Teams refuses', () => {
    const broken = { ...manifest, description: { ...manifest.description, short: 'x'.repeat(81) }, packageName: 'fi.salkku' };
    expect(schemaErrors(validateManifest, broken)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/description\/short must NOT have more than 80 characters/), expect.stringMatching(/must NOT have additional properties/)])
    );
    const localization = app.localizations[0]?.content ?? {};
    expect(schemaErrors(validateLocalization, { ...localization, 'name.short': 'x'.repeat(31) })).toEqual([expect.stringMatching(/^\/name\.short must NOT have more than 30 characters/)]);
    expect(schemaErrors(validateLocalization, { ...localization, 'staticTabs[16].name': 'x' })).toEqual([' must NOT have additional properties']);
  });

  it('is one app with a fixed id, in Finnish by default, with Swedish and English', () => {
    expect(manifest.id).toBe(TEAMS_APP_ID);
    expect(manifest.id).toBe('bb1f629b-b377-45bb-b07a-ce3748aab5d7');
    expect(manifest.name.short).toBe('Salkku');
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'fi-fi',
      additionalLanguages: [
        { languageTag: 'sv-se', file: 'sv-se.json' },
        { languageTag: 'en-us', file: 'en-us.json' }
      ]
    });
  });

  it('takes its version and developer from config/package-solution.json', () => {
    const solution = (JSON.parse(fs.readFileSync(path.join(ROOT, 'config', 'package-solution.json'), 'utf8')) as { solution: { version: string; developer: Record<string, string> } }).solution;
    expect(manifest.version).toBe(teamsVersion(solution.version));
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.developer).toEqual({
      name: solution.developer.name,
      websiteUrl: solution.developer.websiteUrl,
      privacyUrl: solution.developer.privacyUrl,
      termsOfUseUrl: solution.developer.termsOfUseUrl
    });
  });

  it('keeps every name and description within Teams limits in every language', () => {
    const languages = [{ file: 'manifest.json', content: { 'name.short': manifest.name.short, 'name.full': manifest.name.full, 'description.short': manifest.description.short, 'description.full': manifest.description.full } as Record<string, string> }, ...app.localizations];
    for (const { file, content } of languages) {
      const lengths = {
        file,
        nameShort: characters(content['name.short'] ?? ''),
        nameFull: characters(content['name.full'] ?? ''),
        descriptionShort: characters(content['description.short'] ?? ''),
        descriptionFull: characters(content['description.full'] ?? '')
      };
      expect(lengths.nameShort).toBeGreaterThan(0);
      expect(lengths.nameShort).toBeLessThanOrEqual(LIMITS['name.short']);
      expect(lengths.nameFull).toBeLessThanOrEqual(LIMITS['name.full']);
      expect(lengths.descriptionShort).toBeGreaterThan(0);
      expect(lengths.descriptionShort).toBeLessThanOrEqual(LIMITS['description.short']);
      expect(lengths.descriptionFull).toBeLessThanOrEqual(LIMITS['description.full']);
    }
    for (const tab of manifest.staticTabs) {
      expect(characters(tab.name)).toBeLessThanOrEqual(LIMITS.staticTabName);
    }
    for (const { content } of app.localizations) {
      manifest.staticTabs.forEach((_tab, index) => expect(characters(content[`staticTabs[${index}].name`] ?? '')).toBeGreaterThan(0));
    }
    expect(LIMITS).toMatchObject({ 'name.short': 30, 'name.full': 100, 'description.short': 80, 'description.full': 4000, staticTabs: 16 });
  });

  it('has six personal tabs with unique entity ids, within 16', () => {
    expect(manifest.staticTabs.map((t) => t.entityId)).toEqual(['salkku-portfolio', 'salkku-timeline', 'salkku-impact', 'salkku-followup', 'salkku-proposals', 'salkku-benefits']);
    expect(new Set(manifest.staticTabs.map((t) => t.entityId)).size).toBe(manifest.staticTabs.length);
    expect(manifest.staticTabs.length).toBeLessThanOrEqual(LIMITS.staticTabs);
    expect(manifest.staticTabs.every((t) => t.scopes.join() === 'personal')).toBe(true);
  });

  it('tab URLs are the documented SharePoint templates with the right web part', () => {
    const manifests = readWebPartManifests(ROOT);
    const ids = {
      portfolio: componentId(manifests, 'PortfolioWebPart'),
      timeline: componentId(manifests, 'TimelineWebPart'),
      impact: componentId(manifests, 'ImpactAssessmentWebPart'),
      followUp: componentId(manifests, 'FollowUpWebPart'),
      proposals: componentId(manifests, 'ProposalsWebPart'),
      benefits: componentId(manifests, 'BenefitsWebPart'),
      teamsTab: componentId(manifests, CHANNEL_TAB_ALIAS)
    };
    expect(ids).toEqual({
      portfolio: '1e3970bc-1c40-411c-8a96-bc3bd2919078',
      timeline: '3e81c689-e127-4f15-bddd-fd1d4fdbea47',
      impact: '6efd885a-8a8f-482d-849f-29ca10eec3e5',
      followUp: '81da5aae-ff60-4cad-a51c-465ea39e3fe5',
      proposals: '9211cafd-791d-4421-a529-e7ed30b5f5a1',
      benefits: 'db84c7a6-f128-4180-bcb1-97a58454602e',
      teamsTab: '18343c28-ce75-4c95-bdd2-d496773763ae'
    });
    // the templates exactly as SharePoint/sp-dev-docs deployment-spfx-teams-solutions.md gives them
    expect(PERSONAL_TAB_URL_TEMPLATE).toBe(
      'https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId={{SPFX_COMPONENT_ID}}%26forceLocale={locale}'
    );
    expect(CHANNEL_TAB_URL_TEMPLATE).toBe(
      'https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId={{SPFX_COMPONENT_ID}}%26forceLocale={locale}'
    );
    expect(manifest.staticTabs.map((t) => t.contentUrl)).toEqual([personalTabUrl(ids.portfolio), personalTabUrl(ids.timeline), personalTabUrl(ids.impact), personalTabUrl(ids.followUp), personalTabUrl(ids.proposals), personalTabUrl(ids.benefits)]);
    expect(manifest.staticTabs[0]?.contentUrl).toBe(
      'https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=1e3970bc-1c40-411c-8a96-bc3bd2919078%26forceLocale={locale}'
    );
    expect(manifest.configurableTabs).toEqual([{ configurationUrl: channelTabConfigurationUrl(ids.teamsTab), canUpdateConfiguration: true, scopes: ['team', 'groupChat'] }]);
    expect(manifest.configurableTabs[0]?.configurationUrl).toBe(
      'https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=18343c28-ce75-4c95-bdd2-d496773763ae%26forceLocale={locale}'
    );
  });

  it('each tab names a web part that supports its Teams host', () => {
    const manifests = readWebPartManifests(ROOT);
    const hostsOf = (alias: string): string[] => manifests.find((m) => m.alias === alias)?.supportedHosts ?? [];
    expect(hostsOf(CHANNEL_TAB_ALIAS)).toContain('TeamsTab');
    for (const { alias } of PERSONAL_TABS) {
      expect({ alias, personal: hostsOf(alias).includes('TeamsPersonalApp') }).toEqual({ alias, personal: true });
    }
  });

  it('lets SharePoint sign the tab in as SPFx does', () => {
    expect(manifest.validDomains).toEqual([...SHAREPOINT_VALID_DOMAINS]);
    expect(manifest.validDomains).toEqual([
      '*.login.microsoftonline.com',
      '*.sharepoint.com',
      '*.sharepoint-df.com',
      'spoppe-a.akamaihd.net',
      'spoprod-a.akamaihd.net',
      'resourceseng.blob.core.windows.net',
      'msft.spoppe.com'
    ]);
    expect(manifest.webApplicationInfo).toEqual(SHAREPOINT_WEB_APPLICATION_INFO);
    expect(manifest.webApplicationInfo).toEqual({ resource: 'https://{teamSiteDomain}', id: '00000003-0000-0ff1-ce00-000000000000' });
  });

  it('has a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    const colour = readPng(path.join(ROOT, SOURCES_DIR, manifest.icons.color));
    expect([colour.width, colour.height]).toEqual([192, 192]);
    const outline = readPng(path.join(ROOT, SOURCES_DIR, manifest.icons.outline));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const pixels = rgbaPixels(outline);
    expect(pixels).toHaveLength(32 * 32);
    const notWhite = pixels.filter(([r, g, b, a]) => a > 0 && (r !== 255 || g !== 255 || b !== 255));
    expect(notWhite).toEqual([]);
    expect(pixels.some(([, , , a]) => a === 0)).toBe(true);
    expect(pixels.some(([, , , a]) => a === 255)).toBe(true);
  });

  it('packs the manifest, icons and language files at the top level of the zip', async () => {
    const zip = await JSZip.loadAsync(await packTeamsApp(app, readIcons(ROOT)));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png', 'sv-se.json']);
    expect(Object.values(zip.files).some((entry) => entry.dir)).toBe(false);
    const packed = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? '{}') as { id?: string };
    expect(packed.id).toBe(TEAMS_APP_ID);
    // the same sources give the same bytes
    expect((await packTeamsApp(app, readIcons(ROOT))).equals(await packTeamsApp(app, readIcons(ROOT)))).toBe(true);
  });
});

describe('the Teams app builder refuses what Teams would refuse', () => {
  it('accepts the minimal valid input', () => {
    expect(schemaErrors(validateManifest, buildTeamsApp(input()).manifest)).toEqual([]);
  });

  it('refuses a description.short over 80 characters, naming the field, the language and the length', () => {
    const message = refusal(() => buildTeamsApp(input({ languages: [{ tag: 'fi-fi', texts: texts() }, { tag: 'sv-se', texts: texts({ description: { short: 'x'.repeat(92), full: 'ok' } }) }] })));
    expect(message).toContain('sv-se: description.short is 92 characters; Teams allows at most 80');
  });

  it('refuses name.short over 30, name.full over 100 and description.full over 4000 characters', () => {
    const message = refusal(() =>
      buildTeamsApp(input({ languages: [{ tag: 'fi-fi', texts: texts({ name: { short: 'x'.repeat(31), full: 'y'.repeat(101) }, description: { short: 'ok', full: 'z'.repeat(4001) } }) }] }))
    );
    expect(message).toContain('fi-fi: name.short is 31 characters; Teams allows at most 30');
    expect(message).toContain('fi-fi: name.full is 101 characters; Teams allows at most 100');
    expect(message).toContain('fi-fi: description.full is 4001 characters; Teams allows at most 4000');
  });

  it('counts characters, not UTF-16 units or bytes: 80 Finnish letters pass', () => {
    expect(() => buildTeamsApp(input({ languages: [{ tag: 'fi-fi', texts: texts({ description: { short: 'ä'.repeat(80), full: 'ö' } }) }] }))).not.toThrow();
  });

  it('refuses a static tab name over 128 characters, and a missing or empty one', () => {
    expect(refusal(() => buildTeamsApp(input({ languages: [{ tag: 'fi-fi', texts: texts({ tabs: { 'salkku-portfolio': 'x'.repeat(129) } }) }] })))).toContain(
      'fi-fi: tab name of salkku-portfolio is 129 characters; Teams allows at most 128'
    );
    expect(refusal(() => buildTeamsApp(input({ languages: [{ tag: 'fi-fi', texts: texts({ tabs: {} }) }] })))).toContain('fi-fi: no name for the personal tab salkku-portfolio');
    expect(refusal(() => buildTeamsApp(input({ languages: [{ tag: 'fi-fi', texts: texts({ tabs: { 'salkku-portfolio': '' } }) }] })))).toContain('fi-fi: tab name of salkku-portfolio is empty');
  });

  it('refuses duplicate entity ids and more than 16 personal tabs', () => {
    const tab = { entityId: 'salkku-portfolio', componentId: '1e3970bc-1c40-411c-8a96-bc3bd2919078' };
    expect(refusal(() => buildTeamsApp(input({ personalTabs: [tab, tab] })))).toContain('personal tab entityId salkku-portfolio appears twice');
    const many = Array.from({ length: 17 }, (_, i) => ({ entityId: `tab-${i}`, componentId: tab.componentId }));
    const names = Object.fromEntries(many.map((t) => [t.entityId, t.entityId]));
    expect(refusal(() => buildTeamsApp(input({ personalTabs: many, languages: [{ tag: 'fi-fi', texts: texts({ tabs: names }) }] })))).toContain('17 personal tabs; Teams allows at most 16');
  });

  it('refuses a component id that is not a GUID, so a tab URL cannot carry anything else', () => {
    expect(refusal(() => buildTeamsApp(input({ channelTabComponentId: 'x%26evil=1' })))).toContain('channel tab: component id "x%26evil=1" is not a GUID');
  });

  it('refuses a solution version whose fourth part would be lost in Teams x.y.z', () => {
    expect(teamsVersion('0.1.0.0')).toBe('0.1.0');
    expect(refusal(() => buildTeamsApp(input({ solutionVersion: '1.2.3.4' })))).toContain('raise the third part instead');
    expect(refusal(() => buildTeamsApp(input({ solutionVersion: '1.2' })))).toContain('solution version "1.2" is not x.y.z.w');
  });

  it('names a missing web part manifest', () => {
    expect(() => componentId(readWebPartManifests(ROOT), 'NoSuchWebPart')).toThrow(/No web part manifest with alias NoSuchWebPart in src\/webparts\/\*\/\*\.manifest\.json/);
  });
});

describe('web part manifests as Teams and the toolbox read them', () => {
  const manifests = readWebPartManifests(ROOT);

  it('finds every web part manifest', () => {
    expect(manifests.map((m) => m.alias)).toEqual(expect.arrayContaining(['PortfolioWebPart', 'TimelineWebPart', 'ImpactAssessmentWebPart', CHANNEL_TAB_ALIAS]));
  });

  it.each(manifests.map((m) => [m.file, m] as const))('%s: every description in every language is at most 80 characters', (_file, manifest) => {
    const descriptions = manifest.preconfiguredEntries.flatMap((entry) => Object.entries(entry.description ?? {}));
    expect(descriptions.length).toBeGreaterThan(0);
    const tooLong = descriptions.filter(([, text]) => characters(text) > LIMITS['description.short']).map(([language, text]) => `${language}: ${characters(text)} characters`);
    expect(tooLong).toEqual([]);
  });

  it.each(manifests.map((m) => [m.file, m] as const))('%s: every title in every language is at most 30 characters', (_file, manifest) => {
    const titles = manifest.preconfiguredEntries.flatMap((entry) => Object.entries(entry.title ?? {}));
    expect(titles.length).toBeGreaterThan(0);
    const tooLong = titles.filter(([, text]) => characters(text) > LIMITS['name.short']).map(([language, text]) => `${language}: ${characters(text)} characters`);
    expect(tooLong).toEqual([]);
  });
});
