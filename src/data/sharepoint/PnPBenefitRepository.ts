/**
 * The benefit lists through PnPjs (issue 21): one `$batch` reads both lists' information, every
 * benefit and measurement (a few per project: every column) and who is signed in; a site set up
 * before schema version 6 answers with the lists `missing`. Benefits are saved with their ETag;
 * a measurement is added by the signed-in person; the importer's drafts are added once per title.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { Benefit, Measurement } from '../../domain/benefits/model';
import { emptyBenefit } from '../../domain/benefits/model';
import type { DraftBenefit } from '../../domain/benefits/drafts';
import { BENEFIT_STATUS } from '../../domain/benefits/vocabulary';
import type { BenefitData, BenefitRepository } from '../contract/benefits.types';
import type { ItemIssue } from '../contract/repository.types';
import type { BenefitListKey } from '../contract/setup.types';
import { saveItem } from './itemWrites';
import { benefitFromItem, benefitToItem, measurementFromItem, measurementToItem } from './mapping/benefitMapping';
import { readText } from './mapping/values';
import { expandFor, selectFor } from './schema/schema';
import type { SiteLists } from './siteLists';
import type { Page } from './spUtils';
import { allPages, PAGE_SIZE, PageParse, toRepositoryError } from './spUtils';

const BENEFIT_LISTS: readonly BenefitListKey[] = ['benefits', 'measurements'];

/** Typed filter fields of the Benefits list (PnPjs's filter builder). */
interface BenefitFilterFields {
  ProjectId: number;
}

/** Titles compared as a person reads them: case and runs of spaces do not make a second benefit. */
function sameTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');
}

export class PnPBenefitRepository implements BenefitRepository {
  public constructor(
    private readonly _sp: SPFI,
    private readonly _lists: SiteLists
  ) {}

  private _items(key: BenefitListKey, batched: SPFI): Promise<Page> {
    const list = this._lists.listSchema(key);
    return this._lists.list(key, batched).items.select(...selectFor(list)).expand(...expandFor(list)).top(PAGE_SIZE).using(PageParse())<Page>();
  }

  public async loadBenefits(): Promise<BenefitData> {
    const [batched, execute] = this._sp.batched();
    const info = this._lists.askInfos(BENEFIT_LISTS, batched);
    const benefitPage = this._items('benefits', batched);
    const measurementPage = this._items('measurements', batched);
    const me = this._lists.askMe(batched);
    for (const pending of [benefitPage, measurementPage]) {
      // answered with the batch; each is read below (never an unhandled rejection)
      pending.catch(() => undefined);
    }
    await execute();

    const { lists, missing } = await this._lists.settleInfos(info);
    const itemIssues: ItemIssue[] = [];
    const [benefits, measurements] = await Promise.all([
      this._lists.readItems('benefits', benefitPage, missing, itemIssues, (item, warnings) => {
        const mapped = benefitFromItem(item);
        warnings.push(...mapped.issues);
        return mapped.benefit;
      }),
      this._lists.readItems('measurements', measurementPage, missing, itemIssues, measurementFromItem)
    ]);
    const currentUser = await this._lists.settleMe(me);
    return { benefits, measurements, currentUser, lists, missing, itemIssues };
  }

  public saveBenefit(benefit: Benefit): Promise<Benefit> {
    return saveItem(this._lists.list('benefits'), 'benefits', benefit, benefitToItem(benefit));
  }

  public async addMeasurement(measurement: Measurement): Promise<Measurement> {
    const me = await this._lists.whoAmI();
    const added: Measurement = { ...measurement, id: null, etag: null, measuredBy: me };
    return saveItem(this._lists.list('measurements'), 'measurements', added, measurementToItem(added));
  }

  public async addDrafts(projectId: number, drafts: readonly DraftBenefit[]): Promise<Benefit[]> {
    const list = this._lists.list('benefits');
    const existing = await allPages(
      this._sp.web,
      list.items
        .select('Id', 'Title')
        .filter<BenefitFilterFields>((f) => f.lookupId('ProjectId').equals(projectId))
        .top(PAGE_SIZE)
        .using(PageParse())<Page>()
    ).catch((error: unknown) => {
      throw toRepositoryError(error, { list: 'benefits' });
    });
    const titles = new Set(existing.map((item) => sameTitle(readText(item, 'Title') ?? '')));
    const added: Benefit[] = [];
    for (const draft of drafts) {
      const key = sameTitle(draft.title);
      if (key === '' || titles.has(key)) {
        continue;
      }
      titles.add(key);
      // the passage it came from is the draft status's note, for the person confirming it
      const benefit: Benefit = { ...emptyBenefit(draft.title, projectId), description: draft.description, status: BENEFIT_STATUS.draft, statusReason: draft.source };
      added.push(await this.saveBenefit(benefit));
    }
    return added;
  }
}
