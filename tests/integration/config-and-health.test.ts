import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkHealth } from "@lab/api/services/health";
import { resolveAuthSecret } from "@lab/db/auth-secret";
import {
  ConfigError,
  parsePostgresUrl,
  resolveDatabaseConfig,
  type TDatabaseConfig,
} from "@lab/db/config";
import { closeShared, openSqlDriver } from "@lab/db/driver";
import { databaseIsUp } from "@lab/db/health";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { REPO_ROOT } from "./support/cli";
import { createEmptyDatabase } from "./support/test-db";

/** The ConfigError `fn` throws; fails the test if it throws nothing or something else. */
function configError(fn: () => unknown): ConfigError {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ConfigError);
  return thrown as ConfigError;
}

/** An environment with just these variables (Next's types make NODE_ENV look mandatory). */
const env = (vars: Record<string, string | undefined>) => vars as NodeJS.ProcessEnv;

function postgresConfig(port: number): Extract<TDatabaseConfig, { kind: "postgres" }> {
  const url = `postgresql://postgres@127.0.0.1:${port}/nada`;
  return { kind: "postgres", url, host: "127.0.0.1", port, database: "nada" };
}

describe("database settings", () => {
  it("uses the embedded PGlite in DATA_DIR when DATABASE_URL is unset or blank", () => {
    for (const DATABASE_URL of [undefined, "", "   "]) {
      expect(resolveDatabaseConfig(env({ DATABASE_URL, DATA_DIR: "/var/lib/lab" }))).toEqual({
        kind: "pglite",
        dataDir: "/var/lib/lab",
      });
    }
    // A relative DATA_DIR is relative to the repository, not to wherever a script runs.
    expect(resolveDatabaseConfig(env({ DATA_DIR: "datos" }))).toEqual({
      kind: "pglite",
      dataDir: join(REPO_ROOT, "datos"),
    });
    expect(resolveDatabaseConfig(env({}))).toEqual({
      kind: "pglite",
      dataDir: join(REPO_ROOT, ".data"),
    });
    // PGlite's own spelling of a database kept in memory is not a folder.
    expect(resolveDatabaseConfig(env({ DATA_DIR: "memory://demo" }))).toEqual({
      kind: "pglite",
      dataDir: "memory://demo",
    });
  });

  it("reads a PostgreSQL URL, with the default port and an encoded database name", () => {
    expect(
      resolveDatabaseConfig(
        env({
          DATABASE_URL: " postgresql://lab:clave@db.interno/datos%20abiertos ",
        }),
      ),
    ).toEqual({
      kind: "postgres",
      url: "postgresql://lab:clave@db.interno/datos%20abiertos",
      host: "db.interno",
      port: 5432,
      database: "datos abiertos",
    });
    expect(parsePostgresUrl("postgres://lab@10.0.0.5:6543/lab")).toMatchObject({
      host: "10.0.0.5",
      port: 6543,
      database: "lab",
    });
  });

  it.each([
    ["a malformed URL", "not-a-url", /^DATABASE_URL is not a valid URL; expected postgresql:\/\//],
    [
      "a MySQL URL",
      "mysql://root:s3creta@db/lab",
      /^DATABASE_URL must start with postgresql:\/\/ \(got "mysql:\/\/"\)/,
    ],
    ["an HTTP URL", "https://db.example.org/lab", /must start with postgresql:\/\//],
    ["no database name", "postgresql://lab:s3creta@db:5432", /^DATABASE_URL names no database/],
    ["an empty database name", "postgresql://lab@db:5432/", /^DATABASE_URL names no database/],
    ["port 0", "postgresql://lab:s3creta@db:0/lab", /^DATABASE_URL has an invalid port "0"$/],
    ["a port above 65535", "postgresql://lab@db:99999/lab", /^DATABASE_URL is not a valid URL/],
    ["a non-numeric port", "postgresql://lab@db:abc/lab", /^DATABASE_URL is not a valid URL/],
    ["no host", "postgresql:///lab", /^DATABASE_URL has no host name$/],
  ])(
    "refuses %s with a one-line ConfigError that leaks no password",
    (_, DATABASE_URL, message) => {
      const error = configError(() => resolveDatabaseConfig(env({ DATABASE_URL })));
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain("\n");
      expect(error.message).not.toContain("s3creta");
    },
  );
});

describe("session signing secret", () => {
  let dir: string;
  const LONG = "a-secret-that-is-long-enough-for-hs256-0123";

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "lab-auth-secret-"));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps no file for an in-memory database: one key for the process's life", () => {
    const cwd = readdirSync(process.cwd());
    const first = resolveAuthSecret(env({ DATA_DIR: "memory://sesiones" }));
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveAuthSecret(env({ DATA_DIR: "memory://sesiones" }))).toBe(first);
    expect(readdirSync(process.cwd())).toEqual(cwd);
  });

  it("takes AUTH_SECRET (or NEXTAUTH_SECRET) from the environment over a stored one", () => {
    const stored = "stored-secret-stored-secret-stored-secret";
    writeFileSync(join(dir, "auth-secret"), stored);
    expect(resolveAuthSecret(env({ DATA_DIR: dir }))).toBe(stored);
    expect(resolveAuthSecret(env({ DATA_DIR: dir, AUTH_SECRET: `  ${LONG}  ` }))).toBe(LONG);
    expect(resolveAuthSecret(env({ DATA_DIR: dir, NEXTAUTH_SECRET: LONG }))).toBe(LONG);
    expect(
      resolveAuthSecret(
        env({
          NODE_ENV: "production",
          DATABASE_URL: "postgresql://lab@db/lab",
          AUTH_SECRET: LONG,
        }),
      ),
    ).toBe(LONG);
    expect(readFileSync(join(dir, "auth-secret"), "utf8")).toBe(stored);
    rmSync(join(dir, "auth-secret"));
  });

  it("refuses a secret shorter than 32 characters", () => {
    const error = configError(() =>
      resolveAuthSecret(env({ DATA_DIR: dir, AUTH_SECRET: "corta" })),
    );
    expect(error.message).toBe("AUTH_SECRET must be at least 32 characters long");
  });

  it("requires AUTH_SECRET in production on PostgreSQL, and writes nothing", () => {
    const dataDir = join(dir, "production");
    const error = configError(() =>
      resolveAuthSecret(
        env({
          NODE_ENV: "production",
          DATABASE_URL: "postgresql://lab@db/lab",
          DATA_DIR: dataDir,
        }),
      ),
    );
    expect(error.message).toContain("AUTH_SECRET");
    expect(error.message).not.toContain("\n");
    expect(() => statSync(dataDir)).toThrow();
  });

  it("generates one for the embedded database once, keeps it private, and reuses it", () => {
    const dataDir = join(dir, "nested", "data");
    const first = resolveAuthSecret(env({ DATA_DIR: dataDir }));
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = join(dataDir, "auth-secret");
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    // A restart (even in production, on the embedded database) keeps sessions valid.
    expect(resolveAuthSecret(env({ DATA_DIR: dataDir }))).toBe(first);
    expect(resolveAuthSecret(env({ DATA_DIR: dataDir, NODE_ENV: "production" }))).toBe(first);
    // Another installation gets its own.
    expect(resolveAuthSecret(env({ DATA_DIR: join(dir, "other") }))).not.toBe(first);
  });
});

describe("database health", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("is up on the test database", async () => {
    const db = await createEmptyDatabase();
    try {
      // A new embedded database is created on its first query (initdb, seconds on a busy
      // machine): that is not what the health check's time limit is about.
      await openSqlDriver(db.config).query("SELECT 1");
      expect(await databaseIsUp(db.config)).toBe(true);
    } finally {
      await db.drop();
    }
  });

  it("is down, not an exception, for PostgreSQL on a closed port", async () => {
    const config = postgresConfig(1);
    try {
      await expect(databaseIsUp(config)).resolves.toBe(false);
      // What /api/health reports for the configured database.
      vi.stubEnv("DATABASE_URL", config.url);
      await expect(checkHealth()).resolves.toEqual({ status: "error", database: "unreachable" });
    } finally {
      await closeShared(config);
    }
  });

  it("is down when the server accepts connections but never answers", async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => {
      sockets.add(socket);
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const address = silent.address();
    const config = postgresConfig(typeof address === "object" && address ? address.port : 0);
    try {
      // Without the timeout this would hang until the test times out.
      await expect(databaseIsUp(config, 100)).resolves.toBe(false);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
      await closeShared(config);
    }
  });
});
