import { choosePortfolioSite, normaliseSiteUrl } from './portfolioSite';

const HOST = 'https://jarvenranta.sharepoint.com';

describe('normaliseSiteUrl', () => {
  it.each([
    ['https://jarvenranta.sharepoint.com/sites/salkku', 'https://jarvenranta.sharepoint.com/sites/salkku'],
    ['https://jarvenranta.sharepoint.com/sites/salkku/', 'https://jarvenranta.sharepoint.com/sites/salkku'],
    ['  https://JARVENRANTA.sharepoint.com/sites/salkku/SitePages/Etusivu.aspx?web=1#top ', 'https://jarvenranta.sharepoint.com/sites/salkku'],
    ['https://jarvenranta.sharepoint.com/sites/salkku/Lists/SalkkuProjects/AllItems.aspx', 'https://jarvenranta.sharepoint.com/sites/salkku'],
    ['https://jarvenranta.sharepoint.com/sites/salkku/Shared%20Documents/Forms/AllItems.aspx', 'https://jarvenranta.sharepoint.com/sites/salkku'],
    ['https://jarvenranta.sharepoint.com/sites/salkku/_layouts/15/viewlsts.aspx', 'https://jarvenranta.sharepoint.com/sites/salkku'],
    ['https://jarvenranta.sharepoint.com/sites/salkku/_api/web', 'https://jarvenranta.sharepoint.com/sites/salkku'],
    ['https://jarvenranta.sharepoint.com/sites/it/salkku/SitePages/Home.aspx', 'https://jarvenranta.sharepoint.com/sites/it/salkku'],
    ['https://jarvenranta.sharepoint.com/teams/tietohallinto', 'https://jarvenranta.sharepoint.com/teams/tietohallinto'],
    ['https://jarvenranta.sharepoint.com/SitePages/Home.aspx', 'https://jarvenranta.sharepoint.com'],
    ['https://jarvenranta.sharepoint.com/', 'https://jarvenranta.sharepoint.com']
  ])('%s → %s', (value, site) => {
    expect(normaliseSiteUrl(value, HOST)).toEqual({ ok: true, url: site });
  });

  it('refuses what is not an address of this tenant\'s SharePoint, saying why', () => {
    expect(normaliseSiteUrl('sites/salkku', HOST)).toEqual({ ok: false, problem: 'notUrl' });
    expect(normaliseSiteUrl('http://jarvenranta.sharepoint.com/sites/salkku', HOST)).toEqual({ ok: false, problem: 'notHttps' });
    expect(normaliseSiteUrl('https://contoso.sharepoint.com/sites/salkku', HOST)).toEqual({ ok: false, problem: 'otherHost' });
    expect(normaliseSiteUrl('https://jarvenranta-my.sharepoint.com/personal/anna', HOST)).toEqual({ ok: false, problem: 'otherHost' });
    expect(normaliseSiteUrl('ftp://jarvenranta.sharepoint.com/sites/salkku', HOST)).toEqual({ ok: false, problem: 'notHttps' });
  });
});

describe('choosePortfolioSite', () => {
  const team = 'https://jarvenranta.sharepoint.com/sites/tietohallinto';
  const root = 'https://jarvenranta.sharepoint.com/';
  const portfolio = 'https://jarvenranta.sharepoint.com/sites/salkku';

  it('takes the web part property first, normalised to its site', () => {
    expect(choosePortfolioSite({ property: `${portfolio}/SitePages/Koti.aspx`, tenantSetting: 'https://jarvenranta.sharepoint.com/sites/muu', currentSite: team, place: 'teamsTab' })).toEqual({
      kind: 'site',
      url: portfolio,
      source: 'property',
      setupOffered: true
    });
  });

  it('reports a property that is not usable instead of reading another site', () => {
    expect(choosePortfolioSite({ property: 'https://contoso.sharepoint.com/sites/salkku', tenantSetting: portfolio, currentSite: team, place: 'sharePointPage' })).toEqual({
      kind: 'invalidProperty',
      value: 'https://contoso.sharepoint.com/sites/salkku',
      problem: 'otherHost'
    });
  });

  it('gives a personal app the tenant setting, with set-up offered only there', () => {
    expect(choosePortfolioSite({ property: undefined, tenantSetting: portfolio, currentSite: root, place: 'teamsPersonal' })).toEqual({ kind: 'site', url: portfolio, source: 'tenantSetting', setupOffered: true });
  });

  it('reads the site a Teams tab or personal app runs in when nothing names one, but never offers set-up there', () => {
    expect(choosePortfolioSite({ property: '', tenantSetting: undefined, currentSite: root, place: 'teamsPersonal' })).toEqual({
      kind: 'site',
      url: 'https://jarvenranta.sharepoint.com',
      source: 'currentSite',
      setupOffered: false
    });
    expect(choosePortfolioSite({ property: '  ', tenantSetting: 'not a url', currentSite: team, place: 'teamsTab' })).toMatchObject({ url: team, setupOffered: false });
  });

  it('offers set-up on a SharePoint page\'s own site when nothing else names the portfolio site', () => {
    expect(choosePortfolioSite({ property: undefined, tenantSetting: undefined, currentSite: portfolio, place: 'sharePointPage' })).toEqual({ kind: 'site', url: portfolio, source: 'currentSite', setupOffered: true });
  });
});
