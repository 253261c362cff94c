import { randomUUID } from "node:crypto";
import type { TSqlDriver } from "../driver";
import { readMigrations, type TMigrationFile } from "./files";

/** Thrown when a migration fails; its transaction was rolled back, nothing of it remains. */
export class MigrationError extends Error {
  override name = "MigrationError";
  constructor(
    readonly migrationName: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Migration ${migrationName} failed and was rolled back: ${reason}`);
  }
}

// The table `prisma migrate deploy` reads, created exactly as Prisma creates it.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Any fixed number; the same one Prisma uses, so our runner and its CLI exclude each other.
const ADVISORY_LOCK = 72707369;

type TAppliedRow = { migration_name: string; checksum: string; finished_at: Date | null };

/**
 * Applies pending migrations with deploy semantics. Each migration runs in its own
 * transaction together with its `_prisma_migrations` record, so a failure leaves the
 * database exactly as it was before that migration.
 */
export async function applyMigrations(
  driver: TSqlDriver,
  migrations: TMigrationFile[] = readMigrations(),
): Promise<string[]> {
  await driver.query(CREATE_MIGRATIONS_TABLE);
  const applied: string[] = [];
  await withLock(driver, async () => {
    const rows = await driver.query<TAppliedRow>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const failed = rows.find((row) => row.finished_at === null);
    if (failed) {
      throw new MigrationError(
        failed.migration_name,
        "it is recorded as started but never finished; resolve it before migrating",
      );
    }
    const done = new Set(rows.map((row) => row.migration_name));
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      try {
        await driver.transaction(async (tx) => {
          await tx.exec(migration.sql);
          await tx.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
             VALUES ($1, $2, $3, now(), now(), 1)`,
            [randomUUID(), migration.checksum, migration.name],
          );
        });
      } catch (error) {
        throw new MigrationError(migration.name, error);
      }
      applied.push(migration.name);
    }
  });
  return applied;
}

/** Names of migrations on disk that the database has not applied yet. */
export async function pendingMigrations(
  driver: TSqlDriver,
  migrations: TMigrationFile[] = readMigrations(),
): Promise<string[]> {
  const exists = await driver.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (!exists[0]?.present) return migrations.map((m) => m.name);
  const rows = await driver.query<TAppliedRow>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
  );
  const done = new Set(rows.map((row) => row.migration_name));
  return migrations.filter((m) => !done.has(m.name)).map((m) => m.name);
}

async function withLock(driver: TSqlDriver, fn: () => Promise<void>): Promise<void> {
  // PGlite has a single connection per process; only PostgreSQL can race between instances.
  if (driver.kind !== "postgres") return fn();
  await driver.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [ADVISORY_LOCK]);
    await fn();
  });
}
