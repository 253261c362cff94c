import type { TDatabaseConfig } from "@lab/db/config";
import { afterAll, beforeAll } from "vitest";
import type { TTestDatabase } from "./test-db";

// Route handlers reach the database the way the server does: through the app's process-wide
// handles (getPrisma, the bus, the public cache, the board stream), each made on first use
// for the database that DATA_DIR or DATABASE_URL name. A file that calls route handlers names
// its own test database there; the handles are closed after each file (process-handles.ts)
// and before a test database is dropped (test-db.ts).

type THandles = {
  __labBoardStream?: { close: () => Promise<void> };
  __labPublicCache?: { close: () => Promise<void> };
  __labBus?: { close: () => Promise<void> };
  __labPrisma?: { $disconnect: () => Promise<void> };
};

/** Closes and forgets the app's handles: the next use opens them on the database named then. */
export async function closeAppHandles(): Promise<void> {
  const handles = globalThis as THandles;
  const open = [
    handles.__labBoardStream?.close(),
    handles.__labPublicCache?.close(),
    handles.__labBus?.close(),
    handles.__labPrisma?.$disconnect(),
  ];
  delete handles.__labBoardStream;
  delete handles.__labPublicCache;
  delete handles.__labBus;
  delete handles.__labPrisma;
  await Promise.all(open);
}

/** Names `config` as the app's database, as a server's environment does. */
export function pointAppAt(config: TDatabaseConfig): void {
  if (config.kind === "pglite") {
    process.env.DATA_DIR = config.dataDir;
    delete process.env.DATABASE_URL;
  } else {
    process.env.DATABASE_URL = config.url;
  }
}

/** Another database for the app from here on: its handles are made again on next use. */
export async function switchAppTo(config: TDatabaseConfig): Promise<void> {
  await closeAppHandles();
  pointAppAt(config);
}

const SETTINGS = ["DATA_DIR", "DATABASE_URL"] as const;

/**
 * For the whole file, the app's database is the one `get` returns: register it after the
 * beforeAll that creates that database. The environment is restored afterwards.
 */
export function serveAppFrom(get: () => TTestDatabase): void {
  const before = Object.fromEntries(SETTINGS.map((name) => [name, process.env[name]]));
  beforeAll(() => switchAppTo(get().config));
  afterAll(async () => {
    await closeAppHandles();
    for (const name of SETTINGS) {
      const value = before[name];
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
}
