"use client";

import { BOARD_EVENT_TYPES } from "@lab/domain/board";
import {
  applyBoardEvent,
  EMPTY_BOARD,
  type TBoardState,
  type TBoardStreamEvent,
} from "@lab/domain/board-state";
import { useEffect, useRef, useState } from "react";

// The live board in a browser: one EventSource on /api/board/{code}/events, folded with
// domain's applyBoardEvent (which ignores an id it has seen, so a replay never applies an
// event twice). EventSource reconnects by itself with Last-Event-ID; when the server refuses
// outright (a restart in between, 503 busy) it gives up, so we open a new one that resumes
// from the last id we applied.

export type TBoardConnection = "connecting" | "live" | "reconnecting";

export type TBoardStream = {
  state: TBoardState;
  connection: TBoardConnection;
  /** Server clock minus this browser's clock, in ms (0 until the first `clock` message). */
  clockOffsetMs: number;
};

const REOPEN_MS = [1000, 2000, 5000, 10_000];

type TWireEvent = { id: number; type: string; payload: unknown };

export function useBoardStream(
  code: string,
  viewerId: string | null,
  options: { enabled?: boolean; initialOffsetMs?: number } = {},
): TBoardStream {
  const enabled = options.enabled ?? true;
  const [state, setState] = useState<TBoardState>(EMPTY_BOARD);
  const [connection, setConnection] = useState<TBoardConnection>("connecting");
  const [clockOffsetMs, setClockOffsetMs] = useState(options.initialOffsetMs ?? 0);
  const lastId = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let stopped = false;

    const onEvent = (message: MessageEvent<string>) => {
      const wire = JSON.parse(message.data) as TWireEvent;
      const event = { ...wire, type: wire.type } as TBoardStreamEvent;
      if (event.id > lastId.current) lastId.current = event.id;
      setState((current) => applyBoardEvent(current, event, viewerId));
    };
    const onClock = (message: MessageEvent<string>) => {
      const { now } = JSON.parse(message.data) as { now: string };
      setClockOffsetMs(Date.parse(now) - Date.now());
    };

    const open = () => {
      const url = `/api/board/${encodeURIComponent(code)}/events?lastEventId=${lastId.current}`;
      const es = new EventSource(url);
      source = es;
      es.onopen = () => {
        failures = 0;
        setConnection("live");
      };
      es.onerror = () => {
        if (stopped) return;
        setConnection("reconnecting");
        if (es.readyState === EventSource.CLOSED) {
          es.close();
          const delay = REOPEN_MS[Math.min(failures, REOPEN_MS.length - 1)];
          failures += 1;
          reopen = setTimeout(open, delay);
        }
      };
      es.addEventListener("clock", onClock as EventListener);
      for (const type of BOARD_EVENT_TYPES) es.addEventListener(type, onEvent as EventListener);
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(reopen);
      source?.close();
    };
  }, [code, viewerId, enabled]);

  return { state, connection, clockOffsetMs };
}

/** Re-renders every quarter second while `active`, returning the server's now in ms. */
export function useServerNow(clockOffsetMs: number, active: boolean): number {
  const [now, setNow] = useState(() => Date.now() + clockOffsetMs);
  useEffect(() => {
    setNow(Date.now() + clockOffsetMs);
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now() + clockOffsetMs), 250);
    return () => clearInterval(timer);
  }, [clockOffsetMs, active]);
  return now;
}
