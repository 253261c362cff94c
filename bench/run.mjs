// npm run bench: cold/warm start times and load figures for `npm start`, written to
// bench/REPORT.md. Env: BENCH_DURATION (s, default 20), BENCH_SKIP_POSTGRES=1,
// BENCH_PG_ADMIN_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { measureLoad } from "./lib/load.mjs";
import { createDatabase, dropDatabase, serverVersion } from "./lib/postgres.mjs";
import { report } from "./lib/report.mjs";
import {
  ensureBuilt,
  killAllNow,
  peakRssKb,
  root,
  startServer,
  stopAll,
  stopServer,
} from "./lib/server.mjs";

const duration = Number(process.env.BENCH_DURATION || 20);
const skipPostgres = process.env.BENCH_SKIP_POSTGRES === "1";
const COLD_RUNS = 3;
const CONNECTIONS = 32;
const WARMUP = 3;
const ROUTES = ["/", "/indicadores/laboratorios-innovacion-publica-total"];

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
  if (pgDatabase && dropDatabase(pgDatabase)) pgDatabase = undefined;
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
  if (pgDatabase) dropDatabase(pgDatabase);
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

/** Both routes under load against one running server; peak RSS read afterwards. */
async function loadLeg(db, server) {
  const rows = [];
  for (const route of ROUTES) {
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

async function main() {
  if (!(duration > 0)) throw new Error("BENCH_DURATION must be a positive number of seconds");
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const results = { machine: machine(), starts: [], load: [], rss: [] };
  const embedded = (dir) => ({ ...baseEnv, DATA_DIR: join(tmp, dir) });

  // 1. Cold starts: empty embedded database each time. The build is redone (untimed)
  // before each run so the timed start only pays the cached turbo check.
  for (let i = 1; i <= COLD_RUNS; i++) {
    await ensureBuilt();
    const { server, run } = await timedStart(`Cold start ${i}`, embedded(`cold-${i}`), `cold-${i}`);
    results.starts.push({ ...run, kind: "cold" });
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
    await stopServer(pg.server);
    if (dropDatabase(pgDatabase)) pgDatabase = undefined;
  }

  // Recorded at both ends: other work on this shared machine skews the figures.
  results.machine.loadavgEnd = os.loadavg();
  writeFileSync(join(tmp, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(
    join(root, "bench", "REPORT.md"),
    report(results, { connections: CONNECTIONS, warmup: WARMUP, duration, skipPostgres }),
  );
  console.log("bench: wrote bench/REPORT.md");
}

try {
  await main();
} catch (error) {
  console.error(`bench: FAILED — ${error.message}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
