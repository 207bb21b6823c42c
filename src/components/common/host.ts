/**
 * What a view needs to know of the place it runs in: where SharePoint's forms open, the page to
 * return to after a form, and how a project's link is shared. The web part (SPFx, Teams SDK) and
 * the preview build one of these; views never test for Teams themselves.
 *
 * - On a SharePoint page a form replaces the page (`_top`) and returns to it (`Source=`), and a
 *   project's link is this page's address with the project open (`sk-project`).
 * - In Teams a form opens in a new browser tab: replacing the frame would replace the Teams
 *   client's tab, and Teams' host page is no place to return to, so no `Source=`. A project's link
 *   is a Teams deep link to this tab with the project as its sub-page, shared through Teams'
 *   own share dialog (teams-js `pages.shareDeepLink`).
 */
import type { PortfolioSite } from '../../data/contract/portfolioSite';

export type HostKind = 'sharePoint' | 'teams';

/** What sharing a project's link did: copied to the clipboard, handed to Teams, or shown to copy by hand. */
export type ShareOutcome = { kind: 'copied' } | { kind: 'shared' } | { kind: 'manual'; url: string };

export interface SalkkuHost {
  kind: HostKind;
  /** Where links to SharePoint's forms and lists open. */
  formTarget: '_top' | '_blank';
  /** The page SharePoint's forms return to; undefined where returning makes no sense (Teams). */
  returnUrl(): string | undefined;
  /** Shares the link that opens this view with the project's details. */
  shareProject(project: { id: number; title: string }): Promise<ShareOutcome>;
  /** The portfolio site and whether set-up may be offered there. */
  site: Extract<PortfolioSite, { kind: 'site' }>;
}

/** Teams' sub-page id for a project: what a deep link carries and the tab reads on opening. */
export function projectSubPage(id: number): string {
  return `project-${id}`;
}

export function projectFromSubPage(subPageId: string | undefined): number | undefined {
  const match = /^project-([1-9][0-9]*)$/.exec(subPageId ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Opens the project a Teams deep link names (the tab's sub-page) by putting it into the view
 * state in this frame's URL before the views read it.
 */
export function openProjectFromSubPage(subPageId: string | undefined): void {
  const id = projectFromSubPage(subPageId);
  if (id === undefined) {
    return;
  }
  const url = new URL(window.location.href);
  url.searchParams.set('sk-project', String(id));
  window.history.replaceState(window.history.state, '', url.toString());
}

/** This page's address with one project open (and the filters of the moment kept). */
export function projectPageUrl(pageUrl: string, id: number): string {
  const url = new URL(pageUrl);
  url.searchParams.set('sk-project', String(id));
  url.hash = '';
  return url.toString();
}

export interface Clipboard {
  writeText(text: string): Promise<void>;
}

/** A SharePoint page (or the preview's SharePoint host). */
export function sharePointHost(options: { site: SalkkuHost['site']; pageUrl: () => string; clipboard: Clipboard | undefined }): SalkkuHost {
  return {
    kind: 'sharePoint',
    formTarget: '_top',
    returnUrl: options.pageUrl,
    site: options.site,
    shareProject: async (project) => {
      const url = projectPageUrl(options.pageUrl(), project.id);
      if (!options.clipboard) {
        return { kind: 'manual', url };
      }
      try {
        await options.clipboard.writeText(url);
        return { kind: 'copied' };
      } catch {
        // the browser may refuse (no permission, not focused): the person copies it
        return { kind: 'manual', url };
      }
    }
  };
}

/** The part of teams-js `pages.shareDeepLink` Salkku uses. */
export type ShareDeepLink = (link: { subPageId: string; subPageLabel: string }) => Promise<void> | void;

/** A Teams channel tab or personal app. */
export function teamsHost(options: { site: SalkkuHost['site']; shareDeepLink: ShareDeepLink }): SalkkuHost {
  return {
    kind: 'teams',
    formTarget: '_blank',
    returnUrl: () => undefined,
    site: options.site,
    shareProject: async (project) => {
      await options.shareDeepLink({ subPageId: projectSubPage(project.id), subPageLabel: project.title });
      return { kind: 'shared' };
    }
  };
}
