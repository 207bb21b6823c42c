/**
 * SharePoint-level protection of the scores (issue 20): while a steering group is named, the
 * scores list has its own permissions, copied from the site and then narrowed: the site's members
 * group reads (Read instead of Edit) and the steering group writes (Contribute); owners keep Full
 * Control. A member can then no longer write scores through SharePoint's own forms or REST, not
 * only not through the view. With no group named the list inherits the site's permissions again.
 *
 * Each change starts from the site's permissions (reset, then break with a copy), so renaming the
 * group leaves nothing of the previous one and running it twice gives the same result. Other
 * unique permissions an administrator gave the scores list by hand are replaced by that.
 * Sources: docs/sharepoint-behaviour.md ("Unique permissions on a list").
 */
import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/security/list';
import '@pnp/sp/security/web';
import '@pnp/sp/site-groups/web';

/** SP.RoleType of the default permission levels used here. */
export const ROLE_TYPE = { reader: 2, contributor: 3, editor: 6 } as const;

export async function protectScores(sp: SPFI, scores: IList, steeringGroupId: number | null): Promise<void> {
  await scores.resetRoleInheritance();
  if (steeringGroupId === null) {
    return;
  }
  const [members, read, contribute, edit] = await Promise.all([
    sp.web.associatedMemberGroup.select('Id')<{ Id: number }>(),
    sp.web.roleDefinitions.getByType(ROLE_TYPE.reader).select('Id')<{ Id: number }>(),
    sp.web.roleDefinitions.getByType(ROLE_TYPE.contributor).select('Id')<{ Id: number }>(),
    sp.web.roleDefinitions.getByType(ROLE_TYPE.editor).select('Id')<{ Id: number }>()
  ]);
  await scores.breakRoleInheritance(true, false);
  await scores.roleAssignments.remove(members.Id, edit.Id);
  await scores.roleAssignments.add(members.Id, read.Id);
  await scores.roleAssignments.add(steeringGroupId, contribute.Id);
}
