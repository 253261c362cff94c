import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findRepoRoot } from "../config";

export type TMigrationFile = { name: string; sql: string; checksum: string };

export function prismaDir(): string {
  return join(findRepoRoot(), "prisma");
}

export function migrationsDir(): string {
  return join(prismaDir(), "migrations");
}

export function readSchema(): string {
  return readFileSync(join(prismaDir(), "schema.prisma"), "utf8");
}

/** Checksum as Prisma computes it, so `prisma migrate deploy` accepts our records. */
export function checksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

/** Migration folders in name order (their names start with a timestamp). */
export function readMigrations(dir: string = migrationsDir()): TMigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksum(sql) };
    });
}
