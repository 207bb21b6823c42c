/**
 * Fluent themes for the hosts Salkku runs in: SharePoint's default, and Teams' default, dark and
 * high-contrast themes. In SharePoint the web part passes the page section's own theme instead.
 */
import type { IPalette, ITheme } from '@fluentui/react';
import { createTheme } from '@fluentui/react';

export type TeamsThemeName = 'default' | 'dark' | 'contrast';

const teamsLightPalette: Partial<IPalette> = {
  themePrimary: '#5b5fc7',
  themeLighterAlt: '#f7f7fc',
  themeLighter: '#e1e1f5',
  themeLight: '#c8c9ed',
  themeTertiary: '#9597d9',
  themeSecondary: '#6b6fca',
  themeDarkAlt: '#5155b3',
  themeDark: '#444797',
  themeDarker: '#32346f',
  neutralLighterAlt: '#f5f5f5',
  neutralLighter: '#f0f0f0',
  neutralLight: '#e6e6e6',
  neutralQuaternaryAlt: '#d6d6d6',
  neutralQuaternary: '#cccccc',
  neutralTertiaryAlt: '#c4c4c4',
  neutralTertiary: '#8a8886',
  neutralSecondary: '#605e5c',
  neutralPrimaryAlt: '#3b3a39',
  neutralPrimary: '#242424',
  neutralDark: '#201f1e',
  black: '#000000',
  white: '#ffffff'
};

const teamsDarkPalette: Partial<IPalette> = {
  themePrimary: '#7f85f5',
  themeLighterAlt: '#05050a',
  themeLighter: '#141527',
  themeLight: '#262849',
  themeTertiary: '#4c5092',
  themeSecondary: '#7075d6',
  themeDarkAlt: '#8b91f6',
  themeDark: '#9ca1f7',
  themeDarker: '#b6baf9',
  neutralLighterAlt: '#2b2b2b',
  neutralLighter: '#333333',
  neutralLight: '#3d3d3d',
  neutralQuaternaryAlt: '#454545',
  neutralQuaternary: '#4c4c4c',
  neutralTertiaryAlt: '#6b6b6b',
  neutralTertiary: '#c8c8c8',
  neutralSecondary: '#d0d0d0',
  neutralPrimaryAlt: '#dadada',
  neutralPrimary: '#ffffff',
  neutralDark: '#f4f4f4',
  black: '#f8f8f8',
  white: '#1f1f1f'
};

const teamsContrastPalette: Partial<IPalette> = {
  themePrimary: '#ffff01',
  themeLighterAlt: '#0a0a00',
  themeLighter: '#292900',
  themeLight: '#4d4d00',
  themeTertiary: '#999900',
  themeSecondary: '#e0e000',
  themeDarkAlt: '#ffff19',
  themeDark: '#ffff3d',
  themeDarker: '#ffff70',
  neutralLighterAlt: '#0b0b0b',
  neutralLighter: '#151515',
  neutralLight: '#252525',
  neutralQuaternaryAlt: '#2f2f2f',
  neutralQuaternary: '#373737',
  neutralTertiaryAlt: '#595959',
  neutralTertiary: '#ffffff',
  neutralSecondary: '#ffffff',
  neutralPrimaryAlt: '#ffffff',
  neutralPrimary: '#ffffff',
  neutralDark: '#ffffff',
  black: '#ffffff',
  white: '#000000'
};

export const sharePointTheme: ITheme = createTheme({});

export function teamsTheme(name: TeamsThemeName): ITheme {
  switch (name) {
    case 'dark':
      return createTheme({ palette: teamsDarkPalette, isInverted: true, semanticColors: { bodyBackground: '#1f1f1f', bodyText: '#ffffff' } });
    case 'contrast':
      return createTheme({
        palette: teamsContrastPalette,
        isInverted: true,
        semanticColors: {
          bodyBackground: '#000000',
          bodyText: '#ffffff',
          link: '#ffff01',
          linkHovered: '#ffff01',
          buttonText: '#ffffff',
          buttonBorder: '#ffffff',
          inputBorder: '#ffffff',
          focusBorder: '#1aebff',
          variantBorder: '#ffffff',
          bodyDivider: '#ffffff',
          disabledText: '#3ff23f',
          errorText: '#ffffff'
        }
      });
    default:
      return createTheme({ palette: teamsLightPalette, semanticColors: { bodyBackground: '#f5f5f5' } });
  }
}

/** The Teams theme name Teams reports ("default", "dark", "contrast"); anything else → default. */
export function teamsThemeName(value: string | undefined): TeamsThemeName {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}
