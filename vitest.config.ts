import { defineConfig } from "vitest/config";

// Two projects: pure unit tests beside the code, and integration suites that use a real
// database (a fresh PGlite per file, and PostgreSQL too when TEST_DATABASE_URL is set).
function integration(kind: "pglite" | "postgres") {
  return {
    test: {
      name: kind === "pglite" ? "integration" : "integration-postgres",
      include: ["tests/integration/**/*.test.ts"],
      // once/ holds suites that do not depend on the database kind (the schema-versus-migrations
      // diff on a scratch PGlite, the CLIs on the embedded database): they run in one project.
      // postgres-only/ holds what only a database server can do (go down and come back).
      exclude:
        kind === "postgres"
          ? ["tests/integration/once/**"]
          : ["tests/integration/postgres-only/**"],
      environment: "node",
      env: { TEST_DB_KIND: kind },
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  };
}

export default defineConfig({
  test: {
    // Two cores on the shared machines: more workers only make PGlite start-ups contend.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "apps/web/src/**/*.test.ts"],
          environment: "node",
        },
      },
      integration("pglite"),
      ...(process.env.TEST_DATABASE_URL ? [integration("postgres")] : []),
    ],
  },
});
