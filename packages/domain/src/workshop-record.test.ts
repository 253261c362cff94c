import { describe, expect, it } from "vitest";
import type { TCapacityType } from "./indicator";
import type { TContributionStatus } from "./workshop";
import {
  allianceProgress,
  buildCapacityMap,
  countByInstitutionType,
  deriveCapacityMap,
  groupByCapacityType,
  parseContributionSort,
  participatingInstitutionIds,
  sortContributions,
  suggestCapacityLevel,
  type TCapacityEvidence,
  type TPublicInstitution,
  ZWorkshopRecord,
} from "./workshop-record";

function evidence(
  institutionId: string | null,
  capacityTypes: TCapacityType[],
  status: TContributionStatus = "IDEA",
  text = "Una idea",
  votes = 0,
): TCapacityEvidence {
  return { institutionId, capacityTypes, status, text, votes };
}

const levelsOf = (cells: { capacityType: string; level: string }[]) =>
  Object.fromEntries(cells.map((c) => [c.capacityType, c.level]));

describe("the capacity level a contribution count suggests", () => {
  it("is none without contributions, some for one or two, strong from three", () => {
    expect(suggestCapacityLevel(0, false)).toBe("NONE");
    expect(suggestCapacityLevel(1, false)).toBe("SOME");
    expect(suggestCapacityLevel(2, false)).toBe("SOME");
    expect(suggestCapacityLevel(3, false)).toBe("STRONG");
  });

  it("is strong as soon as one contribution became a commitment", () => {
    expect(suggestCapacityLevel(1, true)).toBe("STRONG");
  });
});

describe("deriveCapacityMap", () => {
  it("gives every contributing institution all five types, with levels from its contributions", () => {
    const map = deriveCapacityMap([
      evidence("uni", ["HUMANA", "TECNOLOGICA"]),
      evidence("uni", ["HUMANA"]),
      evidence("uni", ["HUMANA"]),
      evidence("cpi", ["ECONOMICA"], "COMMITMENT"),
      evidence("cpi", ["SOCIAL"]),
      // Without an institution it says nothing about one.
      evidence(null, ["FISICA"]),
    ]);
    expect([...map.keys()].sort()).toEqual(["cpi", "uni"]);
    expect(levelsOf(map.get("uni") ?? [])).toEqual({
      FISICA: "NONE",
      HUMANA: "STRONG",
      TECNOLOGICA: "SOME",
      ECONOMICA: "NONE",
      SOCIAL: "NONE",
    });
    expect(levelsOf(map.get("cpi") ?? [])).toEqual({
      FISICA: "NONE",
      HUMANA: "NONE",
      TECNOLOGICA: "NONE",
      ECONOMICA: "STRONG",
      SOCIAL: "SOME",
    });
  });

  it("describes a cell by quoting its most voted contributions", () => {
    const map = deriveCapacityMap([
      evidence("uni", ["HUMANA"], "IDEA", "Semilleros de investigación", 2),
      evidence("uni", ["HUMANA"], "IDEA", "Docentes   para   mentorías", 9),
      evidence("uni", ["HUMANA"], "IDEA", "Prácticas de estudiantes", 5),
      evidence("uni", ["HUMANA"], "IDEA", "Cursos abiertos", 1),
    ]);
    const humana = map.get("uni")?.find((c) => c.capacityType === "HUMANA");
    expect(humana?.description).toBe(
      "4 aportes: «Docentes para mentorías»; «Prácticas de estudiantes»; «Semilleros de investigación» (y 1 más)",
    );
    expect(humana?.contributions).toBe(4);
    expect(map.get("uni")?.find((c) => c.capacityType === "FISICA")?.description).toBe("");
  });
});

describe("buildCapacityMap", () => {
  const institutions = new Map<string, TPublicInstitution>([
    ["uni", { name: "Universidad B", type: "UNIVERSIDAD", isDemo: false }],
    ["uni2", { name: "Universidad A", type: "UNIVERSIDAD", isDemo: false }],
    ["ong", { name: "Corporación", type: "SOCIEDAD_CIVIL", isDemo: true }],
  ]);

  it("keeps what staff wrote, fills the rest from contributions, and sorts by type then name", () => {
    const rows = buildCapacityMap(
      institutions,
      [
        {
          institutionId: "uni",
          potentialRole: "Aliado académico",
          offers: [
            { capacityType: "HUMANA", level: "SOME", description: "Dos docentes", derived: false },
          ],
        },
        { institutionId: "ong", potentialRole: null, offers: [] },
      ],
      [
        evidence("uni", ["HUMANA"], "COMMITMENT"),
        evidence("uni", ["FISICA"]),
        evidence("uni2", ["SOCIAL"]),
      ],
    );
    expect(rows.map((r) => r.institution.name)).toEqual([
      "Universidad A",
      "Universidad B",
      "Corporación",
    ]);
    const uni = rows[1];
    expect(uni?.potentialRole).toBe("Aliado académico");
    // Staff said SOME for human capacity: that wins over the commitment's STRONG.
    expect(uni?.cells.find((c) => c.capacityType === "HUMANA")).toEqual({
      capacityType: "HUMANA",
      level: "SOME",
      description: "Dos docentes",
      derived: false,
    });
    expect(uni?.cells.find((c) => c.capacityType === "FISICA")).toMatchObject({
      level: "SOME",
      derived: true,
    });
    // A profile with nothing filled and no contributions: every type none, nothing derived.
    expect(rows[2]?.cells.every((c) => c.level === "NONE" && !c.derived)).toBe(true);
    expect(rows[2]?.cells.map((c) => c.capacityType)).toEqual([
      "FISICA",
      "HUMANA",
      "TECNOLOGICA",
      "ECONOMICA",
      "SOCIAL",
    ]);
  });
});

