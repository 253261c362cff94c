"use client";

import { useRef, useState } from "react";

// One moderator action at a time per panel: its buttons are disabled while it runs, and the
// server's Spanish refusal is shown in an alert. Success shows through the event stream,
// never by changing the screen here, so a moderator never sees an event twice.

const NETWORK_MESSAGE =
  "No hubo respuesta del servidor. Revise su conexión a internet e intente de nuevo.";

/** The server's message, or a Spanish one when the request never got an answer. */
export function actionMessage(error: unknown): string {
  const e = error as { message?: string; data?: unknown } | null;
  if (!e?.data || !e.message) return NETWORK_MESSAGE;
  return e.message;
}

export function useConsoleAction() {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The panel's heading (tabIndex -1): where focus goes when the pressed button goes away. */
  const heading = useRef<HTMLHeadingElement>(null);

  /**
   * Runs `action` under `key` (which button shows "…"); null when it was refused. With
   * `refocus`, a success takes focus to the panel's heading, since the button that was
   * pressed leaves the screen once the stream brings the change.
   */
  async function run<T>(
    key: string,
    action: () => Promise<T>,
    options: { refocus?: boolean } = {},
  ): Promise<T | null> {
    setPending(key);
    setError(null);
    try {
      const result = await action();
      if (options.refocus) heading.current?.focus();
      return result;
    } catch (e) {
      setError(actionMessage(e));
      return null;
    } finally {
      setPending(null);
    }
  }

  return {
    run,
    pending,
    busy: pending !== null,
    error,
    clearError: () => setError(null),
    heading,
  };
}

export function ActionError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="form-error">
      {error}
    </p>
  );
}

/** "1 idea", "3 ideas". */
export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString("es-CO")} ${n === 1 ? one : many}`;
}
