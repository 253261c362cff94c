// package_search bench (child process), in process: CKAN's package_search through the same
// handler the route calls (Web Request in, JSON text out), one call after another, with
// 1,000 published datasets in the catalog (bench/lib/catalog-search-data.ts). The HTTP leg,
// through the built server under concurrent clients, is bench/lib/catalog-search.mjs's.
// By hand, on a throwaway folder:
//   export BENCH_DATA_DIR=$(mktemp -d)
//   npx tsx bench/lib/catalog-search-bench.ts prepare && npx tsx bench/lib/catalog-search-bench.ts measure /tmp/catalog.json
// BENCH_CATALOG_RUNS (default 200) sets the timed calls per query shape.
import { handleCkanRequest } from "@lab/api/services/ckan/handler";
import { log, percentile, runChild, type TBenchDatabase, timed } from "./bench-child";
import { writeBenchCatalog } from "./catalog-search-data";
import { CATALOG_QUERIES } from "./catalog-search-queries.mjs";

export const CATALOG_SIZE = 1_000;
const WARMUP = 20;
const RUNS = Number(process.env.BENCH_CATALOG_RUNS || 200);

async function prepare(db: TBenchDatabase) {
  const { ms } = await timed(() => writeBenchCatalog(db.prisma, CATALOG_SIZE));
  log(`${CATALOG_SIZE} datasets written in ${(ms / 1000).toFixed(1)} s`);
  // As autovacuum would within a minute of the load; PGlite runs no autovacuum.
  if (db.config.kind === "postgres") await db.query("ANALYZE");
}

async function measure(db: TBenchDatabase) {
  const call = async (query: string) => {
    const request = new Request(`http://127.0.0.1/api/3/action/package_search?${query}`);
    const response = await handleCkanRequest(request, "package_search", {
      prisma: db.prisma,
      database: db.config,
      publicUrl: "http://127.0.0.1",
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`${query}: ${response.status} ${text}`);
    return text;
  };
  // The first search after a start stems every dataset's text once.
  const cold = await timed(() => call(CATALOG_QUERIES[0].query));
  log(`first search after start: ${cold.ms.toFixed(0)} ms`);
  const shapes = [];
  for (const shape of CATALOG_QUERIES) {
    for (let i = 0; i < WARMUP; i++) await call(shape.query);
    const samples: number[] = [];
    let body = "";
    for (let i = 0; i < RUNS; i++) {
      const run = await timed(() => call(shape.query));
      samples.push(run.ms);
      body = run.value;
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const { result } = JSON.parse(body) as { result: { count: number; results: unknown[] } };
    shapes.push({
      label: shape.label,
      query: shape.query,
      count: result.count,
      returned: result.results.length,
      bytes: Buffer.byteLength(body),
      runs: RUNS,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted.at(-1),
    });
    log(`${shape.label}: p95 ${percentile(sorted, 95)?.toFixed(1)} ms`);
  }
  const [{ n } = { n: 0 }] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Dataset" WHERE "status" = 'PUBLISHED'`,
  );
  return { datasets: n, coldMs: cold.ms, shapes };
}

await runChild({ prepare, measure });
