// Datastore upload bench (part `upload` of bench/run.mjs): a CSV of 1,000,000 rows × 11
// columns (bench/lib/datastore-load-data.ts; about 100 MB) uploaded through the service the
// upload route calls, against the database's own COPY of the same file into a typed table, in
// the same run, on PostgreSQL (`psql \copy`) and on PGlite (COPY of the whole file as one
// blob). Two spellings of the file are uploaded: "point" (what COPY reads: the reference's
// file) and "comma" (Excel in Spanish: `;`, decimal commas, dd/mm/aaaa, sí/no, Windows-1252).
// Each step is a child process of its own (bench/lib/datastore-load-bench.ts, compiled to
// JavaScript and run on plain Node as the app runs: compiled-child.mjs), so the upload's peak
// memory is the upload's. Databases, folders and files are removed afterwards, also when
// the bench fails or is interrupted (cleanupDatastoreLoadNow).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { createBenchResources } from "./bench-resources.mjs";
import { compileChild } from "./compiled-child.mjs";
import { serverVersion } from "./postgres.mjs";
import { root } from "./server.mjs";

/** Rounds per database: reference, then the point file, then the comma file. */
const ROUNDS = 3;
export const UPLOAD_GOALS = {
  postgres: { ratio: 2.0, peakMiB: 300 },
  pglite: { ratio: 1.5, peakMiB: 400 },
};

const resources = createBenchResources();
const BENCH_SCRIPT = join(root, "bench/lib/datastore-load-bench.ts");
const COLUMNS_SQL =
  "id bigint, fecha date, hora text, comuna text, categoria text, cantidad bigint, valor numeric, porcentaje numeric, activo boolean, descripcion text, codigo text";

/** The child compiled to plain JavaScript (compiled-child.mjs), set by datastoreLoadPart. */
let compiledScript;
const child = (args, env, label) =>
  resources.runNode(label, compiledScript ?? BENCH_SCRIPT, args, env);

async function childJson(args, env, label) {
  await child(args, env, label);
  return JSON.parse(readFileSync(args.at(-1), "utf8"));
}

/** The two files, written once per bench run by a child process (they are deterministic). */
async function ensureFiles(dir, env) {
  const point = join(dir, "datastore-point.csv");
  const comma = join(dir, "datastore-comma.csv");
  if (!existsSync(point) || !existsSync(comma)) {
    console.log("bench: writing the 1,000,000-row files…");
    await child(["files", point, comma], env, "writing the bench files");
  }
  return { point, comma };
}

/** `psql \copy` of the file into a new typed table of the database; wall time in ms. */
function psqlCopy(url, file) {
  const psql = (...args) => execFileSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-qAt", ...args]);
  psql("-c", `DROP TABLE IF EXISTS bench_reference; CREATE TABLE bench_reference (${COLUMNS_SQL})`);
  const started = performance.now();
  psql("-c", `\\copy bench_reference FROM '${file}' WITH (FORMAT csv, HEADER)`);
  const ms = performance.now() - started;
  psql("-c", "DROP TABLE bench_reference");
  return ms;
}

async function runLeg(kind, files, { tmp, env }) {
  const fresh = resources.freshDatabase(kind, { tmp, dirName: "datastore-load-pglite" });
  const childEnv = { ...env, ...fresh.env };
  try {
    await child(["prepare"], childEnv, `datastore upload prepare (${kind})`);
    const rounds = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      console.log(`bench:   round ${round}/${ROUNDS}: reference COPY…`);
      const referenceMs =
        kind === "postgres"
          ? psqlCopy(fresh.database.url, files.point)
          : (
              await childJson(
                ["reference", files.point, join(tmp, "datastore-reference.json")],
                childEnv,
                "PGlite reference COPY",
              )
            ).ms;
      const uploads = {};
      for (const style of ["point", "comma"]) {
        console.log(`bench:   round ${round}/${ROUNDS}: upload of the ${style} file…`);
        uploads[style] = await childJson(
          ["upload", files[style], join(tmp, `datastore-upload-${style}.json`)],
          childEnv,
          `upload of the ${style} file (${kind})`,
        );
      }
      rounds.push({ referenceMs, uploads, loadavg: os.loadavg() });
    }
    return { rounds };
  } finally {
    fresh.remove();
  }
}

/** Synchronous, for signal and exit handlers. */
export const cleanupDatastoreLoadNow = resources.cleanupNow;

/** The upload part: never throws; a leg that fails is reported with its reason. */
export async function datastoreLoadPart({ tmp, env, skipPostgres }) {
  const filesDir = join(tmp, "datastore-load-files");
  mkdirSync(filesDir, { recursive: true });
  const removeFiles = resources.trackDir(filesDir);
  const legs = [];
  try {
    compiledScript = await compileChild(BENCH_SCRIPT, join(tmp, "compiled"));
    const files = await ensureFiles(filesDir, env);
    for (const kind of skipPostgres ? ["pglite"] : ["postgres", "pglite"]) {
      const db = kind === "postgres" ? serverVersion() : "PGlite (embedded)";
      console.log(`bench: datastore upload (${db})…`);
      const loadavg = os.loadavg();
      try {
        legs.push({ kind, db, ...(await runLeg(kind, files, { tmp, env })), loadavg });
      } catch (error) {
        console.error(`bench: datastore upload (${db}) failed — ${error.message}`);
        legs.push({ kind, db, error: error.message.split("\n")[0], loadavg });
      }
    }
  } finally {
    removeFiles();
  }
  return { date: new Date().toISOString(), rounds: ROUNDS, legs };
}

