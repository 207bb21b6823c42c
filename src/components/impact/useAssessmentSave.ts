/**
 * Saving an assessment: only what the user changed, with the ETag they read. The repository
 * records the saving user and today as assessor and date; when a colleague saved other columns
 * meanwhile it keeps their change and says so; when they changed the same columns the state
 * carries both versions and who changed it, so the user can choose. Nothing is overwritten.
 */
import * as React from 'react';
import { isRepositoryError } from '../../data/contract/errors';
import type { ChangeAuthor, PortfolioRepository } from '../../data/contract/repository.types';
import type { Project } from '../../domain/model';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; project: Project; mergedWith: ChangeAuthor | null }
  | { kind: 'conflict'; original: Project; mine: Project; theirs: Project; changedBy: ChangeAuthor }
  | { kind: 'error'; message: string };

export interface AssessmentSave {
  state: SaveState;
  /** Saves the assessment of `mine`, edited from `original` (the version read, with its ETag). */
  save: (original: Project, mine: Project) => void;
  reset: () => void;
}

export function useAssessmentSave(repository: PortfolioRepository, onSaved: (project: Project) => void): AssessmentSave {
  const [state, setState] = React.useState<SaveState>({ kind: 'idle' });
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const save = React.useCallback(
    (original: Project, mine: Project) => {
      setState({ kind: 'saving' });
      repository.saveAssessment(original, { impacts: mine.impacts, assessmentStatus: mine.assessmentStatus }).then(
        (outcome) => {
          if (outcome.kind === 'saved') {
            onSaved(outcome.project);
          }
          if (!mounted.current) {
            return;
          }
          setState(
            outcome.kind === 'saved'
              ? { kind: 'saved', project: outcome.project, mergedWith: outcome.mergedWith }
              : { kind: 'conflict', original, mine, theirs: outcome.current, changedBy: outcome.changedBy }
          );
        },
        (error: unknown) => {
          if (mounted.current) {
            setState({ kind: 'error', message: isRepositoryError(error) ? error.serverMessage ?? error.message : String(error) });
          }
        }
      );
    },
    [repository, onSaved]
  );

  const reset = React.useCallback(() => setState({ kind: 'idle' }), []);
  return { state, save, reset };
}
