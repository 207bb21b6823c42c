/**
 * npm run verify:tenant -- --site <url>      against a SharePoint Online site (SALKKU_ACCESS_TOKEN)
 * npm run verify:tenant -- --standin         against a local stand-in started for the run (CI)
 *
 * Checks on scratch lists (removed afterwards) that set-up, loading, ETags, import and
 * permissions behave on the site as Salkku expects, and prints a pass/fail table. Exit code 1
 * when a check fails. See README, "Check a tenant first".
 */
import { randomBytes } from 'crypto';
import { startServer } from '../standin/server';
import { StandIn } from '../standin/standin';
import { cliEnvironment, failWith, readArgs } from './lib/cliRepository';
import { resultTable, verifyTenant } from './lib/verifyTenant';

const args = readArgs(process.argv.slice(2));
const site = args.values.get('site');

async function main(): Promise<void> {
  if (!site && !args.flags.has('standin')) {
    console.error('Usage: npm run verify:tenant -- --site https://city.sharepoint.com/sites/salkku   (or --standin)');
    process.exit(2);
  }
  let close = async (): Promise<void> => undefined;
  let siteUrl = site ?? '';
  let env: NodeJS.ProcessEnv = process.env;
  if (!site) {
    // the command line's own path: a bearer token, no request digest
    const token = randomBytes(24).toString('base64url');
    const standIn = new StandIn({ bearerToken: token });
    standIn.store.ensureWeb('/sites/salkku', 'Salkku (stand-in)');
    const server = await startServer(standIn);
    siteUrl = `${server.url}/sites/salkku`;
    env = { ...process.env, SALKKU_ACCESS_TOKEN: `"${token}"` };
    close = () => server.close();
    console.log(`Stand-in of SharePoint at ${siteUrl} (bearer token, as against a tenant).`);
  }
  try {
    console.log(`Checking ${siteUrl} on scratch lists…`);
    const results = await verifyTenant(siteUrl, { environment: cliEnvironment(siteUrl, env), prefix: args.values.get('prefix'), log: (line) => console.log(`  ${line}`) });
    console.log(`\n${resultTable(results)}`);
    process.exitCode = results.every((r) => r.passed) ? 0 : 1;
  } finally {
    await close();
  }
}

main().catch(failWith(site));
