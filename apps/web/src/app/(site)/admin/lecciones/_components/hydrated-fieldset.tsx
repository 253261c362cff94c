"use client";

import { type ReactNode, useEffect, useState } from "react";

/**
 * Holds a form's controls disabled until the page's script runs: a choice made before that
 * (on a slow phone) would be silently reset when React takes over the controls. No border
 * and no legend: it groups nothing for the reader.
 */
export function HydratedFieldset({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <fieldset className="admin-lesson-ready" disabled={!ready}>
      {children}
    </fieldset>
  );
}
