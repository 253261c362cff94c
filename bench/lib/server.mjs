// Starting, timing and stopping `npm start` (node scripts/start.mjs) the way a user would.
import { execFileSync, spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export const root = join(import.meta.dirname, "..", "..");

/** Servers still running; cleanup() stops them whatever happened. */
const live = new Set();

/** Builds the web app (not timed) so the timed start only pays for the cached turbo check. */
export async function ensureBuilt(attempts = 3) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let output = "";
    const code = await new Promise((resolve) => {
      const child = spawn(
        join(root, "node_modules/.bin/turbo"),
        ["run", "build", "--filter=@lab/web", "--output-logs=errors-only"],
        { cwd: root, env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } },
      );
      // Kept quiet unless it fails: the turbo banner would drown the bench's own lines.
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.on("close", (c) => resolve(c ?? 1));
      child.on("error", () => resolve(1));
    });
    if (code === 0) return;
    // Another developer's build on the same tree can collide with ours: wait and retry.
    console.error(output.trimEnd());
    console.error(`bench: build failed (attempt ${attempt}/${attempts})`);
    await sleep(5000);
  }
  throw new Error("the web app does not build; fix the build before benchmarking");
}

/** A port in 3200–3299 that nothing listens on right now. */
export async function freePort() {
  const offset = Math.floor(Math.random() * 100);
  for (let i = 0; i < 100; i++) {
    const port = 3200 + ((offset + i) % 100);
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error("no free port in 3200–3299");
}

/**
 * Spawns the start script in its own process group (so the whole tree can be killed) and
 * resolves once `/` answers 200, polling every 50 ms. `ms` is spawn → first 200. `port`: a
 * given one (an instance restarted where its clients expect it), else a free one.
 */
export async function startServer({ env, logFile, timeoutMs = 300_000, port: wanted }) {
  const port = wanted ?? (await freePort());
  const out = openSync(logFile, "w");
  const started = performance.now();
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", out, out],
    env: { ...env, PORT: String(port) },
  });
  closeSync(out);
  const server = { child, port, logFile, exited: false };
  live.add(server);
  server.exitedPromise = new Promise((resolve) => {
    child.on("exit", () => {
      server.exited = true;
      resolve();
    });
  });

  const url = `http://127.0.0.1:${port}/`;
  for (;;) {
    if (server.exited) throw startError(server, "the start script exited before serving /");
    if (performance.now() - started > timeoutMs) {
      throw startError(server, `/ did not answer 200 within ${timeoutMs / 1000} s`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // Not listening yet (connection refused): keep polling.
    }
    await sleep(50);
  }
  server.ms = performance.now() - started;
  server.turboCache = readFileSync(logFile, "utf8").match(/Cached:\s+(\d+ cached, \d+ total)/)?.[1];
  return server;
}

function startError(server, reason) {
  const tail = existsSync(server.logFile)
    ? readFileSync(server.logFile, "utf8").trimEnd().split("\n").slice(-25).join("\n")
    : "";
  return new Error(`server failed to start: ${reason} (log: ${server.logFile})\n${tail}`);
}

/** PID of the web server (`node server.mjs`, Next in process), the start script's child. */
export function nextPid(server) {
  try {
    const lines = execFileSync("ps", ["--ppid", String(server.child.pid), "-o", "pid=,args="], {
      encoding: "utf8",
    });
    const line = lines.split("\n").find((l) => /server\.mjs|next/.test(l));
    return line ? Number(line.trim().split(/\s+/)[0]) : undefined;
  } catch {
    return undefined;
  }
}

/** Peak resident memory (VmHWM, kB) of the web server process so far. */
export function peakRssKb(server) {
  const pid = nextPid(server);
  if (!pid) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(status.match(/VmHWM:\s+(\d+)\s+kB/)?.[1]) || undefined;
  } catch {
    return undefined;
  }
}

/** SIGTERM to the whole group, SIGKILL after 10 s; resolves when the start script is gone. */
export async function stopServer(server) {
  if (!live.delete(server)) return;
  const group = -server.child.pid;
  const next = nextPid(server);
  signal(group, "SIGTERM");
  const deadline = Date.now() + 10_000;
  while ((!server.exited || alive(next)) && Date.now() < deadline) await sleep(50);
  // Sweep stragglers (e.g. a next-server that ignored SIGTERM).
  signal(group, "SIGKILL");
  if (next && alive(next)) signal(next, "SIGKILL");
  await Promise.race([server.exitedPromise, sleep(5000)]);
}

export async function stopAll() {
  for (const server of [...live]) await stopServer(server);
}

/** Last resort from a synchronous 'exit' handler: no waiting possible. */
export function killAllNow() {
  for (const server of live) signal(-server.child.pid, "SIGKILL");
}

function signal(pid, name) {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/** True while the process exists and is not a zombie (pid 1 may never reap it here). */
function alive(pid) {
  if (!pid) return false;
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}
