import { appendBoardEvent, boardEventsSince } from "@lab/db/board-events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBoard, noteTexts, postNote } from "../support/board";
import { createTestDatabase, TEST_DB_KIND, type TTestDatabase } from "../support/test-db";

// Only a database server runs two transactions at once (PGlite has one session), so only
// here can a later id try to commit before an earlier one.
let db: TTestDatabase;

beforeAll(async () => {
  if (TEST_DB_KIND !== "postgres") throw new Error("run this file in integration-postgres only");
  db = await createTestDatabase();
});

afterAll(async () => {
  await db?.drop();
});

describe("appends to one board session", () => {
  it("wait for the open transaction that appended before them, so ids commit in order", async () => {
    const board = await createBoard(db.prisma);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let appended = () => {};
    const firstAppended = new Promise<void>((resolve) => {
      appended = resolve;
    });

    // Writer A appends and keeps its transaction open.
    const first = db.prisma.$transaction(
      async (tx) => {
        const event = await appendBoardEvent(tx, board.id, {
          type: "hand.raised",
          payload: { userId: "a", name: "Ana" },
        });
        appended();
        await held;
        return event;
      },
      { timeout: 30_000 },
    );
    await firstAppended;

    // Writer B appends to the same session: it must wait for A's row lock.
    const second = postNote(db.prisma, board.id, "después de Ana");
    await expect
      .poll(async () => {
        const rows = await db.driver.query<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return rows[0]?.waiting;
      })
      .toBe(1);
    expect(await boardEventsSince(db.prisma, board.id, 0)).toEqual([]);

    release();
    const [a, b] = await Promise.all([first, second]);
    expect(b.id).toBeGreaterThan(a.id);
    expect(noteTexts(await boardEventsSince(db.prisma, board.id, 0))).toEqual([
      "<hand.raised>",
      "después de Ana",
    ]);
  });
});
