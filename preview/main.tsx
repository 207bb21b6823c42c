/**
 * The local preview: the web parts' own components and PnPjs data code, in a browser, against
 * the local stand-in of SharePoint (served from the same origin under /sites/salkku).
 */
import type { IDropdownOption, ITheme } from '@fluentui/react';
import { Dropdown, mergeStyles, Pivot, PivotItem, registerIcons, Stack, Text } from '@fluentui/react';
import * as Mdl2 from '@fluentui/react-icons-mdl2';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import type { SalkkuConnection, TenantSettingState } from '../src/components/app/SalkkuApp';
import { costLimitsOf } from '../src/components/app/costChecks';
import { SalkkuApp } from '../src/components/app/SalkkuApp';
import { busyAfter } from '../src/components/app/usePortfolioData';
import type { SalkkuHost } from '../src/components/common/host';
import { openProjectFromSubPage, sharePointHost, teamsHost } from '../src/components/common/host';
import { format } from '../src/components/common/format';
import { registerSalkkuIcons } from '../src/components/common/icons';
import type { ViewProps } from '../src/components/common/viewProps';
import type { HostPlace } from '../src/data/contract/portfolioSite';
import { choosePortfolioSite, TENANT_SETTING_KEY } from '../src/data/contract/portfolioSite';
import type { RetryEvent } from '../src/data/contract/repository.types';
import type { PortfolioStore } from '../src/data/contract/portfolioStore';
import { portfolioStoreFor } from '../src/data/contract/portfolioStore';
import { browserPortfolioCache } from '../src/data/cache/indexedDbCache';
import { FollowUpView } from '../src/components/followup/FollowUpView';
import { ProposalsView } from '../src/components/proposals/ProposalsView';
import { BenefitsView } from '../src/components/benefits/BenefitsView';
import { ImpactView } from '../src/components/impact/ImpactView';
import { PortfolioView } from '../src/components/portfolio/PortfolioView';
import { sharePointTheme, teamsTheme } from '../src/components/theme/themes';
import { TimelineView } from '../src/components/timeline/TimelineView';
import { browserEnvironment, createRepository, readTenantSetting } from '../src/data/sharepoint/createRepository';
import en from '../src/loc/en-us.js';
import fi from '../src/loc/fi-fi.js';
import sv from '../src/loc/sv-se.js';
import { ListsPreview } from './sharepoint/ListsPreview';
import type { PreviewHost, PreviewLanguage, PreviewRole, PreviewSettings, PreviewView } from './previewState';
import { HOSTS, LANGUAGES, readRole, readSettings, ROLES, settingsUrl } from './previewState';

const STRINGS: Record<PreviewLanguage, ISalkkuStrings> = { fi, sv, en };

/** Fluent's MDL2 icons as SVG (the icon font lives on a CDN the preview cannot reach). */
function registerSvgIcons(): void {
  const icons: Record<string, JSX.Element> = {};
  for (const [name, component] of Object.entries(Mdl2)) {
    if (name.endsWith('Icon') && typeof component === 'function') {
      icons[name.slice(0, -'Icon'.length)] = React.createElement(component as React.FunctionComponent);
    }
  }
  registerIcons({ icons });
}

function themeOf(host: PreviewHost): ITheme {
  switch (host) {
    case 'teams-light':
    case 'teams-personal':
      return teamsTheme('default');
    case 'teams-dark':
      return teamsTheme('dark');
    case 'teams-contrast':
      return teamsTheme('contrast');
    default:
      return sharePointTheme;
  }
}

function retryOptions(): { maxTotalWaitMs?: number } {
  const budget = Number(new URLSearchParams(window.location.search).get('retryBudgetMs'));
  return Number.isFinite(budget) && budget > 0 ? { maxTotalWaitMs: budget } : {};
}

const siteUrl = new URL('/sites/salkku', window.location.origin).toString();
const rootSiteUrl = new URL('/', window.location.origin).toString();
const CULTURES: Record<PreviewLanguage, string> = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-US' };

