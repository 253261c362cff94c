import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { resolveDatabaseConfig, type TDatabaseConfig } from "./config";
import { getPglite, getPool } from "./driver";
import { PrismaClient } from "./generated/prisma/client";

export type TPrisma = PrismaClient;

/** A Prisma client over the configured database; callers cannot tell which one it is. */
export function createPrismaClient(config: TDatabaseConfig): PrismaClient {
  const adapter =
    config.kind === "pglite"
      ? new PrismaPGlite(getPglite(config.dataDir))
      : new PrismaPg(getPool(config.url));
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { __labPrisma?: PrismaClient };

/** The process-wide client (one per process: PGlite is single-writer, and hot reload re-imports). */
export function getPrisma(): PrismaClient {
  globalForPrisma.__labPrisma ??= createPrismaClient(resolveDatabaseConfig());
  return globalForPrisma.__labPrisma;
}
