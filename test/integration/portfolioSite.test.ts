/**
 * The tenant-wide portfolio site (issue 15): the tenant property SharePoint keeps in the app
 * catalog, as the stand-in holds it to SharePoint's documented behaviour, and the web parts'
 * reading of it. Sources in docs/sharepoint-behaviour.md ("Tenant properties").
 */
import '@pnp/sp/webs';
import { InjectHeaders } from '@pnp/queryable';
import type { Role } from '../../standin/context';
import { choosePortfolioSite, TENANT_SETTING_KEY } from '../../src/data/contract/portfolioSite';
import { browserEnvironment, createSp, readTenantSetting } from '../../src/data/sharepoint/createRepository';
import { toRepositoryError } from '../../src/data/sharepoint/spUtils';
import type { Harness } from '../support/standinHarness';
import { FAST_RETRY, startHarness } from '../support/standinHarness';

const APP_CATALOG = '/sites/appcatalog';
const TEAM = '/sites/tietohallinto';

function as(role: Role): ReturnType<typeof browserEnvironment> {
  return (instance) => {
    instance.using(browserEnvironment(), InjectHeaders({ 'X-StandIn-Role': role }));
    return instance;
  };
}

describe('tenant setting: the portfolio site for the whole tenant', () => {
  let h: Harness;
  const at = (path: string): string => `${h.server.url}${path === '/' ? '' : path}`;

  beforeAll(async () => {
    h = await startHarness();
    h.standIn.store.ensureWeb('/', 'Root');
    h.standIn.store.ensureWeb(APP_CATALOG, 'App catalog');
    h.standIn.store.ensureWeb(TEAM, 'Tietohallinto');
    h.standIn.store.data.appCatalog = APP_CATALOG;
  });
  afterAll(() => h.close());

  it('reads as not set (odata.null) until an administrator sets it', async () => {
    const raw = await fetch(new URL(`${TEAM}/_api/web/GetStorageEntity('${TENANT_SETTING_KEY}')`, h.server.url), { headers: { Accept: 'application/json;odata=nometadata', 'X-StandIn-Role': 'visitor' } });
    expect(raw.status).toBe(200);
    expect(await raw.json()).toEqual({ 'odata.null': true });
    expect(await readTenantSetting({ siteUrl: at('/'), environment: as('visitor'), retry: FAST_RETRY })).toBeUndefined();
  });

  it('can be set only on the app catalog site, by its owners; then every site reads it', async () => {
    const set = (site: string, role: Role): Promise<void> => createSp({ siteUrl: at(site), environment: as(role), retry: FAST_RETRY }).web.setStorageEntity(TENANT_SETTING_KEY, h.siteUrl, 'Salkku portfolio site');
    expect(toRepositoryError(await set(TEAM, 'owner').catch((e: unknown) => e)).kind).toBe('accessDenied');
    expect(toRepositoryError(await set(APP_CATALOG, 'member').catch((e: unknown) => e)).kind).toBe('accessDenied');
    await set(APP_CATALOG, 'owner');
    for (const site of ['/', TEAM, APP_CATALOG]) {
      expect(await readTenantSetting({ siteUrl: at(site), environment: as('visitor'), retry: FAST_RETRY })).toBe(h.siteUrl);
    }
  });

  it('gives a personal app in the root site the portfolio site, and a team site none to set up', async () => {
    const tenantSetting = await readTenantSetting({ siteUrl: at('/'), environment: as('visitor'), retry: FAST_RETRY });
    expect(choosePortfolioSite({ property: undefined, tenantSetting, currentSite: at('/'), place: 'teamsPersonal' })).toEqual({ kind: 'site', url: h.siteUrl, source: 'tenantSetting', setupOffered: true });
    await createSp({ siteUrl: at(APP_CATALOG), environment: as('owner'), retry: FAST_RETRY }).web.removeStorageEntity(TENANT_SETTING_KEY);
    const none = await readTenantSetting({ siteUrl: at(TEAM), environment: as('visitor'), retry: FAST_RETRY });
    expect(none).toBeUndefined();
    expect(choosePortfolioSite({ property: undefined, tenantSetting: none, currentSite: at(TEAM), place: 'teamsTab' })).toMatchObject({ url: at(TEAM), setupOffered: false });
  });
});
