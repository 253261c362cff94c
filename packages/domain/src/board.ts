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
  longNote: `La idea puede tener hasta 280 caracteres.`,
} as const;

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

const event = <T extends string, P extends z.ZodType>(type: T, payload: P) =>
  z.object({ type: z.literal(type), payload });

/** Every kind of board event with its payload. Payloads stay small: keys and short texts. */
export const ZBoardEventInput = z.discriminatedUnion("type", [
  event("session.opened", z.object({})),
  event("session.closed", z.object({})),
  event(
    "question.opened",
    z.object({
      questionId: ZId,
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
      authorName: ZName,
      capacityTypes: z.array(ZCapacityType).max(5),
    }),
  ),
  event("note.hidden", z.object({ noteId: ZId })),
  event("hand.raised", z.object({ userId: ZId, name: ZName })),
  event("hand.lowered", z.object({ userId: ZId })),
  event("floor.given", z.object({ userId: ZId, endsAt: ZInstant })),
]);
export type TBoardEventInput = z.output<typeof ZBoardEventInput>;
export type TBoardEventType = TBoardEventInput["type"];

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
