// Lighthouse (its default: the mobile preset, simulated throttling) on Debian's Chromium.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS } from "../../scripts/chromium-flags.mjs";

const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Performance and accessibility scores (0–100) of `url`, median of `runs` fresh-browser runs. */
export async function lighthouseScores(url, runs = 3) {
  const performance = [];
  const accessibility = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
      chromeFlags: CHROME_FLAGS,
    });
    try {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        logLevel: "error",
        output: "json",
        onlyCategories: ["performance", "accessibility"],
      });
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
      performance.push(Math.round(lhr.categories.performance.score * 100));
      accessibility.push(Math.round(lhr.categories.accessibility.score * 100));
    } finally {
      await chrome.kill();
    }
  }
  return {
    performance: median(performance),
    accessibility: median(accessibility),
    runs: { performance, accessibility },
  };
}
