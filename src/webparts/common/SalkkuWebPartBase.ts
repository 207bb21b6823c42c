/**
 * What the three web parts share: portfolio site URL property, repository (PnPjs with SPFx's
 * context and Salkku's retry), SharePoint section theme or Teams theme, render and dispose.
 * Each web part is a tiny subclass that names its view.
 */
import type { ITheme } from '@fluentui/react';
import { createTheme } from '@fluentui/react';
import type { IReadonlyTheme, ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import { ThemeProvider } from '@microsoft/sp-component-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { SPFx } from '@pnp/sp';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import * as strings from 'SalkkuStrings';
import type { ViewProps } from '../../components/common/viewProps';
import { SalkkuApp } from '../../components/app/SalkkuApp';
import { teamsTheme, teamsThemeName } from '../../components/theme/themes';
import { createRepository } from '../../data/sharepoint/createRepository';
import type { PortfolioRepository } from '../../data/contract/repository.types';

export interface ISalkkuWebPartProps {
  /** Site that holds the portfolio lists; empty = the current site. */
  siteUrl?: string;
}

/** An absolute https URL of a site, or undefined. */
export function validSiteUrl(value: string | undefined): string | undefined {
  if (!value || value.trim() === '') {
    return undefined;
  }
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' ? url.toString().replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}

export abstract class SalkkuWebPartBase<P extends ISalkkuWebPartProps> extends BaseClientSideWebPart<P> {
  private _theme: ITheme = createTheme({});
  private _repository: PortfolioRepository | undefined;
  private _repositorySite: string | undefined;

  /** Accessible name of the web part's region. */
  protected abstract get title(): string;

  protected abstract renderView(props: ViewProps): JSX.Element;

  /** View-specific property pane fields (after the site URL). */
  protected viewPropertyFields(): IPropertyPaneConfiguration['pages'][number]['groups'] {
    return [];
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
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
    }
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

  private _siteUrl(): string {
    return validSiteUrl(this.properties.siteUrl) ?? this.context.pageContext.web.absoluteUrl;
  }

  private _repositoryFor(siteUrl: string): PortfolioRepository {
    if (!this._repository || this._repositorySite !== siteUrl) {
      this._repository = createRepository({ siteUrl, environment: SPFx(this.context) });
      this._repositorySite = siteUrl;
    }
    return this._repository;
  }

  public render(): void {
    const element = React.createElement(SalkkuApp, {
      repository: this._repositoryFor(this._siteUrl()),
      strings,
      theme: this._theme,
      host: this.context.sdks.microsoftTeams ? 'teams' : 'sharePoint',
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
                  onGetErrorMessage: (value: string) => (value.trim() === '' || validSiteUrl(value) ? '' : strings.SiteUrlInvalid)
                })
              ]
            },
            ...this.viewPropertyFields()
          ]
        }
      ]
    };
  }
}
