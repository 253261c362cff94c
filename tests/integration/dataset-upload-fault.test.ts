import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { uploadVersion } from "@lab/api/services/dataset-upload";
import { publishVersion } from "@lab/api/services/dataset-versions";
import type { TSessionUser } from "@lab/api/trpc";
import { createPrismaClient } from "@lab/db/client";
import type { TDatabaseConfig } from "@lab/db/config";
import { waitForIndexBuilds } from "@lab/db/datastore/load-indexes";
import { closeShared, openSqlDriver, type TSqlDriver } from "@lab/db/driver";
import { applyMigrations } from "@lab/db/migrations/apply";
import type { PrismaClient } from "@lab/db/prisma";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "./support/cli";
import { chunked, createDataset, datastoreTables, utf8 } from "./support/dataset-upload";
import { createTestDatabase, TEST_DB_KIND, type TTestDatabase } from "./support/test-db";
import { createSessionUser } from "./support/users";

// A server killed (SIGKILL) in the middle of a large upload: after the restart, the version
// the public sees is intact and queryable, no half-loaded version or table remains anywhere,
// and uploading the file again succeeds. The server is a process of its own
// (support/upload-server.ts); the embedded PGlite belongs to one process at a time, so on it
// this test opens the database only while no server runs.

const ROWS_V1 = 1000;
const ROWS_BIG = 250_000;

let config: TDatabaseConfig;
let pgTest: TTestDatabase | undefined;
let dataDir: string | undefined;
let publisher: TSessionUser;
let dataset: { id: string; slug: string };
let server: ChildProcess | undefined;

function csv(rows: number): Uint8Array {
  const lines = ["Código;Fecha;Comuna;Participantes;Horas"];
  for (let i = 1; i <= rows; i += 1) {
    const day = String((i % 28) + 1).padStart(2, "0");
    lines.push(`${i};${day}/03/2024;Comuna ${i % 17};${i % 90};${i % 7},5`);
  }
  return utf8(`${lines.join("\r\n")}\r\n`);
}

const BIG = csv(ROWS_BIG);

/** Runs `fn` with the database open in this process (on PGlite, only while no server runs). */
async function withDatabase<T>(fn: (prisma: PrismaClient, driver: TSqlDriver) => Promise<T>) {
  if (pgTest) return fn(pgTest.prisma, pgTest.driver);
  const prisma = createPrismaClient(config);
  try {
    return await fn(prisma, openSqlDriver(config));
  } finally {
    await waitForIndexBuilds();
    await prisma.$disconnect();
    await closeShared(config);
  }
}

function serverEnv(): Record<string, string> {
  return {
    ...(config.kind === "pglite"
      ? { DATA_DIR: config.dataDir, DATABASE_URL: "" }
      : { DATABASE_URL: config.url }),
    UPLOAD_SESSION: JSON.stringify(publisher),
  };
}

/** Starts the server; resolves with its port, and calls `onReceived` as the load reads on. */
async function startServer(onReceived: (bytes: number) => void = () => {}): Promise<number> {
  // node itself with tsx's loader: the tsx command would run the server in a child process,
  // which a SIGKILL to the command does not reach.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "tests/integration/support/upload-server.ts"],
    { cwd: REPO_ROOT, env: { ...process.env, ...serverEnv() }, stdio: ["ignore", "pipe", "pipe"] },
  );
  server = child;
  let stderr = "";
  child.stderr?.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
    child.stdout?.setEncoding("utf8").on("data", (data: string) => {
      for (const line of data.split("\n")) {
        const [word, value] = line.split(" ");
        if (word === "ready") resolve(Number(value));
        if (word === "received") onReceived(Number(value));
      }
    });
  });
}

async function stopServer(signal: NodeJS.Signals): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = once(child, "exit");
  child.kill(signal);
  await exited;
}

