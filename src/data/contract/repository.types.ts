/**
 * What the views and scripts get: a repository behind an interface (the contract). Nothing here
 * knows SharePoint or PnPjs; the implementation is the SharePoint adapter's
 * PnPPortfolioRepository (src/data/sharepoint).
 */
import type { FollowUpRepository } from './followUp.types';
import type { ProposalRepository } from './proposals.types';
import type { BenefitRepository } from './benefits.types';
import type { ImpactPerspective, Person, Plan, Project, StrategicGoal } from '../../domain/model';
import type { RepositoryErrorKind } from './errors';
import type { DomainWarning } from '../../domain/warnings';
import type { ListKey, PlanListKey, SetupReport } from './setup.types';

export type { ListKey } from './setup.types';

/** SharePoint asked to wait (throttling): the repository waits and says so. */
export interface RetryEvent {
  /** 1 for the first retry. */
  attempt: number;
  /** How long we wait before the retry (ms). */
  waitMs: number;
  /** HTTP status that caused the retry; 0 for a network failure. */
  status: number;
}

export interface ListPermissions {
  canRead: boolean;
  canAdd: boolean;
  canEdit: boolean;
  canManage: boolean;
}

export interface ListInfo {
  key: ListKey;
  id: string;
  title: string;
  /** Absolute URLs of SharePoint's own forms and default view. */
  newFormUrl: string;
  editFormUrl: string;
  displayFormUrl: string;
  viewUrl: string;
  itemCount: number;
  permissions: ListPermissions;
  /** Choices as configured in the list now (cities edit them), by field internal name. */
  choices: Readonly<Record<string, readonly string[]>>;
  /** Schema fields the list does not have yet (an upgrade adds them). */
  missingFields: readonly string[];
}

/** A list item that needs attention: what was wrong, nothing dropped. */
export interface ItemIssue {
  list: ListKey;
  itemId: number | null;
  title: string;
  warnings: DomainWarning[];
}

/** A list that could not be read while the portfolio still could (plans or goals). */
export interface LoadProblem {
  list: PlanListKey;
  kind: RepositoryErrorKind;
}

/**
 * How much of each project a load read: `summary` what the views show, filter and total on (the
 * first load, the browser's cache), `assessment` with the impact assessment's justifications (the
 * Impact view), `full` every column (a project's details, export, import).
 */
export type ProjectDetail = 'summary' | 'assessment' | 'full';

/** Each project's impact justifications (and "what changes"), by id. */
export type AssessmentTexts = ReadonlyMap<number, Readonly<Record<ImpactPerspective, string | null>>>;

export interface PortfolioData {
  siteUrl: string;
  detail: ProjectDetail;
  /**
   * The Projects list's change token when the load began (SharePoint's `CurrentChangeToken`):
   * `refresh` asks for what changed since. Null when the list could not say.
   */
  changeToken: string | null;
  projects: Project[];
  plans: Plan[];
  goals: StrategicGoal[];
  lists: Readonly<Record<PlanListKey, ListInfo>>;
  currentUser: Person | null;
  /**
   * The user is an owner of the site (ManageWeb: Full Control): set-up, upgrade and import are
   * offered. Members have Edit, which lets them manage lists too, but these are owner decisions.
   */
  canManageSite: boolean;
  itemIssues: ItemIssue[];
  /** Fields, indexes or views are missing: a site owner should run set-up. */
  upgradeAvailable: boolean;
  /**
   * Projects whose sort key does not follow their number (added or renumbered in SharePoint's
   * own forms): SharePoint's views show them out of plan order until set-up runs.
   */
  staleSortKeys: number;
  /** Lists that could not be read (partial failure); their data is empty. */
  problems: LoadProblem[];
}

export interface LoadProgress {
  /** Projects loaded so far and the list's item count (null until known). */
  loaded: number;
  total: number | null;
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  /**
   * The portfolio as far as it has arrived, after each page of projects (the views paint the
   * first rows before the rest is there).
   */
  onPartial?: (data: PortfolioData) => void;
  signal?: AbortSignal;
  /** `full` (the default) for scripts, export and import; the views load a `summary`. */
  detail?: ProjectDetail;
}

/**
 * A portfolio read earlier (the browser's cache) as `refresh` takes it: the projects may still be
 * being read while SharePoint is asked what changed.
 */
export type PreviousPortfolio = Omit<PortfolioData, 'projects'> & { projects: Project[] | PromiseLike<Project[]> };

/**
 * What `refresh` found: the portfolio corrected by SharePoint's change log, or that only a full
 * load can answer (the token is too old, the list was replaced or its schema changed).
 */
export type RefreshOutcome =
  | { kind: 'updated'; data: PortfolioData; changed: number; removed: number }
  | { kind: 'reload'; reason: 'tokenExpired' | 'listReplaced' | 'schemaChanged' | 'tooManyChanges' };

