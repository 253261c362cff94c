import { z } from "zod";
import { BOARD_LIMITS, BOARD_MESSAGES_ES, NOTE_MAX_LENGTH, normalizeBoardCode } from "./board";
import { ZCapacityType } from "./indicator";

// What browsers send to the live board's procedures. Codes are accepted as people type them
// (lower case, spaces, dashes) and normalised here.

export const ZBoardCode = z
  .string()
  .max(40)
  .transform((typed, ctx) => {
    const code = normalizeBoardCode(typed);
    if (code === null) {
      ctx.addIssue({ code: "custom", message: BOARD_MESSAGES_ES.invalidCode });
      return z.NEVER;
    }
    return code;
  });

const ZId = z.string().min(1).max(64);
const ZCapacityTypes = z
  .array(ZCapacityType)
  .max(5)
  .transform((types) => [...new Set(types)]);

export const ZBoardCodeInput = z.object({ code: ZBoardCode });
export type TBoardCodeInput = z.output<typeof ZBoardCodeInput>;

export const ZPostNoteInput = z.object({
  code: ZBoardCode,
  text: z
    .string()
    .trim()
    .min(1, BOARD_MESSAGES_ES.emptyNote)
    .max(NOTE_MAX_LENGTH, BOARD_MESSAGES_ES.longNote),
  capacityTypes: ZCapacityTypes.default([]),
});
export type TPostNoteInput = z.output<typeof ZPostNoteInput>;

export const ZNoteInput = z.object({ code: ZBoardCode, noteId: ZId });
export type TNoteInput = z.output<typeof ZNoteInput>;

export const ZBoardUserInput = z.object({ code: ZBoardCode, userId: ZId });
export type TBoardUserInput = z.output<typeof ZBoardUserInput>;

export const ZOpenQuestionInput = z.object({ code: ZBoardCode, questionId: ZId });
export type TOpenQuestionInput = z.output<typeof ZOpenQuestionInput>;

export const ZSaveClusterInput = z.object({
  code: ZBoardCode,
  /** Absent: a new cluster. */
  clusterId: ZId.optional(),
  title: z
    .string()
    .trim()
    .min(1, "Escriba el título del grupo.")
    .max(
      BOARD_LIMITS.maxClusterTitle,
      `El título puede tener hasta ${BOARD_LIMITS.maxClusterTitle} caracteres.`,
    ),
  capacityTypes: ZCapacityTypes.default([]),
  noteIds: z.array(ZId).max(500).default([]),
});
export type TSaveClusterInput = z.output<typeof ZSaveClusterInput>;

export const ZOpenVotingInput = z.object({
  code: ZBoardCode,
  votesPerParticipant: z.coerce
    .number()
    .int("Escriba un número entero de votos.")
    .min(1, "Cada participante necesita al menos un voto.")
    .max(
      BOARD_LIMITS.maxVotesPerParticipant,
      `Como máximo ${BOARD_LIMITS.maxVotesPerParticipant} votos por participante.`,
    ),
  hiddenTallies: z.boolean().default(false),
});
export type TOpenVotingInput = z.output<typeof ZOpenVotingInput>;

export const ZWorkshopBoardInput = z.object({ workshopSlug: z.string().min(1).max(120) });
export type TWorkshopBoardInput = z.output<typeof ZWorkshopBoardInput>;
