// npm run bench: cold/warm start times, load figures (against a static file of the same size),
// first-load JavaScript, Lighthouse scores and cross-instance freshness for `npm start`, plus
// the import of 50,000 observations and the audit trail query at 100,000 audit rows, written
// to bench/REPORT.md. Env: BENCH_DURATION (s, default 20), BENCH_SKIP_POSTGRES=1,
// BENCH_PG_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres), CHROME_PATH
// (default /usr/bin/chromium).
//
// Parts: `server` (start, load, first-load JS, Lighthouse, freshness), `import`, `audit`,
// `catalog` (package_search with 1,000 datasets, bench/lib/catalog-search.mjs), `datastore`
// (Row API and CSV download on 1,000,000 rows, bench/lib/datastore-query.mjs), `upload` (a
// 1,000,000-row CSV uploaded into the datastore against COPY, bench/lib/datastore-load.mjs),
// `board` (200 participants on the live board across two instances on PostgreSQL, with one
// restarted mid-way, bench/lib/board-load.mjs; BENCH_BOARD_PARTICIPANTS, BENCH_BOARD_SECONDS,
// BENCH_BOARD_DOWN_SECONDS);
// all by default. To run some only, `BENCH_ONLY=import,audit npm run bench` or
// `npm run bench -- --only=import,audit`: REPORT.md then keeps the other parts' sections as
// they were and replaces only those of the parts that ran.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { boardLoadPart, cleanupBoardLoadNow } from "./lib/board-load.mjs";
import { catalogSearchPart, cleanupCatalogBenchNow } from "./lib/catalog-search.mjs";
import { cleanupDataBenchesNow, ensureGenerated, runDataBench } from "./lib/data-bench.mjs";
import { cleanupDatastoreLoadNow, datastoreLoadPart } from "./lib/datastore-load.mjs";
import { cleanupDatastoreBenchNow, datastorePart } from "./lib/datastore-query.mjs";
import { firstLoadJs } from "./lib/first-load-js.mjs";
import { createAdmin, measureFreshness } from "./lib/freshness.mjs";
import { lighthouseScores } from "./lib/lighthouse.mjs";
import { measureLoad } from "./lib/load.mjs";
import { createDatabase, dropDatabase, serverVersion } from "./lib/postgres.mjs";
import { mergeReport, report } from "./lib/report.mjs";
import {
  ensureBuilt,
  killAllNow,
  peakRssKb,
  root,
  startServer,
  stopAll,
  stopServer,
} from "./lib/server.mjs";
import { removeStaticCopy, STATIC_ROUTE, writeStaticCopy } from "./lib/static-file.mjs";

const duration = Number(process.env.BENCH_DURATION || 20);
const skipPostgres = process.env.BENCH_SKIP_POSTGRES === "1";
const COLD_RUNS = 3;
const CONNECTIONS = 32;
const WARMUP = 3;
const ROUTES = ["/", "/indicadores/laboratorios-innovacion-publica-total"];
const INDICATOR_ROUTE = ROUTES[1];
// First-load JS and Lighthouse also cover the open-data catalog and a dataset page (the
// seed's demo dataset), which are not part of the load test.
const FRONTEND_ROUTES = [...ROUTES, "/datos", "/datos/actividades-laboratorio-innovacion-publica"];
const LIGHTHOUSE_RUNS = 3;
const FRESHNESS_RUNS = 5;

const PARTS = ["server", "import", "audit", "catalog", "datastore", "upload", "board"];
/** The parts to run: --only=… or BENCH_ONLY, comma-separated; every part when neither is set. */
function selectedParts() {
  const arg = process.argv.slice(2).find((a) => a.startsWith("--only="));
  const raw = arg ? arg.slice("--only=".length) : process.env.BENCH_ONLY;
  if (!raw?.trim()) return new Set(PARTS);
  const parts = raw
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const unknown = parts.filter((p) => !PARTS.includes(p));
  if (unknown.length > 0 || parts.length === 0) {
    throw new Error(
      `unknown bench part(s) "${unknown.join(", ")}"; choose from ${PARTS.join(", ")}`,
    );
  }
  return new Set(parts);
}

const tmp = join(root, "bench", ".tmp");
let pgDatabase; // set while the PG leg's database exists, so cleanup can drop it

// The caller's database settings must not leak into the embedded legs.
const baseEnv = { ...process.env };
for (const key of [
  "DATABASE_URL",
  "AUTH_SECRET",
  "NEXTAUTH_SECRET",
  "NEXTAUTH_URL",
  "SKIP_BUILD",
  "PORT",
]) {
  delete baseEnv[key];
}

