import { createPublicCache } from "@lab/api/public-cache";
import { createBus, publishChange, type TBus } from "@lab/db/bus";
import type { TDatabaseConfig } from "@lab/db/config";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { proxyPostgres, type TTcpProxy } from "../support/tcp-proxy";
import { createTestDatabase, TEST_DB_KIND, type TTestDatabase } from "../support/test-db";

// Only the PostgreSQL project runs this folder: a listener's connection can drop only there.
let db: TTestDatabase;
let proxy: TTcpProxy;
let proxied: TDatabaseConfig;
const buses: TBus[] = [];

beforeAll(async () => {
  if (TEST_DB_KIND !== "postgres") throw new Error("run this file in integration-postgres only");
  db = await createTestDatabase();
  if (db.config.kind !== "postgres") throw new Error("expected a PostgreSQL test database");
  ({ proxy, config: proxied } = await proxyPostgres(db.config));
});

afterAll(async () => {
  await Promise.all(buses.map((bus) => bus.close()));
  await proxy?.stop();
  await db?.drop();
});

function proxiedBus() {
  const bus = createBus(proxied, { reconnectMs: [50, 200] });
  buses.push(bus);
  return bus;
}

describe("a bus subscriber whose connection drops", () => {
  it("is told, reconnects by itself and hears the changes announced afterwards", async () => {
    await proxy.start();
    const heard: unknown[] = [];
    const status: boolean[] = [];
    const sub = proxiedBus().subscribe("indicators", (p) => heard.push(p), {
      onStatus: (listening) => status.push(listening),
    });
    await sub.ready;
    await publishChange(db.prisma, "indicators", { n: 1 });
    await expect.poll(() => heard).toEqual([{ n: 1 }]);

    await proxy.stop();
    await expect.poll(() => sub.listening).toBe(false);
    // Announced while this subscriber cannot hear: lost for it, which is why it was told.
    await publishChange(db.prisma, "indicators", { n: 2 });

    await proxy.start();
    await expect.poll(() => sub.listening, { timeout: 10_000 }).toBe(true);
    expect(status).toEqual([true, false, true]);
    await publishChange(db.prisma, "indicators", { n: 3 });
    await expect.poll(() => heard).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it("survives the server ending its session (a restart or an administrator)", async () => {
    await proxy.start();
    const heard: unknown[] = [];
    const bus = createBus(db.config, { reconnectMs: [50, 200] });
    buses.push(bus);
    const sub = bus.subscribe("workshops", (p) => heard.push(p));
    await sub.ready;
    await db.driver.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = 'lab-bus'`,
    );
    await expect.poll(() => sub.listening).toBe(false);
    await expect.poll(() => sub.listening, { timeout: 10_000 }).toBe(true);

    await publishChange(db.prisma, "workshops", { n: 1 });
    await expect.poll(() => heard).toEqual([{ n: 1 }]);
  });

  it("makes the public cache read the database while it cannot hear the bus", async () => {
    await proxy.start();
    const cache = createPublicCache(proxiedBus());
    await expect.poll(() => cache.active).toBe(true);
    const load = vi.fn(async () => "value");
    await cache.get("indicators", "k", load);
    await cache.get("indicators", "k", load);
    expect(load).toHaveBeenCalledTimes(1);

    await proxy.stop();
    await expect.poll(() => cache.active).toBe(false);
    await cache.get("indicators", "k", load);
    await cache.get("indicators", "k", load);
    expect(load).toHaveBeenCalledTimes(3);

    // Back: what was cached before may have missed changes, so it is loaded again once.
    await proxy.start();
    await expect.poll(() => cache.active, { timeout: 10_000 }).toBe(true);
    await cache.get("indicators", "k", load);
    await cache.get("indicators", "k", load);
    expect(load).toHaveBeenCalledTimes(4);
    await cache.close();
  });
});
