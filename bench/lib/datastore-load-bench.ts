// The datastore upload bench's child process (bench/lib/datastore-load.mjs runs it), on a
// database made for the run (see bench-child.ts):
//   files <point> <comma>    write the two spellings of the bench file
//   prepare                  migrate; a publisher and an empty dataset to upload to
//   upload <file> <out>      one upload through the service the route calls (uploadVersion),
//                            from the file as a byte stream: time to READY (parsed, typed,
//                            loaded, primary key, statistics, dictionary), then to the row
//                            API's secondary indexes; resident memory before, peak after.
//                            A small upload first, as a running server has served requests
//                            before: the measured one does not pay for a cold process (Prisma
//                            planning its queries, PostgreSQL reading its catalog), ~0.7 s.
//   reference <file> <out>   PGlite only: PGlite's own COPY of the whole file (one blob) into
//                            a typed table, the reference the upload is compared with
// One process per step, so each one's peak memory is its own.
import {
  closeSync,
  createReadStream,
  openSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { uploadVersion } from "@lab/api/services/dataset-upload";
import { waitForIndexBuilds } from "@lab/db/datastore/load-indexes";
import { getPglite } from "@lab/db/driver";
import { createUser } from "@lab/db/users";
import {
  log,
  openBenchDatabase,
  peakRssKb,
  resetPeakRss,
  rssKb,
  type TBenchDatabase,
  timed,
} from "./bench-child";
import { BENCH_COLUMNS, writeBenchCsv } from "./datastore-load-data";

const PUBLISHER = "bench-publisher@example.org";
export const BENCH_DATASET = "bench-carga-datastore";
const WARM_UP_DATASET = "bench-calentamiento";
const WARM_UP_LINES = 2_000;

async function prepare(): Promise<void> {
  const db = await openBenchDatabase("prepare");
  try {
    await createUser(db.prisma, {
      email: PUBLISHER,
      name: "Oficina TIC (bench)",
      role: "PUBLISHER",
      password: "bench-password-not-used-1234",
    });
    for (const slug of [BENCH_DATASET, WARM_UP_DATASET]) {
      await db.prisma.dataset.create({
        data: {
          slug,
          title: "Registro de prueba (bench)",
          description: "Un millón de filas generadas para medir la carga al datastore.",
          theme: "gobierno-y-participacion",
          contactName: "Oficina TIC",
          contactEmail: "datosabiertos@bucaramanga.gov.co",
          updateFrequency: "MONTHLY",
        },
      });
    }
  } finally {
    await db.close();
  }
}

/** The file's first lines, as a small upload of the same shape. */
function firstLines(file: string, lines: number): Uint8Array {
  const head = Buffer.alloc(1024 * 1024);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, head.byteLength, 0);
  } finally {
    closeSync(fd);
  }
  let end = 0;
  for (let n = 0; n < lines; n += 1) end = head.indexOf(10, end) + 1;
  return head.subarray(0, end);
}

/** Drops the table of the dataset's last version (the next upload is measured without it). */
async function dropLastTable(db: TBenchDatabase, slug: string, number: number): Promise<void> {
  const loaded = await db.prisma.datasetVersion.findFirstOrThrow({
    where: { dataset: { slug }, number },
    select: { tableName: true },
  });
  await db.query(`DROP TABLE datastore."${loaded.tableName}"`);
}

async function upload(file: string, out: string): Promise<void> {
  const db = await openBenchDatabase("measure");
  try {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: PUBLISHER } });
    const actor = { id: user.id, role: user.role };
    const small = firstLines(file, WARM_UP_LINES);
    const warmUp = await uploadVersion(
      db.prisma,
      db.config,
      actor,
      WARM_UP_DATASET,
      Readable.from([small]),
      {
        fileName: `calentamiento-${basename(file)}`,
        byteSize: small.byteLength,
      },
    );
    if (!warmUp.ok) throw new Error("the warm-up upload has problems");
    await waitForIndexBuilds();
    await dropLastTable(db, WARM_UP_DATASET, warmUp.version.number);
    const rssBeforeKb = rssKb();
    const reset = resetPeakRss();
    const cpu = process.cpuUsage();
    const ready = await timed(() =>
      uploadVersion(
        db.prisma,
        db.config,
        actor,
        BENCH_DATASET,
        // In pieces of 64 kB, as an HTTP request body arrives.
        createReadStream(file, { highWaterMark: 64 * 1024 }),
        // The size as the route takes it from Content-Length.
        { fileName: basename(file), byteSize: statSync(file).size },
      ),
    );
    const peakUploadKb = peakRssKb();
    const used = process.cpuUsage(cpu);
    if (!ready.value.ok) {
      throw new Error(`the bench file has problems: ${JSON.stringify(ready.value.problems)}`);
    }
    log(`${basename(file)}: READY after ${(ready.ms / 1000).toFixed(2)} s; indexes…`);
    const indexes = await timed(() => waitForIndexBuilds());
    const { version } = ready.value;
    const result = {
      file: basename(file),
      bytes: statSync(file).size,
      rows: version.rowCount,
      encoding: version.encoding,
      delimiter: version.delimiter,
      types: version.columns.map((c) => `${c.field}:${c.type}`),
      readyMs: ready.ms,
      /** CPU time of this process (all its threads) until READY: steadier than wall time. */
      cpuMs: (used.user + used.system) / 1000,
      indexesMs: indexes.ms,
      rssBeforeKb,
      peakUploadKb: reset ? peakUploadKb : null,
      peakWithIndexesKb: reset ? peakRssKb() : null,
    };
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    // The next upload is measured without this one's table around (autovacuum, disk).
    await dropLastTable(db, BENCH_DATASET, version.number);
  } finally {
    await db.close();
  }
}

async function reference(file: string, out: string): Promise<void> {
  const db = await openBenchDatabase("measure");
  try {
    if (db.config.kind !== "pglite")
      throw new Error("reference: PGlite only (psql does PostgreSQL's)");
    const pglite = getPglite(db.config.dataDir);
    const columns = BENCH_COLUMNS.map(([name, type]) => `${name} ${type}`).join(", ");
    await pglite.query(`CREATE TABLE bench_reference (${columns})`);
    const copy = await timed(() =>
      pglite.query("COPY bench_reference FROM '/dev/blob' WITH (FORMAT csv, HEADER)", [], {
        blob: new Blob([readFileSync(file)]),
      }),
    );
    const [count] = (
      await pglite.query<{ n: number }>("SELECT count(*)::int AS n FROM bench_reference")
    ).rows;
    await pglite.query("DROP TABLE bench_reference");
    writeFileSync(out, `${JSON.stringify({ ms: copy.ms, rows: count?.n }, null, 2)}\n`);
  } finally {
    await db.close();
  }
}

const [mode, file, out] = process.argv.slice(2);
try {
  if (mode === "files" && file && out) {
    await writeBenchCsv(file, "point");
    await writeBenchCsv(out, "comma");
  } else if (mode === "prepare") await prepare();
  else if (mode === "upload" && file && out) await upload(file, out);
  else if (mode === "reference" && file && out) await reference(file, out);
  else
    throw new Error(
      "usage: datastore-load-bench.ts prepare | upload <file> <out> | reference <file> <out>",
    );
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
