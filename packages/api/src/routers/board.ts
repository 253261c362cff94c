import { ZBoardCodeInput, ZNoteInput, ZPostNoteInput } from "@lab/domain/board-inputs";
import { ZBoardLobbyOutput } from "@lab/domain/board-views";
import {
  castVote,
  joinBoard,
  lowerHand,
  postNote,
  raiseHand,
} from "../services/board-participation";
import { boardLobby } from "../services/board-view";
import { createTRPCRouter, permittedProcedure, publicProcedure } from "../trpc";

// The live board as participants use it. Events reach browsers by the SSE stream
// (GET /api/board/{code}/events); these procedures are the writes, each answered once its
// event is stored.
export const boardRouter = createTRPCRouter({
  lobby: publicProcedure
    .input(ZBoardCodeInput)
    .output(ZBoardLobbyOutput)
    .query(({ ctx, input }) => boardLobby(ctx.prisma, ctx.session, input.code)),

  join: permittedProcedure("board.join")
    .input(ZBoardCodeInput)
    .mutation(({ ctx, input }) => joinBoard(ctx.prisma, ctx.session, input)),

  postNote: permittedProcedure("board.postNote")
    .input(ZPostNoteInput)
    .mutation(({ ctx, input }) => postNote(ctx.prisma, ctx.session, input)),

  raiseHand: permittedProcedure("board.raiseHand")
    .input(ZBoardCodeInput)
    .mutation(({ ctx, input }) => raiseHand(ctx.prisma, ctx.session, input)),

  lowerHand: permittedProcedure("board.lowerHand")
    .input(ZBoardCodeInput)
    .mutation(({ ctx, input }) => lowerHand(ctx.prisma, ctx.session, input)),

  vote: permittedProcedure("board.vote")
    .input(ZNoteInput)
    .mutation(({ ctx, input }) => castVote(ctx.prisma, ctx.session, input)),
});
