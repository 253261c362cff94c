import { z } from "zod";
import type { TLocale } from "./locale";

// Same values and order as the Prisma enum `Role`, so database rows parse without mapping.
export const ROLES = ["ADMIN", "EDITOR", "PUBLISHER", "PARTICIPANT"] as const;
export type TRole = (typeof ROLES)[number];
export const ZRole = z.enum(ROLES, { error: "Elija un rol válido." });

export const ROLE_LABELS_ES: Record<TRole, string> = {
  ADMIN: "Administrador",
  EDITOR: "Editor (funcionario)",
  PUBLISHER: "Publicador (Oficina TIC)",
  PARTICIPANT: "Participante",
};
export const ROLE_LABELS_EN: Record<TRole, string> = {
  ADMIN: "Administrator",
  EDITOR: "Editor (city official)",
  PUBLISHER: "Publisher (ICT Office)",
  PARTICIPANT: "Participant",
};
export const ROLE_LABELS: Record<TLocale, Record<TRole, string>> = {
  es: ROLE_LABELS_ES,
  en: ROLE_LABELS_EN,
};

// Staff can enter the workspace and moderate workshops; participants cannot.
export const STAFF_ROLES = ["ADMIN", "EDITOR", "PUBLISHER"] as const satisfies readonly TRole[];
export type TStaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(role: TRole): role is TStaffRole {
  return (STAFF_ROLES as readonly TRole[]).includes(role);
}