async function cleanup() {
  await stopAll();
  removeStaticCopy();
  if (pgDatabase && dropDatabase(pgDatabase)) pgDatabase = undefined;
  cleanupDataBenchesNow();
  cleanupCatalogBenchNow();
  cleanupDatastoreBenchNow();
  cleanupDatastoreLoadNow();
  cleanupBoardLoadNow();
}

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, async () => {
    console.error(`bench: ${sig}, cleaning up`);
    await cleanup();
    process.exit(130);
  });
}
// Last resort if something exits the process without going through cleanup().
process.on("exit", () => {
  killAllNow();
  removeStaticCopy();
  if (pgDatabase) dropDatabase(pgDatabase);
  cleanupDataBenchesNow();
  cleanupCatalogBenchNow();
  cleanupDatastoreBenchNow();
  cleanupDatastoreLoadNow();
  cleanupBoardLoadNow();
});

function git(...args) {
  try {
    return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: "pipe" }).trim();
  } catch {
    return undefined;
  }
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    date: new Date().toISOString(),
    commit: git("rev-parse", "--short", "HEAD") ?? "none (no commit yet)",
    dirty: Boolean(git("status", "--porcelain")),
    loadavg: os.loadavg(),
  };
}

/** Times one start; the server is left running for the caller. */
async function timedStart(label, env, dir) {
  console.log(`bench: ${label}…`);
  const server = await startServer({ env, logFile: join(tmp, `${dir}.log`) });
  const run = { label, ms: server.ms, turboCache: server.turboCache, rssKb: peakRssKb(server) };
  console.log(`bench:   first 200 after ${(run.ms / 1000).toFixed(2)} s`);
  return { server, run };
}

/**
 * Both routes, then the static copy of the indicator page (the throughput reference), under
 * load against one running server; peak RSS read afterwards.
 */
async function loadLeg(db, server) {
  const rows = [];
  for (const route of [...ROUTES, STATIC_ROUTE]) {
    console.log(`bench: load ${db} ${route} (${WARMUP} s warm-up + ${duration} s)…`);
    const url = `http://127.0.0.1:${server.port}${route}`;
    rows.push({
      db,
      route,
      ...(await measureLoad(url, { connections: CONNECTIONS, duration, warmup: WARMUP })),
    });
  }
  return { rows, rss: { db, kb: peakRssKb(server) } };
}

/** Never fails the bench: a figure that cannot be taken is reported with its reason. */
async function attempt(what, fn) {
  try {
    return await fn();
  } catch (error) {
    console.error(`bench: ${what} failed — ${error.message}`);
    return { error: error.message.split("\n")[0] };
  }
}

/** First-load JavaScript and Lighthouse scores of the front-end routes, on a running server. */
async function frontendLeg(server) {
  const base = `http://127.0.0.1:${server.port}`;
  const js = [];
  const lighthouse = [];
  for (const route of FRONTEND_ROUTES) {
    console.log(`bench: first-load JS and Lighthouse (${LIGHTHOUSE_RUNS} runs) ${route}…`);
    js.push({
      route,
      ...(await attempt(`first-load JS of ${route}`, () => firstLoadJs(base, route))),
    });
    lighthouse.push({
      route,
      ...(await attempt(`Lighthouse on ${route}`, () =>
        lighthouseScores(`${base}${route}`, LIGHTHOUSE_RUNS),
      )),
    });
  }
  return { js, lighthouse };
}

/**
 * A second instance (B) on the PG leg's database; an editor records values on A (the running
 * server) and B's page is polled until it shows them.
 */
async function freshnessLeg(env, a) {
  console.log(`bench: freshness, second instance on the same database (${FRESHNESS_RUNS} runs)…`);
  const b = await startServer({ env, logFile: join(tmp, "pg-b.log") });
  try {
    const email = "bench-admin@example.org";
    const password = randomBytes(12).toString("base64url");
    // An admin: the measured change is recorded and then published, which only admins may.
    createAdmin(env, email, password);
    return await measureFreshness({
      a: `http://127.0.0.1:${a.port}`,
      b: `http://127.0.0.1:${b.port}`,
      slug: INDICATOR_ROUTE.split("/").at(-1),
      email,
      password,
      runs: FRESHNESS_RUNS,
    });
  } finally {
    await stopServer(b);
  }
}

