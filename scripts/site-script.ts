/**
 * npm run site-script [-- --check]
 *
 * Writes sharepoint/site-script/salkku.site-script.json, the site script of the "portfolio site"
 * site template, from the typed schema (src/data/sharepoint/setup/siteScript.ts). --check writes nothing
 * and exits 1 when the committed file differs from what the schema gives.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SCHEMA } from '../src/data/sharepoint/schema/schema';
import { checkSiteScriptLimits, countActions, serializeSiteScript, siteScriptFromSchema } from '../src/data/sharepoint/setup/siteScript';

const SITE_SCRIPT_FILE = path.join(__dirname, '..', 'sharepoint', 'site-script', 'salkku.site-script.json');

function main(): void {
  const script = siteScriptFromSchema(SCHEMA);
  const content = serializeSiteScript(script);
  const relative = path.relative(process.cwd(), SITE_SCRIPT_FILE);
  const problems = checkSiteScriptLimits(script);
  if (problems.length > 0) {
    console.error(`The site script is over SharePoint's limits: ${problems.join('; ')}.`);
    process.exit(1);
  }
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(SITE_SCRIPT_FILE) ? fs.readFileSync(SITE_SCRIPT_FILE, 'utf8') : null;
    if (committed !== content) {
      console.error(`${relative} does not match the schema: run \`npm run site-script\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${relative} matches the schema.`);
    return;
  }
  fs.mkdirSync(path.dirname(SITE_SCRIPT_FILE), { recursive: true });
  fs.writeFileSync(SITE_SCRIPT_FILE, content, 'utf8');
  console.log(`Wrote ${relative}: ${countActions(script)} actions and subactions, ${content.length} characters.`);
}

main();
