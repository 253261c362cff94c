import { rmSync } from "node:fs";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS } from "../../scripts/chromium-flags.mjs";

const root = join(import.meta.dirname, "../..");
const port = Number(process.env.E2E_PORT ?? 3100);
// One folder per port, so two runs on one machine never share (or delete) a database.
const dataDir = join(root, `tests/e2e/.tmp/data-${port}`);

// Every run starts from an empty embedded database of its own, never a real one. Workers
// load this file too (TEST_WORKER_INDEX is set there) and must not delete the live folder.
if (process.env.TEST_WORKER_INDEX === undefined) rmSync(dataDir, { recursive: true, force: true });

const executablePath = process.env.CHROMIUM_PATH;

export default defineConfig({
  testDir: ".",
  outputDir: join(root, "test-results", `e2e-${port}`),
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  // npm test reads the JSON report to print its closing "N passed, N failed" line.
  reporter: process.env.PLAYWRIGHT_JSON
    ? [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON }]]
    : [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "es-CO",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: CHROMIUM_FLAGS,
        },
      },
    },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    cwd: root,
    url: `http://localhost:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      SKIP_BUILD: "1",
      DATABASE_URL: "",
      AUTH_SECRET: "",
      NEXTAUTH_SECRET: "",
      // As behind a proxy: security.spec.ts sends X-Forwarded-For so that locking an account
      // does not lock 127.0.0.1 for the other specs, and X-Forwarded-Proto to see HSTS.
      TRUST_PROXY: "1",
    },
  },
});
