/** Every user-visible string of Salkku; one loc file per language (fi-fi default, sv-se, en-us). */
declare interface ISalkkuStrings {
  /** BCP 47 locale used for numbers, dates and sorting, e.g. "fi-FI". */
  Locale: string;
  AppName: string;
  ViewPortfolio: string;
  ViewTimeline: string;
  ViewImpact: string;

  Loading: string;
  LoadingProgress: string;
  Busy: string;
  Retry: string;
  ErrorTitle: string;
  ErrorListMissing: string;
  ErrorListMissingOwner: string;
  ErrorAccessDenied: string;
  ErrorThrottled: string;
  ErrorListViewThreshold: string;
  ErrorNetwork: string;
  ErrorUnknown: string;
  ErrorDetails: string;
  ViewCrashed: string;
  SetupTitle: string;
  SetupButton: string;
  SetupRunning: string;
  SetupDone: string;
  SetupFailed: string;
  UpgradeAvailable: string;
  UpgradeButton: string;
  EmptyPortfolio: string;
  EmptyPortfolioOwner: string;

  PropertyPaneDescription: string;
  GroupData: string;
  SiteUrlLabel: string;
  SiteUrlDescription: string;
  SiteUrlInvalid: string;

  PreviewTitle: string;
  PreviewIntro: string;
  PreviewHost: string;
  PreviewHostSharePoint: string;
  PreviewHostTeamsLight: string;
  PreviewHostTeamsDark: string;
  PreviewHostTeamsContrast: string;
  PreviewHostNarrow: string;
  PreviewLanguage: string;
  PreviewUser: string;
  PreviewRoleOwner: string;
  PreviewRoleMember: string;
  PreviewRoleVisitor: string;
  PreviewRoleNone: string;
  PreviewViews: string;
}

declare module 'SalkkuStrings' {
  const strings: ISalkkuStrings;
  export = strings;
}
