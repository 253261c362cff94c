import type { TBoardNoteView } from "@lab/domain/board-state";
import { describe, expect, it } from "vitest";
import { en } from "../i18n/messages/en";
import {
  currentNotes,
  DEFAULT_BOARD_RULES,
  defaultRules,
  formatCountdown,
  groupNotes,
  queuePosition,
  queuePositionText,
  reminderRules,
  votesLeftText,
  votesText,
} from "./board-format";

const note = (id: string, clusterId: string | null, questionId = "q1"): TBoardNoteView => ({
  id,
  questionId,
  text: `Idea ${id}`,
  authorId: "ana",
  authorName: "Ana",
  institution: null,
  capacityTypes: [],
  clusterId,
});

describe("the board's shared wording", () => {
  it("counts down as mm:ss and never below zero", () => {
    expect(formatCountdown(60)).toBe("01:00");
    expect(formatCountdown(59)).toBe("00:59");
    expect(formatCountdown(605)).toBe("10:05");
    expect(formatCountdown(-3)).toBe("00:00");
  });

  it("tells viewers their place in the queue", () => {
    const queue = [
      { userId: "a", name: "Ana" },
      { userId: "b", name: "Beto" },
    ];
    expect(queuePosition(queue, "b")).toBe(2);
    expect(queuePosition(queue, "c")).toBeNull();
    expect(queuePosition(queue, null)).toBeNull();
    expect(queuePositionText(2)).toBe("Usted es el 2.º en la fila");
    expect(queuePositionText(2, en.board.shared.position)).toBe("You are number 2 in line");
  });

  it("says how many votes are left, in singular and plural", () => {
    expect(votesLeftText(3)).toBe("Le quedan 3 votos");
    expect(votesLeftText(1)).toBe("Le queda 1 voto");
    expect(votesLeftText(0)).toBe("Ya usó todos sus votos");
    const english = en.board.shared.votesLeft;
    expect(votesLeftText(3, english)).toBe("You have 3 votes left");
    expect(votesLeftText(1, english)).toBe("You have 1 vote left");
    expect(votesText(2, en.board.shared.notes)).toBe("2 votes");
  });

  it("reminds the workshop's own rules, else the seed deck's four", () => {
    const own = [{ title: "Sea breve", description: "" }];
    expect(reminderRules(own)).toEqual({ rules: own, own: true });
    expect(reminderRules([{ title: " ", description: "" }])).toEqual({
      rules: DEFAULT_BOARD_RULES,
      own: false,
    });
    expect(DEFAULT_BOARD_RULES.map((r) => r.title)).toEqual([
      "Encender cámara",
      "Cumplir con los tiempos",
      "Levantar la mano",
      "Micrófono en silencio",
    ]);
    // The seed's rules are the lab's own text, so they follow the interface's language.
    const english = reminderRules([], defaultRules(en.board.shared.rules));
    expect(english.rules.map((r) => r.title)).toEqual([
      "Turn on your camera",
      "Keep to the time",
      "Raise your hand",
      "Mute your microphone",
    ]);
  });
});

describe("notes on the board", () => {
  it("groups notes by cluster in the clusters' order, loose notes last", () => {
    const clusters = [
      { id: "c1", title: "Datos", capacityTypes: [] },
      { id: "c2", title: "Vacío", capacityTypes: [] },
      { id: "c3", title: "Personas", capacityTypes: [] },
    ];
    const groups = groupNotes([note("1", "c3"), note("2", null), note("3", "c1")], clusters);
    expect(groups.map((g) => [g.cluster?.title ?? null, g.notes.map((n) => n.id)])).toEqual([
      ["Datos", ["3"]],
      ["Personas", ["1"]],
      [null, ["2"]],
    ]);
  });

  it("keeps one plain group before any cluster exists", () => {
    expect(groupNotes([note("1", null)], [])).toEqual([
      { cluster: null, notes: [note("1", null)] },
    ]);
  });

  it("shows only the current question's notes", () => {
    const notes = [note("1", null, "q1"), note("2", null, "q2")];
    const question = { id: "q2", order: 2, text: "¿Qué sigue?", secondsPerIntervention: 60 };
    expect(currentNotes(notes, question).map((n) => n.id)).toEqual(["2"]);
    expect(currentNotes(notes, null)).toEqual([]);
  });
});
