import { resolveAuthSecret } from "@lab/db/auth-secret";
import { getPrisma } from "@lab/db/client";
import type { PrismaClient } from "@lab/db/prisma";
import { resolveSecuritySettings } from "@lab/db/settings";
import { hashPassword, verifyPassword } from "@lab/db/users";
import { ZCredentials } from "@lab/domain/auth";
import type { TRole } from "@lab/domain/role";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import {
  clientIp,
  LoginLockedError,
  lockedUntil,
  loginLimits,
  recordLoginAttempt,
  type TLoginLimits,
  UNKNOWN_IP,
} from "./login-limits";

declare module "next-auth" {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface Session {
    user: { id: string; email: string; name: string; role: TRole };
  }
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface User {
    role: TRole;
  }
}

declare module "next-auth/jwt" {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface JWT {
    uid?: string;
    role?: TRole;
  }
}

// Verifying against a real hash when the email is unknown keeps both failures equally slow,
// so response time does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

async function checkPassword(prisma: PrismaClient, email: string, password: string) {
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user?.active) {
    decoyHash ??= hashPassword("decoy-password-for-timing");
    await verifyPassword(await decoyHash, password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

type TAttemptContext = { ip?: string; now?: Date; limits?: TLoginLimits };

/**
 * Checks email and password; null for any failure, without saying which part failed. Throws
 * LoginLockedError while the email (whether or not it has an account) or the address is
 * locked (login-limits.ts). `now` and `limits` are for tests.
 */
export async function authorizeCredentials(
  prisma: PrismaClient,
  raw: unknown,
  { ip = UNKNOWN_IP, now = new Date(), limits = loginLimits() }: TAttemptContext = {},
) {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const until = await lockedUntil(prisma, { email, ip, now, limits });
  if (until) throw new LoginLockedError(until);
  const user = await checkPassword(prisma, email, password);
  await recordLoginAttempt(prisma, { email, ip, succeeded: user !== null, now });
  return user;
}

/**
 * Idle expiry: the JWT lives `maxAge` seconds from its last renewal. /api/auth/session renews it
 * (next-auth re-issues the cookie on every call), and the workspace calls it on activity at most
 * once per `updateAge` (SessionKeepAlive), so a session ends after the idle window without use.
 */
export function sessionTimes(idleMinutes: number): { maxAge: number; updateAge: number } {
  const maxAge = idleMinutes * 60;
  return { maxAge, updateAge: Math.min(5 * 60, Math.floor(maxAge / 4)) };
}

export function createAuthOptions(env: NodeJS.ProcessEnv = process.env): NextAuthOptions {
  const { trustProxy, sessionIdleMinutes } = resolveSecuritySettings(env);
  return {
    secret: resolveAuthSecret(env),
    session: { strategy: "jwt", ...sessionTimes(sessionIdleMinutes) },
    pages: { signIn: "/ingresar", error: "/ingresar" },
    providers: [
      CredentialsProvider({
        name: "Correo y contraseña",
        credentials: {
          email: { label: "Correo electrónico", type: "email" },
          password: { label: "Contraseña", type: "password" },
        },
        authorize: (credentials, req) =>
          authorizeCredentials(getPrisma(), credentials, {
            ip: clientIp(req?.headers, trustProxy),
          }),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
        }
        return token;
      },
      session({ session, token }) {
        if (token.uid && token.role) {
          session.user = {
            id: token.uid,
            email: token.email ?? "",
            name: token.name ?? "",
            role: token.role,
          };
        }
        return session;
      },
    },
  };
}

let cached: NextAuthOptions | undefined;

/** Built on first use, not at import, so `next build` never reads settings or the disk. */
export function authOptions(): NextAuthOptions {
  cached ??= createAuthOptions();
  return cached;
}
