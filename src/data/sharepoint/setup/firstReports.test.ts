import { FIRST_REPORT_TITLE, firstReportItems } from './firstReports';

const projects = [
  { Id: 1, Modified: '2026-03-04T08:00:00Z', Rag: 'Punainen', Progress: 70, RagComment: 'Odottaa päätöstä', ProjectStatus: 'Käynnissä', ScheduleStart: '2025-01', ScheduleEnd: 'kesä 2026' },
  { Id: 2, Modified: '2026-03-04T08:00:00Z', Rag: 'Vihreä' },
  { Id: 3, Modified: '2026-03-04T08:00:00Z', RagComment: '   ' },
  { Id: 4, Modified: null, Progress: 'paljon' }
];

describe('first reports on upgrade', () => {
  it('make one published report of each project that said something, dated its last change', () => {
    const items = firstReportItems(projects, [], '2026-12-05', FIRST_REPORT_TITLE.fi);
    expect(items.map((i) => i.ProjectId)).toEqual([1, 2]);
    expect(items[0]).toMatchObject({ Title: 'Tilanne ennen tilanneraportteja', ReportState: 'Julkaistu', OverallRag: 'Punainen', ReportProgress: 70, Summary: 'Odottaa päätöstä', ReportDate: '2026-03-04T12:00:00Z' });
    // a month that is not one is not frozen as one
    expect(JSON.parse(String(items[0]?.ProjectSnapshot))).toMatchObject({ status: 'Käynnissä', scheduleStart: '2025-01', scheduleEnd: null });
  });

  it('skip projects that already have a report (an interrupted run is finished, never doubled)', () => {
    expect(firstReportItems(projects, [{ Id: 9, ProjectId: 1 }], '2026-12-05', FIRST_REPORT_TITLE.sv).map((i) => i.ProjectId)).toEqual([2]);
  });
});
