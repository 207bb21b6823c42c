/**
 * The meeting pack button: a click builds the Word document in the UI's language from the full
 * projects and downloads it; while it works the button is disabled; a failure is said in an
 * alert and the button works again.
 */
import { setIconOptions } from '@fluentui/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import JSZip from 'jszip';
import * as React from 'react';
import * as strings from 'SalkkuStrings';
import type { FollowUpData } from '../../data/contract/followUp.types';
import type { ListInfo, ListKey, PortfolioData } from '../../data/contract/repository.types';
import type { ActualCost, Meeting, StatusReport } from '../../domain/followup/model';
import { emptyProject } from '../../domain/model';
import { statusReport } from '../../../test/support/statusReport';
import { format } from '../common/format';
import { SalkkuEnvironmentContext } from '../common/SalkkuContext';
import { MeetingPackButton } from './MeetingPackButton';

setIconOptions({ disableWarnings: true });

function listInfo(key: ListKey): ListInfo {
  const permissions = { canRead: true, canAdd: false, canEdit: false, canManage: false };
  return { key, id: key, title: key, newFormUrl: '', editFormUrl: '', displayFormUrl: '', viewUrl: '', itemCount: 0, permissions, choices: {}, missingFields: [] };
}

const SUMMARY = { ...emptyProject('Asianhallinnan uusiminen'), id: 1, number: '3.1', status: 'Käynnissä', rag: 'Punainen' };
const FULL = { ...SUMMARY, ragComment: 'Integraatio viivästyy.', projectManager: { id: 4, title: 'Aino Asiakas', email: null } };

const DATA: PortfolioData = {
  siteUrl: 'https://example.invalid/sites/salkku',
  detail: 'summary',
  changeToken: null,
  projects: [SUMMARY],
  plans: [],
  goals: [],
  lists: { projects: listInfo('projects'), plans: listInfo('plans'), goals: listInfo('goals') },
  currentUser: null,
  canManageSite: false,
  itemIssues: [],
  upgradeAvailable: false,
  staleSortKeys: 0,
  problems: []
};

const DECEMBER: Meeting = { id: 2, etag: null, title: 'Ohjausryhmä 4/2026', date: '2026-12-10', body: 'Tietohallinnon ohjausryhmä', notes: null };
const SEPTEMBER: Meeting = { ...DECEMBER, id: 1, title: 'Ohjausryhmä 3/2026', date: '2026-09-15' };

const DRAFT: StatusReport = statusReport(1, '2026-11-20', { id: 9, title: 'Luonnos', state: 'draft', decisionsNeeded: 'Luonnoksen päätösesitys' });

const FOLLOW_UP: FollowUpData = { reports: [DRAFT], actuals: [], meetings: [SEPTEMBER, DECEMBER], cadence: { kind: 'meetings', body: 'Tietohallinnon ohjausryhmä' }, projectsCreated: new Map(), managed: new Set(), lists: {}, missing: [], itemIssues: [] };

/** What the browser was asked to download: the blob and the file name. */
function captureDownloads(): { blobs: Blob[]; names: string[] } {
  const captured = { blobs: [] as Blob[], names: [] as string[] };
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      captured.blobs.push(blob);
      return 'blob:meeting-pack';
    }
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    captured.names.push(this.download);
  });
  return captured;
}

function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

function renderButton(loadFull?: () => Promise<PortfolioData>, loadActuals?: (fromYear: number) => Promise<ActualCost[]>): void {
  render(
    <SalkkuEnvironmentContext.Provider value={{ strings }}>
      <MeetingPackButton data={DATA} followUp={FOLLOW_UP} meeting={DECEMBER} previousMeeting={SEPTEMBER} loadFull={loadFull} loadActuals={loadActuals} />
    </SalkkuEnvironmentContext.Provider>
  );
}

const SLOW = { timeout: 15_000 };

