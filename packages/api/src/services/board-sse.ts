/**
 * A board's events as Server-Sent Events (GET /api/board/{code}/events). Each event carries
 * its id, so a browser that loses the connection reconnects with `Last-Event-ID` (EventSource
 * does it by itself) and gets exactly what it missed from the log (services/board-stream.ts).
 *
 * Public read for now: anyone with the code may follow the board. Participants' sign-in comes
 * with the board's pages; this stream must then check it (the notes carry authors' names).
 */
import type { TPrisma } from "@lab/db/client";
import {
  BOARD_MESSAGES_ES,
  normalizeBoardCode,
  parseLastEventId,
  type TBoardEvent,
} from "@lab/domain/board";
import { AppError } from "@lab/domain/errors";
import { restError } from "../rest/http";
import type { TBoardStream } from "./board-stream";

/** A comment line now and then keeps proxies and load balancers from closing an idle stream. */
export const HEARTBEAT_MS = 15_000;
/** How long EventSource waits before reconnecting. */
const RETRY_MS = 2000;

const encoder = new TextEncoder();

/** One SSE message; `data` is one line of JSON (JSON.stringify escapes line breaks). */
export function formatBoardEvent(event: TBoardEvent): string {
  const data = JSON.stringify({
    id: event.id,
    type: event.type,
    payload: event.payload,
    createdAt: event.createdAt.toISOString(),
  });
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${data}\n\n`;
}

async function findSession(prisma: TPrisma, typedCode: string): Promise<{ id: string }> {
  const code = normalizeBoardCode(typedCode);
  const session = code
    ? await prisma.boardSession.findUnique({ where: { code }, select: { id: true } })
    : null;
  if (!session) throw new AppError("NOT_FOUND", BOARD_MESSAGES_ES.unknownCode);
  return session;
}

export type TBoardSseRequest = {
  code: string;
  /** The `Last-Event-ID` header, or `?lastEventId=` for clients that cannot set headers. */
  lastEventId: string | null;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
};

/** The event stream of the board with `code`, or a Spanish JSON error (404 unknown code). */
export async function boardEventsResponse(
  deps: { prisma: TPrisma; stream: TBoardStream; heartbeatMs?: number },
  request: TBoardSseRequest,
): Promise<Response> {
  try {
    const lastEventId = parseLastEventId(request.lastEventId);
    if (lastEventId === null)
      throw new AppError("BAD_REQUEST", BOARD_MESSAGES_ES.invalidLastEventId);
    const session = await findSession(deps.prisma, request.code);
    return new Response(
      eventStream(deps.stream, session.id, lastEventId, request.signal, deps.heartbeatMs),
      {
        headers: {
          "Content-Type": "text/event-stream; charset=utf-8",
          // no-transform: a compressing layer would hold events back until its buffer fills.
          "Cache-Control": "no-store, no-transform",
          Connection: "keep-alive",
          // nginx buffers responses unless told not to.
          "X-Accel-Buffering": "no",
        },
      },
    );
  } catch (error) {
    return restError(error);
  }
}

function eventStream(
  stream: TBoardStream,
  sessionId: string,
  lastEventId: number,
  signal: AbortSignal,
  heartbeatMs = HEARTBEAT_MS,
): ReadableStream<Uint8Array> {
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      let stop: (() => void) | undefined;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const heartbeat = setInterval(() => write(": ping\n\n"), heartbeatMs);
      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        signal.removeEventListener("abort", onAbort);
        stop?.();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      const onAbort = () => cleanup();
      signal.addEventListener("abort", onAbort);
      write(`retry: ${RETRY_MS}\n\n`);
      try {
        stop = await stream.subscribe(sessionId, lastEventId, (event) =>
          write(formatBoardEvent(event)),
        );
      } catch (error) {
        // The replay failed (database away): end the stream; the browser retries.
        console.error("board: cannot start an event stream:", error);
        cleanup();
        return;
      }
      // The client may have left during the replay.
      if (!open) stop();
      else if (signal.aborted) cleanup();
    },
    cancel() {
      cleanup();
    },
  });
}
