import type { PortfolioSummary } from '../../domain/portfolio/summary';

/** The filter fields a band button toggles. */
export type BandFacet = 'statuses' | 'rags';

export interface SummaryBandProps {
  summary: PortfolioSummary;
  /** A status or RAG value was clicked: add it to the filter's choice, or remove it. */
  onToggle: (facet: BandFacet, value: string) => void;
  /** "Needs attention" was clicked: open the list and bring it into view. */
  onShowAttention: () => void;
  /**
   * Projects that owe a status report (of those the other filters keep) and whether the band's
   * button filters to them; absent until the follow-up is read and on a site without it.
   */
  reportDue?: { count: number; selected: boolean; onToggle: () => void };
}
