/**
 * The follow-up lists through PnPjs: one `$batch` reads the lists' information, the period's
 * reports (indexed ReportDate), the actual costs from a year on (indexed CostYear), the meetings
 * and the settings; further pages follow SharePoint's next links. Writes carry ETags.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { ActualCost, Cadence, Day, Meeting, StatusReport } from '../../domain/followup/model';
import { DEFAULT_CADENCE } from '../../domain/followup/model';
import { reportFingerprint, snapshotOf } from '../../domain/followup/reports';
import { REPORT_STATE } from '../../domain/followup/vocabulary';
import { keyOf } from '../../domain/vocabulary';
import type { Project } from '../../domain/model';
import type { DomainWarning } from '../../domain/warnings';
import { RepositoryError } from '../contract/errors';
import type { FollowUpData, FollowUpHistory, FollowUpQuery, FollowUpRepository, SavedReport } from '../contract/followUp.types';
import type { ItemIssue, PortfolioRepository } from '../contract/repository.types';
import type { FollowUpListKey } from '../contract/setup.types';
import { saveItem } from './itemWrites';
import { actualFromItem, actualToItem, meetingFromItem, meetingToItem, reportFromItem, reportToItem } from './mapping/followUpMapping';
import type { SpItem } from './mapping/values';
import { readId, readText } from './mapping/values';
import { selectNames } from './schema/schema';
import type { SiteLists } from './siteLists';
import type { Page } from './spUtils';
import { allPages, PAGE_SIZE, PageParse, toRepositoryError } from './spUtils';

/** How many of the newest projects' creation days are read (more new projects than this since a meeting is not a portfolio). */
const NEWEST_PROJECTS = 500;

/** Items added per `execute` (PnPjs sends them 20 to a `$batch` request). */
const HISTORY_BATCH = 100;

const FOLLOW_UP_LISTS: readonly FollowUpListKey[] = ['reports', 'actuals', 'meetings', 'settings'];

/** The settings item that holds the reporting cadence. */
export const CADENCE_SETTING = 'reportCadence';

/** Typed filter fields of the follow-up lists (PnPjs's filter builder). */
interface ReportFilterFields {
  ReportDate: Date;
  ProjectId: number;
}
interface ActualFilterFields {
  CostYear: number;
}
interface ProjectFilterFields {
  ProjectManagerId: number;
}


/** A cadence stored as JSON, checked; anything else is the default (and a warning). */
export function readCadence(text: string | null, issues: DomainWarning[]): Cadence {
  if (text === null) {
    return DEFAULT_CADENCE;
  }
  try {
    const value = JSON.parse(text) as { kind?: unknown; weeks?: unknown; body?: unknown };
    if (value.kind === 'weeks' && typeof value.weeks === 'number' && value.weeks >= 1 && value.weeks <= 52) {
      return { kind: 'weeks', weeks: Math.round(value.weeks) };
    }
    if (value.kind === 'meetings') {
      return { kind: 'meetings', body: typeof value.body === 'string' && value.body.trim() !== '' ? value.body : null };
    }
  } catch {
    // falls through to the warning
  }
  issues.push({ code: 'invalidNumber', field: CADENCE_SETTING, detail: text.slice(0, 80) });
  return DEFAULT_CADENCE;
}

const HALF_DAY_MS = 12 * 3600_000;

export class PnPFollowUpRepository implements FollowUpRepository {
  public constructor(
    private readonly _sp: SPFI,
    private readonly _lists: SiteLists,
    private readonly _projects: Pick<PortfolioRepository, 'updateProject'>
  ) {}

  /**
   * The report columns with the author's name (the person column expanded); the project by its
   * id alone (`ProjectId`: no join to the projects list, which the reports' views already have).
   */
  private _reportSelect(): string[] {
    const list = this._lists.listSchema('reports');
    return list.fields.flatMap((f) => (f.kind === 'Lookup' ? [`${f.name}Id`] : selectNames(f))).concat('Id', 'Modified');
  }

  private _reportExpand(): string[] {
    return this._lists.listSchema('reports').fields.filter((f) => f.kind === 'User').map((f) => f.name);
  }

