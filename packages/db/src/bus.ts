/**
 * The change bus: PostgreSQL LISTEN/NOTIFY, which PGlite speaks too. A write announces a change
 * inside its own transaction; PostgreSQL delivers it at COMMIT (and never after a rollback) to
 * every connection listening on the database, so every app instance hears it, this one included.
 */
import pg from "pg";
import { resolveDatabaseConfig, type TDatabaseConfig } from "./config";
import { getPglite } from "./driver";
import type { Prisma } from "./generated/prisma/client";

/** A Prisma client or, better, the transaction client of the write being announced. */
export type TNotifier = Pick<Prisma.TransactionClient, "$executeRaw">;

export type TSubscribeOptions = {
  /**
   * `true` once listening, and again after every reconnection (changes announced while the
   * connection was down were missed); `false` when the connection drops.
   */
  onStatus?: (listening: boolean) => void;
};

export type TSubscription = {
  /** Resolves once the first LISTEN is in place; never rejects (the bus keeps retrying). */
  readonly ready: Promise<void>;
  readonly listening: boolean;
  close(): Promise<void>;
};

export type TBus = {
  subscribe<T = unknown>(
    topic: string,
    handler: (payload: T) => void,
    options?: TSubscribeOptions,
  ): TSubscription;
  close(): Promise<void>;
};

export type TBusOptions = {
  /** How often a PostgreSQL listener checks that its connection still answers. */
  heartbeatMs?: number;
  /** Reconnection delay: doubles from the first value up to the second. */
  reconnectMs?: [number, number];
};

// NOTIFY payloads are limited to 8000 bytes; announce keys, not documents.
const MAX_PAYLOAD_BYTES = 7900;
const TOPIC = /^[a-z][a-z0-9_]{0,39}$/;

function channelOf(topic: string): string {
  if (!TOPIC.test(topic)) throw new Error(`Invalid bus topic "${topic}" (use [a-z0-9_])`);
  return `lab_${topic}`;
}

/**
 * Announces a change on `topic`. Called with a transaction client, the announcement leaves at
 * COMMIT together with the write, or not at all.
 */
export async function publishChange(
  db: TNotifier,
  topic: string,
  payload: unknown = null,
): Promise<void> {
  const text = JSON.stringify(payload ?? null);
  if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) {
    throw new Error(`Bus payload for "${topic}" is over ${MAX_PAYLOAD_BYTES} bytes`);
  }
  await db.$executeRaw`SELECT pg_notify(${channelOf(topic)}, ${text})`;
}

type TSub = {
  channel: string;
  handler: (payload: unknown) => void;
  onStatus?: (listening: boolean) => void;
  listening: boolean;
  closed: boolean;
  resolveReady: () => void;
};

function newSub(
  topic: string,
  handler: (payload: never) => void,
  options: TSubscribeOptions | undefined,
): { sub: TSub; ready: Promise<void> } {
  let resolveReady = () => {};
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const sub: TSub = {
    channel: channelOf(topic),
    handler: handler as (payload: unknown) => void,
    onStatus: options?.onStatus,
    listening: false,
    closed: false,
    resolveReady,
  };
  return { sub, ready };
}

/** A subscriber's exception must not reach the connection, nor stop the other subscribers. */
function safely(fn: () => void) {
  try {
    fn();
  } catch (error) {
    console.error("bus: subscriber failed:", error);
  }
}

function setListening(sub: TSub, listening: boolean) {
  if (sub.closed || sub.listening === listening) return;
  sub.listening = listening;
  if (listening) sub.resolveReady();
  safely(() => sub.onStatus?.(listening));
}

function deliver(subs: Iterable<TSub>, channel: string, raw: string | undefined) {
  let payload: unknown = null;
  try {
    payload = raw ? JSON.parse(raw) : null;
  } catch {
    // Not one of ours (someone ran NOTIFY by hand): still a change on that channel.
  }
  for (const sub of subs) {
    if (sub.channel === channel && sub.listening) safely(() => sub.handler(payload));
  }
}

function subscription(sub: TSub, ready: Promise<void>, close: () => Promise<void>) {
  return {
    ready,
    get listening() {
      return sub.listening;
    },
    close,
  };
}

/** PGlite: one session in this process, so no connection can drop. */
function pgliteBus(dataDir: string): TBus {
  const subs = new Map<TSub, () => Promise<void>>();
  return {
    subscribe(topic, handler, options) {
      const { sub, ready } = newSub(topic, handler, options);
      const db = getPglite(dataDir);
      const unlisten = db
        .listen(sub.channel, (raw) => deliver([sub], sub.channel, raw))
        .then(
          (stop) => {
            setListening(sub, true);
            return stop;
          },
          (error: unknown) => {
            console.error(`bus: cannot LISTEN on ${sub.channel}:`, error);
            return undefined;
          },
        );
      const close = async () => {
        sub.closed = true;
        subs.delete(sub);
        const stop = await unlisten;
        if (stop && !db.closed) await stop().catch(() => {});
      };
      subs.set(sub, close);
      return subscription(sub, ready, close);
    },
    async close() {
      await Promise.all([...subs.values()].map((close) => close()));
    },
  };
}

