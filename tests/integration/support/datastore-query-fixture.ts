import type { TExportColumn } from "@lab/db/datastore/export";
import { searchIndexSql } from "@lab/db/datastore/query-sql";
import type { TSqlDriver } from "@lab/db/driver";

// Version tables made directly with SQL, shaped as the loader makes them (`_row` primary
// key, one typed column per field), so the reading side is tested on its own.

export const FIXTURE_COLUMNS: TExportColumn[] = [
  { field: "codigo", name: "Código", type: "integer" },
  { field: "valor", name: "Valor ($)", type: "decimal" },
  { field: "activo", name: "¿Activo?", type: "boolean" },
  { field: "fecha", name: "Fecha", type: "date" },
  { field: "registrado", name: "Registrado", type: "datetime" },
  { field: "comuna", name: "Comuna", type: "text" },
  { field: "nota", name: "=Nota", type: "text" },
];

export const COMUNAS = ["Norte", "Sur", "Oriental", "Occidental", "Centro"];

/** Notes by `_row % 8`: formula-like starts, a quoted comma, a line break, plain text. */
export const NOTES = [
  "=SUMA(A1:A2)",
  "-resta",
  "+57 300",
  "@usuario",
  "\tindentado",
  "\rretorno",
  'Taller de co-creación, "Bucaramanga"',
  "línea uno\nlínea dos",
];

/**
 * `datastore."<tableName>"` with `rows` rows: codigo repeats (and is empty every 97th row),
 * valor runs from -25 to 24.75, activo is empty every 11th row, comuna every 13th.
 */
export async function createVersionTable(
  driver: TSqlDriver,
  tableName: string,
  rows: number,
  options: { searchIndex?: boolean; analyze?: boolean; indexes?: string[] } = {},
): Promise<void> {
  const notes = NOTES.map((n) => `'${n.replaceAll("'", "''")}'`).join(", ");
  const comunas = COMUNAS.map((c) => `'${c}'`).join(", ");
  await driver.query(`CREATE TABLE datastore."${tableName}" (
    _row bigint PRIMARY KEY, codigo bigint, valor numeric, activo boolean, fecha date,
    registrado timestamp, comuna text, nota text)`);
  await driver.query(`INSERT INTO datastore."${tableName}"
    SELECT g,
      CASE WHEN g % 97 = 0 THEN NULL ELSE (g * 7) % 1000 END,
      round(((g % 200) - 100) / 4.0, 2),
      CASE WHEN g % 11 = 0 THEN NULL ELSE g % 3 = 0 END,
      date '2024-01-01' + (g % 365),
      timestamp '2024-01-01 08:00:00' + g * interval '37 minutes',
      CASE WHEN g % 13 = 0 THEN NULL ELSE (ARRAY[${comunas}])[1 + g % 5] END,
      (ARRAY[${notes}])[1 + g % 8]
    FROM generate_series(1, ${rows}) g`);
  for (const field of options.indexes ?? []) {
    await driver.query(`CREATE INDEX ON datastore."${tableName}" ("${field}")`);
  }
  if (options.searchIndex) {
    await driver.query(searchIndexSql(tableName, FIXTURE_COLUMNS) as string);
  }
  if (options.analyze) await driver.query(`ANALYZE datastore."${tableName}"`);
}