  public async loadFollowUp(query: FollowUpQuery): Promise<FollowUpData> {
    const [batched, execute] = this._sp.batched();
    const info = this._lists.askInfos(FOLLOW_UP_LISTS, batched);
    // SharePoint keeps a date-only value as the day's midnight in the site's time zone, in UTC:
    // for Helsinki the day before at 21:00 or 22:00. Ask from half a day earlier (any zone from
    // UTC−12 to UTC+12) and keep the days asked for once the values are read as days.
    const since = new Date(Date.parse(`${query.since}T00:00:00Z`) - HALF_DAY_MS);
    const reports = this._lists.list('reports', batched)
      .items.select(...this._reportSelect())
      .expand(...this._reportExpand())
      .filter<ReportFilterFields>((f) => f.date('ReportDate').greaterThanOrEquals(since))
      .orderBy('ReportDate', true)
      .top(PAGE_SIZE)
      .using(PageParse())<Page>();
    const actuals = this._lists.list('actuals', batched)
      .items.filter<ActualFilterFields>((f) => f.number('CostYear').greaterThanOrEquals(query.fromYear))
      .top(PAGE_SIZE)
      .using(PageParse())<Page>();
    const meetings = this._lists.list('meetings', batched).items.orderBy('MeetingDate', true).top(PAGE_SIZE).using(PageParse())<Page>();
    const settings = this._lists.list('settings', batched).items.select('Id', 'Title', 'SettingValue').top(PAGE_SIZE).using(PageParse())<Page>();
    // ids grow with creation: the newest projects first, by the always-indexed id, a page at most
    const newest =
      query.newProjects === true
        ? this._lists.list('projects', batched).items.select('Id', 'Created').orderBy('Id', false).top(NEWEST_PROJECTS)<SpItem[]>()
        : Promise.resolve<SpItem[]>([]);
    const { manager } = query;
    const managed =
      manager === undefined
        ? undefined
        : this._lists.list('projects', batched)
            .items.select('Id')
            .filter<ProjectFilterFields>((f) => f.number('ProjectManagerId').equals(manager))
            .top(PAGE_SIZE)
            .using(PageParse())<Page>();
    // answered with the batch; read only when the lists are: never an unhandled rejection
    newest.catch(() => undefined);
    managed?.catch(() => undefined);
    await execute();

    const { lists, missing } = await this._lists.settleInfos(info);
    const issues: ItemIssue[] = [];
    const read = <T>(key: FollowUpListKey, first: Promise<Page>, map: (item: SpItem, warnings: DomainWarning[]) => T | null): Promise<T[]> =>
      this._lists.readItems(key, first, missing, issues, map);
    const [reportList, actualList, meetingList, settingItems] = await Promise.all([
      read('reports', reports, reportFromItem).then((read) => read.filter((r) => r.date >= query.since)),
      read('actuals', actuals, actualFromItem),
      read('meetings', meetings, meetingFromItem),
      read('settings', settings, (item) => item)
    ]);
    const cadenceWarnings: DomainWarning[] = [];
    const cadenceItem = settingItems.find((item) => readText(item, 'Title') === CADENCE_SETTING);
    const cadence = readCadence(cadenceItem ? readText(cadenceItem, 'SettingValue') : null, cadenceWarnings);
    if (cadenceWarnings.length > 0) {
      issues.push({ list: 'settings', itemId: cadenceItem ? readId(cadenceItem) : null, title: CADENCE_SETTING, warnings: cadenceWarnings });
    }
    const projectsCreated = new Map<number, Day>();
    for (const item of await newest.catch((error: unknown) => {
      throw toRepositoryError(error, { list: 'projects' });
    })) {
      const id = readId(item);
      // a moment, not a date-only value: its UTC day
      const created = readText(item, 'Created')?.slice(0, 10) ?? null;
      if (id !== null && created !== null && created >= query.since) {
        projectsCreated.set(id, created);
      }
    }
    const managedIds = new Set<number>();
    if (managed) {
      const items = await allPages(this._sp.web, managed).catch((error: unknown) => {
        throw toRepositoryError(error, { list: 'projects' });
      });
      for (const item of items) {
        const id = readId(item);
        if (id !== null) {
          managedIds.add(id);
        }
      }
    }
    return { reports: reportList, actuals: actualList, meetings: meetingList, cadence, projectsCreated, managed: managedIds, lists, missing, itemIssues: issues };
  }

