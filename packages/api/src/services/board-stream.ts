/**
 * The live board's fan-out, one per process. Events are written to the database first and
 * announced on the bus; this instance listens once (topic `board`), and on an announcement
 * reads the session's new events since the last one it delivered and pushes them, in id
 * order, to its own subscribers (the browsers connected to this instance). The database is
 * the only source of events: an announcement only says "read again", so a lost or repeated
 * announcement cannot lose or duplicate an event.
 *
 * A subscriber joins with the last id it received: it is registered first (live events are
 * buffered), then replayed from the database, then the buffer is drained skipping ids it
 * already got, and only then does it receive live events directly. Whatever commits during
 * the replay is either in the replay or reaches the buffer, and ids seen twice are dropped.
 */
import { BOARD_TOPIC, boardEventsSince, type TBoardAnnouncement } from "@lab/db/board-events";
import { getBus, type TBus } from "@lab/db/bus";
import type { TPrisma } from "@lab/db/client";
import { getPrisma } from "@lab/db/client";
import type { TBoardEvent } from "@lab/domain/board";

const PAGE = 500;
// A failed read (the database briefly away) is tried again, so a quiet session catches up too.
const RETRY_MS = 1000;

export type TBoardListener = (event: TBoardEvent) => void;

export type TBoardStream = {
  /**
   * Sends `listener` the session's events after `lastEventId`, then every new one, each once
   * and in id order. Resolves (after the replay) with the function that stops it.
   */
  subscribe(sessionId: string, lastEventId: number, listener: TBoardListener): Promise<() => void>;
  /** True while the bus is heard (events still arrive meanwhile, once it is back). */
  readonly listening: boolean;
  /** How many subscribers this instance serves now (each open browser stream is one). */
  readonly subscribers: number;
  close(): Promise<void>;
};

type TSubscriber = {
  listener: TBoardListener;
  /** The last id this subscriber received. */
  cursor: number;
  /** Live events that arrived during its replay; null once it is live. */
  buffer: TBoardEvent[] | null;
};

type TSessionFeed = {
  subscribers: Set<TSubscriber>;
  /** The last id this instance read for the session (set by `start`). */
  lastId: number;
  start?: Promise<void>;
  reading: boolean;
  again: boolean;
  retry?: NodeJS.Timeout;
};

function send(subscriber: TSubscriber, event: TBoardEvent) {
  if (event.id <= subscriber.cursor) return;
  subscriber.cursor = event.id;
  try {
    subscriber.listener(event);
  } catch (error) {
    console.error("board: subscriber failed:", error);
  }
}

function offer(subscriber: TSubscriber, event: TBoardEvent) {
  if (subscriber.buffer) subscriber.buffer.push(event);
  else send(subscriber, event);
}

function isAnnouncement(value: unknown): value is TBoardAnnouncement {
  const v = value as Partial<TBoardAnnouncement> | null;
  return typeof v?.sessionId === "string" && typeof v.id === "number";
}

export function createBoardStream(deps: { prisma: TPrisma; bus: TBus }): TBoardStream {
  const feeds = new Map<string, TSessionFeed>();
  let closed = false;

  /**
   * The feed's starting point, the log's last id when this instance first reads the session
   * (subscribers replay what came before). Awaited by every read and by every replay, so
   * anything committed after it is above it and is delivered live.
   */
  function start(sessionId: string, feed: TSessionFeed): Promise<void> {
    feed.start ??= deps.prisma.boardEvent
      .findFirst({ where: { sessionId }, orderBy: { id: "desc" }, select: { id: true } })
      .then(
        (last) => {
          feed.lastId = last ? Number(last.id) : 0;
        },
        (error: unknown) => {
          feed.start = undefined;
          throw error;
        },
      );
    return feed.start;
  }

  /** Reads what the session's log has after `lastId` and delivers it; one read at a time. */
  async function pump(sessionId: string, feed: TSessionFeed): Promise<void> {
    if (feed.reading) {
      feed.again = true;
      return;
    }
    feed.reading = true;
    try {
      await start(sessionId, feed);
      do {
        feed.again = false;
        let page: TBoardEvent[];
        do {
          page = await boardEventsSince(deps.prisma, sessionId, feed.lastId, PAGE);
          for (const event of page) {
            feed.lastId = event.id;
            for (const subscriber of feed.subscribers) offer(subscriber, event);
          }
        } while (page.length === PAGE);
      } while (feed.again && !closed && feeds.get(sessionId) === feed);
    } catch (error) {
      console.error(`board: cannot read the events of session ${sessionId}:`, error);
      clearTimeout(feed.retry);
      feed.retry = setTimeout(() => {
        if (feeds.get(sessionId) === feed) void pump(sessionId, feed);
      }, RETRY_MS);
      feed.retry.unref();
    } finally {
      feed.reading = false;
    }
  }

  const subscription = deps.bus.subscribe<unknown>(
    BOARD_TOPIC,
    (payload) => {
      if (!isAnnouncement(payload)) return;
      const feed = feeds.get(payload.sessionId);
      if (feed && payload.id > feed.lastId) {
        void pump(payload.sessionId, feed);
      }
    },
    {
      onStatus(listening) {
        // Listening again after a drop: what was announced meanwhile was not heard, so every
        // session read here is read again from its last id.
        if (listening) for (const [sessionId, feed] of feeds) void pump(sessionId, feed);
      },
    },
  );

  function feedOf(sessionId: string): TSessionFeed {
    let feed = feeds.get(sessionId);
    if (!feed) {
      feed = { subscribers: new Set(), lastId: 0, reading: false, again: false };
      feeds.set(sessionId, feed);
    }
    return feed;
  }

  return {
    async subscribe(sessionId, lastEventId, listener) {
      if (closed) throw new Error("board stream closed");
      const feed = feedOf(sessionId);
      const subscriber: TSubscriber = { listener, cursor: lastEventId, buffer: [] };
      feed.subscribers.add(subscriber);
      const stop = () => {
        feed.subscribers.delete(subscriber);
        if (feed.subscribers.size === 0 && feeds.get(sessionId) === feed) {
          clearTimeout(feed.retry);
          feeds.delete(sessionId);
        }
      };
      try {
        await start(sessionId, feed);
        let page: TBoardEvent[];
        do {
          page = await boardEventsSince(deps.prisma, sessionId, subscriber.cursor, PAGE);
          for (const event of page) send(subscriber, event);
        } while (page.length === PAGE);
      } catch (error) {
        stop();
        throw error;
      }
      const buffered = subscriber.buffer ?? [];
      subscriber.buffer = null;
      for (const event of buffered) send(subscriber, event);
      return stop;
    },
    get listening() {
      return subscription.listening;
    },
    get subscribers() {
      let count = 0;
      for (const feed of feeds.values()) count += feed.subscribers.size;
      return count;
    },
    async close() {
      closed = true;
      for (const feed of feeds.values()) clearTimeout(feed.retry);
      feeds.clear();
      await subscription.close();
    },
  };
}

const globalForBoard = globalThis as unknown as { __labBoardStream?: TBoardStream };

/** The process-wide fan-out on the configured database and bus (started by its first user). */
export function getBoardStream(): TBoardStream {
  globalForBoard.__labBoardStream ??= createBoardStream({ prisma: getPrisma(), bus: getBus() });
  return globalForBoard.__labBoardStream;
}
