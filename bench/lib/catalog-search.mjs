// The catalog part of `npm run bench` (BENCH_ONLY=catalog): CKAN's package_search with 1,000
// published datasets in the catalog, on PGlite and on PostgreSQL, each in a database made for
// the run and removed afterwards. Two legs per database:
//   - in process (catalog-search-bench.ts, its own process): the handler the route calls, one
//     call after another, without the public data cache: the search's own cost;
//   - over HTTP: the built server (apps/web/server.mjs, as `npm start` runs it, with the public
//     data cache) under autocannon with CONNECTIONS concurrent clients, per query shape.
// Servers listen on BENCH_CATALOG_PORTS (default 3460-3479).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { createBenchResources } from "./bench-resources.mjs";
import { CATALOG_QUERIES } from "./catalog-search-queries.mjs";
import { measureLoad } from "./load.mjs";
import { serverVersion } from "./postgres.mjs";
import { ensureBuilt, root } from "./server.mjs";

const CONNECTIONS = 8;
const resources = createBenchResources();
const BENCH_SCRIPT = join(root, "bench/lib/catalog-search-bench.ts");

function portRange() {
  const [from, to] = (process.env.BENCH_CATALOG_PORTS || "3460-3479").split("-").map(Number);
  return [from, to ?? from];
}

/** `node --import tsx catalog-search-bench.ts <args>`; rejects with its output when it fails. */
const runChild = (args, env) =>
  resources.runTsx(`catalog bench ${args[0]}`, BENCH_SCRIPT, args, env);

async function httpLeg(env, { tmp, kind, duration, warmup }) {
  const server = await resources.startWebServer(
    { ...env, AUTH_SECRET: randomBytes(32).toString("base64url") },
    {
      logFile: join(tmp, `catalog-${kind}.log`),
      ports: portRange(),
      readyPath: "/api/3/action/status_show",
    },
  );
  try {
    // The first search stems the whole catalog (seconds): done once, untimed by the load runs.
    const started = performance.now();
    const first = await fetch(
      `${server.base}/api/3/action/package_search?${CATALOG_QUERIES[0].query}`,
    );
    await first.arrayBuffer();
    const coldMs = performance.now() - started;
    const rows = [];
    for (const shape of CATALOG_QUERIES) {
      console.log(`bench:   HTTP ${shape.label} (${warmup} s warm-up + ${duration} s)…`);
      const url = `${server.base}/api/3/action/package_search?${shape.query}`;
      rows.push({
        label: shape.label,
        ...(await measureLoad(url, { connections: CONNECTIONS, duration, warmup })),
      });
    }
    return { coldMs, rows };
  } finally {
    await resources.stopWebServer(server);
  }
}

/** Both legs on one database kind; the database is removed whatever happens. */
async function leg(kind, { tmp, env, duration, warmup }) {
  const fresh = resources.freshDatabase(kind, { tmp, dirName: "catalog-pglite" });
  const childEnv = { ...env, ...fresh.env };
  try {
    const out = join(tmp, `catalog-${kind}.json`);
    await runChild(["prepare"], childEnv);
    await runChild(["measure", out], childEnv);
    const inProcess = JSON.parse(readFileSync(out, "utf8"));
    const serverEnv = { ...env, ...fresh.serverEnv };
    const { coldMs, rows } = await httpLeg(serverEnv, { tmp, kind, duration, warmup });
    return { inProcess, httpColdMs: coldMs, http: rows };
  } finally {
    fresh.remove();
  }
}

/** The catalog part: never throws; a leg that fails is reported with its reason. */
export async function catalogSearchPart({ tmp, env, skipPostgres, duration, warmup }) {
  await ensureBuilt();
  const legs = [];
  for (const kind of skipPostgres ? ["pglite"] : ["pglite", "postgres"]) {
    const db = kind === "postgres" ? serverVersion() : "PGlite (embedded)";
    console.log(`bench: catalog search (${db})…`);
    // Other work on this shared machine skews the figures: the load is reported with them.
    const loadavg = os.loadavg();
    try {
      const result = await leg(kind, { tmp, env, duration, warmup });
      legs.push({ db, ...result, loadavg, loadavgEnd: os.loadavg() });
    } catch (error) {
      console.error(`bench: catalog search (${db}) failed — ${error.message}`);
      legs.push({ db, error: error.message.split("\n")[0] });
    }
  }
  return { connections: CONNECTIONS, duration, warmup, legs };
}

/** Synchronous, for signal and exit handlers. */
export const cleanupCatalogBenchNow = resources.cleanupNow;

const ms = (v) => (v === undefined ? "–" : v < 10 ? v.toFixed(1) : v.toFixed(0));

/** A Markdown table padded as Biome formats Markdown (as report.mjs writes its own). */
function table(head, rows) {
  const widths = head.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** The report's "Catalog search" section. */
export function catalogSection(catalog) {
  const lines = [
    "## Catalog search",
    "",
    `CKAN's \`package_search\` (\`/api/3/action/package_search\`) with 1,000 published datasets in the catalog (Spanish titles and descriptions, 2–5 keywords, 12 described columns and 1–3 versions each, written with Prisma's \`createMany\`), in a fresh database per run. **In process**: the handler the route calls (Web Request in, JSON text out), one call after another, without the public data cache, so every call reads the search index's small fields and the page's datasets from the database. **HTTP**: the built server (\`apps/web/server.mjs\`), which keeps the search index in the public data cache until a dataset changes, under autocannon with ${catalog.connections} concurrent clients (${catalog.warmup} s warm-up, ${catalog.duration} s measured per shape). Times in ms.`,
    "",
  ];
  for (const leg of catalog.legs) {
    lines.push(`### ${leg.db}`, "");
    if (leg.error) {
      lines.push(`Not measured: ${leg.error}`, "");
      continue;
    }
    const p = leg.inProcess;
    const load = (l) => (l ? l.map((v) => v.toFixed(2)).join(" / ") : "n/a");
    lines.push(
      `${p.datasets} published datasets. The first search after a start stems every dataset's text once: ${ms(p.coldMs)} ms in process, ${ms(leg.httpColdMs)} ms for the server's first request (not part of the load runs). Load average (1 / 5 / 15 min) at the start: ${load(leg.loadavg)}; at the end: ${load(leg.loadavgEnd)} (2 cores).`,
      "",
    );
    const rows = p.shapes.map((shape) => {
      const h = leg.http.find((r) => r.label === shape.label) ?? {};
      const failed = (h.non2xx ?? 0) + (h.errors ?? 0);
      return [
        shape.label,
        String(shape.count),
        String(shape.returned),
        `${(shape.bytes / 1024).toFixed(0)} KB`,
        ms(shape.p50),
        ms(shape.p95),
        ms(h.p50),
        ms(h.p95),
        ms(h.p99),
        `${h.rps?.toFixed(0) ?? "–"}${failed ? ` (${failed} failed)` : ""}`,
      ];
    });
    lines.push(
      table(
        [
          "Query",
          "Matches",
          "Returned",
          "Response",
          "In process p50",
          "In process p95",
          "HTTP p50",
          "HTTP p95",
          "HTTP p99",
          "HTTP req/s",
        ],
        rows,
      ),
      "",
    );
  }
  lines.push(
    `Query strings: ${CATALOG_QUERIES.map((q) => `${q.label}: \`${decodeURIComponent(q.query)}\``).join("; ")}.`,
    "",
  );
  return lines.join("\n");
}
