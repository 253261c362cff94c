"use client";

import type { ReactNode } from "react";
import { useHydrated } from "~/components/use-hydrated";

/**
 * Holds a form's controls disabled until the page's script runs: a choice made before that
 * (on a slow phone) would be silently reset when React takes over the controls. No border
 * and no legend: it groups nothing for the reader.
 */
export function HydratedFieldset({ children }: { children: ReactNode }) {
  const ready = useHydrated();
  return (
    <fieldset className="admin-lesson-ready" disabled={!ready}>
      {children}
    </fieldset>
  );
}
