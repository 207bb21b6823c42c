/**
 * A project with every column: the views hold summaries (no long texts, no ETag), so a project's
 * details and its editor read the whole project when they open (once per page open).
 */
import * as React from 'react';
import type { Project } from '../../domain/model';

export interface FullProject {
  /** The whole project once read; the summary meanwhile or when reading failed. */
  project: Project | undefined;
  loading: boolean;
  failed: boolean;
}

export function useFullProject(summary: Project | undefined, getProject: (id: number) => Promise<Project>): FullProject {
  const [read, setRead] = React.useState<{ id: number; project: Project | undefined; failed: boolean } | undefined>(undefined);
  const id = summary?.id ?? null;
  React.useEffect(() => {
    if (id === null) {
      return undefined;
    }
    let current = true;
    getProject(id).then(
      (project) => current && setRead({ id, project, failed: false }),
      () => current && setRead({ id, project: undefined, failed: true })
    );
    return () => {
      current = false;
    };
  }, [id, getProject]);
  if (!summary || id === null) {
    return { project: summary, loading: false, failed: false };
  }
  const mine = read?.id === id ? read : undefined;
  // a save replaces the summary with the saved whole project: newer than what was read
  const newer = summary.etag !== null && summary.etag !== mine?.project?.etag;
  return { project: newer ? summary : mine?.project ?? summary, loading: mine === undefined && !newer, failed: mine?.failed === true };
}
