import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, IN_MEMORY_PREFIX, resolveDataDir } from "./config";

/** For a database in memory: a key as short-lived as its sessions' accounts. */
let inMemorySecret: string | undefined;

/**
 * The key that signs session tokens. AUTH_SECRET (or NEXTAUTH_SECRET) wins; otherwise one
 * is generated once and kept in DATA_DIR, beside the embedded database, so sessions
 * survive restarts. A production server on PostgreSQL must be given one explicitly,
 * because every instance behind a load balancer has to share it.
 */
export function resolveAuthSecret(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.AUTH_SECRET?.trim() || env.NEXTAUTH_SECRET?.trim();
  if (given) {
    if (given.length < 32) throw new ConfigError("AUTH_SECRET must be at least 32 characters long");
    return given;
  }
  if (env.NODE_ENV === "production" && env.DATABASE_URL?.trim()) {
    throw new ConfigError(
      "AUTH_SECRET is required in production with DATABASE_URL (generate one: openssl rand -base64 32)",
    );
  }
  const dir = resolveDataDir(env);
  if (dir.startsWith(IN_MEMORY_PREFIX)) {
    inMemorySecret ??= randomBytes(32).toString("base64url");
    return inMemorySecret;
  }
  const file = join(dir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