/**
 * `?loader=baseline`: the way before one store per page (every web part loads every column on its
 * own, no cache), kept so that the benchmark compares both in one run.
 */
const baseline = new URLSearchParams(window.location.search).get('loader') === 'baseline';

/** The page's store for a site, shared by the web parts as in SharePoint (per signed-in role here). */
function storeFor(url: string): PortfolioStore {
  const repository = createRepository({ siteUrl: url, environment: browserEnvironment(), retry: retryOptions() });
  const store = baseline ? portfolioStoreFor(repository, { shared: false, detail: 'full' }) : portfolioStoreFor(repository, { user: readRole(document.cookie), cache: browserPortfolioCache() });
  // reading starts before React renders the web parts (as SalkkuWebPartBase does)
  store.start();
  return store;
}

/**
 * Where SPFx would run the web part in this host: a page and a channel tab in the portfolio
 * site (the team's site here), a personal app in the tenant's root site.
 */
function placeOf(host: PreviewHost): { place: HostPlace; currentSite: string } {
  if (host === 'teams-personal') {
    return { place: 'teamsPersonal', currentSite: rootSiteUrl };
  }
  return { place: host.startsWith('teams') ? 'teamsTab' : 'sharePointPage', currentSite: siteUrl };
}

declare global {
  interface Window {
    /** What the preview's Teams hosts were asked to share (Teams would open its share dialog). */
    salkkuTeamsShares?: { subPageId: string; subPageLabel: string }[];
  }
}

/** The preview's stand-in for teams-js `pages.shareDeepLink`: records the request. */
function recordShare(link: { subPageId: string; subPageLabel: string }): void {
  window.salkkuTeamsShares = [...(window.salkkuTeamsShares ?? []), link];
}

/**
 * The connection a web part would make here: the web part property (`?siteUrl=` stands for it),
 * the tenant setting read from the stand-in, the site the host runs the web part in.
 */
function connectionFor(host: PreviewHost, tenantSetting: string | undefined): SalkkuConnection {
  const { place, currentSite } = placeOf(host);
  const site = choosePortfolioSite({ property: new URLSearchParams(window.location.search).get('siteUrl') ?? undefined, tenantSetting, currentSite, place });
  if (site.kind === 'invalidProperty') {
    return { siteProblem: { value: site.value, problem: site.problem } };
  }
  const salkkuHost: SalkkuHost = place === 'sharePointPage' ? sharePointHost({ site, pageUrl: () => window.location.href, clipboard: navigator.clipboard }) : teamsHost({ site, shareDeepLink: recordShare });
  return { host: salkkuHost, store: storeFor(site.url) };
}

type WebPartView = Exclude<PreviewView, 'page' | 'lists'>;

const RENDERERS: Record<WebPartView, (props: ViewProps) => JSX.Element> = {
  portfolio: (props) => <PortfolioView {...props} />,
  timeline: (props) => <TimelineView {...props} />,
  impact: (props) => <ImpactView {...props} />,
  followUp: (props) => <FollowUpView {...props} />,
  proposals: (props) => <ProposalsView {...props} />,
  benefits: (props) => <BenefitsView {...props} />
};

/** `?simulateCrash=<view>` makes that view throw while rendering: lets tests prove they notice. */
function Crash(): JSX.Element {
  throw new Error('Simulated crash (preview ?simulateCrash)');
}

function rendererFor(view: WebPartView): (props: ViewProps) => JSX.Element {
  const crash = new URLSearchParams(window.location.search).get('simulateCrash') === view;
  return crash ? () => <Crash /> : RENDERERS[view];
}

function hostLabel(strings: ISalkkuStrings, host: PreviewHost): string {
  return {
    sharepoint: strings.PreviewHostSharePoint,
    'teams-light': strings.PreviewHostTeamsLight,
    'teams-dark': strings.PreviewHostTeamsDark,
    'teams-contrast': strings.PreviewHostTeamsContrast,
    'teams-personal': strings.PreviewHostTeamsPersonal,
    narrow: strings.PreviewHostNarrow
  }[host];
}

