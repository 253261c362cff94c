import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { publicApi } from "~/trpc/server";

/** The published indicator, or the Spanish 404 page (unknown or malformed slug). */
export async function loadIndicator(slug: string) {
  try {
    return await (await publicApi()).indicators.bySlug({ slug });
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
