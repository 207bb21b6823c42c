/**
 * Saving an assessment: through the repository with the ETag the user read. When someone else
 * saved first, the state carries both versions so the user can choose; nothing is overwritten.
 */
import * as React from 'react';
import { ConflictError, isRepositoryError } from '../../data/contract/errors';
import type { PortfolioData, PortfolioRepository } from '../../data/contract/repository.types';
import type { Project } from '../../domain/model';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; project: Project }
  | { kind: 'conflict'; original: Project; mine: Project; theirs: Project }
  | { kind: 'error'; message: string };

export interface AssessmentSave {
  state: SaveState;
  /** Saves `mine`, edited from `original` (the version read, with its ETag). */
  save: (original: Project, mine: Project) => void;
  reset: () => void;
}

export function useAssessmentSave(repository: PortfolioRepository, data: PortfolioData, onSaved: (project: Project) => void): AssessmentSave {
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
      repository.saveProject(mine, data).then(
        (saved) => {
          onSaved(saved);
          if (mounted.current) {
            setState({ kind: 'saved', project: saved });
          }
        },
        (error: unknown) => {
          if (!mounted.current) {
            return;
          }
          if (error instanceof ConflictError && error.current) {
            setState({ kind: 'conflict', original, mine, theirs: error.current as Project });
          } else {
            setState({ kind: 'error', message: isRepositoryError(error) ? error.serverMessage ?? error.message : String(error) });
          }
        }
      );
    },
    [repository, data, onSaved]
  );

  const reset = React.useCallback(() => setState({ kind: 'idle' }), []);
  return { state, save, reset };
}