  public async reportHistory(projectId: number): Promise<StatusReport[]> {
    try {
      const items = await allPages(
        this._sp.web,
        this._lists.list('reports')
          .items.select(...this._reportSelect())
          .expand(...this._reportExpand())
          .filter<ReportFilterFields>((f) => f.lookupId('ProjectId').equals(projectId))
          .orderBy('ReportDate', true)
          .top(PAGE_SIZE)
          .using(PageParse())<Page>()
      );
      return items.map((item) => reportFromItem(item)).filter((r): r is StatusReport => r !== null && r.state === 'published');
    } catch (error) {
      throw toRepositoryError(error, { list: 'reports' });
    }
  }

  public async saveReport(report: StatusReport, project: Project): Promise<SavedReport> {
    if (report.id !== null) {
      // the stored version decides: a report published meanwhile (elsewhere) is history too
      const stored = await this._lists.list('reports')
        .items.getById(report.id)
        .select('Id', 'ReportState')<SpItem>()
        .catch((error: unknown) => {
          throw toRepositoryError(error, { list: 'reports', item: true });
        });
      if (keyOf(REPORT_STATE, readText(stored, 'ReportState')) === 'published') {
        throw new RepositoryError('invalidValue', 'A published status report is not changed; file a new report as the correction', { list: 'reports' });
      }
    }
    const publishing = report.state === 'published';
    const toSave: StatusReport = publishing ? { ...report, snapshot: { ...snapshotOf(project), reportFingerprint: reportFingerprint(report) } } : report;
    const saved = await saveItem(this._lists.list('reports'), 'reports', toSave, reportToItem(toSave));
    if (!publishing || project.id === null) {
      return { report: saved, project: null };
    }
    // the project's own RAG, progress and comment follow its latest report, so every view and
    // SharePoint's Projects views show them; someone's overlapping edit is kept, not overwritten
    const outcome = await this._projects.updateProject(project, { rag: report.rag, progress: report.progress, ragComment: report.summary ?? report.title });
    return { report: saved, project: outcome.kind === 'saved' ? outcome.project : null };
  }

  public async addHistory(history: FollowUpHistory): Promise<{ reports: number; actuals: number; meetings: number }> {
    const adds: { key: FollowUpListKey; payload: Record<string, unknown> }[] = [
      ...history.reports.map((r) => ({
        key: 'reports' as const,
        payload: reportToItem(r.state === 'published' && r.snapshot ? { ...r, snapshot: { ...r.snapshot, reportFingerprint: reportFingerprint(r) } } : r)
      })),
      ...history.actuals.map((a) => ({ key: 'actuals' as const, payload: actualToItem(a, String(a.year)) })),
      ...history.meetings.map((m) => ({ key: 'meetings' as const, payload: meetingToItem(m) }))
    ];
    for (let start = 0; start < adds.length; start += HISTORY_BATCH) {
      const [batched, execute] = this._sp.batched();
      const pending = adds.slice(start, start + HISTORY_BATCH).map((add) => this._lists.list(add.key, batched).items.add(add.payload));
      await execute();
      await Promise.all(pending).catch((error: unknown) => {
        throw toRepositoryError(error);
      });
    }
    return { reports: history.reports.length, actuals: history.actuals.length, meetings: history.meetings.length };
  }

  public saveActual(actual: ActualCost): Promise<ActualCost> {
    return saveItem(this._lists.list('actuals'), 'actuals', actual, actualToItem(actual, String(actual.year)));
  }

  public saveMeeting(meeting: Meeting): Promise<Meeting> {
    return saveItem(this._lists.list('meetings'), 'meetings', meeting, meetingToItem(meeting));
  }

  public async saveCadence(cadence: Cadence): Promise<void> {
    const list = this._lists.list('settings');
    const existing = await list.items.select('Id', 'Title').top(PAGE_SIZE)<SpItem[]>().catch((error: unknown) => {
      throw toRepositoryError(error, { list: 'settings' });
    });
    const item = existing.find((i) => readText(i, 'Title') === CADENCE_SETTING);
    const value = { id: item ? readId(item) : null, etag: null };
    await saveItem(list, 'settings', value, { Title: CADENCE_SETTING, SettingValue: JSON.stringify(cadence) });
  }
}
