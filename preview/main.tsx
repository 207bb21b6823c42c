/**
 * The local preview: the web parts' own components and PnPjs data code, in a browser, against
 * the local stand-in of SharePoint (served from the same origin under /sites/salkku).
 */
import type { IDropdownOption, ITheme } from '@fluentui/react';
import { Dropdown, mergeStyles, Pivot, PivotItem, registerIcons, Stack, Text } from '@fluentui/react';
import * as Mdl2 from '@fluentui/react-icons-mdl2';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import type { ViewProps } from '../src/components/common/viewProps';
import { SalkkuApp } from '../src/components/app/SalkkuApp';
import { ImpactView } from '../src/components/impact/ImpactView';
import { PortfolioView } from '../src/components/portfolio/PortfolioView';
import { sharePointTheme, teamsTheme } from '../src/components/theme/themes';
import { TimelineView } from '../src/components/timeline/TimelineView';
import { browserEnvironment, createRepository } from '../src/data/sharepoint/createRepository';
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
const CULTURES: Record<PreviewLanguage, string> = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-US' };

const repository = createRepository({
  siteUrl,
  environment: browserEnvironment(),
  retry: retryOptions()
});

type WebPartView = Exclude<PreviewView, 'page' | 'lists'>;

const RENDERERS: Record<WebPartView, (props: ViewProps) => JSX.Element> = {
  portfolio: (props) => <PortfolioView {...props} />,
  timeline: (props) => <TimelineView {...props} />,
  impact: (props) => <ImpactView {...props} />
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
    narrow: strings.PreviewHostNarrow
  }[host];
}

function roleLabel(strings: ISalkkuStrings, role: PreviewRole): string {
  return { owner: strings.PreviewRoleOwner, member: strings.PreviewRoleMember, contributor: strings.PreviewRoleContributor, visitor: strings.PreviewRoleVisitor, none: strings.PreviewRoleNone }[role];
}

function WebPart(props: { view: WebPartView; settings: PreviewSettings }): JSX.Element {
  const strings = STRINGS[props.settings.language];
  const title = { portfolio: strings.ViewPortfolio, timeline: strings.ViewTimeline, impact: strings.ViewImpact }[props.view];
  return (
    <div data-salkku-webpart={props.view}>
      <SalkkuApp
        repository={repository}
        strings={strings}
        theme={themeOf(props.settings.host)}
        host={props.settings.host.startsWith('teams') ? 'teams' : 'sharePoint'}
        title={title}
        renderView={rendererFor(props.view)}
      />
    </div>
  );
}

function Preview(): JSX.Element {
  const settings = readSettings(window.location);
  const strings = STRINGS[settings.language];
  const role = readRole(document.cookie);
  const theme = themeOf(settings.host);
  const go = (changes: Partial<PreviewSettings>): void => {
    window.location.assign(settingsUrl(window.location, { ...settings, ...changes }));
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
            <PivotItem itemKey="page" headerText={strings.PreviewViews} />
            <PivotItem itemKey="lists" headerText={strings.PreviewListsTab} />
          </Pivot>
        </nav>
      </header>
      <main className={frame} data-preview-host={settings.host}>
        <Stack tokens={{ childrenGap: 32 }}>
          {views.map((view) => (
            <WebPart key={view} view={view} settings={settings} />
          ))}
          {settings.view === 'lists' && <ListsPreview webUrl={siteUrl} strings={strings} culture={CULTURES[settings.language]} />}
        </Stack>
      </main>
    </div>
  );
}

registerSvgIcons();
const root = document.getElementById('root');
ReactDom.render(<Preview />, root);
window.addEventListener('pagehide', () => ReactDom.unmountComponentAtNode(root as HTMLElement));
