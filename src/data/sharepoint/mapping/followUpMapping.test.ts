import { itemAsRead } from '../../../../test/support/itemAsRead';
import type { StatusReport } from '../../../domain/followup/model';
import { reportFingerprint } from '../../../domain/followup/reports';
import type { DomainWarning } from '../../../domain/warnings';
import { ACTUAL_COSTS_LIST, MEETINGS_LIST, STATUS_REPORTS_LIST } from '../schema/followUpLists';
import { actualFromItem, actualToItem, meetingFromItem, meetingToItem, reportFromItem, reportToItem } from './followUpMapping';

const report: StatusReport = {
  id: null,
  etag: null,
  projectId: 12,
  title: 'Pilotti valmis',
  date: '2026-11-03',
  state: 'published',
  rag: 'Keltainen',
  scheduleRag: 'Punainen',
  costRag: 'Vihreä',
  scopeRag: 'Vihreä',
  progress: 60,
  summary: 'Pilotti valmistui kahdessa koulussa.',
  achieved: 'Koulutukset pidetty',
  nextSteps: 'Käyttöönotto muihin kouluihin',
  risks: 'Toimittajan resurssit',
  decisionsNeeded: 'Lisärahoitus 20 000 €',
  author: { id: 7, title: '', email: null },
  snapshot: { status: 'Käynnissä', scheduleStart: '2026-01', scheduleEnd: '2027-06', investmentMin: 20_000, investmentMax: 50_000, recurringPerYearMin: null, recurringPerYearMax: 5_000 }
};

const asRead = itemAsRead;

describe('follow-up mapping', () => {
  it('writes exactly the report list\'s columns (lookups and people as <Name>Id)', () => {
    const written = Object.keys(reportToItem(report)).map((k) => k.replace(/Id$/, '')).sort();
    expect(written).toEqual(STATUS_REPORTS_LIST.fields.map((f) => f.name).sort());
    expect(Object.keys(actualToItem({ id: null, etag: null, projectId: 1, year: 2026, investment: 1, recurring: null, note: null, reportId: null }, 'x')).map((k) => k.replace(/Id$/, '')).sort()).toEqual(
      ACTUAL_COSTS_LIST.fields.map((f) => f.name).sort()
    );
    expect(Object.keys(meetingToItem({ id: null, etag: null, title: 'x', date: '2026-01-01', body: null, notes: null })).sort()).toEqual(MEETINGS_LIST.fields.map((f) => f.name).sort());
  });

  it('reads back what it wrote, the snapshot included', () => {
    expect(reportFromItem(asRead(reportToItem(report), 4))).toEqual({ ...report, id: 4, etag: '"1"' });
  });

  it('never reads an unknown state as published history', () => {
    const issues: DomainWarning[] = [];
    const read = reportFromItem(asRead({ ...reportToItem(report), ReportState: 'Hyväksytty' }, 4), issues);
    expect(read?.state).toBe('draft');
    expect(issues).toEqual([{ code: 'unknownChoice', field: 'reportState', detail: 'Hyväksytty' }]);
  });

  it('lists a report without its project or day instead of using it', () => {
    const issues: DomainWarning[] = [];
    expect(reportFromItem(asRead({ ...reportToItem(report), ProjectId: null }, 4), issues)).toBeNull();
    expect(reportFromItem(asRead({ ...reportToItem(report), ReportDate: null }, 5), issues)).toBeNull();
    expect(issues.map((i) => [i.code, i.field, i.detail])).toEqual([
      ['missingValue', 'Project', 'Pilotti valmis'],
      ['missingValue', 'ReportDate', 'Pilotti valmis']
    ]);
  });

  it('keeps a report whose snapshot was damaged, without the snapshot, and says so', () => {
    const issues: DomainWarning[] = [];
    const read = reportFromItem(asRead({ ...reportToItem(report), ProjectSnapshot: '{"status": "Käyn' }, 4), issues);
    expect(read?.snapshot).toBeNull();
    expect(read?.rag).toBe('Keltainen');
    expect(issues).toHaveLength(1);
    const odd = reportFromItem(asRead({ ...reportToItem(report), ProjectSnapshot: '{"scheduleEnd": "kesäkuu", "investmentMax": "50 000"}' }, 4));
    expect(odd?.snapshot).toMatchObject({ scheduleEnd: null, investmentMax: null });
  });

  it('shows a published report changed afterwards in SharePoint\'s own form, and tolerates what SharePoint does to line ends', () => {
    const published: StatusReport = { ...report, summary: 'Pilotti valmistui.\nKoulutus jatkuu.', snapshot: { ...(report.snapshot as NonNullable<StatusReport['snapshot']>), reportFingerprint: reportFingerprint({ ...report, summary: 'Pilotti valmistui.\nKoulutus jatkuu.' }) } };
    const clean: DomainWarning[] = [];
    const read = reportFromItem(asRead({ ...reportToItem(published), Summary: 'Pilotti valmistui.\r\nKoulutus jatkuu. ' }, 4), clean);
    expect(read?.editedAfterPublishing).toBeUndefined();
    expect(clean).toEqual([]);
    for (const change of [{ OverallRag: 'Vihreä' }, { ReportProgress: 90 }, { DecisionsNeeded: null }, { Title: 'Kaikki hyvin' }]) {
      const issues: DomainWarning[] = [];
      const edited = reportFromItem(asRead({ ...reportToItem(published), ...change }, 4), issues);
      expect(edited?.editedAfterPublishing).toBe(true);
      expect(issues).toEqual([expect.objectContaining({ code: 'editedAfterPublishing', field: 'reportState' })]);
    }
    // a draft, and a report published before fingerprints, are never flagged
    expect(reportFromItem(asRead({ ...reportToItem({ ...published, state: 'draft' }), OverallRag: 'Vihreä' }, 4))?.editedAfterPublishing).toBeUndefined();
    expect(reportFromItem(asRead({ ...reportToItem(report), OverallRag: 'Vihreä' }, 4))?.editedAfterPublishing).toBeUndefined();
  });

  it('reads actual costs and meetings, refusing a year that is not a whole number', () => {
    const actual = { id: null, etag: null, projectId: 3, year: 2026, investment: 12_500, recurring: 800, note: 'Lisenssit', reportId: 9 };
    expect(actualFromItem(asRead(actualToItem(actual, 'x'), 2))).toEqual({ ...actual, id: 2, etag: '"1"' });
    expect(actualFromItem(asRead({ ...actualToItem(actual, 'x'), CostYear: 2026.5 }, 2))).toBeNull();
    const meeting = { id: null, etag: null, title: 'Ohjausryhmä 4/2026', date: '2026-11-20', body: 'Tietohallinnon ohjausryhmä', notes: null };
    expect(meetingFromItem(asRead(meetingToItem(meeting), 6))).toEqual({ ...meeting, id: 6, etag: '"1"' });
  });
});
