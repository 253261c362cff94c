// The live board part of `npm run bench` (BENCH_ONLY=board), issue #8's load figures: 200
// participants on one board served by two `npm start` instances (A and B) on one PostgreSQL
// database, half of them on each. Each participant follows the board's event stream like a
// browser (board-load-sse.mjs), posts a note every 10–30 s and now and then raises and lowers
// a hand (board-load-participant.mjs). Two phases, each on a board of its own (same accounts):
//   - steady: the load for BENCH_BOARD_SECONDS;
//   - restart: the same load, with instance B stopped (SIGTERM) half way and started again on
//     its port BENCH_BOARD_DOWN_SECONDS later (default 5: longer than the stream's 2 s retry,
//     so B's participants reconnect while it is down); they reconnect through the bench's load
//     balancer (board-load-balancer.mjs: to A while B is down) with the last id they received.
// Each phase ends with the moderator closing the session: its `session.closed` event is the
// log's last, so every participant has everything once it has that event, and one fresh
// replay of the log by the admin is the list each participant's ids must equal.
// Env: BENCH_BOARD_PARTICIPANTS (default 200), BENCH_BOARD_SECONDS (per phase, default 90),
// BENCH_BOARD_DOWN_SECONDS (default 5).
import { randomBytes } from "node:crypto";
import os from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createBenchResources } from "./bench-resources.mjs";
import { startMonitor } from "./board-load-monitor.mjs";
import {
  createParticipant,
  HAND_AGAIN_S,
  HAND_FIRST_S,
  HAND_HELD_S,
  NOTE_EVERY_S,
} from "./board-load-participant.mjs";
import { createBoard, createParticipants, mapLimit } from "./board-load-setup.mjs";
import { clock, followStream } from "./board-load-sse.mjs";
import { boardFigures } from "./board-load-stats.mjs";
import { createAdmin } from "./freshness.mjs";
import { signIn, trpc } from "./http-session.mjs";
import { serverVersion } from "./postgres.mjs";
import { ensureBuilt, nextPid, peakRssKb, startServer, stopServer } from "./server.mjs";

const resources = createBenchResources();

/** Synchronous, for run.mjs's signal and exit handlers (the servers are server.mjs's). */
export const cleanupBoardLoadNow = resources.cleanupNow;

/** How long every participant may take to get the question, or the closing, before we go on. */
const ARRIVAL_TIMEOUT_MS = 60_000;

function settings() {
  const participants = Number(process.env.BENCH_BOARD_PARTICIPANTS || 200);
  const seconds = Number(process.env.BENCH_BOARD_SECONDS || 90);
  const downSeconds = Number(process.env.BENCH_BOARD_DOWN_SECONDS ?? 5);
  if (!(Number.isInteger(participants) && participants >= 2)) {
    throw new Error("BENCH_BOARD_PARTICIPANTS must be an integer of at least 2");
  }
  if (!(seconds > 0)) throw new Error("BENCH_BOARD_SECONDS must be a positive number");
  if (!(downSeconds >= 0)) throw new Error("BENCH_BOARD_DOWN_SECONDS must be 0 or more");
  return { participants, seconds, downSeconds };
}

const base = (server) => `http://127.0.0.1:${server.port}`;

/** Rejects with `what` if `promise` has not settled within `ms`. */
function within(promise, ms, what) {
  const timeout = sleep(ms, undefined, { ref: false }).then(() => {
    throw new Error(`${what} within ${ms / 1000} s`);
  });
  return Promise.race([promise, timeout]);
}

/** Every event of the board, replayed from the first by the admin up to `session.closed`. */
async function replayLog(url, cookie, code) {
  const log = [];
  const stop = new AbortController();
  const follower = followStream({
    bases: [url],
    path: `/api/board/${code}/events`,
    cookie,
    signal: stop.signal,
    onMessage({ id, event, data }) {
      if (event === "clock") return;
      log.push({ id: Number(id), event, data });
      if (event === "session.closed") stop.abort();
    },
  });
  try {
    await within(follower.done, ARRIVAL_TIMEOUT_MS, "the replay did not reach session.closed");
  } finally {
    stop.abort();
  }
  return log;
}

/**
 * Stops instance B and starts it again on its port; returns when it answers again, with the
 * times (clock()) the stop began and B was back.
 */
async function restartB(ctx, monitor) {
  const b = ctx.servers.b;
  console.log("bench:   stopping instance B (SIGTERM)…");
  ctx.rss.bBeforeRestart = peakRssKb(b);
  const from = clock();
  await stopServer(b);
  const stopped = clock();
  await sleep(ctx.downSeconds * 1000);
  const restarted = await startServer({
    env: ctx.env("b"),
    logFile: join(ctx.tmp, "board-b-restarted.log"),
    port: b.port,
  });
  const up = clock();
  ctx.servers.b = restarted;
  monitor.track("B (restarted)", nextPid(restarted));
  console.log(`bench:   instance B back after ${((up - from) / 1000).toFixed(1)} s`);
  return { from, stopMs: stopped - from, downMs: up - from, up };
}

