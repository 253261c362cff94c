import { createPublicCache, type TPublicCache } from "@lab/api/public-cache";
import { createCaller } from "@lab/api/root";
import type { TSessionUser } from "@lab/api/trpc";
import { createBus, publishChange, type TBus } from "@lab/db/bus";
import { seed } from "@lab/db/seed";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";
import { createEditor, createSessionUser } from "./support/users";

// Two caches, each on its own bus, stand for two app instances on one database.
let db: TTestDatabase;
let editor: TSessionUser;
let admin: TSessionUser;
const buses: TBus[] = [];
const caches: TPublicCache[] = [];
const SLUG = "laboratorios-innovacion-publica-total";

async function newCache() {
  const bus = createBus(db.config, { reconnectMs: [50, 200] });
  const cache = createPublicCache(bus);
  buses.push(bus);
  caches.push(cache);
  await expect.poll(() => cache.active).toBe(true);
  return cache;
}

function publicCaller(cache: TPublicCache) {
  return createCaller({ session: null, prisma: db.prisma, cache });
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seed(db.prisma, { demoAccounts: false });
  // The office owning SLUG (the context figures).
  editor = await createEditor(db.prisma, ["Secretaría Jurídica"]);
  admin = await createSessionUser(db.prisma, "ADMIN");
});

/** The admin publishes the indicator's drafts through the instance of `cache`. */
async function publishOn(cache: TPublicCache) {
  const caller = createCaller({ session: admin, prisma: db.prisma, cache });
  const { revision } = await caller.indicators.workspace({ slug: SLUG });
  await caller.indicators.publish({ indicatorSlug: SLUG, revision });
}

afterAll(async () => {
  await Promise.all(caches.map((cache) => cache.close()));
  await Promise.all(buses.map((bus) => bus.close()));
  await db?.drop();
});

describe("the public data cache", () => {
  it("loads once for many readers, and again only after a change on its topic", async () => {
    const cache = await newCache();
    const load = vi.fn(async () => ({ loaded: load.mock.calls.length }));

    const first = await Promise.all([1, 2, 3].map(() => cache.get("indicators", "k", load)));
    expect(await cache.get("indicators", "k", load)).toBe(first[0]);
    expect(load).toHaveBeenCalledTimes(1);

    await publishChange(db.prisma, "workshops");
    await publishChange(db.prisma, "indicators", { slug: SLUG });
    await expect
      .poll(async () => {
        await cache.get("indicators", "k", load);
        return load.mock.calls.length;
      })
      .toBe(2);
  });

  it("never serves, after a change, a load that started before it", async () => {
    const cache = await newCache();
    let finishStale = (_: string) => {};
    const stale = cache.get(
      "indicators",
      "k",
      () => new Promise<string>((resolve) => (finishStale = resolve)),
    );
    const heard: unknown[] = [];
    const sub = buses[buses.length - 1]?.subscribe("indicators", (p) => heard.push(p));
    await sub?.ready;

    await publishChange(db.prisma, "indicators", { slug: SLUG });
    await expect.poll(() => heard.length).toBe(1);
    finishStale("before the change");

    expect(await stale).toBe("before the change");
    expect(await cache.get("indicators", "k", async () => "after the change")).toBe(
      "after the change",
    );
    await sub?.close();
  });

  it("lets no entry outlive its maximum age, for writes that bypass the bus", async () => {
    const bus = createBus(db.config);
    buses.push(bus);
    const cache = createPublicCache(bus, { maxAgeMs: 60_000 });
    caches.push(cache);
    await expect.poll(() => cache.active).toBe(true);
    const load = vi.fn(async () => "value");
    const now = Date.now();
    const clock = vi.spyOn(Date, "now").mockReturnValue(now);
    try {
      await cache.get("workshops", "k", load);
      clock.mockReturnValue(now + 59_000);
      await cache.get("workshops", "k", load);
      expect(load).toHaveBeenCalledTimes(1);
      clock.mockReturnValue(now + 61_000);
      await cache.get("workshops", "k", load);
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      clock.mockRestore();
    }
  });

  it("does not keep a failed load", async () => {
    const cache = await newCache();
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error("database down"))
      .mockResolvedValue("ok");
    await expect(cache.get("indicators", "k", load)).rejects.toThrow("database down");
    expect(await cache.get("indicators", "k", load)).toBe("ok");
    expect(await cache.get("indicators", "k", load)).toBe("ok");
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("shows a value published on one instance on the other instance's public reads", async () => {
    const a = await newCache();
    const b = await newCache();
    const before = await publicCaller(b).indicators.bySlug({ slug: SLUG });
    expect(before.observations.map((o) => o.period)).not.toContain("2031");
    const list = await publicCaller(b).indicators.list();
    const count = list.find((i) => i.slug === SLUG)?.observations.length ?? 0;

    await createCaller({
      session: editor,
      prisma: db.prisma,
      cache: a,
    }).indicators.recordObservation({ indicatorSlug: SLUG, period: "2031", value: 4321 });

    // A draft: not public, neither from B's cache nor read afresh from the database.
    const uncached = createCaller({ session: null, prisma: db.prisma });
    for (const caller of [publicCaller(b), publicCaller(a), uncached]) {
      const now = await caller.indicators.bySlug({ slug: SLUG });
      expect(now.observations.map((o) => o.period)).not.toContain("2031");
    }

    await publishOn(a);
    await expect
      .poll(async () => {
        const after = await publicCaller(b).indicators.bySlug({ slug: SLUG });
        return after.observations.find((o) => o.period === "2031")?.value;
      })
      .toBe(4321);
    await expect
      .poll(async () => {
        const after = await publicCaller(b).indicators.list();
        return after.find((i) => i.slug === SLUG)?.observations.length;
      })
      .toBe(count + 1);
  });

  it("serves each caller its own copy, so one reader cannot alter what another sees", async () => {
    const cache = await newCache();
    const first = await publicCaller(cache).indicators.bySlug({ slug: SLUG });
    first.observations.length = 0;
    const second = await publicCaller(cache).indicators.bySlug({ slug: SLUG });
    expect(second.observations.length).toBeGreaterThan(0);
  });

  it("shows the publishing instance its own publication at once, before the bus delivers it", async () => {
    const a = await newCache();
    const caller = createCaller({ session: editor, prisma: db.prisma, cache: a });
    await caller.indicators.bySlug({ slug: SLUG });
    await caller.indicators.recordObservation({ indicatorSlug: SLUG, period: "2032", value: 5 });
    const draft = await caller.indicators.bySlug({ slug: SLUG });
    expect(draft.observations.find((o) => o.period === "2032")).toBeUndefined();

    await publishOn(a);
    const after = await caller.indicators.bySlug({ slug: SLUG });
    expect(after.observations.find((o) => o.period === "2032")?.value).toBe(5);
  });
});