/** What the site has before anything loads: can the views work, or is set-up needed? */
export interface SetupStatus {
  missingLists: ListKey[];
  upgradeAvailable: boolean;
  canManageSite: boolean;
}

/** The values of a project a view may change (identity and version are the repository's). */
export type ProjectChanges = Partial<Omit<Project, 'id' | 'etag' | 'modified'>>;

/** An impact assessment's own values; the assessor and date are set by the repository. */
export type AssessmentChanges = Partial<Pick<Project, 'impacts' | 'assessmentStatus'>>;

/** Who changed an item last, as SharePoint records it (Editor and Modified). */
export interface ChangeAuthor {
  person: Person | null;
  /** ISO timestamp. */
  at: string | null;
}

/**
 * The outcome of a save that writes only what changed. A conflict is an answer, not an error:
 * someone else changed, since the version the user read, one of the same columns.
 */
export type SaveOutcome =
  | {
      kind: 'saved';
      /** The project as saved, with its new ETag. */
      project: Project;
      /**
       * Someone else had saved other columns meanwhile: the save was repeated on their version,
       * keeping their change (who and when), or null when nobody had.
       */
      mergedWith: ChangeAuthor | null;
    }
  | {
      kind: 'conflict';
      /** The version now on the server, with its ETag: the base of a second attempt. */
      current: Project;
      /** SharePoint columns both changed since the version read. */
      overlapping: readonly string[];
      changedBy: ChangeAuthor;
    };

export interface PortfolioRepository {
  readonly siteUrl: string;
  /** The lists' schema version the repository reads (a cache from another version is dropped). */
  readonly schemaVersion: number;
  load(options?: LoadOptions): Promise<PortfolioData>;
  /**
   * Brings a summary read earlier (from the browser's cache) up to date: asks SharePoint's change
   * log what changed in the Projects list since `previous.changeToken` and reads only those
   * projects; a project that no longer comes back (deleted, or the user lost access) is removed.
   * Plans, goals and the lists' settings are read again. 401/403 reject (the cache must go).
   * SharePoint is asked before `previous.projects` is awaited; `onAnswered` is called when it
   * has answered and only the merge with the previous projects remains.
   */
  refresh(previous: PreviousPortfolio, options?: { onAnswered?: () => void }): Promise<RefreshOutcome>;
  /** Every column of one project, with its ETag: what its details and editors work on. */
  getProject(id: number): Promise<Project>;
  /** The impact justifications of every project the user can read (added to a summary). */
  loadAssessmentTexts(options?: Pick<LoadOptions, 'signal'>): Promise<AssessmentTexts>;
  /** Projects whose plan number (or, without a number, title) matches: for import matching. */
  findProjects(criteria: { number?: string; title?: string }): Promise<Project[]>;
  /**
   * Adds (id null) or updates a project. An update sends the ETag it read: when someone saved
   * first the promise rejects with ConflictError carrying the version now on the server.
   */
  saveProject(project: Project, data: Pick<PortfolioData, 'plans'>): Promise<Project>;
  /**
   * Writes only the columns `changes` alters compared with `base` (the version read, with its
   * ETag). If someone saved meanwhile, the repository reads their version: when their change
   * touches none of these columns it saves again on top of it (outcome `saved` with
   * `mergedWith`), otherwise it answers `conflict` with their version; nothing is overwritten.
   * The newest plan and lookups are the repository's business.
   */
  updateProject(base: Project, changes: ProjectChanges): Promise<SaveOutcome>;
  /**
   * updateProject for an impact assessment: the assessor and the date always change with it,
   * to the saving user and today (the Information Management Act's record of who assessed).
   */
  saveAssessment(base: Project, changes: AssessmentChanges): Promise<SaveOutcome>;
  savePlan(plan: Plan): Promise<Plan>;
  saveGoal(goal: StrategicGoal): Promise<StrategicGoal>;
  /** Resolves a person by e-mail or login name so a person field can point to them. */
  ensurePerson(login: string): Promise<Person>;
  /**
   * Removes items by id (to the recycle bin, where a site owner can restore them): for undoing
   * what a failed bulk write added. Items already gone are skipped.
   */
  deleteItems(list: ListKey, ids: readonly number[]): Promise<void>;
  setupStatus(): Promise<SetupStatus>;
  /** Creates or upgrades the lists from the schema; idempotent. */
  setUp(onProgress?: (message: string) => void): Promise<SetupReport>;
  /** Busy notifications (retry waits); returns an unsubscribe function. */
  onBusy(listener: (event: RetryEvent) => void): () => void;
  /**
   * The same site's follow-up lists (status reports, actual costs, meetings, cadence), read for
   * the period a view shows; publishing a report updates the project through this repository.
   */
  readonly followUp: FollowUpRepository;
  /** The proposal lists of the same site (schema version 5). */
  readonly proposals: ProposalRepository;
  /** The benefit lists of the same site (schema version 6). */
  readonly benefits: BenefitRepository;
}
