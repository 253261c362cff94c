import { ZParticipantAccount, ZParticipantSignupInput } from "@lab/domain/participant-signup";
import { ZInstitutionOption } from "@lab/domain/workshop-admin-views";
import { z } from "zod";
import { UNKNOWN_IP } from "../auth/login-limits";
import { listSignupInstitutions, registerParticipant } from "../services/participant-signup";
import { createTRPCRouter, publicProcedure } from "../trpc";

// Workshop participants' own accounts: public, since the person has no session yet. The
// answer names the account only; the form then signs in with the password it holds.
export const participantsRouter = createTRPCRouter({
  register: publicProcedure
    .input(ZParticipantSignupInput)
    .output(ZParticipantAccount)
    .mutation(({ ctx, input }) =>
      registerParticipant(ctx.prisma, input, { ip: ctx.ip ?? UNKNOWN_IP }),
    ),

  institutions: publicProcedure
    .output(z.array(ZInstitutionOption))
    .query(({ ctx }) => listSignupInstitutions(ctx.prisma)),
});
