import {
  ZCreatedUser,
  ZCreateUserInput,
  ZGeneratedPassword,
  ZSetUserActiveInput,
  ZUpdateUserInput,
  ZUserIdInput,
  ZUserView,
} from "@lab/domain/user-admin";
import { z } from "zod";
import { createUser, listUsers, resetPassword, setUserActive, updateUser } from "../services/users";
import { createTRPCRouter, permittedProcedure } from "../trpc";

export const usersRouter = createTRPCRouter({
  list: permittedProcedure("users.list")
    .output(z.array(ZUserView))
    .query(({ ctx }) => listUsers(ctx.prisma)),

  // The answer carries the generated password: the only time it exists in clear.
  create: permittedProcedure("users.create")
    .input(ZCreateUserInput)
    .output(ZCreatedUser)
    .mutation(({ ctx, input }) => createUser(ctx.prisma, ctx.session, input)),

  update: permittedProcedure("users.update")
    .input(ZUpdateUserInput)
    .output(ZUserView)
    .mutation(({ ctx, input }) => updateUser(ctx.prisma, ctx.session, input)),

  setActive: permittedProcedure("users.setActive")
    .input(ZSetUserActiveInput)
    .output(ZUserView)
    .mutation(({ ctx, input }) => setUserActive(ctx.prisma, ctx.session, input)),

  resetPassword: permittedProcedure("users.resetPassword")
    .input(ZUserIdInput)
    .output(ZGeneratedPassword)
    .mutation(({ ctx, input }) => resetPassword(ctx.prisma, ctx.session, input)),
});