function roleLabel(strings: ISalkkuStrings, role: PreviewRole): string {
  return { owner: strings.PreviewRoleOwner, member: strings.PreviewRoleMember, steering: strings.PreviewRoleSteering, contributor: strings.PreviewRoleContributor, visitor: strings.PreviewRoleVisitor, none: strings.PreviewRoleNone }[role];
}

/** The web parts' cost limits: `?investmentLimit=` and `?recurringLimit=` stand for their settings. */
const costLimits = costLimitsOf({
  investmentLimit: new URLSearchParams(window.location.search).get('investmentLimit') ?? undefined,
  recurringLimit: new URLSearchParams(window.location.search).get('recurringLimit') ?? undefined
});

function WebPart(props: { view: WebPartView; settings: PreviewSettings; tenantSetting: TenantSettingState }): JSX.Element {
  const strings = STRINGS[props.settings.language];
  const title = { portfolio: strings.ViewPortfolio, timeline: strings.ViewTimeline, impact: strings.ViewImpact, followUp: strings.ViewFollowUp, proposals: strings.ViewProposals, benefits: strings.ViewBenefits }[props.view];
  const { tenantSetting } = props;
  const connection = React.useMemo<SalkkuConnection>(
    () => (tenantSetting.read ? connectionFor(props.settings.host, tenantSetting.value) : { findingSite: true, busy: tenantSetting.busy }),
    [props.settings.host, tenantSetting]
  );
  return (
    <div data-salkku-webpart={props.view}>
      <SalkkuApp
        connection={connection}
        strings={strings}
        theme={themeOf(props.settings.host)}
        title={title}
        renderView={rendererFor(props.view)}
        costLimits={costLimits}
      />
    </div>
  );
}

/**
 * The tenant setting as a web part reads it on start (once, from the site it runs in): the
 * preview shows it; until it has been read the views show "loading" (and the busy countdown).
 */
function useTenantSetting(): TenantSettingState {
  const [state, setState] = React.useState<TenantSettingState>({ read: false, busy: undefined });
  React.useEffect(() => {
    if (new URLSearchParams(window.location.search).get('siteUrl')) {
      // as the web part: a property naming the site needs no tenant setting
      setState({ read: true, value: undefined });
      return;
    }
    const onRetry = (event: RetryEvent): void => setState({ read: false, busy: busyAfter(event) });
    readTenantSetting({ siteUrl, environment: browserEnvironment() }, onRetry).then(
      (value) => setState({ read: true, value }),
      () => setState({ read: true, value: undefined })
    );
  }, []);
  return state;
}

