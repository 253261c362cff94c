import { createBoardStream } from "@lab/api/services/board-stream";
import { createBus } from "@lab/db/bus";
import type { TBoardEvent } from "@lab/domain/board";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBoard, noteTexts, postNote } from "../support/board";
import { proxyPostgres, type TTcpProxy } from "../support/tcp-proxy";
import { createTestDatabase, TEST_DB_KIND, type TTestDatabase } from "../support/test-db";

// Only a database server's connection can drop: the instance's bus goes through a proxy that
// the test cuts, while events are written straight to the database.
let db: TTestDatabase;
let proxy: TTcpProxy;

beforeAll(async () => {
  if (TEST_DB_KIND !== "postgres") throw new Error("run this file in integration-postgres only");
  db = await createTestDatabase();
});

afterAll(async () => {
  await proxy?.stop();
  await db?.drop();
});

describe("the board's fan-out when its bus connection drops", () => {
  it("delivers, after the reconnection, the events appended while it could not hear", async () => {
    if (db.config.kind !== "postgres") throw new Error("expected a PostgreSQL test database");
    const proxied = await proxyPostgres(db.config);
    proxy = proxied.proxy;
    const bus = createBus(proxied.config, { reconnectMs: [50, 200] });
    const stream = createBoardStream({ prisma: db.prisma, bus });
    try {
      const board = await createBoard(db.prisma);
      const received: TBoardEvent[] = [];
      const stop = await stream.subscribe(board.id, 0, (e) => received.push(e));
      await expect.poll(() => stream.listening).toBe(true);
      await postNote(db.prisma, board.id, "antes");
      await expect.poll(() => noteTexts(received)).toEqual(["antes"]);

      await proxy.stop();
      await expect.poll(() => stream.listening).toBe(false);
      // Announced while this instance cannot hear: only the reconnection's re-read finds them.
      await postNote(db.prisma, board.id, "durante 1");
      await postNote(db.prisma, board.id, "durante 2");

      await proxy.start();
      await expect.poll(() => stream.listening, { timeout: 10_000 }).toBe(true);
      await expect.poll(() => noteTexts(received)).toEqual(["antes", "durante 1", "durante 2"]);
      await postNote(db.prisma, board.id, "después");
      await expect
        .poll(() => noteTexts(received))
        .toEqual(["antes", "durante 1", "durante 2", "después"]);
      stop();
    } finally {
      await stream.close();
      await bus.close();
    }
  });
});
