/**
 * A board's events as Server-Sent Events (GET /api/board/{code}/events). Each event carries
 * its id, so a browser that loses the connection reconnects with `Last-Event-ID` (EventSource
 * does it by itself) and gets exactly what it missed from the log (services/board-stream.ts).
 *
 * Only the board's members and its moderators may follow it (the notes carry names; see
 * board-view.ts). The dots of a round with hidden tallies reach only the moderators and the
 * voter. An instance serves at most `maxSubscribers` streams (503 beyond, so a crowd spreads
 * over the other instances), and a client that stops reading is dropped before its queue
 * grows: it reconnects with its last id and loses nothing.
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
import type { TBoardListener, TBoardStream } from "./board-stream";
import { boardStreamViewer, type TBoardStreamViewer, type TBoardViewerUser } from "./board-view";

/** A comment line now and then keeps proxies and load balancers from closing an idle stream. */
export const HEARTBEAT_MS = 15_000;
/** How long EventSource waits before reconnecting. */
const RETRY_MS = 2000;
/** Streams one instance serves at most (BOARD_MAX_STREAMS). */
export const MAX_SUBSCRIBERS = 2000;
/** Messages queued for a client that does not read before it is dropped. */
export const MAX_QUEUED = 1000;

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

/** Whether `viewer` may receive `event`: hidden tallies' dots go to moderators and the voter. */
export function visibleTo(viewer: TBoardStreamViewer, event: TBoardEvent): boolean {
  if (event.type !== "vote.cast" || !event.payload.hidden) return true;
  return viewer.moderator || event.payload.userId === viewer.userId;
}

function maxSubscribers(): number {
  const configured = Number(process.env.BOARD_MAX_STREAMS);
  return Number.isInteger(configured) && configured > 0 ? configured : MAX_SUBSCRIBERS;
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
  deps: {
    prisma: TPrisma;
    stream: TBoardStream;
    /** The signed-in user from the request's session cookie. */
    user: TBoardViewerUser;
    heartbeatMs?: number;
    maxSubscribers?: number;
    /** Messages queued for a client that does not read before it is dropped (MAX_QUEUED). */
    maxQueued?: number;
  },
  request: TBoardSseRequest,
): Promise<Response> {
  try {
    const lastEventId = parseLastEventId(request.lastEventId);
    if (lastEventId === null)
      throw new AppError("BAD_REQUEST", BOARD_MESSAGES_ES.invalidLastEventId);
    const code = normalizeBoardCode(request.code);
    if (!code) throw new AppError("NOT_FOUND", BOARD_MESSAGES_ES.unknownCode);
    const viewer = await boardStreamViewer(deps.prisma, deps.user, code);
    if (deps.stream.subscribers >= (deps.maxSubscribers ?? maxSubscribers())) {
      return Response.json(
        { error: { code: "SERVICE_UNAVAILABLE", message: BOARD_MESSAGES_ES.busy } },
        { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } },
      );
    }
    return new Response(
      eventStream(deps.stream, viewer, lastEventId, request.signal, {
        heartbeatMs: deps.heartbeatMs ?? HEARTBEAT_MS,
        maxQueued: deps.maxQueued ?? MAX_QUEUED,
      }),
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
  viewer: TBoardStreamViewer,
  lastEventId: number,
  signal: AbortSignal,
  limits: { heartbeatMs: number; maxQueued: number },
): ReadableStream<Uint8Array> {
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      let stop: (() => void) | undefined;
      const write = (text: string) => {
        if (!open) return;
        // A client that stopped reading: drop it rather than queue without end.
        if ((controller.desiredSize ?? 0) < -limits.maxQueued) {
          cleanup();
          return;
        }
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const heartbeat = setInterval(() => write(": ping\n\n"), limits.heartbeatMs);
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
      // The server's clock, without an id: screens count down with it.
      write(`event: clock\ndata: ${JSON.stringify({ now: new Date().toISOString() })}\n\n`);
      const listener: TBoardListener = (event) => {
        if (visibleTo(viewer, event)) write(formatBoardEvent(event));
      };
      try {
        stop = await stream.subscribe(viewer.sessionId, lastEventId, listener);
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
