/** What a SharePoint error means for the person, in their language: one wording for every view. */
import type { RepositoryError } from '../../data/contract/errors';
import { TENANT_SETTING_KEY } from '../../data/contract/portfolioSite';
import { format } from './format';

export function errorMessage(strings: ISalkkuStrings, error: RepositoryError, canSetUp: boolean, setupOffered: boolean): string {
  switch (error.kind) {
    case 'listMissing':
      // a Teams tab's team site or a personal app's root site is not the portfolio site: say how
      // to name it instead of suggesting lists there
      return !setupOffered ? format(strings.ErrorNotConfigured, TENANT_SETTING_KEY) : canSetUp ? strings.ErrorListMissingOwner : strings.ErrorListMissing;
    case 'accessDenied':
      return strings.ErrorAccessDenied;
    case 'throttled':
      // SharePoint asked for a longer wait than we keep a page waiting: say how long
      return error.retryAfterMs !== undefined && error.retryAfterMs > 0 ? format(strings.ErrorThrottledFor, Math.ceil(error.retryAfterMs / 1000)) : strings.ErrorThrottled;
    case 'sessionExpired':
      return strings.ErrorSessionExpired;
    case 'listViewThreshold':
      return strings.ErrorListViewThreshold;
    case 'network':
      return strings.ErrorNetwork;
    default:
      return strings.ErrorUnknown;
  }
}
