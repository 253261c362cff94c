// Freshness across instances: an admin records a value through instance A's tRPC endpoint (a
// draft, which the public never sees) and publishes it there; how long until instance B's
// public page shows it.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { signIn, trpc } from "./http-session.mjs";
import { root } from "./server.mjs";

const POLL_MS = 20;

/**
 * An ADMIN account on the database of `env`, through the same CLI an operator uses: values
 * reach the public pages only when an admin publishes them.
 */
export function createAdmin(env, email, password) {
  execFileSync(
    join(root, "node_modules/.bin/tsx"),
    [
      "packages/db/src/cli/create-user.ts",
      "--email",
      email,
      "--role",
      "ADMIN",
      "--password",
      password,
    ],
    { cwd: root, env, stdio: "pipe" },
  );
}

/** A new period's value, as a draft (a fresh period needs no version token). */
function recordValue(base, cookie, input) {
  return trpc(base, cookie, "indicators.recordObservation", input);
}

/** Publishes the indicator's drafts, as reviewed: the revision the workspace shows now. */
async function publish(base, cookie, slug) {
  const { revision } = await trpc(base, cookie, "indicators.workspace", { slug }, "GET");
  await trpc(base, cookie, "indicators.publish", { indicatorSlug: slug, revision });
}

async function pageShows(url, needle) {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return (await res.text()).includes(needle);
}

/**
 * `runs` times: load B's page (so B has it cached), record a new value on A and check that B
 * does not show the draft, publish it on A, then poll B every POLL_MS until its page shows the
 * value. The clock starts when A has answered the publication (its transaction, and so the
 * announcement, has committed by then). `email` and `password` are an ADMIN's (createAdmin).
 */
export async function measureFreshness({
  a,
  b,
  slug,
  email,
  password,
  runs = 5,
  timeoutMs = 30_000,
}) {
  const cookie = await signIn(a, email, password);
  const url = `${b}/indicadores/${slug}`;
  const samples = [];
  for (let i = 0; i < runs; i++) {
    // A distinctive value, es-CO formatted the way the page prints it.
    const value = 7_000_001 + i * 1111;
    const needle = value.toLocaleString("es-CO");
    if (await pageShows(url, needle)) throw new Error(`B already shows ${needle} before the write`);
    await pageShows(url, needle); // a second read: now certainly from B's cache
    await recordValue(a, cookie, { indicatorSlug: slug, period: String(2040 + i), value });
    if (await pageShows(url, needle)) throw new Error(`B shows the unpublished ${needle}`);
    await publish(a, cookie, slug);
    const committed = performance.now();
    for (;;) {
      if (await pageShows(url, needle)) break;
      if (performance.now() - committed > timeoutMs) {
        throw new Error(`B did not show the value within ${timeoutMs / 1000} s`);
      }
      await sleep(POLL_MS);
    }
    samples.push(performance.now() - committed);
  }
  const sorted = [...samples].sort((x, y) => x - y);
  return { samples, median: sorted[Math.floor(sorted.length / 2)], pollMs: POLL_MS };
}
