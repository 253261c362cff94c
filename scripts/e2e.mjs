// Runs the Playwright suite against the built app, with a Chromium found on this machine.
import { existsSync } from "node:fs";
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

const code = await run(bin("playwright"), ["test", "--config", "tests/e2e/playwright.config.ts"], {
  env: system ? { CHROMIUM_PATH: system } : {},
});
process.exit(code);
