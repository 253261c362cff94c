import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS } from "../../scripts/chromium-flags.mjs";
import { databaseUrl, INSTANCE_A, INSTANCE_B } from "./instances";

// Only meaningful on PostgreSQL: scripts/e2e.mjs runs this config when TEST_DATABASE_URL is set.
const root = join(import.meta.dirname, "../..");
const executablePath = process.env.CHROMIUM_PATH;
const authSecret = process.env.E2E_AUTH_SECRET ?? "e2e-two-instances-secret-0123456789abcdef";

/** `npm start` on the shared database; instance A migrates and seeds it, B finds it ready. */
function instance(url: string) {
  const port = new URL(url).port;
  return {
    command: "node scripts/start.mjs",
    cwd: root,
    url: `${url}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    env: {
      PORT: port,
      SKIP_BUILD: "1",
      DATABASE_URL: databaseUrl(),
      AUTH_SECRET: authSecret,
      NEXTAUTH_SECRET: "",
      NEXTAUTH_URL: url,
      DATA_DIR: join(root, "tests/e2e/.tmp/two-instances", port),
    },
  };
}

export default defineConfig({
  testDir: ".",
  outputDir: join(root, "test-results", "e2e-postgres"),
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON
    ? [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON }]]
    : [["list"]],
  timeout: 120_000,
  use: { locale: "es-CO", trace: "retain-on-failure" },
  projects: [
    {
      name: "chromium-two-instances",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: CHROMIUM_FLAGS,
        },
      },
    },
  ],
  // Started one after the other, so only A runs the migrations and the seed.
  webServer: [instance(INSTANCE_A), instance(INSTANCE_B)],
});
