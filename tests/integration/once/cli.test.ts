import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { authorizeCredentials } from "@lab/api/auth/options";
import { createPrismaClient } from "@lab/db/client";
import type { TDatabaseConfig } from "@lab/db/config";
import { closeShared } from "@lab/db/driver";
import { SEED_INDICATORS } from "@lab/db/seed/indicators";
import { DEMO_ACCOUNTS } from "@lab/db/seed/users";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lines, runCli } from "../support/cli";

// The commands an operator runs, as separate processes. The embedded database they share
// lives in a temporary DATA_DIR; this process opens it only after they have exited, since
// PGlite allows one process per data folder. The tests run in order and build on each other.
let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), "lab-cli-"));
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const embedded = () => ({ DATA_DIR: dataDir, DATABASE_URL: "" });

describe("npm start's prepare step", () => {
  it("refuses a malformed DATABASE_URL in one line, before touching anything", async () => {
    const untouched = join(dataDir, "never-created");
    const run = await runCli("prepare.ts", [], { DATABASE_URL: "not-a-url", DATA_DIR: untouched });
    expect(run.code).not.toBe(0);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^Error: DATABASE_URL is not a valid URL/);
    expect(existsSync(untouched)).toBe(false);
  });

  it("names host and port, in one line, when PostgreSQL cannot be reached", async () => {
    const run = await runCli("prepare.ts", [], {
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/x",
      DATA_DIR: join(dataDir, "unreachable"),
    });
    expect(run.code).not.toBe(0);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^Error: Cannot reach PostgreSQL at 127\.0\.0\.1:1 \(/);
  });

  it("migrates and seeds a new embedded database and prints the demo accounts", async () => {
    const run = await runCli("prepare.ts", [], embedded());
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Migrated embedded PGlite in");
    expect(run.stdout).toContain("Empty database: seed content loaded.");
    expect(run.stdout).toContain("Demo accounts (embedded database only):");
    for (const account of DEMO_ACCOUNTS) {
      expect(run.stdout).toMatch(new RegExp(`${account.email}\\s+/\\s+${account.password}`));
    }
    expect(existsSync(join(dataDir, "auth-secret"))).toBe(true);
  });

  it("does nothing the second time: no migration, no seed, no passwords printed", async () => {
    const run = await runCli("prepare.ts", [], embedded());
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("Migrated");
    expect(run.stdout).not.toContain("seed content loaded");
    expect(run.stdout).not.toContain("Demo accounts");
    for (const account of DEMO_ACCOUNTS) expect(run.stdout).not.toContain(account.password);
  });
});

describe("npm run user:create", () => {
  let generated = "";

  it("creates an account and shows its generated password once", async () => {
    const run = await runCli(
      "create-user.ts",
      ["--email", "Ana@Example.org", "--role", "editor", "--name", "Ana Pérez"],
      embedded(),
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Created EDITOR ana@example.org");
    const match = /Generated password \(shown once\): (\S+)/.exec(run.stdout);
    generated = match?.[1] ?? "";
    expect(generated.length).toBeGreaterThanOrEqual(10);
    expect(run.stdout.split(generated)).toHaveLength(2);
  });

  it("refuses an unknown role, listing the valid ones", async () => {
    const run = await runCli(
      "create-user.ts",
      ["--email", "luis@example.org", "--role", "JEFE"],
      embedded(),
    );
    expect(run.code).not.toBe(0);
    expect(lines(run.stderr)).toEqual([
      "Error: --role must be one of ADMIN, EDITOR, PUBLISHER, PARTICIPANT",
    ]);
  });

  it("refuses an email that already has an account, whatever its case", async () => {
    const run = await runCli(
      "create-user.ts",
      ["--email", "ANA@example.org", "--role", "ADMIN", "--password", "otra-clave-larga-123"],
      embedded(),
    );
    expect(run.code).not.toBe(0);
    expect(lines(run.stderr)).toEqual(["Error: A user with email ana@example.org already exists"]);
  });

  it("puts an editor in its offices, and refuses an unknown office before creating anyone", async () => {
    const password = ["--password", "clave-larga-de-luz-1"];
    const run = await runCli(
      "create-user.ts",
      [
        ...["--email", "luz@example.org", "--role", "EDITOR", ...password],
        ...["--office", "Secretaría de Planeación", "--office", "Oficina TIC"],
      ],
      embedded(),
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(
      "Created EDITOR luz@example.org (Secretaría de Planeación, Oficina TIC)",
    );

    const unknown = await runCli(
      "create-user.ts",
      ["--email", "pedro@example.org", "--role", "EDITOR", ...password, "--office", "Hacienda"],
      embedded(),
    );
    expect(unknown.code).not.toBe(0);
    expect(lines(unknown.stderr)).toHaveLength(1);
    expect(unknown.stderr).toMatch(/^Error: Unknown office "Hacienda"; offices: .*Oficina TIC/);
  });

  it("left a database where the new account signs in and nothing was duplicated", async () => {
    const config: TDatabaseConfig = { kind: "pglite", dataDir };
    const prisma = createPrismaClient(config);
    try {
      const ana = await authorizeCredentials(prisma, {
        email: "ana@example.org",
        password: generated,
      });
      expect(ana).toMatchObject({ email: "ana@example.org", name: "Ana Pérez", role: "EDITOR" });
      const [demo] = DEMO_ACCOUNTS;
      expect(await authorizeCredentials(prisma, demo)).toMatchObject({ role: demo?.role });

      expect(await prisma.user.count()).toBe(DEMO_ACCOUNTS.length + 2);
      const luz = await prisma.userOffice.findMany({
        where: { user: { email: "luz@example.org" } },
        select: { office: { select: { name: true } } },
      });
      expect(luz.map((m) => m.office.name).sort()).toEqual([
        "Oficina TIC",
        "Secretaría de Planeación",
      ]);
      expect(await prisma.indicator.count()).toBe(SEED_INDICATORS.length);
      // Values typed in (the seed's); derived ones are computed from the workshops' records.
      expect(
        await prisma.observation.count({ where: { indicator: { derivedMetric: null } } }),
      ).toBe(SEED_INDICATORS.reduce((sum, i) => sum + i.observations.length, 0));
    } finally {
      await prisma.$disconnect();
      await closeShared(config);
    }
  });
});
