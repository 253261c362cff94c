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

const EIGHT_HOURS = 8 * 60 * 60;

export function createAuthOptions(): NextAuthOptions {
  const { trustProxy } = resolveSecuritySettings();
  return {
    secret: resolveAuthSecret(),
    session: { strategy: "jwt", maxAge: EIGHT_HOURS },
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
