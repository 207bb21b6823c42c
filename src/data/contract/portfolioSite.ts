/**
 * Which SharePoint site holds the portfolio, wherever a view runs: a SharePoint page, a Teams
 * channel tab (SPFx runs it in the team's site) or a Teams personal app (SPFx runs it in the
 * tenant's root site, with no property pane). In order: the web part's "Portfolio site" property,
 * the tenant-wide setting (a tenant property in the app catalog, `SalkkuPortfolioSiteUrl`), and
 * the site the view runs in. Set-up is offered only for the site that is meant to be the
 * portfolio site: one named by the property or the tenant setting, or, on a SharePoint page with
 * nothing configured, the page's own site; never the team or root site a Teams tab happens to
 * run in.
 */

/** The tenant property (storage entity) that names the portfolio site for the whole tenant. */
export const TENANT_SETTING_KEY = 'SalkkuPortfolioSiteUrl';

export type SiteUrlProblem = 'notUrl' | 'notHttps' | 'otherHost';

export type SiteUrlResult = { ok: true; url: string } | { ok: false; problem: SiteUrlProblem };

/**
 * Path segments that start something inside a site, not a site: pages, lists, libraries' forms,
 * layouts and the REST API. What comes from them on is cut off.
 */
const INSIDE_A_SITE: ReadonlySet<string> = new Set(['_layouts', '_api', '_vti_bin', 'sitepages', 'pages', 'lists', 'forms']);

/**
 * The site a pasted address belongs to: a page (`…/SitePages/Home.aspx`), a list or its view
 * (`…/Lists/SalkkuProjects/AllItems.aspx`), a library view (`…/Shared Documents/Forms/…`) or a
 * layouts page is cut back to its site; query and fragment are dropped. Only addresses on the
 * tenant's own SharePoint (its origin: https and the tenant's host in SharePoint Online) are
 * accepted: the web part's PnPjs calls go there only.
 */
export function normaliseSiteUrl(value: string, tenantOrigin: string): SiteUrlResult {
  const tenant = new URL(tenantOrigin);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, problem: 'notUrl' };
  }
  // another host is the bigger mistake: say that first, even when the scheme differs too
  if (url.host.toLowerCase() !== tenant.host.toLowerCase()) {
    return { ok: false, problem: 'otherHost' };
  }
  if (url.protocol !== tenant.protocol) {
    return { ok: false, problem: 'notHttps' };
  }
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const inside = segments.findIndex((s) => INSIDE_A_SITE.has(s.toLowerCase()));
  // a library's forms live under the library: cut the library too
  const cut = inside < 0 ? segments.length : segments[inside]?.toLowerCase() === 'forms' ? Math.max(0, inside - 1) : inside;
  const kept = segments.slice(0, cut);
  const last = kept.at(-1);
  if (last !== undefined && /\.[a-z0-9]+$/i.test(last)) {
    kept.pop();
  }
  return { ok: true, url: `${url.origin}${kept.length > 0 ? '/' : ''}${kept.join('/')}` };
}

/** Where a view runs. */
export type HostPlace = 'sharePointPage' | 'teamsTab' | 'teamsPersonal';

export type PortfolioSiteSource = 'property' | 'tenantSetting' | 'currentSite';

export type PortfolioSite =
  | {
      kind: 'site';
      url: string;
      source: PortfolioSiteSource;
      /**
       * Whether an owner of this site may be offered "Set up portfolio lists" here; false for the
       * team or root site a Teams tab runs in when nothing names the portfolio site (its lists are
       * read if someone put them there).
       */
      setupOffered: boolean;
    }
  | {
      /** The web part's property is not a usable address: it is not silently replaced. */
      kind: 'invalidProperty';
      value: string;
      problem: SiteUrlProblem;
    };

export interface SiteChoice {
  /** The web part's property (empty = not set). */
  property: string | undefined;
  /** The tenant setting's value, when the tenant has one. */
  tenantSetting: string | undefined;
  /** The site SPFx runs the view in. */
  currentSite: string;
  place: HostPlace;
}

/**
 * The portfolio site by the rules above. A property or tenant setting that is not a usable
 * address does not silently fall through to another site: a broken property is reported (the
 * person who configured the web part can fix it); a broken tenant setting counts as none.
 */
export function choosePortfolioSite(choice: SiteChoice): PortfolioSite {
  const tenantOrigin = new URL(choice.currentSite).origin;
  const property = choice.property?.trim() ?? '';
  if (property !== '') {
    const result = normaliseSiteUrl(property, tenantOrigin);
    return result.ok ? { kind: 'site', url: result.url, source: 'property', setupOffered: true } : { kind: 'invalidProperty', value: property, problem: result.problem };
  }
  const tenant = choice.tenantSetting ? normaliseSiteUrl(choice.tenantSetting, tenantOrigin) : undefined;
  if (tenant?.ok) {
    return { kind: 'site', url: tenant.url, source: 'tenantSetting', setupOffered: true };
  }
  return { kind: 'site', url: choice.currentSite.replace(/\/+$/, ''), source: 'currentSite', setupOffered: choice.place === 'sharePointPage' };
}
