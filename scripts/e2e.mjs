// Runs the Playwright suite against the built app, with a Chromium found on this machine.
// With TEST_DATABASE_URL set it then runs tests/e2e-postgres (two app instances on one
// PostgreSQL database), in a database created for the run and dropped afterwards.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import pg from "pg";
import { bin, run } from "./run.mjs";

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((path) => path && existsSync(path));
}

async function playwrightOwnChromium() {
  try {
    const { chromium } = await import("@playwright/test");
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const system = findChromium();
const own = system ? undefined : await playwrightOwnChromium();
if (!system && !own) {
  console.error(
    [
      "No Chromium found for the end-to-end tests. Install one of:",
      "  - Debian/Ubuntu: sudo apt-get install -y chromium   (then it is found at /usr/bin/chromium)",
      "  - any Chromium or Chrome, and set CHROMIUM_PATH=/path/to/chromium",
      "  - Playwright's own build (needs internet): npx playwright install chromium",
    ].join("\n"),
  );
  process.exit(1);
}

const browserEnv = system ? { CHROMIUM_PATH: system } : {};
let code = await run(bin("playwright"), ["test", "--config", "tests/e2e/playwright.config.ts"], {
  env: browserEnv,
});

const adminUrl = process.env.TEST_DATABASE_URL;
if (adminUrl) {
  const name = `lab_e2e_${randomBytes(6).toString("hex")}`;
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const drop = () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => drop().finally(() => process.exit(130)));
  }
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // npm test tallies both JSON reports (see scripts/test.mjs).
  const json = process.env.PLAYWRIGHT_JSON;
  try {
    const twoInstances = await run(
      bin("playwright"),
      ["test", "--config", "tests/e2e-postgres/playwright.config.ts"],
      {
        env: {
          ...browserEnv,
          E2E_DATABASE_URL: url.toString(),
          E2E_AUTH_SECRET: randomBytes(32).toString("base64url"),
          ...(json ? { PLAYWRIGHT_JSON: json.replace(/\.json$/, "-postgres.json") } : {}),
        },
      },
    );
    code ||= twoInstances;
  } finally {
    await drop();
  }
}
process.exit(code);
