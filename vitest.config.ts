import { defineConfig } from "vitest/config";

// Pure unit tests beside the code, and integration suites that use a real database (a fresh
// PGlite per file, and PostgreSQL too when TEST_DATABASE_URL is set).
//
// Most test files share their worker's modules (isolate: false): importing Prisma's client,
// the API and the route handlers again for every file cost more than a third of the run. A
// setup file lets go of the process-wide handles after each file (tests/support/
// process-handles.ts). The suites that replace a module of the app with vi.mock keep their own
// module graph: a module cached by an earlier file would ignore their mock, or keep it.
const MOCKING_SUITES = [
  "tests/integration/ckan-api.test.ts",
  "tests/integration/data-json.test.ts",
  "tests/integration/dataset-rows.test.ts",
  "tests/integration/dcat.test.ts",
  "tests/integration/rest-v1.test.ts",
  "tests/integration/workshops-privacy.test.ts",
  "tests/integration/workshops-public.test.ts",
];

function integration(kind: "pglite" | "postgres", isolated: boolean) {
  const name = kind === "pglite" ? "integration" : "integration-postgres";
  // once/ holds suites that do not depend on the database kind (the schema-versus-migrations
  // diff on a scratch PGlite, the CLIs on the embedded database): they run in one project.
  // postgres-only/ holds what only a database server can do (go down and come back).
  const byKind =
    kind === "postgres" ? ["tests/integration/once/**"] : ["tests/integration/postgres-only/**"];
  return {
    test: {
      name: isolated ? `${name}-isolated` : name,
      include: isolated ? MOCKING_SUITES : ["tests/integration/**/*.test.ts"],
      exclude: isolated ? byKind : [...byKind, ...MOCKING_SUITES],
      isolate: isolated,
      setupFiles: isolated ? [] : ["tests/integration/support/process-handles.ts"],
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
      ...kinds.flatMap((kind) => [integration(kind, false), integration(kind, true)]),
    ],
  },
});