/** POSTs the file, streamed; resolves with the status and body, or the connection error. */
function post(port: number, body: Uint8Array) {
  return new Promise<{ status: number; json: unknown } | { error: Error }>((resolve) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        method: "POST",
        path: `/api/admin/datasets/${dataset.slug}/versions`,
        // With its length, as browsers send a file: a large one is parsed in a worker thread.
        headers: {
          "content-type": "text/csv",
          "content-length": String(body.length),
          "x-file-name": "asistencia.csv",
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (d: string) => {
          text += d;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on("error", (error) => resolve({ error }));
    (async () => {
      for await (const piece of chunked(body, 256 * 1024)) {
        if (!req.write(piece)) await once(req, "drain").catch(() => {});
        if (req.destroyed) return;
      }
      req.end();
    })();
  });
}

beforeAll(async () => {
  if (TEST_DB_KIND === "postgres") {
    pgTest = await createTestDatabase();
    config = pgTest.config;
  } else {
    dataDir = mkdtempSync(join(tmpdir(), "lab-upload-fault-"));
    config = { kind: "pglite", dataDir };
    await applyMigrations(openSqlDriver(config));
  }
  // Version 1, loaded and published: what the public sees throughout.
  await withDatabase(async (prisma) => {
    publisher = await createSessionUser(prisma, "PUBLISHER");
    dataset = await createDataset(prisma);
    const loaded = await uploadVersion(
      prisma,
      config,
      publisher,
      dataset.slug,
      chunked(csv(ROWS_V1)),
      {
        fileName: "asistencia-v1.csv",
      },
    );
    expect(loaded.ok).toBe(true);
    await publishVersion(prisma, publisher, { slug: dataset.slug, number: 1 });
  });
}, 120_000);

afterAll(async () => {
  await stopServer("SIGKILL");
  await pgTest?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function publicState() {
  return withDatabase(async (prisma, driver) => {
    const current = await prisma.dataset.findUniqueOrThrow({
      where: { id: dataset.id },
      select: { publishedVersion: { select: { number: true, tableName: true, rowCount: true } } },
    });
    const table = current.publishedVersion?.tableName as string;
    const [rows] = await driver.query<{ n: number; last: string }>(
      `SELECT count(*)::int AS n, max("comuna") AS last FROM datastore."${table}"`,
    );
    const versions = await prisma.datasetVersion.findMany({
      where: { datasetId: dataset.id },
      orderBy: { number: "asc" },
      select: { number: true, status: true, tableName: true, problems: true, rowCount: true },
    });
    return {
      current: current.publishedVersion,
      rows,
      versions,
      tables: await datastoreTables(driver),
    };
  });
}

describe("a server killed in the middle of a load", () => {
  it("keeps the published version, leaves nothing half-loaded, and lets the upload be retried", async () => {
    // Killed once the loader has read 40% of the file (it reads only as fast as it loads).
    let killed: Promise<void> | null = null;
    const port = await startServer((bytes) => {
      if (!killed && bytes >= BIG.length * 0.4) killed = stopServer("SIGKILL");
    });
    const cut = await post(port, BIG);
    expect("error" in cut, "the upload must not finish").toBe(true);
    await killed;

    // npm start runs prepare before the server: it finds the interrupted load.
    const prepare = await runCli("prepare.ts", [], serverEnv());
    expect(prepare.code, prepare.stderr).toBe(0);
    expect(prepare.stdout).toContain("Dataset uploads interrupted by a restart, marked failed: 1");

    const after = await publicState();
    const v1 = after.versions[0];
    expect(after.current).toEqual({ number: 1, tableName: v1?.tableName, rowCount: ROWS_V1 });
    expect(after.rows).toEqual({ n: ROWS_V1, last: "Comuna 9" });
    expect(after.versions.map((v) => [v.number, v.status])).toEqual([
      [1, "PUBLISHED"],
      [2, "FAILED"],
    ]);
    expect(after.versions[1]?.problems).toMatchObject({
      problems: [{ message: expect.stringMatching(/^La carga se interrumpió/) }],
    });
    expect(after.tables).toEqual([v1?.tableName]);

    // The retry, on the restarted server.
    const again = await startServer();
    const retried = await post(again, BIG);
    expect(retried).toMatchObject({
      status: 201,
      json: { version: { number: 3, status: "READY", rowCount: ROWS_BIG } },
    });
    await stopServer("SIGTERM");

    const final = await publicState();
    expect(final.current?.number).toBe(1);
    expect(final.versions.map((v) => [v.number, v.status, v.rowCount])).toEqual([
      [1, "PUBLISHED", ROWS_V1],
      [2, "FAILED", null],
      [3, "READY", ROWS_BIG],
    ]);
    expect(final.tables.sort()).toEqual(
      [final.versions[0]?.tableName, final.versions[2]?.tableName].sort(),
    );
  }, 300_000);
});
