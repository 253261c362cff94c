// Datastore query bench, database side (child process, see bench-child.ts): `prepare` makes a
// published dataset whose version table holds 1,000,000 rows × 11 columns, generated with
// SQL (generate_series) in the shape the loader gives tables (`_row` primary key, typed
// columns, B-tree indexes on the filtered and sorted columns, the full-text search index,
// ANALYZE), timing each index; `measure` writes the Row API requests the HTTP bench sends
// (bench/lib/datastore-query.mjs), with cursors deep in the table.
import { getDatasetRows, lookupDatasetTable } from "@lab/api/services/dataset-rows";
import { exportRows } from "@lab/db/datastore/export";
import { encodeCursor, sortSignature } from "@lab/db/datastore/query-cursor";
import { quoteIdent, searchIndexSql, type TDatastoreColumn } from "@lab/db/datastore/query-sql";
import type { TSortKey } from "@lab/domain/dataset-query";
import {
  log,
  peakRssKb,
  percentile,
  resetPeakRss,
  rssKb,
  runChild,
  type TBenchDatabase,
  timed,
} from "./bench-child";

export const BENCH_SLUG = "bench-filas";
const TABLE = "v_bench_rows";
const ROWS = Number(process.env.BENCH_DATASTORE_ROWS || 1_000_000);
/** Deep pages start after this many rows (90 % of the table). */
const DEEP = Math.floor(ROWS * 0.9);
const FILTER = { comuna: "Provenza" };
const SORT: TSortKey[] = [{ field: "fecha", direction: "desc" }];
const WARMUP = 20;
const RUNS = Number(process.env.BENCH_DATASTORE_RUNS || 200);
const FILL_BATCH = 100_000;

const COLUMNS: (TDatastoreColumn & { name: string; sql: string })[] = [
  { field: "id_registro", name: "ID registro", type: "integer", sql: "bigint" },
  { field: "fecha", name: "Fecha", type: "date", sql: "date" },
  { field: "registrado", name: "Registrado", type: "datetime", sql: "timestamp" },
  { field: "comuna", name: "Comuna", type: "text", sql: "text" },
  { field: "barrio", name: "Barrio", type: "text", sql: "text" },
  { field: "categoria", name: "Categoría", type: "text", sql: "text" },
  { field: "descripcion", name: "Descripción", type: "text", sql: "text" },
  { field: "participantes", name: "Participantes", type: "integer", sql: "bigint" },
  { field: "monto", name: "Monto (COP)", type: "decimal", sql: "numeric" },
  { field: "activo", name: "Activo", type: "boolean", sql: "boolean" },
  { field: "observacion", name: "Observación", type: "text", sql: "text" },
];

const COMUNAS = [
  "Norte",
  "Nororiental",
  "San Francisco",
  "Occidental",
  "García Rovira",
  "La Concordia",
  "La Ciudadela",
  "Sur Occidente",
  "La Pedregosa",
  "Provenza",
  "Sur",
  "Mutis",
  "Oriental",
  "Morrorico",
  "Centro",
  "Cabecera del Llano",
  "Lagos del Cacique",
  "Corregimiento 1",
  "Corregimiento 2",
  "Corregimiento 3",
];
const CATEGORIAS = [
  "Taller",
  "Mesa de trabajo",
  "Laboratorio",
  "Conversatorio",
  "Capacitación",
  "Feria",
  "Encuesta",
  "Reunión",
];
const list = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(", ")}]`;

async function prepare(db: TBenchDatabase) {
  const table = `datastore.${quoteIdent(TABLE)}`;
  await db.query(
    `CREATE TABLE ${table} (_row bigint NOT NULL, ${COLUMNS.map((c) => `${quoteIdent(c.field)} ${c.sql}`).join(", ")})`,
  );
  log(`generating ${ROWS.toLocaleString("en-US")} rows…`);
  // In batches: one INSERT of a million rows stops PGlite ("XLogBeginInsert was already called").
  const fill = await timed(async () => {
    for (let from = 1; from <= ROWS; from += FILL_BATCH) {
      const to = Math.min(ROWS, from + FILL_BATCH - 1);
      await db.query(`INSERT INTO ${table}
        SELECT g,
          100000 + g,
          date '2015-01-01' + (g * 7919 % 3650)::int,
          timestamp '2015-01-01' + (g * 104729 % 315360000) * interval '1 second',
          (${list(COMUNAS)})[(1 + g * 31 % ${COMUNAS.length})::int],
          'Barrio ' || (g * 13 % 300),
          (${list(CATEGORIAS)})[(1 + g * 7 % ${CATEGORIAS.length})::int],
          'Actividad con la comunidad, registro ' || g || ', seguimiento ' || md5(g::text),
          g * 17 % 500,
          round((g * 7907 % 10000000) / 100.0, 2),
          g % 3 <> 0,
          CASE WHEN g % 10 = 0 THEN NULL ELSE 'Observación ' || (g % 1000) END
        FROM generate_series(${from}::bigint, ${to}::bigint) g`);
    }
  });
  log(`rows in ${(fill.ms / 1000).toFixed(1)} s; indexes…`);
  const indexes: Record<string, number> = {};
  const index = async (label: string, sql: string) => {
    indexes[label] = (await timed(() => db.query(sql))).ms;
  };
  await index("primary key (_row)", `ALTER TABLE ${table} ADD PRIMARY KEY (_row)`);
  await index("B-tree comuna", `CREATE INDEX ON ${table} (comuna)`);
  await index("B-tree fecha", `CREATE INDEX ON ${table} (fecha)`);
  await index("full-text search (GIN)", searchIndexSql(TABLE, COLUMNS) as string);
  await index("ANALYZE", `ANALYZE ${table}`);

  const dataset = await db.prisma.dataset.create({
    data: {
      slug: BENCH_SLUG,
      title: "Filas del bench del almacén de datos",
      description: "Conjunto generado por el bench de consultas del almacén de datos.",
      theme: "gobierno-y-participacion",
      contactName: "Oficina TIC",
      contactEmail: "datosabiertos@example.org",
      updateFrequency: "MONTHLY",
      isDemo: true,
      status: "PUBLISHED",
    },
  });
  const nulls = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table} WHERE observacion IS NULL`,
  );
  const version = await db.prisma.datasetVersion.create({
    data: {
      datasetId: dataset.id,
      number: 1,
      status: "PUBLISHED",
      fileName: "bench-filas.csv",
      sourceFormat: "csv",
      rowCount: ROWS,
      tableName: TABLE,
      publishedAt: new Date(),
      columns: {
        create: COLUMNS.map((c, position) => ({
          position,
          name: c.name,
          field: c.field,
          type: c.type,
          nullCount: c.field === "observacion" ? (nulls[0]?.n ?? 0) : 0,
        })),
      },
    },
  });
  await db.prisma.dataset.update({
    where: { id: dataset.id },
    data: { publishedVersionId: version.id },
  });
  // What prepare measured, for `measure` (another process) to report.
  await db.query(`CREATE TABLE "_bench_datastore" (info jsonb)`);
  await db.query(`INSERT INTO "_bench_datastore" VALUES ($1)`, [
    JSON.stringify({ rows: ROWS, fillMs: fill.ms, indexes }),
  ]);
}

