import { describe, expect, it } from "vitest";
import {
  datasetQuality,
  QUALITY_CHECK_IDS,
  QUALITY_WEIGHTS,
  qualityLevel,
  type TQualityInput,
} from "./dataset-quality";

const NOW = new Date("2026-03-15T15:00:00Z");

const complete: TQualityInput = {
  description:
    "Registro mensual de las actividades del Laboratorio de Innovación Pública: talleres, mesas de co-creación y jornadas de cultura del dato, por comuna, con el número de asistentes y la dependencia que las organizó.",
  license: "CC-BY-4.0",
  updateFrequency: "MONTHLY",
  temporalStart: "2024-01-01",
  temporalEnd: "2026-02-28",
  spatialCoverage: "Bucaramanga, Santander",
  columns: [
    { name: "mes", description: "Mes de la actividad." },
    { name: "comuna", description: "Comuna donde se hizo." },
  ],
  formats: ["csv"],
  lastPublishedAt: new Date("2026-03-02T12:00:00Z"),
  now: NOW,
};

const check = (input: TQualityInput, id: (typeof QUALITY_CHECK_IDS)[number]) => {
  const found = datasetQuality(input).checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
};

describe("the dataset quality score", () => {
  it("weighs its checks to 100 and gives a complete, fresh dataset every point", () => {
    expect(Object.values(QUALITY_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    const quality = datasetQuality(complete);
    expect(quality.score).toBe(100);
    expect(quality.checks.map((c) => c.id)).toEqual([...QUALITY_CHECK_IDS]);
    for (const c of quality.checks) {
      expect(c.passed, c.id).toBe(true);
      expect(c.fix, c.id).toBe("");
      expect(c.label.length, c.id).toBeGreaterThan(10);
    }
    expect(qualityLevel(quality.score).es).toBe("Buena");
  });

  it("tells a new dataset without versions what to do, in Spanish", () => {
    const quality = datasetQuality({
      ...complete,
      description: "Actividades del laboratorio.",
      temporalStart: null,
      temporalEnd: null,
      columns: null,
      formats: [],
      lastPublishedAt: null,
    });
    const failing = quality.checks.filter((c) => !c.passed).map((c) => c.id);
    expect(failing).toEqual([
      "description",
      "frequencyRespected",
      "temporalCoverage",
      "columnDescriptions",
      "openFormat",
      "upToDate",
    ]);
    expect(quality.score).toBe(100 - 15 - 15 - 10 - 15 - 5 - 10);
    expect(qualityLevel(quality.score).es).toBe("Baja");
    expect(
      check({ ...complete, description: "Actividades del laboratorio." }, "description").fix,
    ).toContain("tiene 28 caracteres");
    expect(check({ ...complete, lastPublishedAt: null }, "frequencyRespected").fix).toBe(
      "Publique una primera versión de los datos.",
    );
  });

  it("names the columns whose description is missing", () => {
    const one = check(
      {
        ...complete,
        columns: [
          { name: "mes", description: " " },
          { name: "comuna", description: "Comuna donde se hizo." },
        ],
      },
      "columnDescriptions",
    );
    expect(one.passed).toBe(false);
    expect(one.fix).toBe("Falta la descripción de la columna «mes» en el diccionario de datos.");
    const many = check(
      {
        ...complete,
        columns: ["a", "b", "c", "d", "e", "f", "g"].map((name) => ({ name, description: "" })),
      },
      "columnDescriptions",
    );
    expect(many.fix).toBe(
      "Faltan las descripciones de 7 columnas en el diccionario de datos: «a», «b», «c», «d», «e» y 2 más.",
    );
  });

  it("does not take the loader's note on a column's type for its description", () => {
    const noted = check(
      {
        ...complete,
        columns: [
          { name: "mes", description: "Mes de la actividad.", typeNote: null },
          {
            name: "asistentes",
            description: "",
            typeNote:
              "Se cargó como texto: 40 de 42 valores son números enteros, pero otros no, como «N/A» (fila 7).",
          },
        ],
      },
      "columnDescriptions",
    );
    expect(noted.passed).toBe(false);
    expect(noted.fix).toBe(
      "Falta la descripción de la columna «asistentes» en el diccionario de datos.",
    );
  });

  it("holds the publisher to the declared frequency", () => {
    // Monthly allows 31 days between publications.
    const onTime = { ...complete, lastPublishedAt: new Date("2026-02-12T15:00:00Z") };
    expect(check(onTime, "frequencyRespected").passed).toBe(true);
    const late = { ...complete, lastPublishedAt: new Date("2026-02-01T15:00:00Z") };
    const missed = check(late, "frequencyRespected");
    expect(missed.passed).toBe(false);
    expect(missed.fix).toContain("hace 42 días");
    expect(missed.fix).toContain("mensual");
    expect(missed.fix).toContain("cada 31 días");
    // Annual data published ten months ago is on time.
    expect(
      check(
        {
          ...complete,
          updateFrequency: "ANNUAL",
          lastPublishedAt: new Date("2025-05-15T00:00:00Z"),
        },
        "frequencyRespected",
      ).passed,
    ).toBe(true);
    // No schedule to keep for irregular or frozen data, once it is published.
    for (const updateFrequency of ["IRREGULAR", "NEVER"]) {
      const frozen = { ...complete, updateFrequency, lastPublishedAt: new Date("2020-01-01") };
      expect(check(frozen, "frequencyRespected").passed).toBe(true);
      expect(check({ ...frozen, temporalEnd: "2019-12-31" }, "upToDate").passed).toBe(true);
    }
  });

  it("asks for data that reaches recent dates", () => {
    // Monthly: the data may end up to two months (62 days) before today.
    expect(check({ ...complete, temporalEnd: "2026-01-15" }, "upToDate").passed).toBe(true);
    const stale = check({ ...complete, temporalEnd: "2025-12-31" }, "upToDate");
    expect(stale.passed).toBe(false);
    expect(stale.fix).toContain("hace 74 días");
    expect(check({ ...complete, temporalEnd: null }, "upToDate").passed).toBe(false);
    expect(
      check({ ...complete, temporalEnd: new Date("2026-03-01T00:00:00Z") }, "upToDate").passed,
    ).toBe(true);
  });

  it("checks the license, the coverage, the frequency and the format", () => {
    expect(check({ ...complete, license: "propietaria" }, "license").passed).toBe(false);
    expect(check({ ...complete, license: "CC0-1.0" }, "license").passed).toBe(true);
    expect(check({ ...complete, spatialCoverage: "  " }, "spatialCoverage").passed).toBe(false);
    expect(check({ ...complete, temporalStart: null }, "temporalCoverage").passed).toBe(false);
    expect(check({ ...complete, updateFrequency: "A veces" }, "frequency").passed).toBe(false);
    expect(check({ ...complete, formats: ["xlsx"] }, "openFormat").passed).toBe(false);
  });

  it("puts the score in words", () => {
    expect(qualityLevel(80).key).toBe("high");
    expect(qualityLevel(79).es).toBe("Mejorable");
    expect(qualityLevel(50).key).toBe("medium");
    expect(qualityLevel(49).key).toBe("low");
  });
});