/**
 * PostgreSQL: one dedicated connection per bus (a pooled one would be handed to other queries).
 * A dropped or silent connection is replaced, with backoff, and every subscriber is told.
 */
function postgresBus(url: string, options: TBusOptions): TBus {
  const heartbeatMs = options.heartbeatMs ?? 10_000;
  const [minDelay, maxDelay] = options.reconnectMs ?? [100, 2000];
  const subs = new Set<TSub>();
  const listened = new Set<string>();
  let client: pg.Client | undefined;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;
  let chain = Promise.resolve();

  const heartbeat = setInterval(() => {
    const current = client;
    if (!current) return;
    current.query("SELECT 1").catch(() => drop(current));
  }, heartbeatMs);
  heartbeat.unref();

  /** Forgets a connection that failed; subscribers stop trusting what they cached. */
  function drop(dead: pg.Client) {
    if (dead !== client) return;
    client = undefined;
    listened.clear();
    dead.removeAllListeners("notification");
    // A half-open socket would never answer end(): destroy it.
    (
      dead as unknown as { connection?: { stream?: { destroy(): void } } }
    ).connection?.stream?.destroy();
    dead.end().catch(() => {});
    for (const sub of subs) setListening(sub, false);
    scheduleRetry();
  }

  function scheduleRetry() {
    if (closed || retry) return;
    const delay = Math.min(maxDelay, minDelay * 2 ** failures);
    failures += 1;
    retry = setTimeout(() => {
      retry = undefined;
      sync();
    }, delay);
    retry.unref();
  }

  /** Brings the connection and its LISTENs in line with the subscribers, one step at a time. */
  function sync(): Promise<void> {
    chain = chain
      .then(async () => {
        if (closed) return;
        const current = client ?? (await connect());
        if (!current) return;
        try {
          const wanted = new Set([...subs].map((s) => s.channel));
          for (const channel of wanted) {
            if (listened.has(channel)) continue;
            await current.query(`LISTEN "${channel}"`);
            listened.add(channel);
          }
          for (const channel of [...listened]) {
            if (wanted.has(channel)) continue;
            await current.query(`UNLISTEN "${channel}"`);
            listened.delete(channel);
          }
          failures = 0;
          for (const sub of subs) if (listened.has(sub.channel)) setListening(sub, true);
        } catch {
          drop(current);
        }
      })
      .catch((error: unknown) => console.error("bus: unexpected failure:", error));
    return chain;
  }

  async function connect(): Promise<pg.Client | undefined> {
    const next = new pg.Client({
      connectionString: url,
      // Lets an operator tell the listeners apart in pg_stat_activity.
      application_name: "lab-bus",
      keepAlive: true,
      connectionTimeoutMillis: 5000,
      query_timeout: 5000,
    });
    next.on("error", () => drop(next));
    next.on("end", () => drop(next));
    next.on("notification", (message) => {
      if (next === client) deliver(subs, message.channel, message.payload);
    });
    client = next;
    try {
      await next.connect();
      return next;
    } catch {
      drop(next);
      return undefined;
    }
  }

  return {
    subscribe(topic, handler, subscribeOptions) {
      const { sub, ready } = newSub(topic, handler, subscribeOptions);
      subs.add(sub);
      void sync();
      return subscription(sub, ready, async () => {
        sub.closed = true;
        subs.delete(sub);
        await sync();
      });
    },
    async close() {
      closed = true;
      clearInterval(heartbeat);
      clearTimeout(retry);
      await chain;
      for (const sub of subs) sub.closed = true;
      subs.clear();
      const last = client;
      client = undefined;
      if (last) {
        last.removeAllListeners();
        last.on("error", () => {});
        await last.end().catch(() => {});
      }
    },
  };
}

export function createBus(config: TDatabaseConfig, options: TBusOptions = {}): TBus {
  return config.kind === "pglite" ? pgliteBus(config.dataDir) : postgresBus(config.url, options);
}

const globalForBus = globalThis as unknown as { __labBus?: TBus };

/** The process-wide bus on the configured database (shared by every bundle of the server). */
export function getBus(): TBus {
  globalForBus.__labBus ??= createBus(resolveDatabaseConfig());
  return globalForBus.__labBus;
}
