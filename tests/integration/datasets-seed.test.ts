import { getPublishedDataset, listPublishedDatasets } from "@lab/api/services/dataset-read";
import { getDatasetForPublisher } from "@lab/api/services/datasets";
import { seed } from "@lab/db/seed";
import { SEED_DATASETS } from "@lab/db/seed/datasets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";

// The seed's datasets: published with a first version loaded through the datastore loader
// (rows typed as the loader infers them from an es-CO spreadsheet), the demo one marked demo,
// the workshop's attendance aggregated with no names, and a second run adding nothing.

const ACTIVITIES = "actividades-laboratorio-innovacion-publica";
const WORKSHOP = "asistencia-taller-innovacion-2024-por-tipo-de-institucion";

let db: TTestDatabase;

const rowsOf = async (slug: string) => {
  const view = await getPublishedDataset(db.prisma, slug);
  const version = await db.prisma.datasetVersion.findUniqueOrThrow({
    where: { id: view.version.id },
  });
  return db.driver.query<Record<string, unknown>>(
    `SELECT * FROM datastore."${version.tableName}" ORDER BY "_row"`,
  );
};

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false, database: db.config });
});

afterAll(async () => {
  await db?.drop();
});

describe("the seed's datasets", () => {
  it("publishes both, each with a loaded first version, the demo one marked demo", async () => {
    const published = await listPublishedDatasets(db.prisma);
    expect(published.map((d) => d.slug).sort()).toEqual([ACTIVITIES, WORKSHOP].sort());
    const activities = await getPublishedDataset(db.prisma, ACTIVITIES);
    expect(activities).toMatchObject({
      isDemo: true,
      license: "CC-BY-4.0",
      updateFrequency: "MONTHLY",
      temporalStart: "2024-01-01",
      temporalEnd: "2025-12-31",
      office: { slug: "oficina-tic", name: "Oficina TIC" },
      version: { number: 1, status: "PUBLISHED", current: true },
    });
    expect(activities.title).toContain("demostración");
    expect((await getPublishedDataset(db.prisma, WORKSHOP)).isDemo).toBe(false);
  });

  it("loads the es-CO spreadsheet with typed columns and a described dictionary", async () => {
    const view = await getPublishedDataset(db.prisma, ACTIVITIES);
    expect(view.columns.map((c) => [c.name, c.type])).toEqual([
      ["Mes", "date"],
      ["Tipo de actividad", "text"],
      ["Comuna", "text"],
      ["Actividades", "integer"],
      ["Participantes", "integer"],
      ["Horas de trabajo", "decimal"],
      ["Aliado", "text"],
    ]);
    expect(view.columns.every((c) => c.description.length > 10)).toBe(true);
    const rows = await rowsOf(ACTIVITIES);
    expect(rows.length).toBe(view.version.rowCount);
    expect(rows.length).toBeGreaterThan(150);
    // Every month of 2024 and 2025 has activities.
    const months = new Set(
      rows.map((r) => String(r.mes instanceof Date ? r.mes.toISOString() : r.mes).slice(0, 7)),
    );
    expect(months.size).toBe(24);
    const quality = (await getDatasetForPublisher(db.prisma, ACTIVITIES)).quality;
    expect(quality.checks.find((c) => c.id === "columnDescriptions")?.passed).toBe(true);
    expect(quality.checks.find((c) => c.id === "description")?.passed).toBe(true);
  });

  it("counts the workshop's team by institution type, with no names", async () => {
    const rows = await rowsOf(WORKSHOP);
    const byType = Object.fromEntries(
      rows.map((r) => [
        `${r.tipo_de_institucion}|${r.rol_en_el_taller}`,
        [Number(r.instituciones), Number(r.personas)],
      ]),
    );
    expect(byType).toEqual({
      "Sociedad civil|Facilitación": [1, 1],
      "Entidad pública|Facilitación": [2, 2],
      "Universidad|Práctica universitaria (apoyo)": [1, 2],
    });
    const text = JSON.stringify(rows);
    for (const person of ["Guzmán", "Ruiz", "Castillo", "Cortés", "Grimaldos"]) {
      expect(text).not.toContain(person);
    }
  });

  it("adds nothing when it runs again", async () => {
    const before = await db.prisma.datasetVersion.count();
    await seed(db.prisma, { demoAccounts: false, database: db.config });
    expect(await db.prisma.datasetVersion.count()).toBe(before);
    expect(await db.prisma.dataset.count()).toBe(SEED_DATASETS.length);
  });

  it("seeds no datasets for a caller that gives no database", async () => {
    const other = await createTestDatabase();
    try {
      await seed(other.prisma, { demoAccounts: false });
      expect(await other.prisma.dataset.count()).toBe(0);
    } finally {
      await other.drop();
    }
  });
});
