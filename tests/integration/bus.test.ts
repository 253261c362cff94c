import { createBus, publishChange, type TBus } from "@lab/db/bus";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TTestDatabase } from "./support/test-db";

// Two buses on one database stand for two app instances; the publisher writes through the
// test's Prisma client (another connection on PostgreSQL; PGlite has a single session).
let db: TTestDatabase;
const buses: TBus[] = [];

function newBus() {
  const bus = createBus(db.config, { reconnectMs: [50, 200] });
  buses.push(bus);
  return bus;
}

/** Subscribes and waits until the LISTEN is in place; returns what was heard so far. */
async function listen(bus: TBus, topic: string) {
  const heard: unknown[] = [];
  const sub = bus.subscribe(topic, (payload) => heard.push(payload));
  await sub.ready;
  return { heard, sub };
}

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await Promise.all(buses.map((bus) => bus.close()));
  await db?.drop();
});

describe("the change bus", () => {
  it("delivers a change announced in a transaction to every instance, at commit", async () => {
    const a = await listen(newBus(), "indicators");
    const b = await listen(newBus(), "indicators");

    await db.prisma.$transaction(async (tx) => {
      await publishChange(tx, "indicators", { slug: "uno" });
    });

    await expect.poll(() => a.heard).toEqual([{ slug: "uno" }]);
    await expect.poll(() => b.heard).toEqual([{ slug: "uno" }]);
    expect(a.sub.listening).toBe(true);
  });

  it("announces nothing for a transaction that rolls back", async () => {
    const { heard } = await listen(newBus(), "indicators");
    await expect(
      db.prisma.$transaction(async (tx) => {
        await publishChange(tx, "indicators", { slug: "revertido" });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    await publishChange(db.prisma, "indicators", { slug: "después" });

    // Notifications arrive in commit order: once the later one is here, the first never will.
    await expect.poll(() => heard).toContainEqual({ slug: "después" });
    expect(heard).toEqual([{ slug: "después" }]);
  });

  it("keeps topics apart, and a failing subscriber does not silence the others", async () => {
    const bus = newBus();
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const failing = bus.subscribe("workshops", () => {
        throw new Error("subscriber bug");
      });
      await failing.ready;
      const workshops = await listen(bus, "workshops");
      const indicators = await listen(bus, "indicators");

      await publishChange(db.prisma, "workshops", { slug: "taller" });

      await expect.poll(() => workshops.heard).toEqual([{ slug: "taller" }]);
      expect(indicators.heard).toEqual([]);
      expect(log).toHaveBeenCalledWith("bus: subscriber failed:", expect.any(Error));
    } finally {
      log.mockRestore();
    }
  });

  it("stops delivering to a closed subscription", async () => {
    const bus = newBus();
    const closed = await listen(bus, "indicators");
    const open = await listen(bus, "indicators");
    await closed.sub.close();

    await publishChange(db.prisma, "indicators", { slug: "dos" });

    await expect.poll(() => open.heard).toEqual([{ slug: "dos" }]);
    expect(closed.heard).toEqual([]);
  });

  it("refuses a malformed topic and a payload too large for NOTIFY", async () => {
    await expect(publishChange(db.prisma, "Indicadores; DROP", null)).rejects.toThrow(
      /Invalid bus topic/,
    );
    await expect(publishChange(db.prisma, "indicators", "x".repeat(9000))).rejects.toThrow(
      /over 7900 bytes/,
    );
    expect(() => newBus().subscribe("a-b", () => {})).toThrow(/Invalid bus topic/);
  });
});
