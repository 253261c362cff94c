import { uploadVersion } from "@lab/api/services/dataset-upload";
import { publishVersion } from "@lab/api/services/dataset-versions";
import type { TSessionUser } from "@lab/api/trpc";
import { repairSecondaryIndexes } from "@lab/db/datastore/load-index-repair";
import { INDEXED_MIN_ROWS, waitForIndexBuilds } from "@lab/db/datastore/load-indexes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chunked, createDataset, utf8 } from "./support/dataset-upload";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createSessionUser } from "./support/users";

// The row API's secondary indexes are built in the background after a load; a restart in the
// middle leaves a version without some of them, or with one INVALID (an interrupted CREATE
// INDEX CONCURRENTLY). The start-up repair finds those and rebuilds them. The version is
// loaded through the real upload service; the crash is played by dropping an index and
// marking another invalid, as a superuser can.

const ROWS = INDEXED_MIN_ROWS + 1000;

let db: TTestDatabase;
let publisher: TSessionUser;
let tableName: string;

function csv(): Uint8Array {
  const lines = ["Código;Fecha;Comuna;Valor;Observación"];
  for (let i = 1; i <= ROWS; i += 1) {
    const day = String((i % 28) + 1).padStart(2, "0");
    const note = i % 10 === 0 ? "Visita larga con recorrido por la comuna. ".repeat(4) : "";
    lines.push(`${i};${day}/03/2024;Comuna ${(i % 17) + 1};${i % 100},5;${note}`);
  }
  return utf8(`${lines.join("\n")}\n`);
}

type TIndexState = { name: string; valid: boolean };

async function indexes(): Promise<TIndexState[]> {
  return db.driver.query<TIndexState>(
    `SELECT i.relname AS name, x.indisvalid AND x.indisready AS valid
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'datastore' AND t.relname = $1 AND NOT x.indisprimary
      ORDER BY i.relname`,
    [tableName],
  );
}

const ref = (name: string) => `datastore."${name}"`;

beforeAll(async () => {
  db = await createTestDatabase();
  publisher = await createSessionUser(db.prisma, "PUBLISHER");
  const dataset = await createDataset(db.prisma);
  const loaded = await uploadVersion(
    db.prisma,
    db.config,
    publisher,
    dataset.slug,
    chunked(csv()),
    {
      fileName: "visitas.csv",
    },
  );
  expect(loaded.ok).toBe(true);
  await publishVersion(db.prisma, publisher, { slug: dataset.slug, number: 1 });
  const version = await db.prisma.datasetVersion.findFirstOrThrow({
    where: { datasetId: dataset.id },
    select: { tableName: true },
  });
  tableName = version.tableName;
  await waitForIndexBuilds();
}, 120_000);

afterAll(async () => {
  await waitForIndexBuilds();
  await db?.drop();
});

describe("rebuilding the row API's indexes at start", () => {
  it("rebuilds a missing index and an invalid one, and leaves complete tables alone", async () => {
    const built = await indexes();
    // B-trees on the date, the number columns and the short text; the full-text index.
    expect(built.map((i) => i.name)).toEqual([
      `${tableName}_c1`,
      `${tableName}_c2`,
      `${tableName}_c3`,
      `${tableName}_c4`,
      `${tableName}_search`,
    ]);
    expect(built.every((i) => i.valid)).toBe(true);
    expect(await repairSecondaryIndexes(db.config)).toEqual([]);

    await db.driver.query(`DROP INDEX ${ref(`${tableName}_c3`)}`);
    await db.driver.query(
      "UPDATE pg_index SET indisvalid = false WHERE indexrelid = to_regclass($1)",
      [ref(`${tableName}_search`)],
    );
    expect((await indexes()).filter((i) => !i.valid).map((i) => i.name)).toEqual([
      `${tableName}_search`,
    ]);

    const repairs = await repairSecondaryIndexes(db.config);
    expect(repairs).toEqual([{ tableName, indexes: [`${tableName}_c3`, `${tableName}_search`] }]);
    await waitForIndexBuilds();
    expect(await indexes()).toEqual(built);
    expect(await repairSecondaryIndexes(db.config)).toEqual([]);
  });

  it("plans a version loaded before text lengths were recorded as its load did", async () => {
    const version = await db.prisma.datasetVersion.findUniqueOrThrow({ where: { tableName } });
    const lengths = () =>
      db.prisma.datasetColumn.findMany({
        where: { versionId: version.id, type: "text" },
        orderBy: { position: "asc" },
        select: { field: true, maxLength: true },
      });
    const recorded = await lengths();
    expect(recorded).toEqual([
      { field: "comuna", maxLength: 9 },
      { field: "observacion", maxLength: 168 },
    ]);
    await db.prisma.datasetColumn.updateMany({
      where: { versionId: version.id },
      data: { maxLength: null },
    });
    await db.driver.query(`DROP INDEX ${ref(`${tableName}_c3`)}`);

    expect(await repairSecondaryIndexes(db.config)).toEqual([
      { tableName, indexes: [`${tableName}_c3`] },
    ]);
    await waitForIndexBuilds();
    expect((await indexes()).map((i) => i.name)).toContain(`${tableName}_c3`);
    // The long text column is still not a B-tree: its length was read back from the table.
    expect(await lengths()).toEqual(recorded);
  });
});
