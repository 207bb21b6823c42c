/**
 * The PnPjs repository. Loading the whole portfolio is one `$batch` (site, the three lists with
 * their fields and permissions, plans, goals and the first 5,000 projects) plus one request per
 * further 5,000 projects, following SharePoint's `odata.nextLink`.
 */
import type { FollowUpRepository } from '../contract/followUp.types';
import type { ProposalRepository } from '../contract/proposals.types';
import type { BenefitRepository } from '../contract/benefits.types';
import { PnPProposalRepository } from './PnPProposalRepository';
import { PnPBenefitRepository } from './PnPBenefitRepository';
import { SiteLists } from './siteLists';
import { PnPFollowUpRepository } from './PnPFollowUpRepository';
import type { SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import type { Person, Plan, Project, StrategicGoal } from '../../domain/model';
import { latestPlanId } from '../../domain/plans';
import type { ProjectChoices } from '../../domain/validation';
import type { DomainWarning } from '../../domain/warnings';
import { ConflictError, RepositoryError } from '../contract/errors';
import { goalFromItem, goalToItem, planFromItem, planToItem } from './mapping/planGoalMapping';
import { assessmentTextsOf, projectFromItem, projectToItem } from './mapping/projectMapping';
import type { SpItem } from './mapping/values';
import { readId, readPerson, readText } from './mapping/values';
import { MappedProjects } from './mapping/mappedProjects';
import type { RawChange } from './changeLog';
import { CHANGE_FETCH_LIMIT, changedItemIds, changeQuerySince, tokenTooOld } from './changeLog';
import type { ProjectWriteContext } from './mapping/projectMapping';
import { changedColumns, overlappingColumns, today } from './projectWrites';
import type { BasePermissions } from './permissions';
import { hasPermission, PermissionKind } from './permissions';
import type {
  AssessmentChanges,
  AssessmentTexts,
  ChangeAuthor,
  ItemIssue,
  ListInfo,
  LoadOptions,
  LoadProblem,
  PortfolioData,
  PortfolioRepository,
  PreviousPortfolio,
  ProjectChanges,
  ProjectDetail,
  RefreshOutcome,
  SaveOutcome,
  SetupStatus
} from '../contract/repository.types';
import type { RetryEvent } from './retry';
import type { ItemDetail } from './schema/schema';
import { expandFor, isPlanList, PLAN_LISTS, SCHEMA, selectAdded, selectFor } from './schema/schema';
import { mapInSlices } from '../../domain/slices';
import type { ImpactPerspective } from '../../domain/model';
import type { PortfolioSchema } from './schema/schema.types';
import type { PlanListKey } from '../contract/setup.types';
import type { ListKey, ListSchema } from './schema/schema.types';
import type { SetupReport } from '../contract/setup.types';
import { saveItem } from './itemWrites';
import type { RawField, RawList } from './listInfo';
import { FIELD_INFO_SELECT, LIST_INFO_SELECT, listInfoOf, unavailableList } from './listInfo';
import type { Page } from './spUtils';
import { listServerRelativeUrl, PAGE_SIZE, PageParse, toRepositoryError } from './spUtils';

export { PAGE_SIZE } from './spUtils';

interface RawWeb {
  EffectiveBasePermissions?: BasePermissions;
  CurrentUser?: { Id: number; Title: string; Email?: string };
}

/** A summary's first page: the views paint it while the rest arrives in pages of 5,000. */
const FIRST_SUMMARY_PAGE = 500;

/** Ids per `$filter` when reading changed projects (`ID eq 1 or …`: well within URL limits). */
const IDS_PER_QUERY = 40;

/** SharePoint's leanest JSON: no `odata.type`, `odata.id`, `odata.etag` or `odata.editLink` per item. */
function NoMetadata(): ReturnType<typeof InjectHeaders> {
  return InjectHeaders({ Accept: 'application/json;odata=nometadata' });
}

interface QueuedSite {
  web: Promise<RawWeb>;
  lists: { list: ListSchema & { key: PlanListKey }; info: Promise<RawList>; fields: Promise<RawField[]> }[];
  plans: Promise<SpItem[]>;
  goals: Promise<SpItem[]>;
}

interface ReadSite {
  web: RawWeb;
  lists: Record<PlanListKey, ListInfo>;
  problems: LoadProblem[];
  plans: SpItem[];
  goals: SpItem[];
  changeToken: string | null;
}

/** Columns every assessment save sets (to the saving user and today): never an overlap. */
const ASSESSMENT_RECORD: ReadonlySet<string> = new Set(['AssessedById', 'AssessedOn']);

/** Saves repeated on a newer version before giving up (someone keeps saving other columns). */
const MAX_MERGES = 3;

/**
 * Set-up (reading the site, planning and applying lists, fields, views and formatters) is its
 * own chunk: only an owner setting up or upgrading the site loads it, not every reader opening
 * the portfolio.
 */
function loadSetup(): Promise<typeof import('./setup/provision')> {
  return import(/* webpackChunkName: 'salkku-setup' */ './setup/provision');
}

/** The indexed text fields filters use (typed for PnPjs's filter builder). */
interface ProjectItemFields {
  Title: string;
  ProjectNumber: string;
}

function projectChoices(choices: Readonly<Record<string, readonly string[]>>): ProjectChoices {
  return {
    status: choices.ProjectStatus,
    rag: choices.Rag,
    likelihood: choices.Likelihood,
    scheduleOwner: choices.ScheduleOwner,
    category: choices.Category,
    assessmentStatus: choices.AssessmentStatus,
    impactLevel: choices.ImpactOrganisation
  };
}

function settledError(result: PromiseSettledResult<unknown>, list: ListKey): RepositoryError | undefined {
  return result.status === 'rejected' ? toRepositoryError(result.reason, { list }) : undefined;
}

/**
 * The refreshed portfolio with the previous one's arrays where nothing changed: views (and the
 * cache) see the same projects, plans and goals and have nothing to redo.
 */
function sameWhereUnchanged(previous: PortfolioData, next: PortfolioData, noProjectChanged: boolean): PortfolioData {
  const same = <T>(a: T, b: T): T => (JSON.stringify(a) === JSON.stringify(b) ? a : b);
  return {
    ...next,
    projects: noProjectChanged ? previous.projects : next.projects,
    itemIssues: noProjectChanged ? same(previous.itemIssues, next.itemIssues) : next.itemIssues,
    plans: same(previous.plans, next.plans),
    goals: same(previous.goals, next.goals),
    lists: same(previous.lists, next.lists),
    problems: same(previous.problems, next.problems)
  };
}

export class PnPPortfolioRepository implements PortfolioRepository {
  public readonly siteUrl: string;
  private readonly _sp: SPFI;
  private readonly _busyListeners: Set<(event: RetryEvent) => void>;

  private readonly _schema: PortfolioSchema;
  /** The site's lists by key, shared with the follow-up, proposal and benefit repositories. */
  private readonly _lists: SiteLists;
  private readonly _pageSize: number;
  /** From the last load: the newest plan of a project is the repository's to work out. */
  private _plans: Plan[] = [];
  private _currentUser: Person | null = null;

  /**
   * `schema` and `pageSize` are SCHEMA and SharePoint's 5,000 in the product; the tenant check
   * (verify:tenant) works on scratch lists and smaller pages.
   */
  public constructor(sp: SPFI, siteUrl: string, busyListeners: Set<(event: RetryEvent) => void>, options: { schema?: PortfolioSchema; pageSize?: number } = {}) {
    this._sp = sp;
    this.siteUrl = siteUrl;
    this._busyListeners = busyListeners;
    this._schema = options.schema ?? SCHEMA;
    this._lists = new SiteLists(sp, siteUrl, this._schema);
    this._pageSize = Math.min(options.pageSize ?? PAGE_SIZE, PAGE_SIZE);
  }

  public get schemaVersion(): number {
    return this._schema.version;
  }

  private _followUp: FollowUpRepository | undefined;

  /** The follow-up lists of the same site, over the same SPFI (retries and busy notices shared). */
  public get followUp(): FollowUpRepository {
    this._followUp ??= new PnPFollowUpRepository(this._sp, this._lists, this);
    return this._followUp;
  }

  private _proposals: ProposalRepository | undefined;

  /** The proposal lists of the same site, over the same SPFI. */
  public get proposals(): ProposalRepository {
    this._proposals ??= new PnPProposalRepository(this._sp, this._lists, this);
    return this._proposals;
  }

  private _benefits: BenefitRepository | undefined;

  /** The benefit lists of the same site, over the same SPFI. */
  public get benefits(): BenefitRepository {
    this._benefits ??= new PnPBenefitRepository(this._sp, this._lists);
    return this._benefits;
  }

  public onBusy(listener: (event: RetryEvent) => void): () => void {
    this._busyListeners.add(listener);
    return () => this._busyListeners.delete(listener);
  }

  private _itemsQuery(web: SPFI['web'], list: ListSchema, existing?: ReadonlySet<string>, detail: ItemDetail = 'full'): ReturnType<ReturnType<SPFI['web']['getList']>['items']['select']> {
    const query = web
      .getList(listServerRelativeUrl(this.siteUrl, list))
      .items.select(...selectFor(list, existing, detail))
      .expand(...expandFor(list, existing, detail));
    // a summary needs no ETag (editors read the project again): SharePoint's leanest JSON
    return detail !== 'full' ? query.using(NoMetadata()) : query;
  }

  /** One page of projects in ID order, from the item after `afterId` (SharePoint's paging token). */
  private _projectsPage(web: SPFI['web'], detail: ItemDetail, top: number, afterId: number, existing?: ReadonlySet<string>): Promise<Page> {
    const query = this._itemsQuery(web, this._lists.listSchema('projects'), existing, detail).orderBy('ID', true).top(top);
    return (afterId > 0 ? query.skip(afterId) : query).using(PageParse())<Page>();
  }

  /**
   * Before an upgrade a list lacks fields the schema selects, and SharePoint answers 400 to the
   * batched query: ask again for the fields the list has.
   */
  private async _retryWithExistingFields<T>(
    result: PromiseSettledResult<T>,
    info: ListInfo,
    query: (existing: ReadonlySet<string>) => Promise<T>
  ): Promise<T> {
    if (result.status === 'fulfilled') {
      return result.value;
    }
    const error = toRepositoryError(result.reason, { list: info.key });
    if (error.kind !== 'invalidValue' || info.missingFields.length === 0) {
      throw error;
    }
    try {
      return await query(this._existingFields(info) ?? new Set(this._lists.listSchema(info.key).fields.map((f) => f.name)));
    } catch (retryError) {
      throw toRepositoryError(retryError, { list: info.key });
    }
  }

  /** The schema fields a list has, or undefined when it has them all (not upgraded yet: some missing). */
  private _existingFields(info: ListInfo): ReadonlySet<string> | undefined {
    if (info.missingFields.length === 0) {
      return undefined;
    }
    return new Set(this._lists.listSchema(info.key).fields.map((f) => f.name).filter((name) => !info.missingFields.includes(name)));
  }

  /** The site, the three lists and their fields, plans and goals: queued on a batch. */
  private _queueSite(batched: SPFI): QueuedSite {
    return {
      web: batched.web.select('EffectiveBasePermissions', 'CurrentUser/Id', 'CurrentUser/Title', 'CurrentUser/Email').expand('CurrentUser').using(NoMetadata())<RawWeb>(),
      // the follow-up lists load with the follow-up view, not with every view's portfolio
      lists: this._schema.lists.filter(isPlanList).map((list) => {
        const spList = batched.web.getList(listServerRelativeUrl(this.siteUrl, list)).using(NoMetadata());
        return {
          list,
          info: spList.select(...LIST_INFO_SELECT, 'CurrentChangeToken')<RawList>(),
          fields: spList.fields.select(...FIELD_INFO_SELECT)<RawField[]>()
        };
      }),
      plans: this._itemsQuery(batched.web, this._lists.listSchema('plans')).top(this._pageSize)<SpItem[]>(),
      goals: this._itemsQuery(batched.web, this._lists.listSchema('goals')).top(this._pageSize)<SpItem[]>()
    };
  }

  /**
   * One `$batch`: the site, its lists, plans and goals, and one more request (the first page of
   * projects, or the change log), whose outcome the caller judges.
   */
  private async _siteWith<T>(queueExtra: (batched: SPFI) => Promise<T>): Promise<{ site: ReadSite; extra: PromiseSettledResult<T> }> {
    const [batched, execute] = this._sp.batched();
    const queued = this._queueSite(batched);
    const extraPromise = queueExtra(batched);
    try {
      await execute();
    } catch (error) {
      throw toRepositoryError(error);
    }
    const [extra] = await Promise.allSettled([extraPromise]);
    return { site: await this._readSite(queued), extra };
  }

  /** The queued site read: lists that failed are problems, except Projects, which throws. */
  private async _readSite(queued: QueuedSite): Promise<ReadSite> {
    const [web, plansResult, goalsResult] = await Promise.allSettled([queued.web, queued.plans, queued.goals]);
    if (web.status === 'rejected') {
      throw toRepositoryError(web.reason);
    }
    const lists = {} as Record<PlanListKey, ListInfo>;
    const problems: LoadProblem[] = [];
    let changeToken: string | null = null;
    for (const entry of queued.lists) {
      const [info, fields] = await Promise.allSettled([entry.info, entry.fields]);
      const failure = settledError(info, entry.list.key) ?? settledError(fields, entry.list.key);
      if (failure || info.status !== 'fulfilled' || fields.status !== 'fulfilled') {
        const error = failure ?? new RepositoryError('unknown', 'List information missing', { list: entry.list.key });
        if (entry.list.key === 'projects') {
          throw error;
        }
        // plans or goals unavailable: the portfolio still shows, and says what is missing
        problems.push({ list: entry.list.key, kind: error.kind });
        lists[entry.list.key] = unavailableList(this.siteUrl, entry.list);
        continue;
      }
      lists[entry.list.key] = listInfoOf(this.siteUrl, this._schema.version, entry.list, info.value, fields.value);
      if (entry.list.key === 'projects') {
        changeToken = info.value.CurrentChangeToken?.StringValue ?? null;
      }
    }
    const optional = async (result: PromiseSettledResult<SpItem[]>, key: 'plans' | 'goals'): Promise<SpItem[]> => {
      if (problems.some((p) => p.list === key)) {
        return [];
      }
      try {
        return await this._retryWithExistingFields(result, lists[key], (existing) => this._itemsQuery(this._sp.web, this._lists.listSchema(key), existing).top(this._pageSize)<SpItem[]>());
      } catch (error) {
        problems.push({ list: key, kind: toRepositoryError(error, { list: key }).kind });
        return [];
      }
    };
    const plans = await optional(plansResult, 'plans');
    const goals = await optional(goalsResult, 'goals');
    return { web: web.value, lists, problems, plans, goals, changeToken };
  }

  public async load(options: LoadOptions = {}): Promise<PortfolioData> {
    const detail = options.detail ?? 'full';
    // a summary's first page is small so that the views paint before the rest has arrived
    const firstTop = detail === 'summary' ? Math.min(FIRST_SUMMARY_PAGE, this._pageSize) : this._pageSize;
    const { site, extra: firstPage } = await this._siteWith((batched) => this._projectsPage(batched.web, detail, firstTop, 0));
    const existing = this._existingFields(site.lists.projects);
    let page = await this._retryWithExistingFields(firstPage, site.lists.projects, (fields) => this._projectsPage(this._sp.web, detail, firstTop, 0, fields));
    const mapped = new MappedProjects(projectChoices(site.lists.projects.choices));
    const total = site.lists.projects.itemCount;
    for (;;) {
      const lastId = readId(page.value[page.value.length - 1] ?? {}) ?? 0;
      const more = page.nextLink !== undefined && lastId !== 0;
      // the next page is asked for before this one is mapped and shown: the network and the
      // main thread work at the same time
      const next = more ? this._projectsPage(this._sp.web, detail, this._pageSize, lastId, existing) : undefined;
      next?.catch(() => undefined);
      await mapped.add(page.value);
      options.onProgress?.({ loaded: mapped.projects.length, total });
      if (!next) {
        break;
      }
      options.onPartial?.(this._assemble(site, mapped, detail));
      if (options.signal?.aborted) {
        throw new RepositoryError('network', 'Aborted');
      }
      try {
        page = await next;
      } catch (error) {
        throw toRepositoryError(error, { list: 'projects' });
      }
    }
    return this._assemble(site, mapped, detail);
  }

  public async refresh(previous: PreviousPortfolio, options: { onAnswered?: () => void } = {}): Promise<RefreshOutcome> {
    const token = previous.changeToken;
    if (token === null || tokenTooOld(token, new Date())) {
      return { kind: 'reload', reason: 'tokenExpired' };
    }
    const { site, extra: changesResult } = await this._siteWith(
      (batched) =>
        batched.web
          .getList(listServerRelativeUrl(this.siteUrl, this._lists.listSchema('projects')))
          .using(NoMetadata())
          .getChanges(changeQuerySince(token)) as Promise<RawChange[]>
    );
    if (site.lists.projects.id !== previous.lists.projects.id) {
      return { kind: 'reload', reason: 'listReplaced' };
    }
    if (PLAN_LISTS.some((key) => site.lists[key].missingFields.join() !== (previous.lists[key]?.missingFields ?? []).join())) {
      return { kind: 'reload', reason: 'schemaChanged' };
    }
    if (changesResult.status === 'rejected') {
      const error = toRepositoryError(changesResult.reason, { list: 'projects' });
      if (error.kind === 'accessDenied' || error.kind === 'sessionExpired' || error.kind === 'throttled' || error.kind === 'network') {
        throw error;
      }
      // "The changeToken refers to a time before the start of the current change log."
      return { kind: 'reload', reason: 'tokenExpired' };
    }
    const changes = changesResult.value;
    if (changes.length >= CHANGE_FETCH_LIMIT) {
      return { kind: 'reload', reason: 'tooManyChanges' };
    }
    const ids = changedItemIds(changes);
    const items = await this._projectsById(ids, site.lists.projects, previous.detail);
    options.onAnswered?.();
    const previousProjects = await previous.projects;
    const mapped = new MappedProjects(projectChoices(site.lists.projects.choices));
    const changedIds = new Set(ids);
    mapped.keep(previousProjects.filter((p) => p.id === null || !changedIds.has(p.id)), previous.itemIssues.filter((i) => i.list === 'projects' && (i.itemId === null || !changedIds.has(i.itemId))));
    await mapped.add(items);
    mapped.sortById();
    const newToken = changes.length > 0 ? changes[changes.length - 1]?.ChangeToken?.StringValue ?? site.changeToken : site.changeToken;
    const data = sameWhereUnchanged({ ...previous, projects: previousProjects }, this._assemble({ ...site, changeToken: newToken }, mapped, previous.detail), ids.length === 0);
    const removed = ids.length - items.length;
    return { kind: 'updated', data, changed: items.length, removed };
  }

  public async loadAssessmentTexts(options: Pick<LoadOptions, 'signal'> = {}): Promise<AssessmentTexts> {
    const list = this._lists.listSchema('projects');
    const texts = new Map<number, Record<ImpactPerspective, string | null>>();
    const select = selectAdded(list, 'assessment');
    let afterId = 0;
    for (;;) {
      if (options.signal?.aborted) {
        throw new RepositoryError('network', 'Aborted');
      }
      let page: Page;
      try {
        const query = this._lists.list('projects').items.select(...select).orderBy('ID', true).top(this._pageSize).using(NoMetadata());
        page = await (afterId > 0 ? query.skip(afterId) : query).using(PageParse())<Page>();
      } catch (error) {
        throw toRepositoryError(error, { list: 'projects' });
      }
      await mapInSlices(page.value, (item) => {
        const id = readId(item);
        if (id !== null) {
          texts.set(id, assessmentTextsOf(item, select.slice(1)));
        }
      });
      afterId = readId(page.value[page.value.length - 1] ?? {}) ?? 0;
      if (!page.nextLink || afterId === 0) {
        return texts;
      }
    }
  }

  /** The projects with these ids the user can read now (40 ids per query, one batch). */
  private async _projectsById(ids: readonly number[], info: ListInfo, detail: ItemDetail): Promise<SpItem[]> {
    if (ids.length === 0) {
      return [];
    }
    const existing = this._existingFields(info);
    const [batched, execute] = this._sp.batched();
    const pending: Promise<SpItem[]>[] = [];
    for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
      const chunk = ids.slice(start, start + IDS_PER_QUERY);
      pending.push(
        this._itemsQuery(batched.web, this._lists.listSchema('projects'), existing, detail)
          .filter<{ ID: number }>((f) => f.or(...chunk.map((id) => f.number('ID').equals(id))))
          .top(IDS_PER_QUERY)<SpItem[]>()
      );
    }
    try {
      const [, pages] = await Promise.all([execute(), Promise.all(pending)]);
      return pages.flat();
    } catch (error) {
      throw toRepositoryError(error, { list: 'projects' });
    }
  }

  private _assemble(site: ReadSite, mapped: MappedProjects, detail: ProjectDetail): PortfolioData {
    const itemIssues: ItemIssue[] = [...mapped.issues];
    const plans = site.plans.map((item) => this._collect('plans', item, planFromItem, itemIssues));
    const goals = site.goals.map((item) => this._collect('goals', item, goalFromItem, itemIssues));
    const user = site.web.CurrentUser;
    this._plans = plans;
    this._currentUser = user ? { id: user.Id, title: user.Title, email: user.Email ?? null } : null;
    return {
      siteUrl: this.siteUrl,
      detail,
      changeToken: site.changeToken,
      projects: mapped.projects,
      plans,
      goals,
      lists: site.lists,
      currentUser: this._currentUser,
      canManageSite: hasPermission(site.web.EffectiveBasePermissions, PermissionKind.ManageWeb),
      itemIssues,
      staleSortKeys: mapped.staleSortKeys,
      upgradeAvailable: Object.values(site.lists).some((l) => l.missingFields.length > 0) || mapped.staleSortKeys > 0,
      problems: site.problems
    };
  }

  private _collect<T extends { id: number | null; title: string }>(list: ListKey, item: SpItem, map: (item: SpItem, issues: DomainWarning[]) => T, out: ItemIssue[]): T {
    const issues: DomainWarning[] = [];
    const value = map(item, issues);
    if (issues.length > 0) {
      out.push({ list, itemId: value.id, title: value.title, warnings: issues });
    }
    return value;
  }

  public async getProject(id: number): Promise<Project> {
    try {
      const list = this._lists.listSchema('projects');
      const item = await this._lists.list('projects')
        .items.getById(id)
        .select(...selectFor(list))
        .expand(...expandFor(list))<SpItem>();
      return projectFromItem(item).project;
    } catch (error) {
      throw toRepositoryError(error, { list: 'projects', item: true });
    }
  }

  /** The project now on the server and who saved it last (Editor, Modified). */
  private async _readWithAuthor(id: number): Promise<{ project: Project; author: ChangeAuthor }> {
    try {
      const list = this._lists.listSchema('projects');
      const item = await this._lists.list('projects')
        .items.getById(id)
        .select(...selectFor(list), 'Editor/Id', 'Editor/Title', 'Editor/EMail')
        .expand(...expandFor(list), 'Editor')<SpItem>();
      return { project: projectFromItem(item).project, author: { person: readPerson(item, 'Editor'), at: readText(item, 'Modified') } };
    } catch (error) {
      throw toRepositoryError(error, { list: 'projects', item: true });
    }
  }

  /** The signed-in user (from the last load, or asked for). */
  private async _me(): Promise<Person> {
    if (this._currentUser) {
      return this._currentUser;
    }
    try {
      const user = await this._sp.web.currentUser.select('Id', 'Title', 'Email')<{ Id: number; Title: string; Email?: string }>();
      this._currentUser = { id: user.Id, title: user.Title, email: user.Email ?? null };
      return this._currentUser;
    } catch (error) {
      throw toRepositoryError(error);
    }
  }

  private _writeContext(): ProjectWriteContext {
    return { latestPlanId: (ids) => latestPlanId(ids, this._plans) };
  }

  public updateProject(base: Project, changes: ProjectChanges): Promise<SaveOutcome> {
    return this._writeChanges(base, changes, new Set());
  }

  public async saveAssessment(base: Project, changes: AssessmentChanges): Promise<SaveOutcome> {
    const me = await this._me();
    return this._writeChanges(base, { ...changes, assessedBy: me, assessedOn: today() }, ASSESSMENT_RECORD);
  }

  /** Writes the changed columns with the ETag read; on 412 merges or answers the conflict. */
  private async _writeChanges(base: Project, changes: ProjectChanges, recordColumns: ReadonlySet<string>): Promise<SaveOutcome> {
    if (base.id === null || base.etag === null) {
      throw new RepositoryError('invalidValue', 'Only a project that was read (id and ETag) can be updated', { list: 'projects' });
    }
    const id = base.id;
    const write = changedColumns(base, { ...base, ...changes }, this._writeContext());
    let target = base;
    let mergedWith: ChangeAuthor | null = null;
    for (let attempt = 0; attempt < MAX_MERGES; attempt++) {
      if (Object.keys(write).length === 0) {
        return { kind: 'saved', project: { ...target, ...changes }, mergedWith };
      }
      try {
        const result = (await this._lists.list('projects').items.getById(id).update(write, target.etag ?? undefined)) as { etag?: string };
        return { kind: 'saved', project: { ...target, ...changes, etag: result.etag ?? null }, mergedWith };
      } catch (error) {
        const typed = toRepositoryError(error, { list: 'projects', item: true });
        if (typed.kind !== 'conflict') {
          throw typed;
        }
      }
      // someone saved first: which columns did they change since the version the user read?
      const { project: current, author } = await this._readWithAuthor(id);
      const overlapping = overlappingColumns(write, changedColumns(base, current, this._writeContext()), recordColumns);
      if (overlapping.length > 0) {
        return { kind: 'conflict', current, overlapping, changedBy: author };
      }
      target = current;
      mergedWith = author;
    }
    throw new RepositoryError('conflict', 'The project kept changing while it was being saved', { list: 'projects' });
  }

  public async findProjects(criteria: { number?: string; title?: string }): Promise<Project[]> {
    const { number, title } = criteria;
    if (number === undefined && title === undefined) {
      return [];
    }
    try {
      const items = await this._itemsQuery(this._sp.web, this._lists.listSchema('projects'))
        .filter<ProjectItemFields>((f) => (number !== undefined ? f.text('ProjectNumber').equals(number) : f.text('Title').equals(title ?? '')))
        .top(this._pageSize)<SpItem[]>();
      return items.map((item) => projectFromItem(item).project);
    } catch (error) {
      throw toRepositoryError(error, { list: 'projects' });
    }
  }

  public async saveProject(project: Project, data: Pick<PortfolioData, 'plans'>): Promise<Project> {
    const payload = projectToItem(project, { latestPlanId: (ids) => latestPlanId(ids, data.plans) });
    if (project.id === null) {
      try {
        const created = (await this._lists.list('projects').items.add(payload)) as SpItem;
        const id = created.Id ?? created.ID;
        const etag = created['odata.etag'];
        return { ...project, id: typeof id === 'number' ? id : null, etag: typeof etag === 'string' ? etag : null };
      } catch (error) {
        throw toRepositoryError(error, { list: 'projects' });
      }
    }
    if (project.etag === null) {
      throw new RepositoryError('conflict', 'An update needs the ETag of the version that was read', { list: 'projects' });
    }
    try {
      const result = (await this._lists.list('projects').items.getById(project.id).update(payload, project.etag)) as { etag?: string };
      return { ...project, etag: result.etag ?? null };
    } catch (error) {
      const typed = toRepositoryError(error, { list: 'projects', item: true });
      if (typed.kind === 'conflict') {
        const current = await this.getProject(project.id).catch(() => undefined);
        throw new ConflictError<Project>('Someone else saved this project first', current, { serverMessage: typed.serverMessage, list: 'projects' });
      }
      throw typed;
    }
  }

  public savePlan(plan: Plan): Promise<Plan> {
    return saveItem(this._lists.list('plans'), 'plans', plan, planToItem(plan));
  }

  public saveGoal(goal: StrategicGoal): Promise<StrategicGoal> {
    return saveItem(this._lists.list('goals'), 'goals', goal, goalToItem(goal));
  }

  public async ensurePerson(login: string): Promise<Person> {
    try {
      const user = (await this._sp.web.ensureUser(login)) as unknown as { Id?: number; Title?: string; Email?: string };
      if (typeof user.Id !== 'number') {
        throw new RepositoryError('unknown', `SharePoint returned no user for ${login}`);
      }
      return { id: user.Id, title: user.Title ?? login, email: user.Email ?? null };
    } catch (error) {
      throw toRepositoryError(error);
    }
  }

  public async deleteItems(key: ListKey, ids: readonly number[]): Promise<void> {
    for (let start = 0; start < ids.length; start += 100) {
      const [batched, execute] = this._sp.batched();
      const list = batched.web.getList(listServerRelativeUrl(this.siteUrl, this._lists.listSchema(key)));
      const pending = ids.slice(start, start + 100).map((id) => list.items.getById(id).recycle());
      const [, settled] = await Promise.all([execute(), Promise.allSettled(pending)]);
      const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected' && toRepositoryError(r.reason, { item: true }).kind !== 'itemMissing');
      if (failed) {
        throw toRepositoryError(failed.reason, { list: key });
      }
    }
  }

  public async setupStatus(): Promise<SetupStatus> {
    const { plannedActions, readSiteState } = await loadSetup();
    const state = await readSiteState(this._sp, this.siteUrl, this._schema);
    // a site set up before the follow-up lists works as before; creating them is an upgrade
    const missingLists = this._schema.lists.filter((l) => isPlanList(l) && !state.lists[l.key]).map((l) => l.key);
    return {
      missingLists,
      upgradeAvailable: missingLists.length === 0 && plannedActions(state, this._schema).length > 0,
      canManageSite: state.canManageSite
    };
  }

  public async setUp(onProgress?: (message: string) => void): Promise<SetupReport> {
    const { provision } = await loadSetup();
    return provision(this._sp, this.siteUrl, { schema: this._schema, onProgress });
  }
}
