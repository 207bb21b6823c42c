/**
 * npm run provision -- --site <url> [--demo [--demo-people me]] [--dry-run]
 *
 * Creates or upgrades the portfolio lists on a site from the typed schema (idempotent: a second
 * run writes nothing). --site is a SharePoint Online site (needs SALKKU_ACCESS_TOKEN, see README)
 * or the local stand-in (http://localhost:4321/sites/salkku while `npm start` runs).
 * --demo seeds the demo portfolio into an empty projects list; on a real site its fictional
 * people are left empty (or, with --demo-people me, all become the signed-in user), and a failed
 * run removes what it wrote. --dry-run only lists what would be written.
 */
import type { DemoPeople } from '../demo/seedDemo';
import { seedDemo } from '../demo/seedDemo';
import { plannedActions, readSiteState } from '../src/data/sharepoint/setup/provision';
import { cliRepository, cliSp, failWith, isLocal, readArgs } from './lib/cliRepository';

const args = readArgs(process.argv.slice(2));
const site = args.values.get('site') ?? args.values.get('standin');

async function main(): Promise<void> {
  if (!site) {
    console.error('Usage: npm run provision -- --site <site url> [--demo] [--dry-run]');
    process.exit(2);
  }
  if (args.flags.has('dry-run')) {
    const actions = plannedActions(await readSiteState(cliSp(site), site));
    console.log(actions.length === 0 ? 'Nothing to do: the lists match schema.' : actions.map((a) => `would ${a.kind} ${a.list} ${a.target}${a.detail ? ` (${a.detail})` : ''}`).join('\n'));
    const byKind = new Map<string, number>();
    actions.forEach((a) => byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1));
    console.log(`${actions.length} change(s) planned (${[...byKind].map(([kind, n]) => `${kind} ${n}`).join(', ')}), 0 written (dry run).`);
    return;
  }
  const repository = cliRepository(site);
  const report = await repository.setUp((message) => console.log(`  ${message}`));
  console.log(`Schema version ${report.schemaVersion} (was ${report.previousVersion ?? 'none'}): ${report.actions.length} change(s), ${report.writes} write request(s).`);
  if (args.flags.has('demo')) {
    const data = await repository.load();
    if (data.projects.length > 0) {
      console.log(`Demo data not added: the projects list already has ${data.projects.length} item(s).`);
    } else {
      // the stand-in's directory has the demo's people; a real tenant has none of them
      const people: DemoPeople = isLocal(site) ? 'directory' : args.values.get('demo-people') === 'me' ? 'me' : 'none';
      if (people !== 'directory') {
        console.log(`  demo people: ${people === 'me' ? 'all are you, the signed-in user' : 'left empty (--demo-people me makes them you)'}`);
      }
      const seeded = await seedDemo(repository, { people, onProgress: (m) => console.log(`  demo ${m}`) });
      console.log(`Demo portfolio: ${seeded.plans} plans, ${seeded.goals} goals, ${seeded.projects} projects.`);
    }
  }
}

main().catch(failWith(site));
