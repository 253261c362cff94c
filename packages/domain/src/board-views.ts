import { z } from "zod";
import { BOARD_SESSION_STATUSES } from "./board";
import { ZAgendaItemView, ZRuleView } from "./workshop";

// What the board's pages receive besides the event stream: the workshop's lobby (title,
// agenda, rules, questions) and who the viewer is on this board.

export const ZBoardLobbyOutput = z.object({
  code: z.string(),
  status: z.enum(BOARD_SESSION_STATUSES),
  workshop: z.object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    objective: z.string(),
    startsAt: z.date(),
    place: z.string().nullable(),
  }),
  agenda: z.array(ZAgendaItemView),
  rules: z.array(ZRuleView),
  questions: z.array(
    z.object({
      id: z.string(),
      order: z.number().int(),
      text: z.string(),
      secondsPerIntervention: z.number().int(),
    }),
  ),
  viewer: z.object({
    userId: z.string().nullable(),
    name: z.string().nullable(),
    joined: z.boolean(),
    moderator: z.boolean(),
  }),
  /** The server's clock when this was read: screens count down with it, not their own. */
  serverNow: z.date(),
});
export type TBoardLobby = z.output<typeof ZBoardLobbyOutput>;

export const ZBoardHeadOutput = z.object({
  code: z.string(),
  status: z.enum(BOARD_SESSION_STATUSES),
});
