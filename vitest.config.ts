import { defineConfig } from "vitest/config";

// Pure unit tests beside the code, and integration suites that use a real database (a fresh
// PGlite per file, and PostgreSQL too when TEST_DATABASE_URL is set).
//
// Test files share their worker's modules (isolate: false): importing Prisma's client, the API
// and the route handlers again for every file cost more than a third of the run. A setup file
// lets go of the app's process-wide handles after each file
// (tests/integration/support/process-handles.ts); a file that calls route handlers points them
// at its own database (support/app-database.ts), as a server's environment does.

function integration(kind: "pglite" | "postgres") {
  const name = kind === "pglite" ? "integration" : "integration-postgres";
  // once/ holds suites that do not depend on the database kind (the schema-versus-migrations
  // diff on a scratch PGlite, the CLIs on the embedded database): they run in one project.
  // postgres-only/ holds what only a database server can do (go down and come back).
  const byKind =
    kind === "postgres" ? ["tests/integration/once/**"] : ["tests/integration/postgres-only/**"];
  return {
    test: {
      name,
      include: ["tests/integration/**/*.test.ts"],
      exclude: byKind,
      isolate: false,
      setupFiles: ["tests/integration/support/process-handles.ts"],
      environment: "node",
      env: { TEST_DB_KIND: kind },
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  };
}

const kinds = process.env.TEST_DATABASE_URL
  ? (["pglite", "postgres"] as const)
  : (["pglite"] as const);

export default defineConfig({
  test: {
    // Two cores on the shared machines: more workers only make PGlite start-ups contend.
    maxWorkers: 2,
    // Worker threads start faster than child processes; nothing here needs a process of its own.
    pool: "threads",
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/web/src/**/*.test.ts"],
          environment: "node",
          isolate: false,
        },
      },
      ...kinds.map(integration),
    ],
  },
});
