/** What the app shell gives every view once the portfolio is loaded. */
import type { PortfolioData, PortfolioRepository } from '../../data/contract/repository.types';

export type ViewKind = 'portfolio' | 'timeline' | 'impact';

export interface ViewProps {
  data: PortfolioData;
  repository: PortfolioRepository;
  /** Loads the portfolio again; `soft` keeps the view on screen meanwhile. */
  reload: (options?: { soft?: boolean }) => void;
  replaceProject: (project: PortfolioData['projects'][number]) => void;
}
