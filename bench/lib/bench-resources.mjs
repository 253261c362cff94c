// What a bench part starts and must remove whatever happens: child processes, PostgreSQL
// databases (./postgres.mjs) and PGlite folders. Each part keeps its own set; cleanupNow() is
// synchronous, for run.mjs's signal and exit handlers.
import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createDatabase, dropDatabase } from "./postgres.mjs";
import { root } from "./server.mjs";

/** The first port of `from`–`to` that nothing listens on right now. */
async function freePort([from, to]) {
  for (let port = from; port <= to; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}–${to}`);
}

export function createBenchResources() {
  const live = { children: new Set(), databases: new Set(), dirs: new Set() };

  /** Registers a child process until it exits. */
  function track(child) {
    live.children.add(child);
    child.on("exit", () => live.children.delete(child));
    return child;
  }

  /**
   * Runs `command args` from the repository's root; resolves when it exits 0, else rejects
   * naming `label`. `quiet`: its output is shown only if it fails.
   */
  function run(label, command, args, env, { quiet = false } = {}) {
    return new Promise((resolve, reject) => {
      const child = track(
        spawn(command, args, {
          cwd: root,
          env,
          stdio: ["ignore", quiet ? "pipe" : "inherit", quiet ? "pipe" : "inherit"],
        }),
      );
      let output = "";
      child.stdout?.on("data", (d) => (output += d));
      child.stderr?.on("data", (d) => (output += d));
      child.on("error", reject);
      child.on("close", (code, signal) => {
        if (code === 0) return resolve();
        if (output) console.error(output.trimEnd());
        reject(new Error(`${label} exited with ${signal ?? code}`));
      });
    });
  }

  /** `node --import tsx <script> <args>`: a bench step that calls the TypeScript services. */
  function runTsx(label, script, args, env) {
    return run(label, process.execPath, ["--import", "tsx", script, ...args], env);
  }

  /** A compiled .mjs on plain Node; a .ts file still goes through tsx. */
  function runNode(label, script, args, env) {
    if (script.endsWith(".ts")) return runTsx(label, script, args, env);
    return run(label, process.execPath, [script, ...args], env);
  }

  /**
   * A database made for one leg: a new PostgreSQL database, or an empty PGlite folder
   * `<tmp>/<dirName>`. `env` is what the bench's child processes read (BENCH_DATABASE_URL or
   * BENCH_DATA_DIR), `serverEnv` what the web server reads (DATABASE_URL or DATA_DIR).
   */
  function freshDatabase(kind, { tmp, dirName }) {
    if (kind === "postgres") {
      const database = createDatabase();
      live.databases.add(database.name);
      return {
        database,
        dir: undefined,
        env: { BENCH_DATABASE_URL: database.url },
        serverEnv: { DATABASE_URL: database.url },
        remove() {
          if (dropDatabase(database.name)) live.databases.delete(database.name);
        },
      };
    }
    const dir = join(tmp, dirName);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    live.dirs.add(dir);
    return {
      database: undefined,
      dir,
      env: { BENCH_DATA_DIR: dir },
      serverEnv: { DATA_DIR: dir },
      remove() {
        rmSync(dir, { recursive: true, force: true });
        live.dirs.delete(dir);
      },
    };
  }

  /** A folder removed by cleanupNow() if the bench stops before it does. */
  function trackDir(dir) {
    live.dirs.add(dir);
    return () => {
      rmSync(dir, { recursive: true, force: true });
      live.dirs.delete(dir);
    };
  }

  /**
   * The built web server (apps/web/server.mjs) on a prepared database, in its own process group,
   * on a free port of `ports`; resolves once `readyPath` answers 200 (at most two minutes).
   */
  async function startWebServer(env, { logFile, ports, readyPath }) {
    const port = await freePort(ports);
    const out = openSync(logFile, "w");
    const child = track(
      spawn(process.execPath, ["server.mjs"], {
        cwd: join(root, "apps/web"),
        detached: true,
        stdio: ["ignore", out, out],
        env: {
          ...env,
          NODE_ENV: "production",
          PORT: String(port),
          NEXTAUTH_URL: `http://127.0.0.1:${port}`,
        },
      }),
    );
    closeSync(out);
    const exited = new Promise((resolve) => child.on("exit", resolve));
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
        const tail = readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-20).join("\n");
        throw new Error(`the server did not start (log: ${logFile})\n${tail}`);
      }
      try {
        const res = await fetch(`${base}${readyPath}`);
        await res.arrayBuffer();
        if (res.status === 200) return { child, port, base, exited };
      } catch {
        // Not listening yet.
      }
      await sleep(100);
    }
  }

  /** SIGTERM to the server's process group; SIGKILL if it has not exited 10 s later. */
  async function stopWebServer(server) {
    try {
      process.kill(-server.child.pid, "SIGTERM");
    } catch {
      return;
    }
    const stopped = await Promise.race([
      server.exited.then(() => true),
      sleep(10_000).then(() => false),
    ]);
    if (!stopped) {
      try {
        process.kill(-server.child.pid, "SIGKILL");
      } catch {
        // Gone meanwhile.
      }
      await server.exited;
    }
  }

  /** Synchronous: kills the children (their process groups, if detached), drops, deletes. */
  function cleanupNow() {
    for (const child of live.children) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        try {
          child.kill("SIGKILL");
        } catch {
          // Already gone.
        }
      }
    }
    live.children.clear();
    for (const name of live.databases) if (dropDatabase(name)) live.databases.delete(name);
    for (const dir of live.dirs) rmSync(dir, { recursive: true, force: true });
    live.dirs.clear();
  }

  return {
    run,
    runTsx,
    runNode,
    freshDatabase,
    trackDir,
    startWebServer,
    stopWebServer,
    cleanupNow,
  };
}
