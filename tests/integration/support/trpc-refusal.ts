import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

/**
 * The tRPC error of a refused call: its code, its Spanish message, and the Spanish messages
 * per field (from an AppError's fieldErrors or zod's issues, keyed by the field's path).
 */
export async function trpcRefusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  const trpc = error as TRPCError;
  const cause = trpc.cause as {
    fieldErrors?: Record<string, string[]>;
    issues?: { path: PropertyKey[]; message: string }[];
  };
  const fieldErrors: Record<string, string[]> = { ...cause?.fieldErrors };
  for (const issue of cause?.issues ?? []) {
    const key = issue.path.map(String).join(".");
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  return { code: trpc.code, message: trpc.message, fieldErrors };
}
