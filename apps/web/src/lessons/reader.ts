import "server-only";
import { currentUser } from "@lab/api/auth/session";
import type { TLessonProgress } from "@lab/domain/lesson-progress";
import { TRPCError } from "@trpc/server";
import { api } from "~/trpc/server";

/**
 * Who reads, for the progress shown: a signed-in reader's progress comes from their account;
 * an anonymous reader's from their browser (nothing here). An account the server no longer
 * accepts (deactivated) reads as anonymous rather than failing the page.
 */
export async function loadReader(): Promise<{ signedIn: boolean; progress: TLessonProgress[] }> {
  if (!(await currentUser())) return { signedIn: false, progress: [] };
  try {
    return { signedIn: true, progress: await (await api()).lessons.myProgress() };
  } catch (error) {
    if (error instanceof TRPCError && ["UNAUTHORIZED", "FORBIDDEN"].includes(error.code)) {
      return { signedIn: false, progress: [] };
    }
    throw error;
  }
}
