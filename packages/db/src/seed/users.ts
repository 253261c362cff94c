import type { PrismaClient, Role } from "../generated/prisma/client";
import { createUser } from "../users";

export type TDemoAccount = { email: string; name: string; role: Role; password: string };

/** Only for the embedded demo database; never created when DATABASE_URL is set. */
export const DEMO_ACCOUNTS: TDemoAccount[] = [
  {
    email: "admin@demo.bucaramanga.gov.co",
    name: "Administración (demo)",
    role: "ADMIN",
    password: "demo-admin-2024",
  },
  {
    email: "editor@demo.bucaramanga.gov.co",
    name: "Funcionaria editora (demo)",
    role: "EDITOR",
    password: "demo-editor-2024",
  },
  {
    email: "tic@demo.bucaramanga.gov.co",
    name: "Oficina TIC (demo)",
    role: "PUBLISHER",
    password: "demo-tic-2024",
  },
];

/** Creates the demo accounts that do not exist yet; returns those it created. */
export async function seedDemoUsers(prisma: PrismaClient): Promise<TDemoAccount[]> {
  const created: TDemoAccount[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const exists = await prisma.user.findUnique({ where: { email: account.email } });
    if (exists) continue;
    await createUser(prisma, account);
    created.push(account);
  }
  return created;
}
