import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrismaClient } from "@lab/db/client";
import { SEED_INDICATORS } from "@lab/db/seed/indicators";
import { DEMO_ACCOUNTS } from "@lab/db/seed/users";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/cli";
import { createEmptyDatabase, TEST_DB_KIND } from "../support/test-db";

type TDb = Awaited<ReturnType<typeof createEmptyDatabase>>;
let db: TDb;
let dataDir: string;

beforeAll(async () => {
  if (TEST_DB_KIND !== "postgres") throw new Error("run this file in integration-postgres only");
  db = await createEmptyDatabase();
  dataDir = mkdtempSync(join(tmpdir(), "lab-prepare-pg-"));
});

afterAll(async () => {
  await db?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start's prepare step on PostgreSQL", () => {
  it("migrates and seeds an empty server database but never creates demo accounts", async () => {
    if (db.config.kind !== "postgres") throw new Error("expected a PostgreSQL test database");
    const env = { DATABASE_URL: db.config.url, DATA_DIR: dataDir };

    const first = await runCli("prepare.ts", [], env);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Migrated PostgreSQL at ${db.config.host}:${db.config.port}`);
    expect(first.stdout).toContain("Empty database: seed content loaded.");
    expect(first.stdout).not.toContain("Demo accounts");
    for (const account of DEMO_ACCOUNTS) expect(first.stdout).not.toContain(account.password);

    const second = await runCli("prepare.ts", [], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe("");

    const prisma = createPrismaClient(db.config);
    try {
      expect(await prisma.user.count()).toBe(0);
      expect(await prisma.indicator.count()).toBe(SEED_INDICATORS.length);
    } finally {
      await prisma.$disconnect();
    }
  });
});
