/** The follow-up's filter (report due) is offered once the site's follow-up has been read. */
import type { PortfolioFilter } from '../../domain/portfolio/filter';
import type { FollowUpView } from '../common/usePortfolioFollowUp';

const HIDE_DUE: readonly (keyof PortfolioFilter)[] = ['reportDue'];
const HIDE_NONE: readonly (keyof PortfolioFilter)[] = [];

export function followUpFilterHidden(status: FollowUpView['status']): readonly (keyof PortfolioFilter)[] {
  return status === 'ready' ? HIDE_NONE : HIDE_DUE;
}
