import type { PortfolioSummary } from '../../domain/portfolio/summary';

/** The filter fields a band button toggles. */
export type BandFacet = 'statuses' | 'rags';

export interface SummaryBandProps {
  summary: PortfolioSummary;
  /** A status or RAG value was clicked: add it to the filter's choice, or remove it. */
  onToggle: (facet: BandFacet, value: string) => void;
  /** "Needs attention" was clicked: open the list and bring it into view. */
  onShowAttention: () => void;
}
