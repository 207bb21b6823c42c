/** A published green status report for tests: `changes` say what differs. */
import type { StatusReport } from '../../src/domain/followup/model';
import { RAG } from '../../src/domain/vocabulary';

export function statusReport(projectId: number, date: string, changes: Partial<StatusReport> = {}): StatusReport {
  return {
    id: null,
    etag: null,
    projectId,
    title: 'Tilanne',
    date,
    state: 'published',
    rag: RAG.green,
    scheduleRag: null,
    costRag: null,
    scopeRag: null,
    progress: null,
    summary: null,
    achieved: null,
    nextSteps: null,
    risks: null,
    decisionsNeeded: null,
    author: null,
    snapshot: null,
    ...changes
  };
}
