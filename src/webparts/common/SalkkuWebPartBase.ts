/**
 * What the web parts share: the portfolio site (property, tenant setting, current site), the
 * repository (PnPjs with SPFx's context and Salkku's retry), the host (SharePoint page, Teams tab
 * or personal app: where links open, how a project is shared), SharePoint section theme or Teams
 * theme followed live, render and dispose. Each web part is a tiny subclass that names its view.
 */
import type { ITheme } from '@fluentui/react';
import { createTheme } from '@fluentui/react';
import type { IReadonlyTheme, ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import { ThemeProvider } from '@microsoft/sp-component-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { PropertyPaneLink, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { SPFx } from '@pnp/sp';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import * as strings from 'SalkkuStrings';
import type { SalkkuConnection, TenantSettingState } from '../../components/app/SalkkuApp';
import { costLimitsOf, parseCostLimit } from '../../components/app/costChecks';
import { helpUrl } from '../../components/app/helpLink';
import { busyAfter } from '../../components/app/usePortfolioData';
import { SalkkuApp } from '../../components/app/SalkkuApp';
import { format } from '../../components/common/format';
import type { SalkkuHost } from '../../components/common/host';
import { openProjectFromSubPage, sharePointHost, teamsHost } from '../../components/common/host';
import { registerSalkkuIcons } from '../../components/common/icons';
import type { ViewProps } from '../../components/common/viewProps';
import { teamsTheme, teamsThemeName } from '../../components/theme/themes';
import type { HostPlace, PortfolioSite } from '../../data/contract/portfolioSite';
import { choosePortfolioSite, normaliseSiteUrl } from '../../data/contract/portfolioSite';
import type { RetryEvent } from '../../data/contract/repository.types';
import type { PortfolioStore } from '../../data/contract/portfolioStore';
import { portfolioStoreFor } from '../../data/contract/portfolioStore';
import { browserPortfolioCache } from '../../data/cache/indexedDbCache';
import { createRepository, readTenantSetting } from '../../data/sharepoint/createRepository';
import type { CostLimits } from '../../domain/validation';
import { DEFAULT_COST_LIMITS } from '../../domain/validation';

export interface ISalkkuWebPartProps {
  /** Site that holds the portfolio lists; empty = the current site. */
  siteUrl?: string;
  /**
   * Largest plausible investment and recurring cost per year of one project, in euros (empty =
   * the defaults); larger figures are listed as needing attention. A setting of the web part, as
   * the site is: the page's owner sets both where the city's pages and tabs are set up.
   */
  investmentLimit?: string;
  recurringLimit?: string;
}

/** The property pane's message for a cost limit ('' when empty or a positive whole number). */
export function costLimitError(value: string): string {
  return value.trim() === '' || parseCostLimit(value) !== undefined ? '' : strings.CostLimitInvalid;
}

/** The property pane's message for a "Portfolio site" value ('' when it can be used). */
export function siteUrlError(value: string, currentSite: string): string {
  if (value.trim() === '') {
    return '';
  }
  const result = normaliseSiteUrl(value, new URL(currentSite).origin);
  return result.ok ? '' : { notUrl: strings.SiteUrlInvalid, notHttps: strings.SiteUrlNotHttps, otherHost: strings.SiteUrlOtherHost }[result.problem];
}

export abstract class SalkkuWebPartBase<P extends ISalkkuWebPartProps> extends BaseClientSideWebPart<P> {
  private _theme: ITheme = createTheme({});
  private _store: PortfolioStore | undefined;
  private _place: HostPlace = 'sharePointPage';
  /** The tenant setting: being read (with SharePoint's throttling countdown) or read. */
  private _tenantSetting: TenantSettingState = { read: false, busy: undefined };
  private _tenantSettingRead: Promise<void> | undefined;
  /** The same object while the settings stay the same, so the views are not drawn again. */
  private _costLimits: CostLimits = DEFAULT_COST_LIMITS;

  /** Accessible name of the web part's region. */
  protected abstract get title(): string;

  protected abstract renderView(props: ViewProps): JSX.Element;

  /** View-specific property pane fields (after the site URL). */
  protected viewPropertyFields(): IPropertyPaneConfiguration['pages'][number]['groups'] {
    return [];
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    registerSalkkuIcons();
    const themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this._applySharePointTheme(themeProvider.tryGetTheme());
    themeProvider.themeChangedEvent.add(this, (args: ThemeChangedEventArgs) => {
      this._applySharePointTheme(args.theme);
      this.render();
    });
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      const context = await teams.teamsJs.app.getContext();
      this._theme = teamsTheme(teamsThemeName(context.app.theme));
      teams.teamsJs.app.registerOnThemeChangeHandler((theme: string) => {
        this._theme = teamsTheme(teamsThemeName(theme));
        this.render();
      });
      // SPFx runs a channel tab in the team's site and a personal app in the root site
      this._place = context.channel?.id !== undefined || context.chat?.id !== undefined ? 'teamsTab' : 'teamsPersonal';
      openProjectFromSubPage(context.page.subPageId);
    }
    this._readTenantSettingIfNeeded();
  }

  /**
   * The tenant setting is read (one request, once) only while the property does not name a
   * site; the view shows "loading" (and SharePoint's busy countdown) meanwhile.
   */
  private _readTenantSettingIfNeeded(): void {
    if (this._propertyNamesSite() || this._tenantSettingRead) {
      return;
    }
    const onRetry = (event: RetryEvent): void => {
      this._tenantSetting = { read: false, busy: busyAfter(event) };
      this.render();
    };
    const done = (value: string | undefined): void => {
      this._tenantSetting = { read: true, value };
      this.render();
    };
    this._tenantSettingRead = readTenantSetting({ siteUrl: this.context.pageContext.web.absoluteUrl, environment: SPFx(this.context) }, onRetry).then(done, () => done(undefined));
  }

  protected onPropertyPaneConfigurationComplete(): void {
    this._readTenantSettingIfNeeded();
    this.render();
  }

  private _applySharePointTheme(theme: IReadonlyTheme | undefined): void {
    if (!theme || this.context.sdks.microsoftTeams) {
      return;
    }
    this._theme = createTheme({
      palette: theme.palette,
      semanticColors: theme.semanticColors,
      isInverted: theme.isInverted
    });
  }

  private _propertyNamesSite(): boolean {
    return (this.properties.siteUrl ?? '').trim() !== '';
  }

  private _site(tenantSetting: string | undefined): PortfolioSite {
    return choosePortfolioSite({
      property: this.properties.siteUrl,
      tenantSetting,
      currentSite: this.context.pageContext.web.absoluteUrl,
      place: this._place
    });
  }

  private _host(site: Extract<PortfolioSite, { kind: 'site' }>): SalkkuHost {
    const teams = this.context.sdks.microsoftTeams;
    if (teams) {
      return teamsHost({ site, shareDeepLink: (link) => teams.teamsJs.pages.shareDeepLink(link) });
    }
    return sharePointHost({ site, pageUrl: () => window.location.href, clipboard: navigator.clipboard });
  }

  private _connection(): SalkkuConnection {
    if (!this._propertyNamesSite() && !this._tenantSetting.read) {
      return { findingSite: true, busy: this._tenantSetting.busy };
    }
    const site = this._site(this._tenantSetting.read ? this._tenantSetting.value : undefined);
    if (site.kind === 'invalidProperty') {
      return { siteProblem: { value: site.value, problem: site.problem } };
    }
    return { host: this._host(site), store: this._storeFor(site.url) };
  }

  /**
   * The page's store for the site: the first of the solution's web parts on the page creates it,
   * the others share it (one load, edits shown everywhere); cached per signed-in user.
   */
  private _storeFor(siteUrl: string): PortfolioStore {
    if (!this._store || this._store.repository.siteUrl !== siteUrl) {
      this._store = portfolioStoreFor(createRepository({ siteUrl, environment: SPFx(this.context) }), {
        user: this.context.pageContext.user.loginName,
        cache: browserPortfolioCache()
      });
      // the cache and SharePoint are read while React renders the web part (once per page)
      this._store.start();
    }
    return this._store;
  }

  private _currentCostLimits(): CostLimits {
    const limits = costLimitsOf(this.properties);
    if (limits.investment !== this._costLimits.investment || limits.recurringPerYear !== this._costLimits.recurringPerYear) {
      this._costLimits = limits;
    }
    return this._costLimits;
  }

  public render(): void {
    const element = React.createElement(SalkkuApp, {
      costLimits: this._currentCostLimits(),
      connection: this._connection(),
      strings,
      theme: this._theme,
      title: this.title,
      renderView: (props: ViewProps) => this.renderView(props)
    });
    ReactDom.render(element, this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get disableReactivePropertyChanges(): boolean {
    return true;
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.GroupData,
              groupFields: [
                PropertyPaneTextField('siteUrl', {
                  label: strings.SiteUrlLabel,
                  description: strings.SiteUrlDescription,
                  placeholder: this.context.pageContext.web.absoluteUrl,
                  onGetErrorMessage: (value: string) => siteUrlError(value, this.context.pageContext.web.absoluteUrl)
                }),
                PropertyPaneLink('helpLink', {
                  text: strings.HelpLinkText,
                  href: helpUrl(strings.Locale),
                  target: '_blank'
                })
              ]
            },
            ...this.viewPropertyFields(),
            {
              groupName: strings.GroupChecks,
              groupFields: [
                PropertyPaneTextField('investmentLimit', {
                  label: strings.InvestmentLimitLabel,
                  description: format(strings.CostLimitDescription, DEFAULT_COST_LIMITS.investment.toLocaleString(strings.Locale)),
                  placeholder: String(DEFAULT_COST_LIMITS.investment),
                  onGetErrorMessage: costLimitError
                }),
                PropertyPaneTextField('recurringLimit', {
                  label: strings.RecurringLimitLabel,
                  description: format(strings.CostLimitDescription, DEFAULT_COST_LIMITS.recurringPerYear.toLocaleString(strings.Locale)),
                  placeholder: String(DEFAULT_COST_LIMITS.recurringPerYear),
                  onGetErrorMessage: costLimitError
                })
              ]
            }
          ]
        }
      ]
    };
  }
}
