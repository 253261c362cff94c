// Datastore query bench (part `datastore` of bench/run.mjs): the Row API and the whole-CSV
// download through the real HTTP routes of the built web server, on a version table of
// 1,000,000 rows, on PGlite and on PostgreSQL. Per database: a fresh database (a new
// PostgreSQL database, or an empty PGlite folder) is filled by bench/lib/datastore-query-bench.ts
// in a child process, then `node apps/web/server.mjs` serves it on a port in 3440–3459 and
// autocannon sends each Row API request with 8 concurrent clients; then the CSV is downloaded
// whole while the server's resident memory is sampled. Everything is removed afterwards,
// also when the bench fails or is interrupted (cleanupDatastoreBenchNow).
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import { join } from "node:path";
import { createBenchResources } from "./bench-resources.mjs";
import { measureLoad } from "./load.mjs";
import { serverVersion } from "./postgres.mjs";
import { ensureBuilt, root } from "./server.mjs";

export const DATASTORE_CONNECTIONS = 8;
const PORTS = [3440, 3459];
const DOWNLOAD_ENCODINGS = ["identity", "identity", "gzip"];
const RSS_SAMPLE_MS = 20;

const resources = createBenchResources();
const BENCH_SCRIPT = join(root, "bench/lib/datastore-query-bench.ts");

const tsx = (args, env, label) => resources.runTsx(label, BENCH_SCRIPT, args, env);

const rssKb = (pid) => {
  try {
    return Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/)?.[1]);
  } catch {
    return undefined;
  }
};

/**
 * One whole download over a plain HTTP connection, read as fast as the client can, with the
 * server's RSS sampled meanwhile. `encoding`: "identity" (the CSV as is) or "gzip" (what a
 * browser asks for; Next compresses the stream on the fly). Bytes are counted on the wire.
 */
