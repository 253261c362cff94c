import { describe, expect, it } from "vitest";
import {
  isStaffRole,
  ROLE_LABELS,
  ROLE_LABELS_EN,
  ROLE_LABELS_ES,
  ROLES,
  STAFF_ROLES,
  ZRole,
} from "./role";

describe("role", () => {
  it("accepts every role and rejects unknown ones with a Spanish message", () => {
    for (const role of ROLES) expect(ZRole.parse(role)).toBe(role);
    const result = ZRole.safeParse("SUPERUSER");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Elija un rol válido.");
    // Prisma enum values are case-sensitive; a lowercase role is not the same role.
    expect(ZRole.safeParse("admin").success).toBe(false);
  });

  it("labels each role in Spanish", () => {
    expect(ROLE_LABELS_ES.EDITOR).toBe("Editor (funcionario)");
    expect(ROLE_LABELS_ES.PUBLISHER).toBe("Publicador (Oficina TIC)");
    expect(Object.keys(ROLE_LABELS_ES).sort()).toEqual([...ROLES].sort());
  });

  it("labels each role in English", () => {
    expect(ROLES.map((r) => ROLE_LABELS_EN[r])).toEqual([
      "Administrator",
      "Editor (city official)",
      "Publisher (ICT Office)",
      "Participant",
    ]);
    expect(ROLE_LABELS).toEqual({ es: ROLE_LABELS_ES, en: ROLE_LABELS_EN });
  });

  it("treats every role but PARTICIPANT as staff", () => {
    expect(STAFF_ROLES).toEqual(["ADMIN", "EDITOR", "PUBLISHER"]);
    expect(ROLES.filter(isStaffRole)).toEqual(["ADMIN", "EDITOR", "PUBLISHER"]);
    expect(isStaffRole("PARTICIPANT")).toBe(false);
  });
});
