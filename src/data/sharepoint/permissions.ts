/** SharePoint base permissions (SP.PermissionKind) read from EffectiveBasePermissions. */

export interface BasePermissions {
  High: string | number;
  Low: string | number;
}

export const PermissionKind = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ManageLists: 12,
  ManageWeb: 31
} as const;

/** True when the permission kind's bit is set (kinds 1–32 in Low, 33–64 in High). */
export function hasPermission(permissions: BasePermissions | null | undefined, kind: number): boolean {
  if (!permissions) {
    return false;
  }
  const word = kind <= 32 ? Number(permissions.Low) : Number(permissions.High);
  const bit = kind <= 32 ? kind - 1 : kind - 33;
  if (!Number.isFinite(word)) {
    return false;
  }
  return Math.floor(word / 2 ** bit) % 2 === 1;
}
