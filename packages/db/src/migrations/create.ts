import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { migrationsDir, readMigrations, readSchema } from "./files";
import { diffMigrationsToSchema } from "./schema-engine";

/** Prisma's folder name: UTC timestamp, then the name in snake case. */
export function migrationFolderName(name: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const safe = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!safe) throw new Error("A migration needs a name, e.g. npm run db:migration -- add_comunas");
  return `${stamp}_${safe}`;
}

/** Writes a migration folder holding what the schema adds to the migrations; null if nothing. */
export async function createMigration(name: string): Promise<string | null> {
  const dir = migrationsDir();
  const sql = await diffMigrationsToSchema(readMigrations(dir), readSchema());
  if (!sql) return null;
  const folder = migrationFolderName(name);
  mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, folder, "migration.sql"), `${sql}\n`);
  return folder;
}
