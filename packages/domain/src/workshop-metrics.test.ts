import { describe, expect, it } from "vitest";
import { isAppError } from "./errors";
import {
  assertRecordedByHand,
  bogotaYear,
  computeWorkshopMetrics,
  DERIVED_INDICATOR_MESSAGE,
  type TMetricInstitution,
  type TMetricWorkshop,
  type TWorkshopMetricKey,
  WORKSHOP_METRICS,
} from "./workshop-metrics";

const institutions = new Map<string, TMetricInstitution>([
  ["uis", { type: "UNIVERSIDAD", isDemo: false }],
  ["unab", { type: "UNIVERSIDAD", isDemo: false }],
  ["cpi", { type: "CENTRO_PRODUCTIVIDAD", isDemo: true }],
  ["tic", { type: "ENTIDAD_PUBLICA", isDemo: false }],
]);

function workshop(overrides: Partial<TMetricWorkshop>): TMetricWorkshop {
  return {
    status: "RESULTS_PUBLISHED",
    startsAt: new Date("2024-12-16T14:00:00Z"),
    isDemo: false,
    attendees: [],
    contributions: [],
    alliances: [],
    ...overrides,
  };
}

const valuesOf = (metrics: ReturnType<typeof computeWorkshopMetrics>, key: TWorkshopMetricKey) =>
  Object.fromEntries((metrics.get(key)?.observations ?? []).map((o) => [o.period, o.value]));

describe("WORKSHOP_METRICS", () => {
  it("has one indicator per metric, with unique keys, slugs and codes", () => {
    for (const field of ["key", "slug", "code"] as const) {
      const values = WORKSHOP_METRICS.map((m) => m[field]);
      expect(new Set(values).size, field).toBe(values.length);
    }
    // Workshops held, attendees, institutions (total and 7 types), contributions,
    // commitments and the 4 alliance statuses.
    expect(WORKSHOP_METRICS).toHaveLength(16);
    // The indicator typed in by hand before keeps its address and code.
    expect(WORKSHOP_METRICS.find((m) => m.key === "workshops.attendees")).toMatchObject({
      slug: "participantes-cocreacion",
      code: "PAR-01",
    });
  });
});

describe("computeWorkshopMetrics", () => {
  const records = [
    workshop({
      attendees: [
        { attended: true, institutionId: "uis", isDemo: false },
        { attended: true, institutionId: "tic", isDemo: false },
        // Registered but absent: neither a person nor an institution that took part.
        { attended: false, institutionId: "unab", isDemo: false },
      ],
      contributions: [
        { institutionId: "cpi", status: "COMMITMENT", isDemo: true },
        { institutionId: "uis", status: "IDEA", isDemo: false },
      ],
      alliances: [
        { status: "ACTIVE", isDemo: false },
        { status: "POTENTIAL", isDemo: false },
      ],
    }),
    // Same year, later: UIS counts once for the year.
    workshop({
      startsAt: new Date("2025-01-01T03:00:00Z"), // 31 December 2024, 22:00 in Bogotá
      attendees: [{ attended: true, institutionId: "uis", isDemo: false }],
    }),
    workshop({
      startsAt: new Date("2025-06-01T14:00:00Z"),
      attendees: [{ attended: true, institutionId: "unab", isDemo: false }],
      alliances: [{ status: "ACTIVE", isDemo: false }],
    }),
    // Held but results not published yet: not counted at all.
    workshop({
      status: "CLOSED",
      startsAt: new Date("2025-07-01T14:00:00Z"),
      attendees: [{ attended: true, institutionId: "tic", isDemo: false }],
      contributions: [{ institutionId: "tic", status: "IDEA", isDemo: false }],
    }),
  ];
  const metrics = computeWorkshopMetrics(records, institutions);

  it("counts workshops with published results per year, in Colombia's time", () => {
    expect(valuesOf(metrics, "workshops.held")).toEqual({ "2024": 2, "2025": 1 });
    expect(valuesOf(metrics, "workshops.attendees")).toEqual({ "2024": 3, "2025": 1 });
    expect(metrics.get("workshops.held")?.observations.map((o) => o.period)).toEqual([
      "2024",
      "2025",
    ]);
  });

  it("counts participating institutions once per year, in total and by type", () => {
    expect(valuesOf(metrics, "workshops.institutions")).toEqual({ "2024": 3, "2025": 1 });
    expect(valuesOf(metrics, "workshops.institutions.UNIVERSIDAD")).toEqual({
      "2024": 1,
      "2025": 1,
    });
    expect(valuesOf(metrics, "workshops.institutions.CENTRO_PRODUCTIVIDAD")).toEqual({
      "2024": 1,
      "2025": 0,
    });
    expect(valuesOf(metrics, "workshops.institutions.EMPRESA")).toEqual({ "2024": 0, "2025": 0 });
  });

  it("counts contributions, commitments and alliances by status", () => {
    expect(valuesOf(metrics, "workshops.contributions")).toEqual({ "2024": 2, "2025": 0 });
    expect(valuesOf(metrics, "workshops.commitments")).toEqual({ "2024": 1, "2025": 0 });
    expect(valuesOf(metrics, "workshops.alliances.ACTIVE")).toEqual({ "2024": 1, "2025": 1 });
    expect(valuesOf(metrics, "workshops.alliances.POTENTIAL")).toEqual({ "2024": 1, "2025": 0 });
  });

  it("flags a metric as demo when a record it counts is demo data", () => {
    expect(metrics.get("workshops.contributions")?.isDemo).toBe(true);
    expect(metrics.get("workshops.institutions.CENTRO_PRODUCTIVIDAD")?.isDemo).toBe(true);
    expect(metrics.get("workshops.attendees")?.isDemo).toBe(false);
    expect(metrics.get("workshops.held")?.isDemo).toBe(false);
  });

  it("has no values at all while no workshop has published results", () => {
    const none = computeWorkshopMetrics([workshop({ status: "CLOSED" })], institutions);
    expect(WORKSHOP_METRICS.every((m) => none.get(m.key)?.observations.length === 0)).toBe(true);
  });
});

describe("derived indicators and officials' edits", () => {
  it("refuses a value for a derived indicator with a Spanish explanation", () => {
    let error: unknown;
    try {
      assertRecordedByHand({ derivedMetric: "workshops.attendees" });
    } catch (e) {
      error = e;
    }
    expect(isAppError(error) && error.code).toBe("BAD_REQUEST");
    expect((error as Error).message).toBe(DERIVED_INDICATOR_MESSAGE);
    expect(DERIVED_INDICATOR_MESSAGE).toMatch(
      /^Este indicador se calcula a partir de los registros de los talleres; /,
    );
    expect(() => assertRecordedByHand({ derivedMetric: null })).not.toThrow();
  });

  it("reads years in Bogotá", () => {
    expect(bogotaYear(new Date("2025-01-01T04:59:00Z"))).toBe("2024");
    expect(bogotaYear(new Date("2025-01-01T05:00:00Z"))).toBe("2025");
  });
});