/** One phase on a fresh board: join, follow, the load (with B's restart), close, check. */
async function phase(ctx, { label, title, restart }) {
  const { people, admin, seconds } = ctx;
  const a = base(ctx.servers.a);
  const b = base(ctx.servers.b);
  console.log(`bench: live board, ${label} (${people.length} participants, ${seconds} s)…`);
  const board = await createBoard(a, admin, title);
  const participants = people.map((person) =>
    createParticipant({
      index: person.index,
      cookie: person.cookie,
      bases: person.home === 0 ? [a, b] : [b, a],
      code: board.code,
    }),
  );
  try {
    await mapLimit(participants, 16, (p) => p.join());
    await within(
      Promise.all(participants.map((p) => p.follow())),
      ARRIVAL_TIMEOUT_MS,
      "not every stream opened",
    );
    const question = Promise.all(participants.map((p) => p.seen("question.opened")));
    await trpc(a, admin, "boardAdmin.open", { code: board.code });
    await trpc(a, admin, "boardAdmin.openQuestion", {
      code: board.code,
      questionId: board.questionId,
    });
    await within(question, ARRIVAL_TIMEOUT_MS, "not every participant got the question");

    const loadavg = os.loadavg();
    const monitor = startMonitor();
    monitor.track("A", nextPid(ctx.servers.a));
    monitor.track("B", nextPid(ctx.servers.b));
    const until = clock() + seconds * 1000;
    const acting = Promise.all(participants.map((p) => p.act(until)));
    let outage;
    if (restart) {
      await sleep((seconds * 1000) / 2);
      outage = await restartB(ctx, monitor);
    }
    await acting;
    const usage = monitor.stop();
    const rss = {
      a: peakRssKb(ctx.servers.a),
      b: restart ? ctx.rss.bBeforeRestart : peakRssKb(ctx.servers.b),
      bRestarted: restart ? peakRssKb(ctx.servers.b) : undefined,
    };

    const closing = Promise.all(participants.map((p) => p.seen("session.closed")));
    const closeStarted = performance.now();
    const closed = await trpc(a, admin, "boardAdmin.close", { code: board.code });
    const closeMs = performance.now() - closeStarted;
    const settled = await within(closing, ARRIVAL_TIMEOUT_MS, "not everyone got the closing").then(
      () => true,
      () => false,
    );
    await Promise.all(participants.map((p) => p.close()));
    const log = await replayLog(a, admin, board.code);

    if (outage) {
      // The outage lasts until B is back and the last of its participants has reconnected.
      const back = participants.flatMap((p) => p.stream?.drops ?? []).map((d) => d.reopenedAt);
      outage.to = Math.max(outage.up, ...back.filter((t) => t >= outage.from));
    }
    return {
      label,
      restart,
      participants: participants.length,
      seconds,
      loadavg,
      loadavgEnd: os.loadavg(),
      usage,
      rss,
      closeMs,
      closed,
      settled,
      outage: outage && { ...outage, ms: outage.to - outage.from },
      ...boardFigures({
        log,
        participants,
        outage: outage && { from: outage.from, to: outage.to },
        labels: { [a]: "A", [b]: "B" },
      }),
    };
  } finally {
    await Promise.all(participants.map((p) => p.close()));
  }
}

/** Never fails the bench: a phase that cannot be measured is reported with its reason. */
async function attempt(label, fn) {
  try {
    return await fn();
  } catch (error) {
    console.error(`bench: live board ${label} failed — ${error.message}`);
    return { label, error: error.message.split("\n")[0] };
  }
}

/** The part: two instances on a fresh PostgreSQL database, the accounts, both phases. */
export async function boardLoadPart({ tmp, env }) {
  const { participants: count, seconds, downSeconds } = settings();
  await ensureBuilt();
  const fresh = resources.freshDatabase("postgres", { tmp, dirName: "board" });
  const shared = {
    ...env,
    DATABASE_URL: fresh.database.url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    // Built above; a start must not rebuild under a running instance.
    SKIP_BUILD: "1",
    // The simulated participants all sign up from this machine's one address, unlike a room.
    SIGNUP_MAX_PER_HOUR: "10000",
  };
  const ctx = {
    tmp,
    seconds,
    downSeconds,
    env: (label) => ({ ...shared, DATA_DIR: join(tmp, `board-${label}`) }),
    servers: {},
    rss: {},
  };
  const started = (label) =>
    startServer({ env: ctx.env(label), logFile: join(tmp, `board-${label}.log`) });
  const loadavg = os.loadavg();
  try {
    console.log("bench: live board, starting instances A and B…");
    ctx.servers.a = await started("a"); // migrates and seeds the database
    ctx.servers.b = await started("b");
    const email = "bench-board-admin@example.org";
    const password = randomBytes(12).toString("base64url");
    createAdmin(ctx.env("a"), email, password);
    ctx.admin = await signIn(base(ctx.servers.a), email, password);

    console.log(`bench: live board, ${count} participant accounts (sign-up, sign-in)…`);
    const setupStarted = performance.now();
    ctx.people = await createParticipants({
      bases: [base(ctx.servers.a), base(ctx.servers.b)],
      count,
    });
    const setupMs = performance.now() - setupStarted;

    const phases = [];
    phases.push(
      await attempt("steady", () =>
        phase(ctx, { label: "steady", title: "estable", restart: false }),
      ),
    );
    phases.push(
      await attempt("restart", () =>
        phase(ctx, { label: "restart", title: "reinicio", restart: true }),
      ),
    );
    return {
      db: serverVersion(),
      participants: count,
      seconds,
      downSeconds,
      loadavg,
      setupMs,
      behaviour: {
        noteEveryS: NOTE_EVERY_S,
        handFirstS: HAND_FIRST_S,
        handHeldS: HAND_HELD_S,
        handAgainS: HAND_AGAIN_S,
      },
      phases,
    };
  } catch (error) {
    console.error(`bench: live board failed — ${error.message}`);
    return { participants: count, seconds, loadavg, error: error.message.split("\n")[0] };
  } finally {
    for (const server of Object.values(ctx.servers)) await stopServer(server);
    fresh.remove();
  }
}
