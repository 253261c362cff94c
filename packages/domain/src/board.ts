import { z } from "zod";
import { ZCapacityType } from "./indicator";

// The live workshop board's language: what can happen on a board (its events, as stored in
// the log and sent to browsers), and the join code people type by hand.

export const BOARD_SESSION_STATUSES = ["LOBBY", "OPEN", "CLOSED"] as const;
export type TBoardSessionStatus = (typeof BOARD_SESSION_STATUSES)[number];

export const BOARD_MESSAGES_ES = {
  unknownCode: "No encontramos un taller en vivo con ese código. Revíselo e intente de nuevo.",
  invalidCode: "El código tiene seis letras, por ejemplo KMTRQX.",
  invalidLastEventId: "El último evento recibido debe ser un número entero.",
  emptyNote: "Escriba la idea antes de enviarla.",
  longNote: "La idea puede tener hasta 280 caracteres.",
  signIn: "Ingrese con su cuenta para seguir el tablero del taller.",
  notJoined: "Únase al taller desde su enlace antes de participar.",
  closed: "La sesión de este taller ya se cerró. Gracias por participar.",
  notOpen: "La sesión aún no ha comenzado. Espere a que el equipo moderador la abra.",
  alreadyOpen: "La sesión ya está abierta.",
  noQuestion: "Todavía no hay una pregunta abierta. Espere a que el equipo moderador la abra.",
  unknownQuestion: "Esa pregunta no es de este taller.",
  unknownNote: "Esa idea no está en el tablero.",
  unknownCluster: "Ese grupo no está en el tablero.",
  notInQueue: "Esa persona no está en la fila para hablar.",
  noteTooSoon: "Espere unos segundos antes de enviar otra idea.",
  noteLimit: "Ya envió el máximo de ideas para esta pregunta.",
  votingClosed: "No hay una votación abierta en este momento.",
  votingOpen: "Ya hay una votación abierta. Ciérrela antes de abrir otra.",
  noVotesLeft: "Ya usó todos sus votos en esta ronda.",
  hiddenNote: "Esa idea fue ocultada por el equipo moderador.",
  busy: "El tablero tiene demasiadas conexiones en este momento. Intente de nuevo en un minuto.",
} as const;

/** Server-side limits a participant cannot go beyond, across app instances. */
export const BOARD_LIMITS = {
  /** At most one note every this many milliseconds per participant. */
  noteIntervalMs: 3000,
  /** At most this many notes per participant and question. */
  notesPerQuestion: 30,
  maxVotesPerParticipant: 20,
  maxClusterTitle: 80,
} as const;

/** The speaking time given with the floor when a question does not set its own. */
export const DEFAULT_SECONDS_PER_INTERVENTION = 60;

const ZId = z.string().min(1).max(64);
const ZName = z.string().trim().min(1).max(120);
/** An instant as ISO text: it travels as JSON to every browser, which counts down from it. */
const ZInstant = z.iso.datetime({ offset: true });

export const NOTE_MAX_LENGTH = 280;
const ZNoteText = z
  .string()
  .trim()
  .min(1, BOARD_MESSAGES_ES.emptyNote)
  .max(NOTE_MAX_LENGTH, BOARD_MESSAGES_ES.longNote);
const ZCapacityTypes = z.array(ZCapacityType).max(5);

const event = <T extends string, P extends z.ZodType>(type: T, payload: P) =>
  z.object({ type: z.literal(type), payload });

