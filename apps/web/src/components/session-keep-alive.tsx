"use client";

import { useEffect } from "react";

// Per page load (kept across client navigations): the first activity after a load renews.
let lastRenewal = 0;

/**
 * Idle expiry (SESSION_IDLE_MINUTES): the session cookie lasts the idle window from its last
 * renewal, and /api/auth/session renews it. On activity, renew at most once per `everySeconds`.
 */
export function SessionKeepAlive({ everySeconds }: { everySeconds: number }) {
  useEffect(() => {
    const onActivity = () => {
      if (Date.now() - lastRenewal < everySeconds * 1000) return;
      lastRenewal = Date.now();
      void fetch("/api/auth/session", { credentials: "same-origin" }).catch(() => {});
    };
    const events = ["pointerdown", "keydown", "scroll"] as const;
    for (const name of events) window.addEventListener(name, onActivity, { passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, onActivity);
    };
  }, [everySeconds]);
  return null;
}