const s2 = (ms) => (ms / 1000).toFixed(2);
const mib = (kb) => (kb ? `${Math.round(kb / 1024)} MiB` : "n/a");
const avg = (l) => l.map((v) => v.toFixed(2)).join(" / ");
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A Markdown table padded as Biome formats Markdown (as report.mjs writes its own). */
function table(head, rows) {
  const widths = head.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** The report's "Datastore upload" section. */
export function datastoreLoadSection(part) {
  const lines = [
    "## Datastore upload",
    "",
    `Measured ${part.date}. One CSV of 1,000,000 rows × 11 columns (integers, decimals, dates, times, booleans, short and long text, a few empty cells; \`bench/lib/datastore-load-data.ts\`) uploaded through \`uploadVersion\`, the service behind \`POST /api/admin/datasets/{slug}/versions\`, reading the file as a byte stream and given its size, as the route takes it from Content-Length (on PGlite, from 4 MiB on, the CSV is parsed in a worker thread while the main thread runs the COPY). **Queryable** is the upload's wall time until the version is READY: decoded, parsed, typed, checked, loaded with COPY, primary key on \`_row\`, ANALYZE, dictionary written. **Indexed** is the time after that until the row API's secondary indexes (B-trees on filterable columns, the full-text index) are built in the background. The **reference** is the database's own COPY of the same (point) file into a typed table without indexes, in the same run: \`psql \\copy\` on PostgreSQL, COPY of the whole file as one blob on PGlite. The **comma** file holds the same rows as Excel in Spanish saves them (\`;\`, decimal commas with \`.\` thousands, dd/mm/aaaa, sí/no, Windows-1252), which the loader must rewrite cell by cell. Each upload runs in a child process of its own (\`bench/lib/datastore-load-bench.ts\`, compiled to JavaScript with its parse worker and run on plain Node as the app runs, not through a TypeScript loader, which would add some 40 MiB); the process first uploads the file's first 2,000 lines to another dataset, as a running server has served requests before (a cold process adds some 0.7 s of Prisma planning its queries and PostgreSQL reading its catalog), and on PGlite compiles the database's WebAssembly optimised only, as the server does (\`compileWasmOptimisedOnly\`); "RSS before" is that process with the database open and warmed, "Peak" its VmHWM during the upload (reset through \`/proc/self/clear_refs\` just before), on PGlite including the embedded database, for both the worker thread and the main thread. ${part.rounds} rounds per database; the ratio uses the medians. Goals (issue #5): queryable ÷ reference ≤ ${UPLOAD_GOALS.postgres.ratio.toFixed(1)} and peak ≤ ${UPLOAD_GOALS.postgres.peakMiB} MB on PostgreSQL, ≤ ${UPLOAD_GOALS.pglite.ratio.toFixed(1)} and ≤ ${UPLOAD_GOALS.pglite.peakMiB} MB on PGlite.`,
    "",
  ];
  const goals = [];
  for (const leg of part.legs) {
    lines.push(`### ${leg.db}`, "");
    if (leg.error) {
      lines.push(`Not measured: ${leg.error}`, "");
      continue;
    }
    const rows = [];
    for (const [i, r] of leg.rounds.entries()) {
      for (const style of ["point", "comma"]) {
        const u = r.uploads[style];
        rows.push([
          String(i + 1),
          `${style} (${(u.bytes / 1e6).toFixed(1)} MB, ${u.encoding}, "${u.delimiter === "\t" ? "tab" : u.delimiter}")`,
          s2(r.referenceMs),
          s2(u.readyMs),
          (u.readyMs / r.referenceMs).toFixed(2),
          s2(u.indexesMs),
          mib(u.rssBeforeKb),
          mib(u.peakUploadKb),
          mib(u.peakWithIndexesKb),
        ]);
      }
    }
    lines.push(
      `Load average (1/5/15 min) at the start: ${avg(leg.loadavg)}; after each round: ${leg.rounds.map((r) => avg(r.loadavg)).join("; ")}.`,
      "",
      table(
        [
          "Round",
          "File",
          "Reference (s)",
          "Queryable (s)",
          "Ratio",
          "Then indexed (s)",
          "RSS before",
          "Peak",
          "Peak with indexes",
        ],
        rows,
      ),
      "",
      `Types found: ${leg.rounds[0]?.uploads.comma.types.join(", ") ?? "n/a"}.`,
      "",
    );
    const goal = UPLOAD_GOALS[leg.kind];
    const reference = median(leg.rounds.map((r) => r.referenceMs));
    for (const style of ["point", "comma"]) {
      const ready = median(leg.rounds.map((r) => r.uploads[style].readyMs));
      const peak = Math.max(...leg.rounds.map((r) => r.uploads[style].peakUploadKb ?? 0)) / 1024;
      const ratio = ready / reference;
      goals.push([
        `${leg.db}, ${style} file: queryable ÷ reference`,
        ratio.toFixed(2),
        `≤ ${goal.ratio.toFixed(1)}`,
        ratio <= goal.ratio ? "met" : "not met",
      ]);
      goals.push([
        `${leg.db}, ${style} file: peak memory of the upload process`,
        `${Math.round(peak)} MiB`,
        `≤ ${goal.peakMiB} MB`,
        peak * 1.048576 <= goal.peakMiB ? "met" : "not met",
      ]);
    }
  }
  if (goals.length)
    lines.push("#### Against the goals", "", table(["Figure", "Measured", "Goal", ""], goals), "");
  return lines.join("\n");
}