/** The requests of the HTTP bench, and what prepare measured. */
async function measure(db: TBenchDatabase) {
  const [info] = await db.query<{ info: unknown }>(`SELECT info FROM "_bench_datastore"`);
  const sqlTable = `datastore.${quoteIdent(TABLE)}`;
  const [deepSorted] = await db.query<{ fecha: string; r: string }>(
    `SELECT to_json(fecha) #>> '{}' AS fecha, _row::text AS r FROM ${sqlTable} ORDER BY fecha DESC, _row OFFSET ${DEEP - 1} LIMIT 1`,
  );
  const base = `/api/v1/datasets/${BENCH_SLUG}/rows`;
  const filters = encodeURIComponent(JSON.stringify(FILTER));
  const sort = encodeURIComponent(SORT.map((k) => `${k.field} ${k.direction}`).join(", "));
  const deepFileOrder = encodeCursor({ sort: "", values: [], row: String(DEEP) });
  const deepByDate = encodeCursor({
    sort: sortSignature(SORT),
    values: [deepSorted?.fecha ?? null],
    row: deepSorted?.r ?? "1",
  });
  const scenarios = [
    { name: "First page (100 rows, file order)", path: base },
    {
      name: `Filter ${JSON.stringify(FILTER)}, sort \`fecha desc\``,
      path: `${base}?filters=${filters}&sort=${sort}`,
    },
    {
      name: `Cursor page after row ${DEEP.toLocaleString("en-US")} (file order)`,
      path: `${base}?cursor=${deepFileOrder}`,
    },
    {
      name: `Cursor page after ${DEEP.toLocaleString("en-US")} rows, sort \`fecha desc\``,
      path: `${base}?sort=${sort}&cursor=${deepByDate}`,
    },
    { name: "Search `q=taller`", path: `${base}?q=taller` },
  ];

  // In process, one call after another: the service's own cost, the table's description
  // held as the server's public cache holds it.
  const described = await lookupDatasetTable(
    { prisma: db.prisma, database: db.config },
    BENCH_SLUG,
    null,
  );
  const cache = { get: async () => described } as unknown as Parameters<
    typeof lookupDatasetTable
  >[0]["cache"];
  const ctx = { prisma: db.prisma, database: db.config, cache };
  for (const scenario of scenarios) {
    const url = new URL(`http://bench${scenario.path}`);
    const raw = Object.fromEntries(url.searchParams);
    const call = () => getDatasetRows(ctx, BENCH_SLUG, url, raw);
    for (let i = 0; i < WARMUP; i++) await call();
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push((await timed(call)).ms);
    samples.sort((a, b) => a - b);
    Object.assign(scenario, {
      inProcess: { runs: RUNS, p50: percentile(samples, 50), p95: percentile(samples, 95) },
    });
    log(`${scenario.name}: in process p95 ${percentile(samples, 95)?.toFixed(1)} ms`);
  }

  // The whole CSV in process, without HTTP: what the database and the export give.
  const before = rssKb();
  const reset = resetPeakRss();
  let bytes = 0;
  const exported = await timed(async () => {
    for await (const chunk of exportRows(db.config, TABLE, COLUMNS, "csv"))
      bytes += chunk.byteLength;
  });
  const exportInProcess = {
    bytes,
    ms: exported.ms,
    rssBeforeKb: before,
    rssPeakKb: reset ? peakRssKb() : undefined,
    rssAfterKb: rssKb(),
  };
  log(`CSV in process: ${(bytes / 1e6 / (exported.ms / 1000)).toFixed(1)} MB/s`);

  return {
    ...(info?.info as object),
    deep: DEEP,
    scenarios,
    exportInProcess,
    download: `/api/v1/datasets/${BENCH_SLUG}/download?format=csv`,
  };
}

await runChild({ prepare, measure });
