import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@lab/db/client";
import type { TDatabaseConfig } from "@lab/db/config";
import { closeShared, openSqlDriver, type TSqlDriver } from "@lab/db/driver";
import { applyMigrations } from "@lab/db/migrations/apply";
import type { PrismaClient } from "@lab/db/prisma";
import pg from "pg";
import { closeAppHandles } from "./app-database";

export type TTestDatabase = {
  config: TDatabaseConfig;
  driver: TSqlDriver;
  prisma: PrismaClient;
  drop: () => Promise<void>;
};

/** Which database this project runs against: set per Vitest project (see vitest.config.ts). */
export const TEST_DB_KIND = process.env.TEST_DB_KIND === "postgres" ? "postgres" : "pglite";

/**
 * A fresh, empty database: in-memory PGlite, or a new database on the PostgreSQL server
 * of TEST_DATABASE_URL (dropped afterwards). Never touches a developer's data. Dropping it
 * first closes the app's process-wide handles, which a file may have pointed at it
 * (app-database.ts): nothing of the app outlives its database.
 */
export async function createEmptyDatabase(): Promise<Omit<TTestDatabase, "prisma">> {
  if (TEST_DB_KIND === "pglite") {
    const config: TDatabaseConfig = {
      kind: "pglite",
      dataDir: `memory://test-${randomBytes(6).toString("hex")}`,
    };
    const drop = async () => {
      await closeAppHandles();
      await closeShared(config);
    };
    return { config, driver: openSqlDriver(config), drop };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DB_KIND=postgres needs TEST_DATABASE_URL");
  const name = `lab_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const config: TDatabaseConfig = {
    kind: "postgres",
    url: url.toString(),
    host: url.hostname,
    port: Number(url.port || 5432),
    database: name,
  };
  return {
    config,
    driver: openSqlDriver(config),
    drop: async () => {
      await closeAppHandles();
      await closeShared(config);
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** A fresh database with every checked-in migration applied, and a Prisma client on it. */
export async function createTestDatabase(): Promise<TTestDatabase> {
  const db = await createEmptyDatabase();
  await applyMigrations(db.driver);
  const prisma = createPrismaClient(db.config);
  return {
    ...db,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await db.drop();
    },
  };
}
