/**
 * The proposal lists through PnPjs: one `$batch` reads the lists' information, the proposals
 * (a few hundred a year: every column), the scores, the settings that hold the scoring model's
 * versions, the year's limits and saved scenarios, and who is signed in. Writes carry ETags;
 * a scoring model version, once saved, is never changed (a decision records the version it used).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-groups/web';
import type { DecisionInput } from '../../domain/proposals/decision';
import { decisionPlan, recordDecision } from '../../domain/proposals/decision';
import type { Proposal, ScoringModel } from '../../domain/proposals/model';
import { DEFAULT_SCORING_MODEL } from '../../domain/proposals/model';
import { validateModel } from '../../domain/proposals/scoring';
import type { Scenario } from '../../domain/proposals/scenarios';
import type { Limits } from '../../domain/proposals/selection';
import type { DomainWarning } from '../../domain/warnings';
import { RepositoryError } from '../contract/errors';
import type { CriterionScore, DecideOutcome, ProposalData, ProposalRepository, SteeringGroupOutcome, StoredScore } from '../contract/proposals.types';
import type { ItemIssue, PortfolioRepository } from '../contract/repository.types';
import type { ProposalListKey } from '../contract/setup.types';
import { saveItem } from './itemWrites';
import type { BasePermissions } from './permissions';
import { hasPermission, PermissionKind } from './permissions';
import { isListNotFound } from './listInfo';
import { proposalFromItem, proposalToItem, scoreFromItem, scoreToItem } from './mapping/proposalMapping';
import type { SpItem } from './mapping/values';
import { readEtag, readId, readText } from './mapping/values';
import { expandFor, selectFor } from './schema/schema';
import type { SiteLists } from './siteLists';
import type { Page } from './spUtils';
import { allPages, PAGE_SIZE, PageParse, toRepositoryError } from './spUtils';

const PROPOSAL_LISTS: readonly ProposalListKey[] = ['proposals', 'scores'];

/** Settings items (Title) of the proposal process; the value is JSON. */
export const PROPOSAL_SETTINGS = { modelPrefix: 'scoringModel:', limits: 'proposalLimits', scenarioPrefix: 'scenario:', steeringGroup: 'steeringGroup' } as const;

interface ScoreFilterFields {
  ProposalId: number;
  ScorerId: number;
}

interface SettingItem {
  id: number | null;
  etag: string | null;
  title: string;
  value: string | null;
}


