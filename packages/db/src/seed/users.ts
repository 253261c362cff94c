import type { PrismaClient, Role } from "../generated/prisma/client";
import { addUserToOffices, createUser } from "../users";

export type TDemoAccount = {
  email: string;
  name: string;
  role: Role;
  password: string;
  /** Offices (dependencias) the account belongs to; created by seedIndicators. */
  offices?: readonly string[];
};

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
    // The offices whose indicators the demo (and the end-to-end tests) edit; not the
    // Secretaría Jurídica, owner of the context figures, so the demo shows the office rule.
    offices: [
      "Oficina TIC",
      "Secretaría de Desarrollo Social",
      "Secretaría de Planeación",
      "Secretaría Administrativa",
    ],
  },
  {
    email: "tic@demo.bucaramanga.gov.co",
    name: "Oficina TIC (demo)",
    role: "PUBLISHER",
    password: "demo-tic-2024",
  },
];

/**
 * Creates the demo accounts that do not exist yet and their office memberships (run after
 * seedIndicators, which creates the offices); returns the accounts it created.
 */
export async function seedDemoUsers(prisma: PrismaClient): Promise<TDemoAccount[]> {
  const created: TDemoAccount[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const existing = await prisma.user.findUnique({
      where: { email: account.email },
      select: { id: true },
    });
    const user = existing ?? (await createUser(prisma, account));
    if (!existing) created.push(account);
    if (account.offices) await addUserToOffices(prisma, user.id, account.offices);
  }
  return created;
}