/** Every kind of board event with its payload. Payloads stay small: keys and short texts. */
export const ZBoardEventInput = z.discriminatedUnion("type", [
  event("session.opened", z.object({})),
  event(
    "session.closed",
    z.object({ contributions: z.number().int(), attendees: z.number().int() }),
  ),
  event(
    "participant.joined",
    z.object({ userId: ZId, name: ZName, institution: z.string().max(200).nullable() }),
  ),
  event(
    "question.opened",
    z.object({
      questionId: ZId,
      order: z.number().int(),
      text: z.string().min(1).max(2000),
      secondsPerIntervention: z.number().int().min(10).max(3600),
    }),
  ),
  event(
    "note.posted",
    z.object({
      noteId: ZId,
      questionId: ZId.nullable(),
      text: ZNoteText,
      authorId: ZId,
      authorName: ZName,
      institution: z.string().max(200).nullable(),
      capacityTypes: ZCapacityTypes,
    }),
  ),
  event("note.hidden", z.object({ noteId: ZId })),
  event(
    "cluster.saved",
    z.object({
      clusterId: ZId,
      title: z.string().trim().min(1).max(BOARD_LIMITS.maxClusterTitle),
      capacityTypes: ZCapacityTypes,
      /** Notes moved into the cluster by this event (they leave any other). */
      noteIds: z.array(ZId).max(500),
    }),
  ),
  event("hand.raised", z.object({ userId: ZId, name: ZName })),
  event("hand.lowered", z.object({ userId: ZId, byModerator: z.boolean() })),
  event(
    "floor.given",
    z.object({ userId: ZId, name: ZName, endsAt: ZInstant, seconds: z.number().int() }),
  ),
  event("floor.ended", z.object({ userId: ZId })),
  event(
    "voting.opened",
    z.object({
      round: z.number().int().min(1),
      votesPerParticipant: z.number().int().min(1).max(BOARD_LIMITS.maxVotesPerParticipant),
      hiddenTallies: z.boolean(),
    }),
  ),
  event(
    "vote.cast",
    z.object({ round: z.number().int(), noteId: ZId, userId: ZId, hidden: z.boolean() }),
  ),
  event(
    "voting.closed",
    z.object({ round: z.number().int(), tallies: z.record(z.string(), z.number().int()) }),
  ),
]);
export type TBoardEventInput = z.output<typeof ZBoardEventInput>;

/** Every event type: the names SSE messages carry in their `event:` field. */
export const BOARD_EVENT_TYPES = ZBoardEventInput.options.map((o) => o.shape.type.value);
export type TBoardEventType = TBoardEventInput["type"];
export type TBoardPayload<T extends TBoardEventType> = Extract<
  TBoardEventInput,
  { type: T }
>["payload"];

/** An event as stored and sent: `id` grows in commit order within a session. */
export type TBoardEvent = TBoardEventInput & {
  id: number;
  sessionId: string;
  actorId: string | null;
  createdAt: Date;
};

// Join codes: six letters, no look-alikes (I and L look like 1, O like 0), so a code read
// aloud or copied from a projector is typed right. 23^6 ≈ 148 million codes.
export const BOARD_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ";
export const BOARD_CODE_LENGTH = 6;
const CODE_PATTERN = new RegExp(`^[${BOARD_CODE_ALPHABET}]{${BOARD_CODE_LENGTH}}$`);

/**
 * A new code from `randomIndex(n)`, which returns an integer in [0, n) (crypto's randomInt
 * on the server; the caller retries on the rare collision with an existing code).
 */
export function generateBoardCode(randomIndex: (n: number) => number): string {
  let code = "";
  for (let i = 0; i < BOARD_CODE_LENGTH; i += 1) {
    code += BOARD_CODE_ALPHABET[randomIndex(BOARD_CODE_ALPHABET.length)];
  }
  return code;
}

/**
 * A typed code as stored (upper case, without the spaces or dashes people add), or null when
 * it cannot be a code. Lower case works: people type what they hear.
 */
export function normalizeBoardCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, "").toUpperCase();
  return CODE_PATTERN.test(code) ? code : null;
}

/**
 * The id a reconnecting browser last received (SSE's Last-Event-ID), 0 when it has none;
 * null when it is not a non-negative integer.
 */
export function parseLastEventId(raw: string | null | undefined): number | null {
  const text = raw?.trim() ?? "";
  if (text === "") return 0;
  if (!/^\d{1,15}$/.test(text)) return null;
  return Number(text);
}