/** Start, load, first-load JS, Lighthouse and freshness: everything that runs `npm start`. */
async function serverPart(results) {
  Object.assign(results, { starts: [], load: [], rss: [] });
  const embedded = (dir) => ({ ...baseEnv, DATA_DIR: join(tmp, dir) });

  // 1. Cold starts: empty embedded database each time. The build is redone (untimed)
  // before each run so the timed start only pays the cached turbo check.
  for (let i = 1; i <= COLD_RUNS; i++) {
    await ensureBuilt();
    const { server, run } = await timedStart(`Cold start ${i}`, embedded(`cold-${i}`), `cold-${i}`);
    results.starts.push({ ...run, kind: "cold" });
    // The throughput reference must exist before the measured servers start (they list
    // apps/web/public when they start).
    if (i === 1) {
      results.staticBytes = await writeStaticCopy(
        `http://127.0.0.1:${server.port}${INDICATOR_ROUTE}`,
      );
    }
    await stopServer(server);
  }

  // Warm restart on the last cold run's data (already migrated and seeded); this server
  // then carries the embedded load leg.
  await ensureBuilt();
  const warm = await timedStart("Warm restart", embedded(`cold-${COLD_RUNS}`), "warm");
  results.starts.push({ ...warm.run, kind: "warm" });
  const pglite = await loadLeg("PGlite (embedded)", warm.server);
  results.load.push(...pglite.rows);
  results.rss.push(pglite.rss);
  results.frontend = await frontendLeg(warm.server);
  await stopServer(warm.server);

  // 2. The same load on PostgreSQL, in a database created for this run only.
  if (!skipPostgres) {
    const db = createDatabase();
    pgDatabase = db.name;
    const env = {
      ...embedded("pg"),
      DATABASE_URL: db.url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
    };
    await ensureBuilt();
    const pg = await timedStart("PostgreSQL start", env, "pg");
    results.starts.push({ ...pg.run, kind: "pg" });
    const leg = await loadLeg(serverVersion(), pg.server);
    results.load.push(...leg.rows);
    results.rss.push(leg.rss);
    results.freshness = await attempt("freshness", () => freshnessLeg(env, pg.server));
    await stopServer(pg.server);
    if (dropDatabase(pgDatabase)) pgDatabase = undefined;
  }
  // Recorded at both ends: other work on this shared machine skews the figures.
  results.machine.loadavgEnd = os.loadavg();
}

/**
 * One data bench (import or audit) on each database, each in its own child process and fresh
 * database (bench/lib/data-bench.mjs). A failed leg is reported with its reason.
 */
async function dataPart(name, label) {
  const legs = [];
  const kinds = skipPostgres ? ["pglite"] : ["pglite", "postgres"];
  for (const kind of kinds) {
    const db = kind === "postgres" ? serverVersion() : "PGlite (embedded)";
    console.log(`bench: ${label} (${db})…`);
    const loadavg = os.loadavg();
    const result = await attempt(`${label} (${db})`, () =>
      runDataBench(name, kind, { tmp, env: baseEnv }),
    );
    legs.push({ db, ...result, loadavg, loadavgEnd: os.loadavg() });
  }
  return { machine: machine(), legs };
}

async function main() {
  const parts = selectedParts();
  if (!(duration > 0)) throw new Error("BENCH_DURATION must be a positive number of seconds");
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const results = { machine: machine() };

  if (parts.has("server")) await serverPart(results);
  if (["import", "audit", "catalog", "datastore", "upload"].some((p) => parts.has(p))) {
    await ensureGenerated();
  }
  if (parts.has("import")) {
    results.import = await dataPart("import-bench", "import of observations");
  }
  if (parts.has("audit")) results.audit = await dataPart("audit-bench", "audit trail query");
  if (parts.has("catalog")) {
    results.catalog = await catalogSearchPart({
      tmp,
      env: baseEnv,
      skipPostgres,
      duration,
      warmup: WARMUP,
    });
  }
  if (parts.has("datastore")) {
    results.datastore = await datastorePart({
      tmp,
      env: baseEnv,
      skipPostgres,
      duration,
      warmup: WARMUP,
    });
  }

  if (parts.has("upload")) {
    results.upload = await datastoreLoadPart({ tmp, env: baseEnv, skipPostgres });
  }
  if (parts.has("board")) {
    // Two instances need one shared database: PostgreSQL only.
    results.board = skipPostgres
      ? { machine: machine(), skipped: "BENCH_SKIP_POSTGRES=1" }
      : { machine: machine(), ...(await boardLoadPart({ tmp, env: baseEnv })) };
  }

  writeFileSync(join(tmp, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  const file = join(root, "bench", "REPORT.md");
  const fresh = report(results, {
    connections: CONNECTIONS,
    warmup: WARMUP,
    duration,
    skipPostgres,
    indicatorRoute: INDICATOR_ROUTE,
    staticRoute: STATIC_ROUTE,
    lighthouseRuns: LIGHTHOUSE_RUNS,
  });
  // A partial run replaces only its own sections and keeps the others' figures.
  const previous = existsSync(file) ? readFileSync(file, "utf8") : "";
  writeFileSync(file, parts.size === PARTS.length ? fresh : mergeReport(previous, fresh, parts));
  console.log(`bench: wrote bench/REPORT.md (${[...parts].join(", ")})`);
}

try {
  await main();
} catch (error) {
  console.error(`bench: FAILED — ${error.message}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
