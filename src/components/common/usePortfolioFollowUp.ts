/**
 * The follow-up facts as a view uses them: read once the portfolio has arrived (the first rows
 * never wait for them), kept on screen while they are read again after a change, and turned into
 * who owes a report today. `unavailable` (a site without the follow-up lists) and `failed` leave
 * the view as it was without them.
 */
import * as React from 'react';
import type { PortfolioFollowUp, PortfolioFollowUpFacts } from '../../data/contract/followUpFacts';
import type { PortfolioData } from '../../data/contract/repository.types';
import { dueProjectIds } from '../../domain/followup/portfolioFacts';
import type { FilterFacts } from '../../domain/portfolio/filter';
import type { ViewProps } from './viewProps';

export interface FollowUpView {
  status: 'loading' | 'ready' | 'unavailable' | 'failed';
  facts: PortfolioFollowUpFacts | undefined;
  /** Ids of the projects that owe a report (undefined until known). */
  due: ReadonlySet<number> | undefined;
  /** What the filters need (report due). */
  filterFacts: FilterFacts;
  /** Why the follow-up could not be read (status `failed`). */
  failure: string | undefined;
}

export function usePortfolioFollowUp(load: ViewProps['loadFollowUp'], data: PortfolioData): FollowUpView {
  const [answer, setAnswer] = React.useState<PortfolioFollowUp | undefined>(undefined);
  React.useEffect(() => {
    if (!load) {
      setAnswer({ kind: 'unavailable' });
      return undefined;
    }
    let current = true;
    load()
      .then((value) => current && setAnswer(value))
      .catch((error: unknown) => current && setAnswer({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      current = false;
    };
    // read again when the portfolio changes (a report published updates its project)
  }, [load, data]);
  const facts = answer?.kind === 'ready' ? answer : undefined;
  const due = React.useMemo(() => (facts ? dueProjectIds(data.projects, facts.latest, facts.cadence, facts.meetings, facts.today) : undefined), [facts, data.projects]);
  const filterFacts = React.useMemo<FilterFacts>(() => ({ reportDue: due }), [due]);
  return { status: answer === undefined ? 'loading' : answer.kind, facts, due, filterFacts, failure: answer?.kind === 'failed' ? answer.message : undefined };
}
