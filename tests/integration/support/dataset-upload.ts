import type { TSqlDriver } from "@lab/db/driver";
import type { PrismaClient } from "@lab/db/prisma";

// Shared by the loader, upload-route and fault tests: a dataset to upload to, files as byte
// streams, and what the datastore schema holds (to prove that nothing partial stays behind).

let counter = 0;

/** A draft dataset with the required metadata; returns its slug and id. */
export async function createDataset(
  prisma: PrismaClient,
  slug = `conjunto-${process.pid}-${++counter}`,
): Promise<{ id: string; slug: string }> {
  return prisma.dataset.create({
    data: {
      slug,
      title: "Actividades del laboratorio",
      description: "Registro de prueba de las actividades del laboratorio, por mes y comuna.",
      theme: "gobierno-y-participacion",
      contactName: "Oficina TIC",
      contactEmail: "datosabiertos@bucaramanga.gov.co",
      updateFrequency: "MONTHLY",
    },
    select: { id: true, slug: true },
  });
}

/** The bytes in pieces of `size`, as a network upload delivers them. */
export async function* chunked(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** Spreadsheet text in Windows-1252, as Excel in Spanish saves "CSV (delimitado por comas)". */
export const latin1 = (text: string) => Buffer.from(text, "latin1");
export const utf8 = (text: string) => Buffer.from(text, "utf8");

/** The tables in schema "datastore" (version tables), sorted. */
export async function datastoreTables(driver: TSqlDriver): Promise<string[]> {
  const rows = await driver.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'datastore' ORDER BY 1",
  );
  return rows.map((r) => r.name);
}

/** Rows of a version table, ordered by row number, values as text (same on both databases). */
export async function tableRows(
  driver: TSqlDriver,
  tableName: string,
  where = "TRUE",
): Promise<Record<string, string | null>[]> {
  const rows = await driver.query<{ row: Record<string, string | null> }>(
    `SELECT to_jsonb(t) AS row FROM datastore."${tableName}" t WHERE ${where} ORDER BY "_row"`,
  );
  return rows.map(({ row }) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? null : String(v)])),
  );
}

/** Column name → SQL type of a version table. */
export async function columnTypes(
  driver: TSqlDriver,
  tableName: string,
): Promise<Record<string, string>> {
  const rows = await driver.query<{ name: string; type: string }>(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns
      WHERE table_schema = 'datastore' AND table_name = $1 ORDER BY ordinal_position`,
    [tableName],
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.type]));
}
