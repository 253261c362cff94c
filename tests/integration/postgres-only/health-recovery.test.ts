import { checkHealth } from "@lab/api/services/health";
import { createPrismaClient } from "@lab/db/client";
import type { TDatabaseConfig } from "@lab/db/config";
import { closeShared, openSqlDriver } from "@lab/db/driver";
import { databaseIsUp } from "@lab/db/health";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { proxyPostgres, type TTcpProxy } from "../support/tcp-proxy";
import { createTestDatabase, TEST_DB_KIND, type TTestDatabase } from "../support/test-db";

// Only the PostgreSQL project runs this folder (see vitest.config.ts): an embedded PGlite
// cannot go down underneath a running process, a database server can.
let db: TTestDatabase;
let proxy: TTcpProxy;
let config: Extract<TDatabaseConfig, { kind: "postgres" }>;

beforeAll(async () => {
  if (TEST_DB_KIND !== "postgres") throw new Error("run this file in integration-postgres only");
  db = await createTestDatabase();
  if (db.config.kind !== "postgres") throw new Error("expected a PostgreSQL test database");
  ({ proxy, config } = await proxyPostgres(db.config));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  if (config) await closeShared(config);
  await proxy?.stop();
  await db?.drop();
});

describe("when PostgreSQL goes away and comes back", () => {
  it("health and queries recover in the same process, without re-creating anything", async () => {
    vi.stubEnv("DATABASE_URL", config.url);
    const prisma = createPrismaClient(config);
    try {
      expect(await databaseIsUp(config)).toBe(true);
      expect(await checkHealth()).toEqual({ status: "ok", database: "ok" });
      expect(await prisma.indicator.count()).toBe(0);

      await proxy.stop();
      expect(await databaseIsUp(config)).toBe(false);
      expect(await checkHealth()).toEqual({ status: "error", database: "unreachable" });
      await expect(prisma.indicator.count()).rejects.toThrow();

      await proxy.start();
      expect(await databaseIsUp(config)).toBe(true);
      expect(await checkHealth()).toEqual({ status: "ok", database: "ok" });
      expect(await prisma.indicator.count()).toBe(0);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("fails a query in flight when the connection drops, without crashing the process", async () => {
    await proxy.start();
    const driver = openSqlDriver(config);
    expect(await driver.query<{ one: number }>("SELECT 1 AS one")).toEqual([{ one: 1 }]);

    const inFlight = driver.query("SELECT pg_sleep(30)");
    const settled = inFlight.then(
      () => "resolved",
      (error: unknown) => error,
    );
    // Wait until the server is really running it, so the connection drops mid-query.
    await expect
      .poll(async () => {
        const rows = await db.driver.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)' AND state = 'active'",
        );
        return rows[0]?.n;
      })
      .toBe(1);

    await proxy.stop();
    // An unhandled 'error' from the pooled client would fail this run as an uncaught exception.
    expect(await settled).toBeInstanceOf(Error);

    await proxy.start();
    expect(await databaseIsUp(config)).toBe(true);
  });
});
