import type { TBoardEventInput, TBoardSessionStatus } from "./board";
import type { TCapacityType } from "./indicator";

// The board as a screen shows it, folded from its events. Browsers fold the stream they
// receive; the same fold in tests checks that a replay gives the screen a live viewer has.
// An event is applied once: ids at or below `lastEventId` are ignored.

export type TBoardNoteView = {
  id: string;
  questionId: string | null;
  text: string;
  authorId: string;
  authorName: string;
  institution: string | null;
  capacityTypes: TCapacityType[];
  clusterId: string | null;
};

export type TBoardClusterView = { id: string; title: string; capacityTypes: TCapacityType[] };

export type TBoardState = {
  lastEventId: number;
  status: TBoardSessionStatus;
  question: { id: string; order: number; text: string; secondsPerIntervention: number } | null;
  participants: { userId: string; name: string; institution: string | null }[];
  /** Visible notes, oldest first (hidden ones are removed). */
  notes: TBoardNoteView[];
  clusters: TBoardClusterView[];
  /** Raised hands in the order they were raised. */
  queue: { userId: string; name: string }[];
  /** `endsAt` is the server's instant; screens count down to it with the server's clock. */
  floor: { userId: string; name: string; endsAt: string; seconds: number } | null;
  voting: {
    round: number;
    votesPerParticipant: number;
    hiddenTallies: boolean;
    open: boolean;
  } | null;
  /** Dots per note and round, as far as this viewer may see them. */
  tallies: Record<number, Record<string, number>>;
  /** The viewer's own dots per round. */
  myVotes: Record<number, number>;
};

export type TBoardStreamEvent = TBoardEventInput & { id: number };

export const EMPTY_BOARD: TBoardState = {
  lastEventId: 0,
  status: "LOBBY",
  question: null,
  participants: [],
  notes: [],
  clusters: [],
  queue: [],
  floor: null,
  voting: null,
  tallies: {},
  myVotes: {},
};

function addTally(
  tallies: TBoardState["tallies"],
  round: number,
  noteId: string,
): TBoardState["tallies"] {
  const roundTallies = tallies[round] ?? {};
  return { ...tallies, [round]: { ...roundTallies, [noteId]: (roundTallies[noteId] ?? 0) + 1 } };
}

function apply(state: TBoardState, event: TBoardEventInput, viewerId: string | null): TBoardState {
  switch (event.type) {
    case "session.opened":
      return { ...state, status: "OPEN" };
    case "session.closed":
      return { ...state, status: "CLOSED", floor: null, queue: [], voting: null };
    case "participant.joined": {
      const { userId, name, institution } = event.payload;
      if (state.participants.some((p) => p.userId === userId)) return state;
      return { ...state, participants: [...state.participants, { userId, name, institution }] };
    }
    case "question.opened": {
      const { questionId, order, text, secondsPerIntervention } = event.payload;
      return { ...state, question: { id: questionId, order, text, secondsPerIntervention } };
    }
    case "note.posted": {
      const p = event.payload;
      const note: TBoardNoteView = {
        id: p.noteId,
        questionId: p.questionId,
        text: p.text,
        authorId: p.authorId,
        authorName: p.authorName,
        institution: p.institution,
        capacityTypes: p.capacityTypes,
        clusterId: null,
      };
      return { ...state, notes: [...state.notes, note] };
    }
    case "note.hidden":
      return { ...state, notes: state.notes.filter((n) => n.id !== event.payload.noteId) };
    case "cluster.saved": {
      const { clusterId, title, capacityTypes, noteIds } = event.payload;
      const cluster = { id: clusterId, title, capacityTypes };
      const exists = state.clusters.some((c) => c.id === clusterId);
      const moved = new Set(noteIds);
      return {
        ...state,
        clusters: exists
          ? state.clusters.map((c) => (c.id === clusterId ? cluster : c))
          : [...state.clusters, cluster],
        notes: state.notes.map((n) => (moved.has(n.id) ? { ...n, clusterId } : n)),
      };
    }
    case "hand.raised": {
      const { userId, name } = event.payload;
      if (state.queue.some((h) => h.userId === userId)) return state;
      return { ...state, queue: [...state.queue, { userId, name }] };
    }
    case "hand.lowered":
      return { ...state, queue: state.queue.filter((h) => h.userId !== event.payload.userId) };
    case "floor.given": {
      const { userId, name, endsAt, seconds } = event.payload;
      return {
        ...state,
        floor: { userId, name, endsAt, seconds },
        queue: state.queue.filter((h) => h.userId !== userId),
      };
    }
    case "floor.ended":
      return state.floor?.userId === event.payload.userId ? { ...state, floor: null } : state;
    case "voting.opened": {
      const { round, votesPerParticipant, hiddenTallies } = event.payload;
      return { ...state, voting: { round, votesPerParticipant, hiddenTallies, open: true } };
    }
    case "vote.cast": {
      const { round, noteId, userId } = event.payload;
      const mine = userId === viewerId;
      return {
        ...state,
        tallies: addTally(state.tallies, round, noteId),
        myVotes: mine
          ? { ...state.myVotes, [round]: (state.myVotes[round] ?? 0) + 1 }
          : state.myVotes,
      };
    }
    case "voting.closed": {
      const { round, tallies } = event.payload;
      // The closing count is the server's, complete even when tallies were hidden.
      return {
        ...state,
        tallies: { ...state.tallies, [round]: { ...tallies } },
        voting:
          state.voting && state.voting.round === round
            ? { ...state.voting, open: false }
            : state.voting,
      };
    }
  }
}

/** `state` with `event` applied, or `state` itself when the event was already applied. */
export function applyBoardEvent(
  state: TBoardState,
  event: TBoardStreamEvent,
  viewerId: string | null = null,
): TBoardState {
  if (event.id <= state.lastEventId) return state;
  return { ...apply(state, event, viewerId), lastEventId: event.id };
}

/** Every event folded in order. */
export function foldBoard(
  events: readonly TBoardStreamEvent[],
  viewerId: string | null = null,
): TBoardState {
  return events.reduce((state, event) => applyBoardEvent(state, event, viewerId), EMPTY_BOARD);
}

/** Whether the open round's tallies are hidden until it closes. */
export function talliesHidden(state: TBoardState): boolean {
  return Boolean(state.voting?.open && state.voting.hiddenTallies);
}

/**
 * A note's dots over the rounds shown. The open round's are left out while its tallies are
 * hidden (a participant's stream then carries only their own dots), unless `includeHidden`
 * (the moderators' console, whose stream carries every dot).
 */
export function noteVotes(
  state: TBoardState,
  noteId: string,
  options: { includeHidden?: boolean } = {},
): number {
  const hiddenRound = talliesHidden(state) && !options.includeHidden ? state.voting?.round : null;
  let total = 0;
  for (const [round, tallies] of Object.entries(state.tallies)) {
    if (Number(round) !== hiddenRound) total += tallies[noteId] ?? 0;
  }
  return total;
}

/** How many dots the viewer has left in the open round (0 when none is open). */
export function votesLeft(state: TBoardState): number {
  if (!state.voting?.open) return 0;
  return Math.max(0, state.voting.votesPerParticipant - (state.myVotes[state.voting.round] ?? 0));
}

/** Seconds left on the floor at `nowMs` (server clock), never below 0. */
export function floorSecondsLeft(state: TBoardState, nowMs: number): number {
  if (!state.floor) return 0;
  return Math.max(0, Math.ceil((Date.parse(state.floor.endsAt) - nowMs) / 1000));
}
