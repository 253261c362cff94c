import { resolveAuthSecret } from "@lab/db/auth-secret";
import { getPrisma } from "@lab/db/client";
import type { PrismaClient } from "@lab/db/prisma";
import { hashPassword, verifyPassword } from "@lab/db/users";
import { ZCredentials } from "@lab/domain/auth";
import type { TRole } from "@lab/domain/role";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

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

/** Checks email and password; null for any failure, without saying which part failed. */
export async function authorizeCredentials(prisma: PrismaClient, raw: unknown) {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user?.active) {
    decoyHash ??= hashPassword("decoy-password-for-timing");
    await verifyPassword(await decoyHash, password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

const EIGHT_HOURS = 8 * 60 * 60;

export function createAuthOptions(): NextAuthOptions {
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
        authorize: (credentials) => authorizeCredentials(getPrisma(), credentials),
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
