import { getServerSession } from "next-auth";
import type { TSessionUser } from "../trpc";
import { authOptions } from "./options";

/** The signed-in user from the session cookie, or null. Works in server components and routes. */
export async function currentUser(): Promise<TSessionUser | null> {
  const session = await getServerSession(authOptions());
  return session?.user?.id ? session.user : null;
}
