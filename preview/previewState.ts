/** The preview's own settings, kept in the page URL: view, host, language. */
export type PreviewView = 'portfolio' | 'timeline' | 'impact' | 'followUp' | 'proposals' | 'benefits' | 'page' | 'lists';
export type PreviewHost = 'sharepoint' | 'teams-light' | 'teams-dark' | 'teams-contrast' | 'teams-personal' | 'narrow';
export type PreviewLanguage = 'fi' | 'sv' | 'en';
export type PreviewRole = 'owner' | 'member' | 'steering' | 'contributor' | 'visitor' | 'none';

export const VIEWS: readonly PreviewView[] = ['portfolio', 'timeline', 'impact', 'followUp', 'proposals', 'benefits', 'page', 'lists'];
export const HOSTS: readonly PreviewHost[] = ['sharepoint', 'teams-light', 'teams-dark', 'teams-contrast', 'teams-personal', 'narrow'];
export const LANGUAGES: readonly PreviewLanguage[] = ['fi', 'sv', 'en'];
export const ROLES: readonly PreviewRole[] = ['owner', 'member', 'steering', 'contributor', 'visitor', 'none'];

export interface PreviewSettings {
  view: PreviewView;
  host: PreviewHost;
  language: PreviewLanguage;
}

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}

export function readSettings(location: Location): PreviewSettings {
  const params = new URLSearchParams(location.search);
  return {
    view: oneOf(VIEWS, params.get('view'), 'portfolio'),
    host: oneOf(HOSTS, params.get('host'), 'sharepoint'),
    language: oneOf(LANGUAGES, params.get('lang'), 'fi')
  };
}

/** The URL with the preview settings changed and everything else (filters) kept. */
export function settingsUrl(location: Location, settings: PreviewSettings): string {
  const url = new URL(location.href);
  url.searchParams.set('view', settings.view);
  url.searchParams.set('host', settings.host);
  url.searchParams.set('lang', settings.language);
  return url.toString();
}

export function readRole(cookie: string): PreviewRole {
  const match = /(?:^|;\s*)standin-role=([a-z]+)/.exec(cookie);
  return oneOf(ROLES, match?.[1] ?? null, 'owner');
}
