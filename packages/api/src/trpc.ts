import type { PrismaClient } from "@lab/db/prisma";
import { AppError, isAppError } from "@lab/domain/errors";
import type { TRole } from "@lab/domain/role";
import { configureSpanishErrors, flattenFieldErrors } from "@lab/domain/zod-es";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import { roleAllows, type TGuardedPath } from "./permissions";
import type { TPublicCache } from "./public-cache";

configureSpanishErrors();

// 1. Context: who is asking (from the signed session token), the database, and the public
// data cache (the web app's; tests and scripts read the database directly).

export type TSessionUser = { id: string; email: string; name: string; role: TRole };

export type TContext = {
  session: TSessionUser | null;
  prisma: PrismaClient;
  cache?: TPublicCache;
  /** The caller's address (auth/login-limits.ts `clientIp`); absent outside HTTP requests. */
  ip?: string;
};

export function createContext(input: TContext): TContext {
  return input;
}

// 2. Init: superjson for dates and decimals; zod failures reach the client field by field.

const t = initTRPC.context<TContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const appError = isAppError(error.cause) ? error.cause : null;
    return {
      ...shape,
      message: zodError ? "Revise los campos marcados." : shape.message,
      data: {
        ...shape.data,
        // Never send stack traces to browsers.
        stack: undefined,
        fieldErrors: zodError ? flattenFieldErrors(zodError) : (appError?.fieldErrors ?? null),
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Domain errors become the matching tRPC error; anything else stays a 500 and is logged. */
const appErrors = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (isAppError(cause)) {
      throw new TRPCError({ code: cause.code, message: cause.message, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      console.error(`tRPC ${path} failed:`, result.error.cause ?? result.error);
      throw new TRPCError({
        code: "INTERNAL_SERVER_ERROR",
        message: "Ocurrió un error inesperado. Intente de nuevo en unos minutos.",
      });
    }
  }
  return result;
});

// 3. Procedures.

export const publicProcedure = t.procedure.use(appErrors);

/**
 * A signed-in, still active user. The token says who; the database says whether the
 * account is still active and what its role is now, so a change takes effect at once.
 */
export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.session) throw new AppError("UNAUTHORIZED");
  const user = await ctx.prisma.user.findUnique({
    where: { id: ctx.session.id },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  if (!user?.active)
    throw new AppError("UNAUTHORIZED", "Su sesión ya no es válida. Ingrese de nuevo.");
  return next({
    ctx: { session: { id: user.id, email: user.email, name: user.name, role: user.role } },
  });
});

/**
 * UNAUTHORIZED without a session, FORBIDDEN when the role is not in the procedure's entry of
 * `permissions.ts`. `path` is the procedure's own path ("indicators.recordObservation").
 */
export function permittedProcedure(path: TGuardedPath) {
  return protectedProcedure.use(({ ctx, next, path: calledPath }) => {
    // The table is keyed by path: a procedure declaring another one's entry is a bug.
    if (calledPath !== path) throw new Error(`${calledPath} declares the permission of ${path}`);
    if (!roleAllows(ctx.session.role, path)) throw new AppError("FORBIDDEN");
    return next();
  });
}
