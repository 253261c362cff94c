import { describe, expect, it } from "vitest";
import {
  BOARD_CODE_ALPHABET,
  BOARD_MESSAGES_ES,
  generateBoardCode,
  normalizeBoardCode,
  parseLastEventId,
  ZBoardEventInput,
} from "./board";

describe("board join codes", () => {
  it("are six letters without look-alikes", () => {
    let next = 0;
    const code = generateBoardCode((n) => next++ % n);
    expect(code).toBe("ABCDEF");
    expect(BOARD_CODE_ALPHABET).not.toMatch(/[ILO0-9]/);
    expect(generateBoardCode((n) => n - 1)).toBe("ZZZZZZ");
  });

  it("accept what people type: lower case, spaces, dashes", () => {
    expect(normalizeBoardCode("kmt-rqx")).toBe("KMTRQX");
    expect(normalizeBoardCode(" KMT RQX ")).toBe("KMTRQX");
    expect(normalizeBoardCode("KMTRQ")).toBeNull();
    expect(normalizeBoardCode("KMTRQO")).toBeNull();
    expect(normalizeBoardCode("KMTRQ1")).toBeNull();
  });
});

describe("last event ids", () => {
  it("are non-negative integers; none means from the start", () => {
    expect(parseLastEventId(null)).toBe(0);
    expect(parseLastEventId("")).toBe(0);
    expect(parseLastEventId(" 42 ")).toBe(42);
    expect(parseLastEventId("-1")).toBeNull();
    expect(parseLastEventId("4.2")).toBeNull();
    expect(parseLastEventId("abc")).toBeNull();
  });
});

describe("board events", () => {
  it("validate their payloads, with Spanish messages for notes", () => {
    const ok = ZBoardEventInput.parse({
      type: "note.posted",
      payload: {
        noteId: "n1",
        questionId: null,
        text: "  Más ciclorrutas  ",
        authorId: "u1",
        authorName: "Ana",
        institution: "UIS",
        capacityTypes: ["HUMANA"],
      },
    });
    expect(ok.payload).toMatchObject({ text: "Más ciclorrutas" });
    const empty = ZBoardEventInput.safeParse({
      type: "note.posted",
      payload: {
        noteId: "n1",
        questionId: null,
        text: " ",
        authorId: "u1",
        authorName: "Ana",
        institution: null,
        capacityTypes: [],
      },
    });
    expect(empty.error?.issues[0]?.message).toBe(BOARD_MESSAGES_ES.emptyNote);
    expect(ZBoardEventInput.safeParse({ type: "note.deleted", payload: {} }).success).toBe(false);
    expect(
      ZBoardEventInput.safeParse({
        type: "floor.given",
        payload: { userId: "u1", name: "Ana", endsAt: "2026-12-06T15:00:00.000Z", seconds: 60 },
      }).success,
    ).toBe(true);
    expect(
      ZBoardEventInput.safeParse({
        type: "floor.given",
        payload: { userId: "u1", name: "Ana", endsAt: "mañana", seconds: 60 },
      }).success,
    ).toBe(false);
  });
});
