import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ALLIANCE_STATUS_LABELS,
  ALLIANCE_STATUSES,
  CAPACITY_LEVEL_LABELS,
  CAPACITY_LEVELS,
  CONTRIBUTION_STATUS_LABELS,
  CONTRIBUTION_STATUSES,
  INSTITUTION_TYPE_LABELS,
  INSTITUTION_TYPE_LABELS_EN,
  INSTITUTION_TYPE_LABELS_ES,
  INSTITUTION_TYPES,
  LAB_FUNCTION_LABELS,
  LAB_FUNCTIONS,
  WORKSHOP_STATUS_LABELS,
  WORKSHOP_STATUS_LABELS_EN,
  WORKSHOP_STATUS_LABELS_ES,
  WORKSHOP_STATUSES,
} from "./workshop";

describe("workshop labels", () => {
  it("name every institution type in Spanish and English", () => {
    expect(INSTITUTION_TYPES.map((t) => INSTITUTION_TYPE_LABELS_EN[t])).toEqual([
      "University",
      "Productivity center",
      "Public entity",
      "Company",
      "Civil society",
      "International organization",
      "Other",
    ]);
    expect(INSTITUTION_TYPE_LABELS).toEqual({
      es: INSTITUTION_TYPE_LABELS_ES,
      en: INSTITUTION_TYPE_LABELS_EN,
    });
    expect(INSTITUTION_TYPE_LABELS.es.UNIVERSIDAD).toBe("Universidad");
  });

  it("name every workshop status in Spanish and English", () => {
    expect(WORKSHOP_STATUSES.map((s) => WORKSHOP_STATUS_LABELS_EN[s])).toEqual([
      "Scheduled",
      "In progress",
      "Held",
      "Results published",
    ]);
    expect(WORKSHOP_STATUS_LABELS).toEqual({
      es: WORKSHOP_STATUS_LABELS_ES,
      en: WORKSHOP_STATUS_LABELS_EN,
    });
    expect(WORKSHOP_STATUS_LABELS.es.CLOSED).toBe("Realizado");
  });
});

// Reads the Prisma schema so a renamed or reordered enum value fails here, not in production.
function prismaEnum(name: string): string[] {
  const schema = readFileSync(new URL("../../../prisma/schema.prisma", import.meta.url), "utf8");
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1];
  if (body === undefined) throw new Error(`enum ${name} not found in schema.prisma`);
  return body
    .split("\n")
    .map((line) => line.replace(/\/\/.*$/, "").trim())
    .filter(Boolean);
}

describe("workshop outcome enums", () => {
  it("match the Prisma schema exactly", () => {
    expect([...INSTITUTION_TYPES]).toEqual(prismaEnum("InstitutionType"));
    expect([...WORKSHOP_STATUSES]).toEqual(prismaEnum("WorkshopStatus"));
    expect([...CONTRIBUTION_STATUSES]).toEqual(prismaEnum("ContributionStatus"));
    expect([...CAPACITY_LEVELS]).toEqual(prismaEnum("CapacityLevel"));
    expect([...ALLIANCE_STATUSES]).toEqual(prismaEnum("AllianceStatus"));
  });

  it("label every value in Spanish and English, lab functions included", () => {
    for (const locale of ["es", "en"] as const) {
      for (const s of CONTRIBUTION_STATUSES)
        expect(CONTRIBUTION_STATUS_LABELS[locale][s]).toBeTruthy();
      for (const l of CAPACITY_LEVELS) expect(CAPACITY_LEVEL_LABELS[locale][l]).toBeTruthy();
      for (const s of ALLIANCE_STATUSES) expect(ALLIANCE_STATUS_LABELS[locale][s]).toBeTruthy();
      expect(Object.keys(LAB_FUNCTION_LABELS[locale])).toEqual([...LAB_FUNCTIONS]);
    }
    expect(CAPACITY_LEVEL_LABELS.es.STRONG).toBe("Fuerte");
    expect(ALLIANCE_STATUS_LABELS.es.IN_CONVERSATION).toBe("En conversación");
  });
});
