// A board's event stream followed the way a browser's EventSource follows it, over fetch:
// messages parsed as they arrive (each stamped with its arrival time), and after the stream
// ends or fails, a new request after the server's `retry:` time, carrying the last id
// received as Last-Event-ID. Requests go through the bench's load balancer
// (board-load-balancer.mjs), so a participant whose instance is down reaches the other one.
import { setTimeout as sleep } from "node:timers/promises";
import { failureReason, viaBalancer } from "./board-load-balancer.mjs";

/** Wall-clock milliseconds with sub-millisecond precision, comparable across the bench. */
export const clock = () => performance.timeOrigin + performance.now();

/** EventSource's reconnection delay until the server sets one with `retry:`. */
const DEFAULT_RETRY_MS = 3000;

/**
 * @typedef {{ id: string, event: string, data: string, at: number }} TSseMessage
 * `id` is the last event id after this message ("" before any), `at` its arrival (clock()).
 */

/**
 * An incremental text/event-stream parser (the HTML standard's rules, for what the board
 * sends): `push(text, at)` with each decoded chunk; complete messages go to `onMessage`.
 * @param {{ onMessage: (m: TSseMessage) => void, onRetry: (ms: number) => void }} handlers
 */
export function createSseParser({ onMessage, onRetry }) {
  let pending = "";
  let lastId = "";
  let idBuffer = "";
  let event = "";
  /** @type {string[]} */
  let data = [];
  return {
    /** @param {string} text @param {number} at */
    push(text, at) {
      pending += text;
      let start = 0;
      for (;;) {
        const end = pending.indexOf("\n", start);
        if (end < 0) break;
        let line = pending.slice(start, end);
        start = end + 1;
        if (line.endsWith("\r")) line = line.slice(0, -1);
        if (line === "") {
          lastId = idBuffer;
          if (data.length > 0) {
            onMessage({ id: lastId, event: event || "message", data: data.join("\n"), at });
          }
          event = "";
          data = [];
          continue;
        }
        if (line.startsWith(":")) continue; // a comment: the heartbeat
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? "" : line.slice(colon + 1);
        if (value.startsWith(" ")) value = value.slice(1);
        if (field === "data") data.push(value);
        else if (field === "event") event = value;
        else if (field === "id" && !value.includes("\0")) idBuffer = value;
        else if (field === "retry" && /^\d+$/.test(value)) onRetry(Number(value));
      }
      pending = pending.slice(start);
    },
    /** The connection is gone: a message cut in the middle is dropped, as EventSource does. */
    reset() {
      pending = "";
      idBuffer = lastId;
      event = "";
      data = [];
    },
  };
}

/** A non-200 answer to the stream's request; 502/503 make the balancer try the next base. */
class StreamRefused extends Error {
  constructor(url, status, body) {
    super(`${url} answered ${status}: ${body.slice(0, 200)}`);
    this.status = status;
  }
}

/**
 * Follows `path` (e.g. /api/board/KMTRQX/events) until `signal` aborts, reconnecting like
 * EventSource. 401/403/404 end it for good (EventSource fails the same way); everything else
 * (the connection dropped, the instance down, 503) is retried after the `retry:` time.
 * `drops` lists each loss of a stream that had been open: when it was noticed, when the next
 * stream opened and where.
 * @param {{ bases: string[], path: string, cookie: string, signal: AbortSignal,
 *   onMessage: (m: TSseMessage) => void }} options
 */
export function followStream({ bases, path, cookie, signal, onMessage }) {
  const state = {
    lastId: "",
    retryMs: DEFAULT_RETRY_MS,
    /** Streams opened (200) so far. */
    opens: 0,
    /** Why streams ended or requests for one failed: reason (with the base) → count. */
    failures: {},
    /** @type {{ lostAt: number, reopenedAt: number, base: string, attempts: number }[]} */
    drops: [],
    /** @type {string | undefined} */
    base: undefined,
  };
  let markOpen;
  let failOpen;
  /** Resolves when the first stream opens; rejects if the follower ends before. */
  const opened = new Promise((resolve, reject) => {
    markOpen = resolve;
    failOpen = reject;
  });
  opened.catch(() => {}); // awaited by whoever needs it
  const parser = createSseParser({
    onMessage(message) {
      state.lastId = message.id;
      onMessage(message);
    },
    onRetry(ms) {
      state.retryMs = ms;
    },
  });

  const fail = (base, why) => {
    const key = `${base} ${why}`;
    state.failures[key] = (state.failures[key] ?? 0) + 1;
  };

  async function connect(base) {
    const url = `${base}${path}`;
    const headers = { cookie, accept: "text/event-stream" };
    if (state.lastId) headers["last-event-id"] = state.lastId;
    try {
      const res = await fetch(url, { headers, signal });
      if (res.status !== 200) throw new StreamRefused(url, res.status, await res.text());
      return res;
    } catch (error) {
      if (!signal.aborted) fail(base, failureReason(error));
      throw error;
    }
  }

  const done = (async () => {
    /** @type {number | undefined} */
    let lostAt;
    let attempts = 0;
    while (!signal.aborted) {
      let base;
      try {
        attempts += 1;
        const answer = await viaBalancer(bases, connect);
        base = answer.base;
        state.opens += 1;
        state.base = base;
        if (lostAt !== undefined) state.drops.push({ lostAt, reopenedAt: clock(), base, attempts });
        lostAt = undefined;
        attempts = 0;
        markOpen();
        const decoder = new TextDecoder();
        for await (const chunk of answer.result.body) {
          parser.push(decoder.decode(chunk, { stream: true }), clock());
        }
        if (!signal.aborted) fail(base, "stream ended");
      } catch (error) {
        if (signal.aborted) break;
        const status = /** @type {any} */ (error).status;
        if (status && status !== 502 && status !== 503) throw error;
        // A failed request is counted by connect(); here, a stream that broke.
        if (base) fail(base, failureReason(error));
      }
      if (signal.aborted) break;
      parser.reset();
      lostAt ??= clock();
      await sleep(state.retryMs, undefined, { signal }).catch(() => {});
    }
  })();
  done.then(() => failOpen(new Error(`${path}: stopped before a stream opened`)), failOpen);
  return { state, opened, done };
}
