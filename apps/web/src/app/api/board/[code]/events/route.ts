import { currentUser } from "@lab/api/auth/session";
import { boardEventsResponse } from "@lab/api/services/board-sse";
import { getBoardStream } from "@lab/api/services/board-stream";
import { getPrisma } from "@lab/db/client";

// A live stream per request: never prerendered, and `next build` must not open the database.
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ code: string }> };

/** The board's events as Server-Sent Events, for its members and moderators (board-sse.ts). */
export async function GET(request: Request, { params }: TContext) {
  const url = new URL(request.url);
  return boardEventsResponse(
    { prisma: getPrisma(), stream: getBoardStream(), user: await currentUser() },
    {
      code: (await params).code,
      lastEventId: request.headers.get("last-event-id") ?? url.searchParams.get("lastEventId"),
      signal: request.signal,
    },
  );
}
