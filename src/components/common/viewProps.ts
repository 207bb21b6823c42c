/** What the app shell gives every view once the portfolio is loaded. */
import type { Project } from '../../domain/model';
import type { PortfolioData, PortfolioRepository } from '../../data/contract/repository.types';
import type { PortfolioFollowUp } from '../../data/contract/followUpFacts';

export type ViewKind = 'portfolio' | 'timeline' | 'impact' | 'followUp' | 'proposals' | 'benefits';

export interface ViewProps {
  data: PortfolioData;
  repository: PortfolioRepository;
  /** Loads the portfolio again; `soft` keeps the view on screen meanwhile. */
  reload: (options?: { soft?: boolean }) => void;
  replaceProject: (project: PortfolioData['projects'][number]) => void;
  /**
   * A project with every column and its ETag: `data` holds a summary (no long texts, no ETag)
   * until `loadFull`; details and editors read the project with this.
   */
  getProject: (id: number) => Promise<Project>;
  /** Adds the impact justifications to the summary (the Impact view), loaded once. */
  loadAssessment: () => Promise<void>;
  /** Every column of every project (export, print, search in descriptions), loaded once. */
  loadFull: () => Promise<PortfolioData>;
  /**
   * The follow-up facts beside the plan (actual costs, who owes a report), read once every
   * project has arrived; views without it (tests, older hosts) show no follow-up.
   */
  loadFollowUp?: () => Promise<PortfolioFollowUp>;
}
