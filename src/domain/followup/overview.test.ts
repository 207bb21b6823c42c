import { statusReport } from '../../../test/support/statusReport';
import type { Project } from '../model';
import { emptyProject } from '../model';
import { RAG, STATUS } from '../vocabulary';
import type { Meeting } from './model';
import { defaultSince, followUpOverview, readFrom } from './overview';

const maija = { id: 7, title: 'Maija Muokkaaja', email: null };

function project(id: number, changes: Partial<Project> = {}): Project {
  return { ...emptyProject(`Hanke ${id}`), id, status: STATUS.inProgress, ...changes };
}

const report = statusReport;

function meeting(date: string, body = 'Tietohallinnon ohjausryhmä'): Meeting {
  return { id: null, etag: null, title: body, date, body, notes: null };
}

const meetings = [meeting('2026-09-10'), meeting('2026-10-22'), meeting('2026-12-10'), meeting('2026-11-05', 'Sivistyspalvelujen johtoryhmä')];

describe('the follow-up overview', () => {
  it('compares with the latest past meeting of the cadence, else one cadence ago', () => {
    expect(defaultSince(meetings, { kind: 'weeks', weeks: 6 }, '2026-12-05')).toBe('2026-11-05');
    expect(defaultSince(meetings, { kind: 'meetings', body: 'Tietohallinnon ohjausryhmä' }, '2026-12-05')).toBe('2026-10-22');
    expect(defaultSince([], { kind: 'weeks', weeks: 6 }, '2026-12-05')).toBe('2026-10-24');
    expect(readFrom('2026-10-22')).toBe('2026-06-24');
  });

  it('lists what changed, the due reports with the user\'s own first, the latest reports and open drafts', () => {
    const projects = [
      project(1, { projectManager: null }),
      project(2, { projectManager: maija }),
      project(3, { status: STATUS.done }),
      project(4, { projectManager: maija }),
      project(5)
    ];
    const reports = [
      report(1, '2026-09-01', { id: 1, rag: RAG.green }),
      report(1, '2026-11-20', { id: 2, rag: RAG.red }),
      report(4, '2026-11-30', { id: 3 }),
      report(4, '2026-12-01', { id: 4, state: 'draft', rag: RAG.amber })
    ];
    const overview = followUpOverview({
      projects,
      reports,
      meetings,
      cadence: { kind: 'meetings', body: 'Tietohallinnon ohjausryhmä' },
      today: '2026-12-05',
      managed: new Set([2, 4]),
      // 1 was created anew (moved between lists) but had reported before the meeting: not new
      created: new Map([
        [5, '2026-11-01'],
        [1, '2026-11-15']
      ])
    });
    expect(overview.since).toBe('2026-10-22');
    expect(overview.sinceMeeting?.date).toBe('2026-10-22');
    expect(overview.nextMeeting?.date).toBe('2026-12-10');
    expect(overview.changes).toEqual([
      { kind: 'ragChanged', projectId: 1, from: RAG.green, to: RAG.red },
      { kind: 'new', projectId: 5, created: '2026-11-01' }
    ]);
    // 2 (Maija's, never reported) first; 1 reported after the last meeting; 3 is done; 4 reported
    expect(overview.due.map((d) => [d.project.id, d.own])).toEqual([
      [2, true],
      [5, false]
    ]);
    expect(overview.latest.get(1)?.id).toBe(2);
    expect(overview.drafts.get(4)?.id).toBe(4);
    expect(overview.drafts.has(1)).toBe(false);
  });

  it('takes the day asked for when one is given', () => {
    const overview = followUpOverview({ projects: [], reports: [], meetings, cadence: { kind: 'weeks', weeks: 6 }, today: '2026-12-05', managed: new Set(), created: new Map(), since: '2026-09-10' });
    expect(overview.sinceMeeting?.date).toBe('2026-09-10');
  });
});
