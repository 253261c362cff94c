/**
 * The public data cache: what every visitor sees (published indicators, workshops, datasets,
 * lessons) kept in this process's memory, so a public page costs no database query. Every
 * instance forgets a topic's entries when the change bus announces a write on it (the write
 * may have happened on another instance), and serves from memory only while it is listening: a
 * dropped bus connection means reads go to the database until it is back.
 */
import { getBus, type TBus } from "@lab/db/bus";

/** Bus topics announcing changes to public data. A write to what they cover must announce. */
export const PUBLIC_TOPICS = ["indicators", "workshops", "datasets", "lessons"] as const;
export type TPublicTopic = (typeof PUBLIC_TOPICS)[number];

export type TPublicCache = {
  /** `load()`'s result, shared by every caller until a change on `topic` is announced. */
  get<T>(topic: TPublicTopic, key: string, load: () => Promise<T>): Promise<T>;
  /** Forgets `topic` in this instance at once (the bus tells the others). */
  invalidate(topic: TPublicTopic): void;
  /** True when every topic is heard on the bus, i.e. when reads may come from memory. */
  readonly active: boolean;
  /** Calls `listener` whenever cached data is dropped (caches built on this one follow it). */
  onInvalidate(listener: () => void): () => void;
  close(): Promise<void>;
};

export type TPublicCacheOptions = {
  /** Backstop for writes that bypass the bus (SQL by hand): no entry outlives this. */
  maxAgeMs?: number;
  maxEntriesPerTopic?: number;
};

type TEntry = { at: number; value: Promise<unknown> };
type TTopicState = { listening: boolean; entries: Map<string, TEntry> };

export function createPublicCache(bus: TBus, options: TPublicCacheOptions = {}): TPublicCache {
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const maxEntries = options.maxEntriesPerTopic ?? 500;
  const topics = new Map<TPublicTopic, TTopicState>(
    PUBLIC_TOPICS.map((topic) => [topic, { listening: false, entries: new Map() }]),
  );
  const state = (topic: TPublicTopic) => topics.get(topic) as TTopicState;

  const listeners = new Set<() => void>();
  // Entries are dropped, never patched: the next read loads what was committed. A load that
  // started before the announcement is dropped with them, so it is never served afterwards.
  const invalidate = (topic: TPublicTopic) => {
    state(topic).entries.clear();
    for (const listener of listeners) listener();
  };

  const subscriptions = PUBLIC_TOPICS.map((topic) =>
    bus.subscribe(topic, () => invalidate(topic), {
      onStatus(listening) {
        // Whatever was cached before a reconnection may have missed announcements.
        state(topic).listening = listening;
        invalidate(topic);
      },
    }),
  );

  return {
    get<T>(topic: TPublicTopic, key: string, load: () => Promise<T>): Promise<T> {
      const s = state(topic);
      if (!s.listening) return load();
      const now = Date.now();
      const hit = s.entries.get(key);
      if (hit && now - hit.at < maxAgeMs) return hit.value as Promise<T>;
      // Concurrent misses share one load; a failed load is not kept.
      const value = load();
      s.entries.delete(key);
      s.entries.set(key, { at: now, value });
      value.catch(() => {
        if (s.entries.get(key)?.value === value) s.entries.delete(key);
      });
      if (s.entries.size > maxEntries) {
        const oldest = s.entries.keys().next().value;
        if (oldest !== undefined) s.entries.delete(oldest);
      }
      return value;
    },
    invalidate,
    onInvalidate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get active() {
      return [...topics.values()].every((s) => s.listening);
    },
    async close() {
      await Promise.all(subscriptions.map((s) => s.close()));
      for (const topic of PUBLIC_TOPICS) {
        state(topic).listening = false;
        invalidate(topic);
      }
    },
  };
}

/** Reads straight from the database: for `next build`, which must never open it. */
const passThrough: TPublicCache = {
  get: (_topic, _key, load) => load(),
  invalidate: () => {},
  onInvalidate: () => () => {},
  active: false,
  close: async () => {},
};

const globalForCache = globalThis as unknown as { __labPublicCache?: TPublicCache };

/**
 * The process-wide cache on the configured database. The first call starts listening on the
 * bus (the server's instrumentation makes that call at start-up).
 */
export function getPublicCache(): TPublicCache {
  if (process.env.NEXT_PHASE === "phase-production-build") return passThrough;
  globalForCache.__labPublicCache ??= createPublicCache(getBus());
  return globalForCache.__labPublicCache;
}

/** `load()` through the context's cache when it has one (public callers in the web app). */
export function cached<T>(
  cache: TPublicCache | undefined,
  topic: TPublicTopic,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  return cache ? cache.get(topic, key, load) : load();
}
