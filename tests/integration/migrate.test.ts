import { applyMigrations, MigrationError, pendingMigrations } from "@lab/db/migrations/apply";
import { checksum, readMigrations } from "@lab/db/migrations/files";
import { afterEach, describe, expect, it } from "vitest";
import { createEmptyDatabase } from "./support/test-db";

type TDb = Awaited<ReturnType<typeof createEmptyDatabase>>;
let db: TDb | undefined;

afterEach(async () => {
  await db?.drop();
  db = undefined;
});

async function tableExists(name: string): Promise<boolean> {
  if (!db) throw new Error("no database");
  const rows = await db.driver.query<{ present: boolean }>(
    "SELECT to_regclass($1) IS NOT NULL AS present",
    [`"${name}"`],
  );
  return rows[0]?.present ?? false;
}

describe("migration runner", () => {
  it("applies every migration once and records it as prisma migrate deploy does", async () => {
    db = await createEmptyDatabase();
    const migrations = readMigrations();
    expect(await applyMigrations(db.driver)).toEqual(migrations.map((m) => m.name));
    expect(await applyMigrations(db.driver)).toEqual([]);
    expect(await pendingMigrations(db.driver)).toEqual([]);

    const rows = await db.driver.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(checksum(migrations[i]?.sql ?? ""));
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await tableExists("Indicator")).toBe(true);
  });

  it("rolls a failing migration back whole, names it, and applies it once fixed", async () => {
    db = await createEmptyDatabase();
    const good = readMigrations();
    const broken = {
      name: "29990101000000_broken",
      sql: 'CREATE TABLE "HalfDone" (id INT);\nALTER TABLE "NoSuchTable" ADD COLUMN x INT;',
      checksum: "",
    };
    broken.checksum = checksum(broken.sql);

    const failure = await applyMigrations(db.driver, [...good, broken]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).migrationName).toBe("29990101000000_broken");
    expect((failure as Error).message).toContain("29990101000000_broken");

    // The earlier migrations stay applied; nothing of the broken one remains, not even a record.
    expect(await tableExists("Indicator")).toBe(true);
    expect(await tableExists("HalfDone")).toBe(false);
    expect(await pendingMigrations(db.driver, [...good, broken])).toEqual([broken.name]);

    const fixedSql = 'CREATE TABLE "HalfDone" (id INT);';
    const fixed = { name: broken.name, sql: fixedSql, checksum: checksum(fixedSql) };
    expect(await applyMigrations(db.driver, [...good, fixed])).toEqual([broken.name]);
    expect(await tableExists("HalfDone")).toBe(true);
  });
});
