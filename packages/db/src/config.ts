import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";

export type TDatabaseConfig =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; url: string; host: string; port: number; database: string };

/** Thrown for a setting that cannot work; its message is one line, fit for a terminal. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** The repository root: the nearest folder above `from` holding turbo.json. */
export function findRepoRoot(from: string = process.cwd()): string {
  // Runtime paths, not bundle inputs: keep Turbopack from tracing the whole repository.
  let dir = resolve(/*turbopackIgnore: true*/ from);
  for (;;) {
    if (existsSync(join(dir, "turbo.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(/*turbopackIgnore: true*/ from);
    dir = parent;
  }
}

/** PGlite's own spelling of a database kept in memory only, gone when the process ends. */
export const IN_MEMORY_PREFIX = "memory://";

export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATA_DIR?.trim();
  const root = findRepoRoot();
  if (!raw) return join(root, ".data");
  if (raw.startsWith(IN_MEMORY_PREFIX)) return raw;
  return isAbsolute(raw) ? raw : resolve(/*turbopackIgnore: true*/ root, raw);
}

/**
 * Picks the database from the environment: no DATABASE_URL means the embedded PGlite in
 * DATA_DIR; a postgresql:// URL means a real server. Anything else is refused up front.
 */
export function resolveDatabaseConfig(env: NodeJS.ProcessEnv = process.env): TDatabaseConfig {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return { kind: "pglite", dataDir: resolveDataDir(env) };
  return { kind: "postgres", ...parsePostgresUrl(raw) };
}

export function parsePostgresUrl(raw: string): {
  url: string;
  host: string;
  port: number;
  database: string;
} {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      "DATABASE_URL is not a valid URL; expected postgresql://user:password@host:5432/database",
    );
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new ConfigError(
      `DATABASE_URL must start with postgresql:// (got "${url.protocol}//"); unset it to use the embedded database`,
    );
  }
  if (!url.hostname) throw new ConfigError("DATABASE_URL has no host name");
  const port = url.port ? Number(url.port) : 5432;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`DATABASE_URL has an invalid port "${url.port}"`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!database) throw new ConfigError("DATABASE_URL names no database (add /name after the host)");
  return { url: raw, host: url.hostname, port, database };
}

export function describeDatabase(config: TDatabaseConfig): string {
  return config.kind === "pglite"
    ? `embedded PGlite in ${config.dataDir}`
    : `PostgreSQL at ${config.host}:${config.port}/${config.database}`;
}