function download(base, path, pid, encoding) {
  const before = rssKb(pid);
  let peak = before ?? 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssKb(pid) ?? 0);
  }, RSS_SAMPLE_MS);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${path}`, { headers: { "accept-encoding": encoding } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`download answered ${res.statusCode}`));
        return;
      }
      let bytes = 0;
      let firstByteMs;
      res.on("data", (chunk) => {
        firstByteMs ??= performance.now() - started;
        bytes += chunk.byteLength;
      });
      res.on("end", () => {
        clearInterval(sampler);
        const ms = performance.now() - started;
        resolve({
          encoding: res.headers["content-encoding"] ?? "identity",
          wireBytes: bytes,
          ms,
          firstByteMs,
          rssBeforeKb: before,
          rssPeakKb: Math.max(peak, rssKb(pid) ?? 0),
          rssAfterKb: rssKb(pid),
        });
      });
      res.on("error", reject);
    });
    req.on("error", (error) => {
      clearInterval(sampler);
      reject(error);
    });
  });
}

/** One database kind's figures ("pglite" | "postgres"). */
export async function runDatastoreBench(kind, { tmp, env, duration, warmup }) {
  const fresh = resources.freshDatabase(kind, { tmp, dirName: "datastore-pglite" });
  const { dir } = fresh;
  const telemetry = { TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" };
  const childEnv = { ...env, ...telemetry, ...fresh.env };
  const serverEnv = {
    ...env,
    ...telemetry,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    ...fresh.serverEnv,
  };
  let server;
  try {
    const out = join(tmp, `datastore-${kind}.json`);
    let prepareRetried = false;
    try {
      await tsx(["prepare"], childEnv, `datastore prepare (${kind})`);
    } catch (error) {
      // PGlite sometimes fails a statement of this size ("XLogBeginInsert was already
      // called"); a fresh folder usually goes through.
      if (!dir) throw error;
      console.error(`bench: ${error.message}; once more on a fresh folder`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      prepareRetried = true;
      await tsx(["prepare"], childEnv, `datastore prepare (${kind})`);
    }
    await tsx(["measure", out], childEnv, `datastore requests (${kind})`);
    const plan = JSON.parse(readFileSync(out, "utf8"));

    server = await resources.startWebServer(serverEnv, {
      logFile: join(tmp, `datastore-${kind}-server.log`),
      ports: PORTS,
      readyPath: "/api/health",
    });
    const scenarios = [];
    for (const scenario of plan.scenarios) {
      const url = `${server.base}${scenario.path}`;
      const res = await fetch(url);
      const body = await res.json();
      if (res.status !== 200)
        throw new Error(`${scenario.path} answered ${res.status}: ${body.error?.message}`);
      console.log(`bench: datastore ${kind}: ${scenario.name}…`);
      const load = await measureLoad(url, { connections: DATASTORE_CONNECTIONS, duration, warmup });
      scenarios.push({
        ...scenario,
        records: body.records.length,
        total: body.total,
        totalIsEstimate: body.total_is_estimate,
        ...load,
      });
    }
    // The first run (identity) also computes and stores the file's SHA-256.
    const downloads = [];
    for (const encoding of DOWNLOAD_ENCODINGS) {
      console.log(`bench: datastore ${kind}: whole CSV download (${encoding})…`);
      const run = await download(server.base, plan.download, server.child.pid, encoding);
      downloads.push({ ...run, csvBytes: plan.exportInProcess.bytes });
    }
    return {
      rows: plan.rows,
      fillMs: plan.fillMs,
      indexes: plan.indexes,
      deep: plan.deep,
      scenarios,
      downloads,
      exportInProcess: plan.exportInProcess,
      prepareRetried,
    };
  } finally {
    if (server) await resources.stopWebServer(server);
    fresh.remove();
  }
}

/** Synchronous, for signal and exit handlers: kill the children, drop and delete the rest. */
export const cleanupDatastoreBenchNow = resources.cleanupNow;

/** The datastore part: never throws; a leg that fails is reported with its reason. */
export async function datastorePart({ tmp, env, skipPostgres, duration, warmup }) {
  await ensureBuilt();
  const legs = [];
  for (const kind of skipPostgres ? ["pglite"] : ["pglite", "postgres"]) {
    const db = kind === "postgres" ? serverVersion() : "PGlite (embedded)";
    console.log(`bench: datastore queries (${db})…`);
    const loadavg = os.loadavg();
    try {
      legs.push({
        db,
        ...(await runDatastoreBench(kind, { tmp, env, duration, warmup })),
        loadavg,
        loadavgEnd: os.loadavg(),
      });
    } catch (error) {
      console.error(`bench: datastore queries (${db}) failed — ${error.message}`);
      legs.push({ db, error: error.message.split("\n")[0], loadavg, loadavgEnd: os.loadavg() });
    }
  }
  return {
    date: new Date().toISOString(),
    connections: DATASTORE_CONNECTIONS,
    duration,
    warmup,
    legs,
  };
}

const ms = (v) => (v === undefined ? "–" : v < 10 ? v.toFixed(1) : v.toFixed(0));
const mib = (kb) => (kb ? `${Math.round(kb / 1024)} MiB` : "n/a");
const s1 = (msValue) => (msValue / 1000).toFixed(1);
const avg = (l) => l.map((v) => v.toFixed(2)).join(" / ");

/** A Markdown table padded as Biome formats Markdown (as report.mjs writes its own). */
function table(head, rows) {
  const widths = head.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const GOAL_MS = 50;
const GOAL_SCENARIOS = 3;

/** The report's "Datastore queries" section. */
export function datastoreSection(part) {
  const lines = [
    "## Datastore queries",
    "",
    `Measured ${part.date}. The Row API (\`GET /api/v1/datasets/{slug}/rows\`) and the whole-CSV download (\`/download?format=csv\`) through the built server (\`apps/web/server.mjs\`, with the public data cache) on one published dataset whose version table holds ${(part.legs.find((l) => l.rows)?.rows ?? 1_000_000).toLocaleString("en-US")} rows × 11 columns (integers, decimals, dates, date-times, short and long text, booleans, 10 % empty cells in one column), generated with \`generate_series\` in a fresh database, with a primary key on \`_row\`, B-tree indexes on \`comuna\` and \`fecha\`, the full-text search index and ANALYZE (\`bench/lib/datastore-query-bench.ts\`). **HTTP**: autocannon with ${part.connections} concurrent clients, ${part.warmup} s warm-up then ${part.duration} s per request (\`bench/lib/datastore-query.mjs\`), on the same two cores as the server and the database. **In process**: the same request through the service the route calls (\`getDatasetRows\`), one call after another, the dataset's description cached as the server caches it. Goal (issue #5): p95 ≤ ${GOAL_MS} ms under 8 concurrent clients on PostgreSQL for the first ${GOAL_SCENARIOS} requests.`,
    "",
  ];
  for (const leg of part.legs) {
    lines.push(`### ${leg.db}`, "");
    lines.push(
      `Load average (1/5/15 min): ${avg(leg.loadavg)} at the start, ${avg(leg.loadavgEnd)} at the end.`,
      "",
    );
    if (leg.error) {
      lines.push(`Not measured: ${leg.error}`, "");
      continue;
    }
    const goal = leg.db.startsWith("PostgreSQL");
    lines.push(
      table(
        [
          "Request",
          "Total",
          "HTTP p50",
          "HTTP p95",
          "HTTP p99",
          "Req/s",
          "In process p50",
          "In process p95",
          "Goal",
        ],
        leg.scenarios.map((s, i) => {
          const failed = (s.non2xx ?? 0) + (s.errors ?? 0);
          return [
            s.name,
            `${s.total?.toLocaleString("en-US") ?? "–"}${s.totalIsEstimate ? " (estimate)" : ""}`,
            ms(s.p50),
            ms(s.p95),
            ms(s.p99),
            `${s.rps?.toFixed(0) ?? "–"}${failed ? ` (${failed} failed)` : ""}`,
            ms(s.inProcess?.p50),
            ms(s.inProcess?.p95),
            goal && i < GOAL_SCENARIOS ? (s.p95 <= GOAL_MS ? "met" : "not met") : "—",
          ];
        }),
      ),
      "",
    );
    const downloads = leg.downloads.map((d) => {
      const mbs = d.csvBytes / 1e6 / (d.ms / 1000);
      const wire =
        d.encoding === "identity"
          ? ""
          : `, ${(d.wireBytes / 1e6).toFixed(1)} MB sent (${d.encoding})`;
      return `${d.encoding === "identity" ? "as is" : `asking for ${d.encoding}`}: ${s1(d.ms)} s, **${mbs.toFixed(1)} MB/s** of CSV${wire}, first byte after ${ms(d.firstByteMs)} ms, server RSS ${mib(d.rssBeforeKb)} before, ${mib(d.rssPeakKb)} peak, ${mib(d.rssAfterKb)} after`;
    });
    const e = leg.exportInProcess;
    lines.push(
      `Whole CSV over HTTP, ${((leg.downloads[0]?.csvBytes ?? 0) / 1e6).toFixed(1)} MB (the first run also computes and stores its SHA-256): ${downloads.join("; ")}.`,
      "",
    );
    if (e) {
      lines.push(
        `The same export in process, without HTTP: ${(e.bytes / 1e6).toFixed(1)} MB in ${s1(e.ms)} s, ${(e.bytes / 1e6 / (e.ms / 1000)).toFixed(1)} MB/s; process RSS ${mib(e.rssBeforeKb)} before, ${mib(e.rssPeakKb)} peak, ${mib(e.rssAfterKb)} after.`,
        "",
      );
    }
    lines.push(
      `Building the table${leg.prepareRetried ? " (second attempt: PGlite failed the first)" : ""}: rows ${s1(leg.fillMs)} s; ${Object.entries(
        leg.indexes,
      )
        .map(([name, t]) => `${name} ${s1(t)} s`)
        .join(
          ", ",
        )}. The loader builds the secondary and search indexes once a version is loaded, in the background; until the search index exists, \`q\` scans (ILIKE).`,
      "",
    );
  }
  return lines.join("\n");
}
