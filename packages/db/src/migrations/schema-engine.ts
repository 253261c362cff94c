import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { TMigrationFile } from "./files";

type TEngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type TSchemaEngine = import("@prisma/schema-engine-wasm/schema_engine_bg").SchemaEngine;

let enginePromise: Promise<TEngineModule> | undefined;

/**
 * Prisma's schema engine compiled to WebAssembly. Its package targets bundlers, so in
 * Node we instantiate the .wasm ourselves; no native engine is ever downloaded.
 */
function loadEngineModule(): Promise<TEngineModule> {
  enginePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue: TEngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(gluePath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return glue;
  })();
  return enginePromise;
}

/**
 * A throwaway in-memory PGlite serves as both the engine's database and its shadow
 * database. The shadow's scripts are awaited here so that errors surface.
 */
function scratchFactory(): SqlMigrationAwareDriverAdapterFactory {
  const open = async (): Promise<SqlDriverAdapter> => {
    const db = new PGlite();
    const adapter = await new PrismaPGlite(db).connect();
    adapter.executeScript = async (script: string) => {
      await db.exec(script);
    };
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await db.close();
    };
    return adapter;
  };
  return {
    provider: "postgres",
    adapterName: "pglite-scratch",
    connect: open,
    connectToShadowDb: open,
  };
}

async function withEngine<T>(
  schema: string,
  fn: (engine: TSchemaEngine) => Promise<T>,
): Promise<T> {
  const glue = await loadEngineModule();
  const engine = await glue.SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(scratchFactory()),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
  }
}

// What Prisma writes beside the migrations; the engine reads the connector from it.
const MIGRATION_LOCK = 'provider = "postgresql"\n';

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * SQL that takes a database built by `migrations` to the state `schema` describes; empty
 * when they agree. The engine replays the migrations on a scratch shadow database.
 */
export async function diffMigrationsToSchema(
  migrations: TMigrationFile[],
  schema: string,
): Promise<string> {
  return withEngine(schema, async (engine) => {
    const result = await engine.diff({
      from: {
        tag: "migrations",
        baseDir: "/migrations",
        lockfile: { path: "migration_lock.toml", content: MIGRATION_LOCK },
        shadowDbInitScript: "",
        migrationDirectories: migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
        })),
      },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return normalizeScript(result.stdout ?? "");
  });
}

/** The engine answers "-- This is an empty migration." when nothing differs. */
function normalizeScript(script: string): string {
  const meaningful = script
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.trim().startsWith("--"));
  return meaningful.length === 0 ? "" : script.trim();
}
