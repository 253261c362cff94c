import {
  ZBoardCodeInput,
  ZBoardUserInput,
  ZNoteInput,
  ZOpenQuestionInput,
  ZOpenVotingInput,
  ZSaveClusterInput,
  ZWorkshopBoardInput,
} from "@lab/domain/board-inputs";
import { ZBoardHeadOutput } from "@lab/domain/board-views";
import { closeBoard } from "../services/board-closing";
import { closeVoting, hideNote, openVoting, saveCluster } from "../services/board-curation";
import {
  endFloor,
  ensureBoard,
  giveFloor,
  openQuestion,
  openSession,
  removeHand,
} from "../services/board-moderation";
import { createTRPCRouter, permittedProcedure } from "../trpc";

// The moderators' console of a live board (/admin/talleres/{slug}/sala).
export const boardAdminRouter = createTRPCRouter({
  ensure: permittedProcedure("boardAdmin.ensure")
    .input(ZWorkshopBoardInput)
    .output(ZBoardHeadOutput)
    .mutation(({ ctx, input }) => ensureBoard(ctx.prisma, ctx.session, input)),

  open: permittedProcedure("boardAdmin.open")
    .input(ZBoardCodeInput)
    .mutation(({ ctx, input }) => openSession(ctx.prisma, ctx.session, input)),

  openQuestion: permittedProcedure("boardAdmin.openQuestion")
    .input(ZOpenQuestionInput)
    .mutation(({ ctx, input }) => openQuestion(ctx.prisma, ctx.session, input)),

  giveFloor: permittedProcedure("boardAdmin.giveFloor")
    .input(ZBoardUserInput)
    .mutation(({ ctx, input }) => giveFloor(ctx.prisma, ctx.session, input)),

  endFloor: permittedProcedure("boardAdmin.endFloor")
    .input(ZBoardCodeInput)
    .mutation(({ ctx, input }) => endFloor(ctx.prisma, ctx.session, input)),

  removeHand: permittedProcedure("boardAdmin.removeHand")
    .input(ZBoardUserInput)
    .mutation(({ ctx, input }) => removeHand(ctx.prisma, ctx.session, input)),

  hideNote: permittedProcedure("boardAdmin.hideNote")
    .input(ZNoteInput)
    .mutation(({ ctx, input }) => hideNote(ctx.prisma, ctx.session, input)),

  saveCluster: permittedProcedure("boardAdmin.saveCluster")
    .input(ZSaveClusterInput)
    .mutation(({ ctx, input }) => saveCluster(ctx.prisma, ctx.session, input)),

  openVoting: permittedProcedure("boardAdmin.openVoting")
    .input(ZOpenVotingInput)
    .mutation(({ ctx, input }) => openVoting(ctx.prisma, ctx.session, input)),

  closeVoting: permittedProcedure("boardAdmin.closeVoting")
    .input(ZBoardCodeInput)
    .mutation(({ ctx, input }) => closeVoting(ctx.prisma, ctx.session, input)),

  close: permittedProcedure("boardAdmin.close")
    .input(ZBoardCodeInput)
    .mutation(({ ctx, input }) => closeBoard(ctx.prisma, ctx.session, input)),
});
