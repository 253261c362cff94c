import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** A public record, or the Spanish 404 page when it does not exist or the address is malformed. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
    ) {
      notFound();
    }
    throw error;
  }
}