function Preview(): JSX.Element {
  // settings change in place, as Teams changes theme and language while a tab stays open: the
  // views keep their state (filters, open project) instead of reloading
  const [settings, setSettings] = React.useState<PreviewSettings>(() => readSettings(window.location));
  const tenantSetting = useTenantSetting();
  const strings = STRINGS[settings.language];
  const role = readRole(document.cookie);
  const theme = themeOf(settings.host);
  const go = (changes: Partial<PreviewSettings>): void => {
    const next = { ...settings, ...changes };
    window.history.replaceState(window.history.state, '', settingsUrl(window.location, next));
    setSettings(next);
  };
  const setRole = (next: PreviewRole): void => {
    document.cookie = `standin-role=${next}; path=/; SameSite=Strict`;
    window.location.reload();
  };
  const options = <T extends string>(values: readonly T[], label: (v: T) => string): IDropdownOption[] => values.map((v) => ({ key: v, text: label(v) }));
  const frame = mergeStyles({
    background: theme.semanticColors.bodyBackground,
    color: theme.semanticColors.bodyText,
    padding: 16,
    minHeight: '70vh',
    width: settings.host === 'narrow' ? 320 : undefined,
    boxSizing: 'border-box',
    overflowX: 'hidden'
  });
  const views: WebPartView[] = settings.view === 'page' ? ['portfolio', 'timeline', 'impact'] : settings.view === 'lists' ? [] : [settings.view];
  return (
    <div lang={strings.Locale}>
      <header className={mergeStyles({ padding: '8px 16px', borderBottom: '1px solid #c8c6c4', background: '#faf9f8', '@media print': { display: 'none' } })}>
        <Text as="h1" variant="large" block={true}>
          {strings.PreviewTitle}
        </Text>
        <Text variant="small" block={true}>
          {strings.PreviewIntro}
        </Text>
        <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 12 }} verticalAlign="end">
          <Dropdown label={strings.PreviewHost} selectedKey={settings.host} options={options(HOSTS, (h) => hostLabel(strings, h))} onChange={(_e, o) => o && go({ host: o.key as PreviewHost })} styles={{ root: { width: 220 } }} />
          <Dropdown label={strings.PreviewLanguage} selectedKey={settings.language} options={[{ key: 'fi', text: 'Suomi' }, { key: 'sv', text: 'Svenska' }, { key: 'en', text: 'English' }].filter((o) => LANGUAGES.includes(o.key as PreviewLanguage))} onChange={(_e, o) => o && go({ language: o.key as PreviewLanguage })} styles={{ root: { width: 140 } }} />
          <Dropdown label={strings.PreviewUser} selectedKey={role} options={options(ROLES, (r) => roleLabel(strings, r))} onChange={(_e, o) => o && setRole(o.key as PreviewRole)} styles={{ root: { width: 240 } }} />
        </Stack>
        <nav aria-label={strings.PreviewViews}>
          <Pivot selectedKey={settings.view} onLinkClick={(item) => item?.props.itemKey && go({ view: item.props.itemKey as PreviewView })} headersOnly={true}>
            <PivotItem itemKey="portfolio" headerText={strings.ViewPortfolio} />
            <PivotItem itemKey="timeline" headerText={strings.ViewTimeline} />
            <PivotItem itemKey="impact" headerText={strings.ViewImpact} />
            <PivotItem itemKey="followUp" headerText={strings.ViewFollowUp} />
            <PivotItem itemKey="proposals" headerText={strings.ViewProposals} />
            <PivotItem itemKey="benefits" headerText={strings.ViewBenefits} />
            <PivotItem itemKey="page" headerText={strings.PreviewViews} />
            <PivotItem itemKey="lists" headerText={strings.PreviewListsTab} />
          </Pivot>
        </nav>
      </header>
      <main className={frame} data-preview-host={settings.host}>
        {tenantSetting.read && (
          <Text variant="small" block={true} styles={{ root: { color: theme.semanticColors.bodySubtext, '@media print': { display: 'none' } } }} data-preview-tenant-setting={tenantSetting.value ?? ''}>
            {format(strings.PreviewTenantSetting, TENANT_SETTING_KEY, tenantSetting.value ?? strings.PreviewTenantSettingNone)}
          </Text>
        )}
        <Stack tokens={{ childrenGap: 32 }}>
          {views.map((view) => (
            <WebPart key={view} view={view} settings={settings} tenantSetting={tenantSetting} />
          ))}
          {settings.view === 'lists' && <ListsPreview webUrl={siteUrl} strings={strings} culture={CULTURES[settings.language]} theme={theme} />}
        </Stack>
      </main>
    </div>
  );
}

registerSvgIcons();
// as the web parts do in SPFx
registerSalkkuIcons();
if (readSettings(window.location).host.startsWith('teams')) {
  // what the web part does with a Teams deep link's sub-page (`?subPageId=project-12` here)
  openProjectFromSubPage(new URLSearchParams(window.location.search).get('subPageId') ?? undefined);
}
const root = document.getElementById('root');
ReactDom.render(<Preview />, root);
window.addEventListener('pagehide', () => ReactDom.unmountComponentAtNode(root as HTMLElement));