describe("who took part", () => {
  it("counts attendees who attended and contributing institutions, each once", () => {
    const ids = participatingInstitutionIds({
      attendees: [
        { attended: true, institutionId: "a" },
        { attended: false, institutionId: "b" },
        { attended: true, institutionId: null },
      ],
      contributions: [{ institutionId: "a" }, { institutionId: "c" }, { institutionId: null }],
    });
    expect([...ids].sort()).toEqual(["a", "c"]);
  });

  it("lists every institution type, zero included", () => {
    const counts = countByInstitutionType([{ type: "UNIVERSIDAD" }, { type: "UNIVERSIDAD" }]);
    expect(counts).toHaveLength(7);
    expect(counts[0]).toEqual({ type: "UNIVERSIDAD", count: 2 });
    expect(counts.find((c) => c.type === "EMPRESA")).toEqual({ type: "EMPRESA", count: 0 });
  });
});

describe("alliance progress", () => {
  it("is the latest milestone's percent, whatever order they come in", () => {
    expect(allianceProgress([])).toBe(0);
    expect(
      allianceProgress([
        { date: new Date("2025-03-01"), percent: 60 },
        { date: new Date("2025-01-10"), percent: 20 },
      ]),
    ).toBe(60);
    expect(allianceProgress([{ date: new Date("2025-03-01"), percent: 140 }])).toBe(100);
  });
});

describe("contributions as the page lists them", () => {
  const list = [
    { id: "1", votes: 2, capacityTypes: ["HUMANA"] as TCapacityType[] },
    { id: "2", votes: 7, capacityTypes: ["HUMANA", "SOCIAL"] as TCapacityType[] },
    { id: "3", votes: 2, capacityTypes: [] as TCapacityType[] },
  ];

  it("sort by votes (ties in order of record) only when asked", () => {
    expect(sortContributions(list, "votos").map((c) => c.id)).toEqual(["2", "1", "3"]);
    expect(sortContributions(list, "registro").map((c) => c.id)).toEqual(["1", "2", "3"]);
    expect(parseContributionSort("votos")).toBe("votos");
    expect(parseContributionSort(["votos", "x"])).toBe("votos");
    expect(parseContributionSort("<script>")).toBe("registro");
    expect(parseContributionSort(undefined)).toBe("registro");
  });

  it("group by capacity type, one contribution in each type it names, untyped last", () => {
    const groups = groupByCapacityType(list);
    expect(groups.map((g) => [g.capacityType, g.contributions.map((c) => c.id)])).toEqual([
      ["HUMANA", ["1", "2"]],
      ["SOCIAL", ["2"]],
      [null, ["3"]],
    ]);
  });
});

describe("the public record", () => {
  it("has no place for a person's data: attendees' names and emails are dropped", () => {
    const record = ZWorkshopRecord.parse({
      slug: "t",
      title: "Taller",
      startsAt: new Date("2024-12-16T14:00:00Z"),
      endsAt: null,
      place: null,
      onlineUrl: null,
      status: "RESULTS_PUBLISHED",
      isDemo: false,
      objective: "o",
      purpose: "p",
      projectObjective: "g",
      diagnosticObjective: null,
      background: null,
      agenda: [],
      rules: [],
      specificObjectives: [],
      facilitators: [],
      questions: [],
      results: {
        publishedAt: null,
        attendance: { registered: 1, attended: 1, institutions: 0, byType: [] },
        institutions: [],
        contributions: [
          {
            id: "c1",
            questionOrder: 1,
            text: "Idea",
            institution: null,
            capacityTypes: [],
            tags: [],
            votes: 0,
            status: "IDEA",
            isDemo: false,
            attendee: { personName: "Persona Secreta", email: "secreta@example.org" },
          },
        ],
        capacityMap: [],
        alliances: [],
        hasDemo: false,
        attendees: [{ personName: "Persona Secreta", email: "secreta@example.org" }],
      },
    });
    const text = JSON.stringify(record);
    expect(text).not.toContain("secreta@example.org");
    expect(text).not.toContain("Persona Secreta");
  });
});
