// The catalog part of `npm run bench` (BENCH_ONLY=catalog): CKAN's package_search with 1,000
// published datasets in the catalog, on PGlite and on PostgreSQL, each in a database made for
// the run and removed afterwards. Two legs per database:
//   - in process (catalog-search-bench.ts, its own process): the handler the route calls, one
//     call after another, without the public data cache: the search's own cost;
//   - over HTTP: the built server (apps/web/server.mjs, as `npm start` runs it, with the public
//     data cache) under autocannon with CONNECTIONS concurrent clients, per query shape.
// Servers listen on BENCH_CATALOG_PORTS (default 3460-3479).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { CATALOG_QUERIES } from "./catalog-search-queries.mjs";
import { measureLoad } from "./load.mjs";
import { createDatabase, dropDatabase, serverVersion } from "./postgres.mjs";
import { ensureBuilt, root } from "./server.mjs";

const CONNECTIONS = 8;
const live = { children: new Set(), databases: new Set(), dirs: new Set() };

function portRange() {
  const [from, to] = (process.env.BENCH_CATALOG_PORTS || "3460-3479").split("-").map(Number);
  return { from, to: to ?? from };
}

async function freePort() {
  const { from, to } = portRange();
  for (let port = from; port <= to; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}-${to} (BENCH_CATALOG_PORTS)`);
}

function track(child) {
  live.children.add(child);
  child.on("exit", () => live.children.delete(child));
  return child;
}

/** `node --import tsx catalog-search-bench.ts <args>`; rejects with its output when it fails. */
function runChild(args, env) {
  return new Promise((resolve, reject) => {
    const child = track(
      spawn(
        process.execPath,
        ["--import", "tsx", join(root, "bench/lib/catalog-search-bench.ts"), ...args],
        { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] },
      ),
    );
    child.on("error", reject);
    child.on("close", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`catalog bench ${args[0]} exited with ${signal ?? code}`)),
    );
  });
}

/** The built server on the prepared database; resolves once status_show answers 200. */
async function startServer(env, logFile) {
  const port = await freePort();
  const out = openSync(logFile, "w");
  const child = track(
    spawn(process.execPath, ["server.mjs"], {
      cwd: join(root, "apps/web"),
      detached: true,
      stdio: ["ignore", out, out],
      env: {
        ...env,
        NODE_ENV: "production",
        PORT: String(port),
        NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        AUTH_SECRET: randomBytes(32).toString("base64url"),
      },
    }),
  );
  closeSync(out);
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}/api/3/action/status_show`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited || Date.now() > deadline) {
      const tail = readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-20).join("\n");
      throw new Error(`the server did not start (log: ${logFile})\n${tail}`);
    }
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return { child, port };
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
}

async function stopServer({ child }) {
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const deadline = Date.now() + 10_000;
  while (live.children.has(child) && Date.now() < deadline) await sleep(50);
  if (live.children.has(child)) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // Gone meanwhile.
    }
  }
}

async function httpLeg(env, { tmp, kind, duration, warmup }) {
  const server = await startServer(env, join(tmp, `catalog-${kind}.log`));
  try {
    // The first search stems the whole catalog (seconds): done once, untimed by the load runs.
    const started = performance.now();
    const first = await fetch(
      `http://127.0.0.1:${server.port}/api/3/action/package_search?${CATALOG_QUERIES[0].query}`,
    );
    await first.arrayBuffer();
    const coldMs = performance.now() - started;
    const rows = [];
    for (const shape of CATALOG_QUERIES) {
      console.log(`bench:   HTTP ${shape.label} (${warmup} s warm-up + ${duration} s)…`);
      const url = `http://127.0.0.1:${server.port}/api/3/action/package_search?${shape.query}`;
      rows.push({
        label: shape.label,
        ...(await measureLoad(url, { connections: CONNECTIONS, duration, warmup })),
      });
    }
    return { coldMs, rows };
  } finally {
    await stopServer(server);
  }
}

/** Both legs on one database kind; the database is removed whatever happens. */
async function leg(kind, { tmp, env, duration, warmup }) {
  const childEnv = { ...env };
  let database;
  let dir;
  if (kind === "postgres") {
    database = createDatabase();
    live.databases.add(database.name);
    childEnv.BENCH_DATABASE_URL = database.url;
  } else {
    dir = join(tmp, "catalog-pglite");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    live.dirs.add(dir);
    childEnv.BENCH_DATA_DIR = dir;
  }
  try {
    const out = join(tmp, `catalog-${kind}.json`);
    await runChild(["prepare"], childEnv);
    await runChild(["measure", out], childEnv);
    const inProcess = JSON.parse(readFileSync(out, "utf8"));
    const serverEnv = database ? { ...env, DATABASE_URL: database.url } : { ...env, DATA_DIR: dir };
    const { coldMs, rows } = await httpLeg(serverEnv, { tmp, kind, duration, warmup });
    return { inProcess, httpColdMs: coldMs, http: rows };
  } finally {
    if (database && dropDatabase(database.name)) live.databases.delete(database.name);
    if (dir) {
      rmSync(dir, { recursive: true, force: true });
      live.dirs.delete(dir);
    }
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
export function cleanupCatalogBenchNow() {
  for (const child of live.children) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      try {
        child.kill("SIGKILL");
      } catch {
        // Already gone.
      }
    }
  }
  live.children.clear();
  for (const name of live.databases) if (dropDatabase(name)) live.databases.delete(name);
  for (const dir of live.dirs) rmSync(dir, { recursive: true, force: true });
  live.dirs.clear();
}

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
