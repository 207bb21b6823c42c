/**
 * Starts the stand-in of SharePoint with the portfolio lists and data, serving the built
 * preview: used by `npm start`, the browser tests and the benchmarks.
 */
import * as path from 'path';
import { createRepository, browserEnvironment } from '../../src/data/sharepoint/createRepository';
import { DEMO_PEOPLE } from '../../demo/demoContent';
import { demoEmail, seedDemo } from '../../demo/seedDemo';
import { TENANT_SETTING_KEY } from '../../src/data/contract/portfolioSite';
import type { PortfolioRepository } from '../../src/data/contract/repository.types';
import type { RunningServer } from '../../standin/server';
import { startServer } from '../../standin/server';
import type { StandInOptions } from '../../standin/standin';
import { StandIn } from '../../standin/standin';

export const SITE_PATH = '/sites/salkku';
export const PREVIEW_DIST = path.resolve(__dirname, '../../preview-dist');

export interface LocalPortfolio {
  standIn: StandIn;
  server: RunningServer;
  /** Preview page URL, e.g. http://127.0.0.1:4321/ */
  url: string;
  siteUrl: string;
  repository: PortfolioRepository;
  seeded: boolean;
  close(): Promise<void>;
}

export interface LocalPortfolioOptions extends StandInOptions {
  port?: number;
  host?: string;
  /** 'demo' seeds the demo portfolio into empty lists; 'empty' only sets up; 'none' does nothing. */
  data?: 'demo' | 'empty' | 'none';
  staticRoot?: string | null;
  log?: (message: string) => void;
  /**
   * Whether the tenant setting names the portfolio site (as an administrator would set it in
   * the app catalog); default true. False leaves the tenant without it.
   */
  tenantSetting?: boolean;
}

export const APP_CATALOG_PATH = '/sites/appcatalog';

/** The SharePoint group that scores and decides proposals in the demo, besides the owners. */
export const DEMO_STEERING_GROUP = 'Salkun ohjausryhmä';

export async function startLocalPortfolio(options: LocalPortfolioOptions = {}): Promise<LocalPortfolio> {
  const log = options.log ?? ((): void => undefined);
  const standIn = new StandIn(options);
  standIn.store.ensureWeb(SITE_PATH, 'Järvenrannan kaupunki – Salkku');
  // the tenant's root site (where SPFx runs a Teams personal app) and its app catalog
  standIn.store.ensureWeb('/', 'Järvenrannan kaupunki');
  standIn.store.ensureWeb(APP_CATALOG_PATH, 'Sovelluskatalogi');
  standIn.store.data.appCatalog = APP_CATALOG_PATH;
  for (const name of DEMO_PEOPLE) {
    standIn.store.ensureUser(name, demoEmail(name));
  }
  // the steering group of the demo (the preview's "steering group member" is in it)
  standIn.addGroup(SITE_PATH, DEMO_STEERING_GROUP, ['steering']);
  const server = await startServer(standIn, {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    staticRoot: options.staticRoot === null ? undefined : options.staticRoot ?? PREVIEW_DIST
  });
  const siteUrl = `${server.url}${SITE_PATH}`;
  const properties = (standIn.store.data.tenantProperties ??= {});
  if (options.tenantSetting ?? true) {
    properties[TENANT_SETTING_KEY] = { Value: siteUrl, Description: 'Salkku: the portfolio site', Comment: '' };
  } else {
    delete properties[TENANT_SETTING_KEY];
  }
  const repository = createRepository({ siteUrl, environment: browserEnvironment() });
  let seeded = false;
  const data = options.data ?? 'demo';
  if (data !== 'none') {
    const role = standIn.role;
    standIn.role = 'owner';
    try {
      const status = await repository.setupStatus();
      if (status.missingLists.length > 0 || status.upgradeAvailable) {
        const report = await repository.setUp();
        log(`Set up the portfolio lists (${report.writes} writes).`);
      }
      if (data === 'demo' && (await repository.load()).projects.length === 0) {
        const report = await seedDemo(repository, { people: 'directory', onProgress: (m) => log(`Demo data: ${m}`) });
        // the projects were created long ago (the proposals lately), not all today
        const projectItems = standIn.store.findWeb(SITE_PATH)?.lists.find((l) => l.UrlName === 'SalkkuProjects')?.items ?? [];
        for (const item of projectItems) {
          const day = report.createdDays.get(item.Id);
          if (day !== undefined) {
            item.Created = `${day}T07:00:00.000Z`;
          }
        }
        standIn.store.changed();
        await repository.proposals.saveSteeringGroup(DEMO_STEERING_GROUP);
        log(`Demo portfolio: ${report.plans} plans, ${report.goals} goals, ${report.projects} projects; follow-up: ${report.reports} status reports, ${report.actuals} actual costs, ${report.meetings} meetings; ${report.proposals} proposals; ${report.benefits} benefits.`);
        seeded = true;
      }
    } finally {
      standIn.role = role;
    }
  }
  return {
    standIn,
    server,
    url: `${server.url}/`,
    siteUrl,
    repository,
    seeded,
    close: () => server.close()
  };
}
