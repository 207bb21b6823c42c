/**
 * Fault injection: 100 randomized concurrent edit trials on the same items from two clients.
 * Every save must either land on the version it read or end in a conflict: 0 lost updates.
 * A control client that saves without its ETag ("*") shows the check does catch lost updates.
 * Saves that write only what changed (updateProject, saveAssessment) merge edits of different
 * columns without asking anyone, and answer a conflict only when both changed the same column.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { seededRandom } from '../../demo/synthetic';
import { ConflictError } from '../../src/data/contract/errors';
import type { PortfolioRepository } from '../../src/data/contract/repository.types';
import { listServerRelativeUrl } from '../../src/data/sharepoint/spUtils';
import { listSchema } from '../../src/data/sharepoint/schema/schema';
import type { Project } from '../../src/domain/model';
import { emptyProject } from '../../src/domain/model';
import { must } from '../support/must';
import type { Harness } from '../support/standinHarness';
import { startHarness } from '../support/standinHarness';

const TRIALS = 100;
const ITEMS = 5;

type Field = 'ragComment' | 'resources' | 'systems';
const FIELDS: readonly Field[] = ['ragComment', 'resources', 'systems'];

interface Outcome {
  saved: number;
  conflicts: number;
  lostUpdates: number;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The version both clients read in the current trial, by item id. */
const originals = new Map<number, Project>();

/**
 * Runs the trials; `save` is how a client writes its edited copy, `pick` which field a client
 * edits (random by default), `onRead` sees the version both read.
 */
async function runTrials(
  h: Harness,
  ids: number[],
  save: (client: number, project: Project) => Promise<void>,
  seed: number,
  pick?: (client: number) => Field,
  onRead?: (read: Project) => void
): Promise<Outcome> {
  const random = seededRandom(seed);
  const repo = h.repository();
  const outcome: Outcome = { saved: 0, conflicts: 0, lostUpdates: 0 };
  for (let trial = 0; trial < TRIALS; trial++) {
    const id = must(ids[Math.floor(random() * ids.length)], 'an item id');
    // both clients read the same version
    const [a, b] = await Promise.all([repo.getProject(id), repo.getProject(id)]);
    onRead?.(a);
    const edits = [a, b].map((read, client) => {
      const chosen = must(FIELDS[Math.floor(random() * FIELDS.length)], 'a field');
      const field = pick ? pick(client) : chosen;
      const value = `trial ${trial} client ${client}`;
      const project: Project = { ...read, [field]: value };
      return { client, field, value, project, wait: Math.floor(random() * 15) };
    });
    const results = await Promise.all(
      edits.map(async (edit) => {
        await delay(edit.wait);
        try {
          await save(edit.client, edit.project);
          return { edit, result: 'saved' };
        } catch (error) {
          if (error instanceof ConflictError) {
            return { edit, result: 'conflict' };
          }
          throw error;
        }
      })
    );
    const final = await repo.getProject(id);
    results.forEach(({ edit, result }) => {
      if (result === 'conflict') {
        outcome.conflicts++;
        return;
      }
      outcome.saved++;
      // a save reported as done whose value is gone was overwritten by the other client's save
      // that had read the same version: a lost update
      if (final[edit.field] !== edit.value) {
        outcome.lostUpdates++;
      }
    });
  }
  return outcome;
}

describe('concurrent edits', () => {
  let h: Harness;
  let ids: number[];

  beforeAll(async () => {
    h = await startHarness();
    const repo = h.repository();
    await repo.setUp();
    ids = [];
    for (let i = 0; i < ITEMS; i++) {
      ids.push((await repo.saveProject({ ...emptyProject(`Yhteinen hanke ${i}`), number: `9.${i}` }, { plans: [] })).id ?? 0);
    }
  });
  afterAll(async () => {
    await h.close();
  });

  it(`loses no update in ${TRIALS} randomized trials with ETags`, async () => {
    const clients: PortfolioRepository[] = [h.repository('owner'), h.repository('member')];
    const outcome = await runTrials(h, ids, async (client, project) => {
      await must(clients[client], 'a client').saveProject(project, { plans: [] });
    }, 11);
    expect(outcome.lostUpdates).toBe(0);
    expect(outcome.saved + outcome.conflicts).toBe(TRIALS * 2);
    expect(outcome.saved).toBe(TRIALS);
    expect(outcome.conflicts).toBe(TRIALS);
  }, 120_000);

  it(`merges ${TRIALS} pairs of edits to different columns: 0 conflicts, 0 lost updates`, async () => {
    const clients: PortfolioRepository[] = [h.repository('owner'), h.repository('member')];
    let merged = 0;
    const outcome = await runTrials(
      h,
      ids,
      async (client, project) => {
        // each client changes a column of its own: the other's edit never overlaps
        const field = FIELDS[client] ?? 'systems';
        const original = must(originals.get(project.id ?? 0), 'the version both clients read');
        const result = await must(clients[client], 'a client').updateProject(original, { [field]: project[field] });
        if (result.kind === 'conflict') {
          throw new ConflictError('overlap', result.current);
        }
        merged += result.mergedWith ? 1 : 0;
      },
      22,
      (client) => FIELDS[client] ?? 'systems',
      (read) => originals.set(read.id ?? 0, read)
    );
    expect(outcome.conflicts).toBe(0);
    expect(outcome.lostUpdates).toBe(0);
    expect(outcome.saved).toBe(TRIALS * 2);
    // the second save of each pair found the first one's change and kept it
    expect(merged).toBe(TRIALS);
  }, 120_000);

  it(`answers a conflict, never an overwrite, when both change the same column (${TRIALS} pairs)`, async () => {
    const clients: PortfolioRepository[] = [h.repository('owner'), h.repository('member')];
    const conflicts: string[][] = [];
    const outcome = await runTrials(
      h,
      ids,
      async (client, project) => {
        const read = must(originals.get(project.id ?? 0), 'the version both clients read');
        const result = await must(clients[client], 'a client').updateProject(read, { ragComment: project.ragComment });
        if (result.kind === 'conflict') {
          conflicts.push([...result.overlapping]);
          throw new ConflictError('overlap', result.current);
        }
      },
      23,
      () => 'ragComment',
      (read) => originals.set(read.id ?? 0, read)
    );
    expect(outcome.lostUpdates).toBe(0);
    expect(outcome.saved).toBe(TRIALS);
    expect(outcome.conflicts).toBe(TRIALS);
    expect(new Set(conflicts.map((c) => c.join()))).toEqual(new Set(['RagComment']));
  }, 120_000);

  it('catches lost updates when a client saves without its ETag (control)', async () => {
    const sps: SPFI[] = [h.sp('owner'), h.sp('member')];
    const url = listServerRelativeUrl(h.siteUrl, listSchema('projects'));
    const names: Record<Field, string> = { ragComment: 'RagComment', resources: 'Resources', systems: 'Systems' };
    const outcome = await runTrials(h, ids, async (client, project) => {
      const changed = FIELDS.map((f) => [names[f], project[f]]);
      // "*" overwrites whatever is there: what the repository never does
      await must(sps[client], 'a client').web.getList(url).items.getById(project.id ?? 0).update(Object.fromEntries(changed), '*');
    }, 12);
    expect(outcome.conflicts).toBe(0);
    expect(outcome.lostUpdates).toBeGreaterThan(0);
  }, 120_000);
});
