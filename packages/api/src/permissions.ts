import type { TRole } from "@lab/domain/role";

/** Who may do what: the one table every procedure's authorization comes from. */
export const PERMISSIONS = {
  "indicator.recordObservation": ["ADMIN", "EDITOR"],
  "admin.access": ["ADMIN", "EDITOR", "PUBLISHER"],
} as const satisfies Record<string, readonly TRole[]>;

export type TPermission = keyof typeof PERMISSIONS;

export function roleAllows(role: TRole, permission: TPermission): boolean {
  return (PERMISSIONS[permission] as readonly TRole[]).includes(role);
}