function parseJson(text: string | null): unknown {
  if (text === null) {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A stored scoring model, checked with the domain's own rules; undefined (reported) when unusable. */
export function readModel(text: string | null): ScoringModel | undefined {
  const value = parseJson(text);
  if (!isRecord(value) || !isRecord(value.scale) || !Array.isArray(value.criteria)) {
    return undefined;
  }
  const criteria = value.criteria.filter(isRecord).map((c) => ({
    key: typeof c.key === 'string' ? c.key : '',
    name: typeof c.name === 'string' ? c.name : '',
    description: typeof c.description === 'string' ? c.description : '',
    weight: typeof c.weight === 'number' ? c.weight : NaN
  }));
  const model: ScoringModel = {
    version: typeof value.version === 'number' ? value.version : NaN,
    title: typeof value.title === 'string' ? value.title : '',
    scale: { min: typeof value.scale.min === 'number' ? value.scale.min : NaN, max: typeof value.scale.max === 'number' ? value.scale.max : NaN },
    criteria
  };
  return validateModel(model).length === 0 && criteria.every((c) => Number.isFinite(c.weight)) ? model : undefined;
}

function readLimits(text: string | null): Limits | undefined {
  const value = parseJson(text);
  return isRecord(value) && typeof value.budget === 'number' && value.budget >= 0 && typeof value.capacity === 'number' && value.capacity >= 0
    ? { budget: value.budget, capacity: value.capacity }
    : undefined;
}

/** The steering group's name (a JSON string); null for JSON null; undefined (reported) for anything else. */
function readSteeringGroup(text: string | null): string | null | undefined {
  const value = parseJson(text);
  if (value === null) {
    return null;
  }
  return typeof value === 'string' ? value.trim() || null : undefined;
}

/** Whether the user's groups (SP.Group titles, which SharePoint compares without case) include the named one. */
export function inGroup(groups: readonly { Title: string }[], name: string | null): boolean {
  return name !== null && groups.some((g) => g.Title.toLowerCase() === name.toLowerCase());
}

function readScenario(text: string | null): Scenario | undefined {
  const value = parseJson(text);
  if (!isRecord(value) || typeof value.name !== 'string' || typeof value.budget !== 'number' || typeof value.capacity !== 'number' || !Array.isArray(value.chosen)) {
    return undefined;
  }
  return {
    name: value.name,
    modelVersion: typeof value.modelVersion === 'number' ? value.modelVersion : null,
    budget: value.budget,
    capacity: value.capacity,
    chosen: value.chosen.filter((id): id is number => typeof id === 'number'),
    saved: typeof value.saved === 'string' ? value.saved : ''
  };
}

export class PnPProposalRepository implements ProposalRepository {
  public constructor(
    private readonly _sp: SPFI,
    private readonly _lists: SiteLists,
    private readonly _portfolio: Pick<PortfolioRepository, 'saveProject' | 'findProjects'>
  ) {}

  public async loadProposals(): Promise<ProposalData> {
    const [batched, execute] = this._sp.batched();
    const info = this._lists.askInfos(PROPOSAL_LISTS, batched);
    const proposalsList = this._lists.listSchema('proposals');
    const scoresList = this._lists.listSchema('scores');
    const proposals = this._lists.list('proposals', batched).items.select(...selectFor(proposalsList)).expand(...expandFor(proposalsList)).top(PAGE_SIZE).using(PageParse())<Page>();
    const scores = this._lists.list('scores', batched).items.select(...selectFor(scoresList)).expand(...expandFor(scoresList)).top(PAGE_SIZE).using(PageParse())<Page>();
    const settings = this._lists.list('settings', batched).items.select('Id', 'Title', 'SettingValue').top(PAGE_SIZE).using(PageParse())<Page>();
    const me = this._lists.askMe(batched);
    // who may score and decide: owners (ManageWeb) and the steering group's members
    const web = batched.web.select('EffectiveBasePermissions')<{ EffectiveBasePermissions?: BasePermissions }>();
    const groups = batched.web.currentUser.groups.select('Id', 'Title')<{ Id: number; Title: string }[]>();
    for (const pending of [proposals, scores, settings, web, groups]) {
      // answered with the batch; each is read below (never an unhandled rejection)
      pending.catch(() => undefined);
    }
    await execute();

    const { lists, missing } = await this._lists.settleInfos(info);
    const itemIssues: ItemIssue[] = [];
    const pages = async (key: 'proposals' | 'scores' | 'settings', first: Promise<Page>): Promise<SpItem[]> => {
      if (key !== 'settings' && missing.includes(key)) {
        return [];
      }
      return allPages(this._sp.web, first).catch((error: unknown) => {
        if (key === 'settings' && isListNotFound(error)) {
          return [];
        }
        throw toRepositoryError(error, { list: key });
      });
    };
    const [proposalItems, scoreItems, settingItems] = await Promise.all([pages('proposals', proposals), pages('scores', scores), pages('settings', settings)]);
    const currentUser = await this._lists.settleMe(me);
    const canManageSite = hasPermission((await web.catch(() => undefined))?.EffectiveBasePermissions, PermissionKind.ManageWeb);
    const myGroups = await groups.catch(() => []);

    const proposalList: Proposal[] = [];
    for (const item of proposalItems) {
      const mapped = proposalFromItem(item);
      proposalList.push(mapped.proposal);
      if (mapped.issues.length > 0) {
        itemIssues.push({ list: 'proposals', itemId: mapped.proposal.id, title: mapped.proposal.title, warnings: mapped.issues });
      }
    }
    const scoreList: StoredScore[] = [];
    for (const item of scoreItems) {
      const warnings: DomainWarning[] = [];
      const score = scoreFromItem(item, warnings);
      const id = readId(item);
      if (score && id !== null) {
        scoreList.push({ id, etag: readEtag(item), score });
      }
      if (warnings.length > 0) {
        itemIssues.push({ list: 'scores', itemId: id, title: readText(item, 'Title') ?? '', warnings });
      }
    }
    const settingValues = this._settingsOf(settingItems, itemIssues);
    const canDecide = canManageSite || inGroup(myGroups, settingValues.steeringGroup);
    return { proposals: proposalList, scores: scoreList, ...settingValues, currentUser, canDecide, lists, missing, itemIssues };
  }

  private _settingsOf(items: readonly SpItem[], issues: ItemIssue[]): Pick<ProposalData, 'models' | 'limits' | 'scenarios' | 'steeringGroup'> {
    const models: ScoringModel[] = [];
    const scenarios: Scenario[] = [];
    let limits: Limits | null = null;
    let steeringGroup: string | null = null;
    for (const item of items) {
      const title = readText(item, 'Title') ?? '';
      const value = readText(item, 'SettingValue');
      const unusable = (): void => {
        issues.push({ list: 'settings', itemId: readId(item), title, warnings: [{ code: 'invalidNumber', field: title, detail: (value ?? '').slice(0, 80) }] });
      };
      if (title.startsWith(PROPOSAL_SETTINGS.modelPrefix)) {
        const model = readModel(value);
        if (model) {
          models.push(model);
        } else {
          unusable();
        }
      } else if (title.startsWith(PROPOSAL_SETTINGS.scenarioPrefix)) {
        const scenario = readScenario(value);
        if (scenario) {
          scenarios.push(scenario);
        } else {
          unusable();
        }
      } else if (title === PROPOSAL_SETTINGS.limits) {
        limits = readLimits(value) ?? null;
        if (limits === null) {
          unusable();
        }
      } else if (title === PROPOSAL_SETTINGS.steeringGroup) {
        const group = readSteeringGroup(value);
        if (group === undefined) {
          // unreadable: owners alone decide until an owner names the group again
          unusable();
        } else {
          steeringGroup = group;
        }
      }
    }
    models.sort((a, b) => a.version - b.version);
    return { models: models.length > 0 ? models : [DEFAULT_SCORING_MODEL], limits, scenarios, steeringGroup };
  }

  public saveProposal(proposal: Proposal): Promise<Proposal> {
    return saveItem(this._lists.list('proposals'), 'proposals', proposal, proposalToItem(proposal));
  }

  public async saveMyScores(proposalId: number, model: ScoringModel, scores: readonly CriterionScore[]): Promise<StoredScore[]> {
    const me = await this._lists.whoAmI();
    const list = this._lists.list('scores');
    const mine = await allPages(
      this._sp.web,
      list.items
        .select('Id', 'CriterionKey', 'ModelVersion', 'ProposalId', 'ScorerId')
        .filter<ScoreFilterFields>((f) => f.lookupId('ProposalId').equals(proposalId).and().number('ScorerId').equals(me.id))
        .top(PAGE_SIZE)
        .using(PageParse())<Page>()
    ).catch((error: unknown) => {
      throw toRepositoryError(error, { list: 'scores' });
    });
    const saved: StoredScore[] = [];
    for (const given of scores) {
      const criterion = model.criteria.find((c) => c.key === given.criterionKey);
      if (!criterion) {
        throw new RepositoryError('invalidValue', `The scoring model version ${model.version} has no criterion "${given.criterionKey}"`, { list: 'scores' });
      }
      const existing = mine.find((item) => readText(item, 'CriterionKey') === given.criterionKey && item.ModelVersion === model.version);
      const score = { proposalId, criterionKey: given.criterionKey, value: given.value, note: given.note, scorer: me, modelVersion: model.version };
      const value = { id: existing ? readId(existing) : null, etag: null };
      // a person's own score: nobody else writes it, so no ETag is needed to keep someone's edit
      const result = await saveItem(list, 'scores', value, scoreToItem(score, criterion.name));
      saved.push({ id: result.id ?? 0, etag: result.etag, score });
    }
    return saved;
  }

  private async _settings(): Promise<SettingItem[]> {
    const items = await allPages(this._sp.web, this._lists.list('settings').items.select('Id', 'Title', 'SettingValue').top(PAGE_SIZE).using(PageParse())<Page>()).catch((error: unknown) => {
      throw toRepositoryError(error, { list: 'settings' });
    });
    return items.map((item) => ({ id: readId(item), etag: readEtag(item), title: readText(item, 'Title') ?? '', value: readText(item, 'SettingValue') }));
  }

  private async _saveSetting(title: string, value: unknown, known?: SettingItem[]): Promise<void> {
    const existing = (known ?? (await this._settings())).find((s) => s.title === title);
    await saveItem(this._lists.list('settings'), 'settings', { id: existing?.id ?? null, etag: existing?.etag ?? null }, { Title: title, SettingValue: JSON.stringify(value) });
  }

  public async saveModel(model: Omit<ScoringModel, 'version'>): Promise<ScoringModel> {
    const settings = await this._settings();
    const versions = settings.filter((s) => s.title.startsWith(PROPOSAL_SETTINGS.modelPrefix)).map((s) => readModel(s.value)?.version ?? 0);
    const version = Math.max(DEFAULT_SCORING_MODEL.version, ...versions) + 1;
    const saved: ScoringModel = { ...model, version };
    const problems = validateModel(saved);
    if (problems.length > 0) {
      throw new RepositoryError('invalidValue', `The scoring model cannot be saved: ${problems.map((p) => p.code).join(', ')}`, { list: 'settings' });
    }
    // a new item per version: a decision made with an earlier version can always be explained
    await this._saveSetting(`${PROPOSAL_SETTINGS.modelPrefix}${version}`, saved, settings);
    return saved;
  }

  public saveLimits(limits: Limits): Promise<void> {
    return this._saveSetting(PROPOSAL_SETTINGS.limits, limits);
  }

  public saveScenario(scenario: Scenario): Promise<void> {
    return this._saveSetting(`${PROPOSAL_SETTINGS.scenarioPrefix}${scenario.name}`, scenario);
  }

  public async saveSteeringGroup(title: string | null): Promise<SteeringGroupOutcome> {
    const name = title?.trim() || null;
    // owners only: a member could write the settings list (Edit), but naming who decides is the owners' call
    const web = await this._sp.web.select('EffectiveBasePermissions')<{ EffectiveBasePermissions?: BasePermissions }>().catch((error: unknown) => {
      throw toRepositoryError(error);
    });
    if (!hasPermission(web.EffectiveBasePermissions, PermissionKind.ManageWeb)) {
      throw new RepositoryError('accessDenied', 'Only the site owners name the steering group', { status: 403, list: 'settings' });
    }
    let group: string | null = null;
    if (name !== null) {
      try {
        group = (await this._sp.web.siteGroups.getByName(name).select('Id', 'Title')<{ Id: number; Title: string }>()).Title;
      } catch (error) {
        const failure = toRepositoryError(error);
        if (failure.status === 404) {
          // "Group cannot be found."
          return { kind: 'groupMissing', group: name };
        }
        throw failure;
      }
    }
    await this._saveSetting(PROPOSAL_SETTINGS.steeringGroup, group);
    return { kind: 'saved', group };
  }

  private async _current(proposal: Proposal): Promise<Proposal> {
    if (proposal.id === null) {
      return proposal;
    }
    const list = this._lists.listSchema('proposals');
    try {
      const item = await this._lists.list('proposals').items.getById(proposal.id).select(...selectFor(list)).expand(...expandFor(list))<SpItem>();
      return proposalFromItem(item).proposal;
    } catch (error) {
      throw toRepositoryError(error, { list: 'proposals', item: true });
    }
  }

  public async decide(proposal: Proposal, decision: DecisionInput, options: { section: string; portfolio: Parameters<ProposalRepository['decide']>[2]['portfolio'] }): Promise<DecideOutcome> {
    // the decision goes onto the proposal as it is now (someone's edit since it was read is kept)
    const current = await this._current(proposal);
    const recorded = recordDecision(current, decision);
    if (!recorded.ok) {
      if (recorded.error === 'alreadyInPortfolio' && current.projectId !== null) {
        return { kind: 'alreadyCreated', proposal: current, projectId: current.projectId };
      }
      return { kind: 'refused', reason: recorded.error };
    }
    const decided = recorded.proposal;
    if (decision.status !== 'approved') {
      return { kind: 'decided', proposal: await this.saveProposal(decided), projectId: null };
    }
    // an approval interrupted after its project was made left a project of this title in the plan
    const sameTitle = await this._portfolio.findProjects({ title: decided.title });
    const orphan = sameTitle.find((p) => p.id !== null && decided.planId !== null && p.planIds.includes(decided.planId));
    const plan = decisionPlan(decided, options.portfolio.projects, { section: options.section, linkedProjectId: () => orphan?.id ?? null });
    switch (plan.kind) {
      case 'alreadyCreated': {
        const linked = await this.saveProposal({ ...decided, projectId: plan.projectId });
        return { kind: 'alreadyCreated', proposal: linked, projectId: plan.projectId };
      }
      case 'create': {
        // the project first: the proposal's link is written only once the project exists
        const project = await this._portfolio.saveProject(plan.project, options.portfolio);
        const linked = await this.saveProposal({ ...decided, projectId: project.id });
        return { kind: 'decided', proposal: linked, projectId: project.id };
      }
      case 'noPlan':
        return { kind: 'refused', reason: 'approvalWithoutPlan' };
      case 'notApproved':
      case 'notSaved':
        return { kind: 'refused', reason: 'notSaved' };
    }
  }
}
