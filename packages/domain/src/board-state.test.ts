import { describe, expect, it } from "vitest";
import {
  applyBoardEvent,
  EMPTY_BOARD,
  floorSecondsLeft,
  foldBoard,
  noteVotes,
  type TBoardStreamEvent,
  votesLeft,
} from "./board-state";

const note = (id: number, noteId: string, text: string): TBoardStreamEvent => ({
  id,
  type: "note.posted",
  payload: {
    noteId,
    questionId: "q1",
    text,
    authorId: "ana",
    authorName: "Ana",
    institution: null,
    capacityTypes: [],
  },
});

const events: TBoardStreamEvent[] = [
  { id: 1, type: "session.opened", payload: {} },
  {
    id: 2,
    type: "question.opened",
    payload: { questionId: "q1", order: 1, text: "¿Qué falta?", secondsPerIntervention: 60 },
  },
  note(3, "n1", "Ciclorrutas"),
  note(4, "n2", "Andenes"),
  { id: 5, type: "hand.raised", payload: { userId: "beto", name: "Beto" } },
  { id: 6, type: "hand.raised", payload: { userId: "ana", name: "Ana" } },
  {
    id: 7,
    type: "floor.given",
    payload: { userId: "beto", name: "Beto", endsAt: "2026-12-06T15:01:00.000Z", seconds: 60 },
  },
  {
    id: 8,
    type: "voting.opened",
    payload: { round: 1, votesPerParticipant: 2, hiddenTallies: false },
  },
  { id: 9, type: "vote.cast", payload: { round: 1, noteId: "n1", userId: "ana", hidden: false } },
  { id: 10, type: "note.hidden", payload: { noteId: "n2" } },
];

describe("the board's fold", () => {
  it("gives the screen a live viewer has", () => {
    const state = foldBoard(events, "ana");
    expect(state.status).toBe("OPEN");
    expect(state.question?.text).toBe("¿Qué falta?");
    expect(state.notes.map((n) => n.text)).toEqual(["Ciclorrutas"]);
    expect(state.queue.map((h) => h.name)).toEqual(["Ana"]);
    expect(state.floor?.name).toBe("Beto");
    expect(noteVotes(state, "n1")).toBe(1);
    expect(votesLeft(state)).toBe(1);
    expect(state.lastEventId).toBe(10);
  });

  it("applies an event once: a replay overlapping what was received changes nothing", () => {
    const live = foldBoard(events.slice(0, 6), "ana");
    const resumed = events.reduce((s, e) => applyBoardEvent(s, e, "ana"), live);
    expect(resumed).toEqual(foldBoard(events, "ana"));
    expect(applyBoardEvent(resumed, events[2] as TBoardStreamEvent, "ana")).toBe(resumed);
  });

  it("counts the floor down on the server's clock and never below zero", () => {
    const state = foldBoard(events);
    expect(floorSecondsLeft(state, Date.parse("2026-12-06T15:00:00.000Z"))).toBe(60);
    expect(floorSecondsLeft(state, Date.parse("2026-12-06T15:00:59.200Z"))).toBe(1);
    expect(floorSecondsLeft(state, Date.parse("2026-12-06T15:02:00.000Z"))).toBe(0);
    expect(floorSecondsLeft(EMPTY_BOARD, 0)).toBe(0);
  });

  it("keeps a hidden round's tallies out of sight until the closing count arrives", () => {
    const hidden = foldBoard(
      [
        ...events.slice(0, 4),
        {
          id: 5,
          type: "voting.opened",
          payload: { round: 1, votesPerParticipant: 3, hiddenTallies: true },
        },
        {
          id: 6,
          type: "vote.cast",
          payload: { round: 1, noteId: "n1", userId: "ana", hidden: true },
        },
      ],
      "ana",
    );
    expect(noteVotes(hidden, "n1")).toBe(0);
    expect(noteVotes(hidden, "n1", { includeHidden: true })).toBe(1);
    expect(votesLeft(hidden)).toBe(2);
    const closed = applyBoardEvent(hidden, {
      id: 7,
      type: "voting.closed",
      payload: { round: 1, tallies: { n1: 5 } },
    });
    expect(noteVotes(closed, "n1")).toBe(5);
    expect(votesLeft(closed)).toBe(0);
  });
});
