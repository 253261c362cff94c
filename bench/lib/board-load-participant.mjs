// One simulated participant of the board bench: follows the board's stream (recording every
// event id and when it arrived), posts notes at a person's pace and now and then raises and
// later lowers a hand. Every request goes through the bench's load balancer.
import { setTimeout as sleep } from "node:timers/promises";
import { failureReason, viaBalancer } from "./board-load-balancer.mjs";
import { clock, followStream } from "./board-load-sse.mjs";
import { trpc } from "./http-session.mjs";

/** A note every 10–30 s (the server allows one per 3 s); the first within 20 s of the start. */
export const NOTE_EVERY_S = [10, 30];
const FIRST_NOTE_WITHIN_S = 20;
/** A hand raised 10–120 s into the phase, held 5–30 s, raised again 60–180 s later. */
export const HAND_FIRST_S = [10, 120];
export const HAND_HELD_S = [5, 30];
export const HAND_AGAIN_S = [60, 180];

const between = ([min, max]) => (min + Math.random() * (max - min)) * 1000;

/** Resolves after `ms`, or at once (false) when `signal` aborts. */
const pause = (ms, signal) => sleep(ms, true, { signal }).catch(() => false);

/**
 * @param {{ index: number, cookie: string, bases: string[], code: string }} person
 *   `bases`: the participant's own instance first (see board-load-balancer.mjs)
 */
export function createParticipant({ index, cookie, bases, code }) {
  /** Event id → arrival time (clock()); the first arrival when an id comes twice. */
  const received = new Map();
  const tally = { duplicates: 0, outOfOrder: 0 };
  /** Every note this participant tried to post; its text is unique, so the log's event is found by it. */
  const posts = [];
  const hands = { ok: 0, failed: 0 };
  /** Event type → its wait, for the phase's steps (question opened, session closed). */
  const waits = new Map();
  const stop = new AbortController();
  let last = 0;

  /** @type {ReturnType<typeof followStream> | undefined} */
  let follower;
  const follow = () => {
    follower ??= followStream({
      bases,
      path: `/api/board/${code}/events`,
      cookie,
      signal: stop.signal,
      onMessage({ id, event, at }) {
        waitFor(event).resolve();
        if (event === "clock") return;
        const n = Number(id);
        if (received.has(n)) {
          tally.duplicates += 1;
          return;
        }
        if (n < last) tally.outOfOrder += 1;
        last = n;
        received.set(n, at);
      },
    });
    return follower;
  };

  /** The wait for `type`: made by whichever comes first, the event or the caller. */
  function waitFor(type) {
    let wait = waits.get(type);
    if (!wait) {
      wait = {};
      wait.promise = new Promise((resolve) => {
        wait.resolve = resolve;
      });
      waits.set(type, wait);
    }
    return wait;
  }

  /** Resolves once an event of `type` has arrived (before or after this call). */
  const seen = (type) => waitFor(type).promise;

  const send = (path, input) =>
    viaBalancer(bases, (base) => trpc(base, cookie, path, input)).then(({ result }) => result);

  async function postNote(seq) {
    const text = `Idea ${index}.${seq}: más espacios de co-creación con la comunidad del barrio.`;
    const post = { author: index, text, startedAt: clock(), ms: undefined, failure: undefined };
    posts.push(post);
    try {
      await send("board.postNote", { code, text, capacityTypes: [] });
      post.ms = clock() - post.startedAt;
    } catch (error) {
      post.failure = failureReason(error);
    }
  }

  async function hand(path) {
    try {
      await send(path, { code });
      hands.ok += 1;
    } catch {
      hands.failed += 1;
    }
  }

  async function noteLoop(until) {
    let wait = Math.random() * FIRST_NOTE_WITHIN_S * 1000;
    for (let seq = 1; clock() + wait < until; seq++) {
      if (!(await pause(wait, stop.signal))) return;
      await postNote(seq);
      wait = between(NOTE_EVERY_S);
    }
  }

  async function handLoop(until) {
    let wait = between(HAND_FIRST_S);
    while (clock() + wait < until) {
      if (!(await pause(wait, stop.signal))) return;
      await hand("board.raiseHand");
      // Lowered when the phase ends at the latest: the next phase starts with no queue.
      await pause(Math.min(between(HAND_HELD_S), Math.max(0, until - clock())), stop.signal);
      await hand("board.lowerHand");
      wait = between(HAND_AGAIN_S);
    }
  }

  return {
    index,
    received,
    tally,
    posts,
    hands,
    /** The stream's state (see followStream), once following. */
    get stream() {
      return follower?.state;
    },
    seen,
    /** Joins the board; only members may follow it. */
    join: () => send("board.join", { code }),
    /** Opens the stream (from the first event); resolves when it is open. */
    follow: () => follow().opened,
    /** Notes and hands until `until` (clock()); resolves when the last request is answered. */
    act: (until) => Promise.all([noteLoop(until), handLoop(until)]),
    /** Closes the stream; resolves when the follower has stopped. */
    async close() {
      stop.abort();
      await follower?.done;
    },
  };
}