describe('meeting pack button', () => {
  afterEach(() => jest.restoreAllMocks());

  it('builds the Word document of the meeting in the UI language from the full projects, and downloads it', async () => {
    const downloads = captureDownloads();
    const loadFull = jest.fn(() => Promise.resolve({ ...DATA, detail: 'full' as const, projects: [FULL] }));
    renderButton(loadFull);
    const button = screen.getByRole('button', { name: strings.MpMeetingPackButton });
    fireEvent.click(button);
    expect(button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true').toBe(true);
    // building the document takes seconds on a busy machine; Fluent's MessageBar renders its text a tick later
    await screen.findByText(format(strings.MpMeetingPackDone, 'Meeting pack Ohjausryhmä 4 2026.docx'), {}, SLOW);
    expect(loadFull).toHaveBeenCalledTimes(1);
    expect(downloads.names).toEqual(['Meeting pack Ohjausryhmä 4 2026.docx']);

    const zip = await JSZip.loadAsync(await bytesOf(downloads.blobs[0] ?? new Blob()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Meeting pack: Ohjausryhmä 4/2026');
    expect(text).toContain('Ohjausryhmä 3/2026 (15 Sept 2026)');
    // the full project's comment and manager; the draft's decision is not there
    expect(text).toContain('■ Red – 3.1 Asianhallinnan uusiminen');
    expect(text).toContain('Integraatio viivästyy.');
    expect(text).toContain('Aino Asiakas');
    expect(text).not.toContain('Luonnoksen päätösesitys');
    expect(await zip.file('word/styles.xml')?.async('string')).toContain('w:lang w:val="en-GB"');
    expect(screen.getByRole('button', { name: strings.MpMeetingPackButton }).hasAttribute('disabled')).toBe(false);
  });

  it('says in an alert what went wrong, downloads nothing, and can be tried again', async () => {
    const downloads = captureDownloads();
    renderButton(() => Promise.reject(new Error('SharePoint ei vastannut')));
    fireEvent.click(screen.getByRole('button', { name: strings.MpMeetingPackButton }));
    const alert = await screen.findByRole('alert', {}, SLOW);
    await waitFor(() => expect(alert.textContent).toContain(format(strings.MpMeetingPackFailed, 'SharePoint ei vastannut')), SLOW);
    expect(downloads.names).toEqual([]);
    await waitFor(() => expect(screen.getByRole('button', { name: strings.MpMeetingPackButton }).hasAttribute('disabled')).toBe(false), SLOW);
  });

  it('works from the summary alone when no full load is offered', async () => {
    const downloads = captureDownloads();
    renderButton();
    fireEvent.click(screen.getByRole('button', { name: strings.MpMeetingPackButton }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1), SLOW);
  });

  it('reads the actual costs from the earliest project start, so an overrun spread over years counts', async () => {
    const downloads = captureDownloads();
    const started = { ...FULL, schedule: { ...FULL.schedule, start: '2023-04' }, costs: { ...FULL.costs, investmentMin: 50000, investmentMax: 80000 } };
    const cost = (year: number, investment: number): ActualCost => ({ id: null, etag: null, projectId: 1, year, investment, recurring: null, note: null, reportId: null });
    // 2026 alone (the view's period) is under the upper bound; 2023–2026 together are over it
    const loadActuals = jest.fn((fromYear: number) => Promise.resolve([cost(2023, 30000), cost(2024, 30000), cost(2026, 30000)].filter((a) => a.year >= fromYear)));
    renderButton(() => Promise.resolve({ ...DATA, detail: 'full' as const, projects: [started] }), loadActuals);
    fireEvent.click(screen.getByRole('button', { name: strings.MpMeetingPackButton }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1), SLOW);
    expect(loadActuals).toHaveBeenCalledWith(2023);
    const zip = await JSZip.loadAsync(await bytesOf(downloads.blobs[0] ?? new Blob()));
    const text = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Projects whose actuals exceed the estimate&apos;s upper bound 1');
  });
});
