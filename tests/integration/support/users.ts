import type { TSessionUser } from "@lab/api/trpc";
import type { PrismaClient, Role } from "@lab/db/prisma";
import { addUserToOffices, createUser } from "@lab/db/users";

let counter = 0;

/**
 * A real account in the database and the session a signed-in browser would carry for it.
 * Emails are unique per call so tests sharing one database never collide.
 */
export async function createSessionUser(
  prisma: PrismaClient,
  role: Role,
  password = "contraseña-de-prueba-123",
  /** Offices (dependencias) it belongs to: an EDITOR edits only their indicators. */
  offices: readonly string[] = [],
): Promise<TSessionUser & { password: string }> {
  counter += 1;
  const user = await createUser(prisma, {
    email: `${role.toLowerCase()}-${counter}-${process.pid}@example.org`,
    name: `Persona ${role} ${counter}`,
    role,
    password,
  });
  await addUserToOffices(prisma, user.id, offices);
  return { ...user, password };
}

/** An EDITOR belonging to the given offices (named, when a test reads the name back). */
export async function createEditor(
  prisma: PrismaClient,
  offices: readonly string[],
  name?: string,
) {
  const editor = await createSessionUser(prisma, "EDITOR", undefined, offices);
  if (!name) return editor;
  await prisma.user.update({ where: { id: editor.id }, data: { name } });
  return { ...editor, name };
}
