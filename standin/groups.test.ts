/**
 * The stand-in's site groups in SharePoint's payload shape (SP.Group): a team site's three
 * default groups, a group added for the steering group, `web/currentuser/groups` per role,
 * `sitegroups/getbyname('…')` and its 404 "Group cannot be found.", and who may add a group.
 */
import type { Role } from './context';
import { ROLE_USERS } from './context';
import type { StandInResponse } from './http';
import { createStandIn } from './standin';

const SITE = '/sites/salkku';
const ORIGIN = 'http://localhost';

function setUp(): ReturnType<typeof createStandIn> {
  const standIn = createStandIn();
  standIn.store.ensureWeb(SITE, 'Salkku');
  return standIn;
}

async function get(standIn: ReturnType<typeof createStandIn>, path: string, role: Role = 'owner', accept = 'application/json;odata=minimalmetadata'): Promise<{ status: number; body: Record<string, unknown> }> {
  const response: StandInResponse = await standIn.handle({ method: 'GET', url: new URL(`${SITE}/_api/${path}`, ORIGIN), headers: { accept, 'x-standin-role': role }, body: '' });
  return { status: response.status, body: JSON.parse(response.body) as Record<string, unknown> };
}

function titles(body: Record<string, unknown>): string[] {
  return (body.value as { Title: string }[]).map((g) => g.Title);
}

describe('stand-in site groups', () => {
  it('answers web/sitegroups with the team site\'s three default groups as SP.Group', async () => {
    const standIn = setUp();
    const { status, body } = await get(standIn, 'web/sitegroups');
    expect(status).toBe(200);
    expect(titles(body)).toEqual(['Salkku Owners', 'Salkku Members', 'Salkku Visitors']);
    const owners = (body.value as Record<string, unknown>[])[0];
    expect(owners).toEqual({
      'odata.type': 'SP.Group',
      'odata.id': `${ORIGIN}${SITE}/_api/Web/SiteGroups/GetById(${String(owners?.Id)})`,
      'odata.editLink': `Web/SiteGroups/GetById(${String(owners?.Id)})`,
      Id: expect.any(Number) as number,
      IsHiddenInUI: false,
      LoginName: 'Salkku Owners',
      Title: 'Salkku Owners',
      PrincipalType: 8,
      AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: null,
      OnlyAllowMembersViewMembership: false,
      OwnerTitle: 'Salkku Owners',
      RequestToJoinLeaveEmailSetting: null
    });
    // users and groups share the site collection's principal ids
    const userIds = standIn.store.data.users.map((u) => u.Id);
    expect(userIds).not.toContain(owners?.Id);
  });

  it('answers web/currentuser/groups with the signed-in user\'s groups, $select and nometadata applied', async () => {
    const standIn = setUp();
    standIn.addGroup(SITE, 'Salkun ohjausryhmä', ['steering']);
    const groupsOf = async (role: Role): Promise<string[]> => titles((await get(standIn, 'web/currentuser/groups', role)).body);
    expect(await groupsOf('owner')).toEqual(['Salkku Owners']);
    expect(await groupsOf('member')).toEqual(['Salkku Members']);
    expect(await groupsOf('steering')).toEqual(['Salkku Members', 'Salkun ohjausryhmä']);
    expect(await groupsOf('contributor')).toEqual([]);
    expect(await groupsOf('visitor')).toEqual(['Salkku Visitors']);
    expect((await get(standIn, 'web/currentuser/groups', 'none')).status).toBe(403);
    const lean = await get(standIn, 'web/currentuser/groups?$select=Id,Title', 'steering', 'application/json;odata=nometadata');
    expect(lean.body.value).toEqual([
      { Id: expect.any(Number) as number, Title: 'Salkku Members' },
      { Id: expect.any(Number) as number, Title: 'Salkun ohjausryhmä' }
    ]);
  });

  it('finds a group by name without case, answers 404 for a name the site has no group of, and lists a group\'s users', async () => {
    const standIn = setUp();
    const added = standIn.addGroup(SITE, 'Salkun ohjausryhmä', ['steering']);
    const found = await get(standIn, "web/sitegroups/getbyname('salkun ohjausryhmä')?$select=Id,Title", 'visitor', 'application/json;odata=nometadata');
    expect(found).toEqual({ status: 200, body: { Id: added.Id, Title: 'Salkun ohjausryhmä' } });
    const missing = await get(standIn, "web/sitegroups/getbyname('Hallitus')");
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ 'odata.error': { code: '-2146232832, Microsoft.SharePoint.SPException', message: { value: 'Group cannot be found.' } } });
    const users = await get(standIn, `web/sitegroups(${added.Id})/users`);
    expect((users.body.value as { Title: string }[]).map((u) => u.Title)).toEqual([ROLE_USERS.steering.title]);
  });

  it('lets an owner add a group over REST; a member is refused', async () => {
    const standIn = setUp();
    const digest = async (role: Role): Promise<string> => {
      const response = await standIn.handle({ method: 'POST', url: new URL(`${SITE}/_api/contextinfo`, ORIGIN), headers: { accept: 'application/json', 'x-standin-role': role }, body: '' });
      return (JSON.parse(response.body) as { FormDigestValue: string }).FormDigestValue;
    };
    const add = async (role: Role): Promise<number> =>
      (
        await standIn.handle({
          method: 'POST',
          url: new URL(`${SITE}/_api/web/sitegroups`, ORIGIN),
          headers: { accept: 'application/json', 'content-type': 'application/json', 'x-standin-role': role, 'x-requestdigest': await digest(role) },
          body: JSON.stringify({ Title: 'Salkun ohjausryhmä', Description: 'Pisteyttää ja päättää' })
        })
      ).status;
    expect(await add('member')).toBe(403);
    expect(await add('owner')).toBe(201);
    expect(await add('owner')).toBe(500);
    expect(titles((await get(standIn, 'web/sitegroups')).body)).toContain('Salkun ohjausryhmä');
  });
});
