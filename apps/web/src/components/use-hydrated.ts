"use client";

import { useEffect, useState } from "react";

/**
 * False in the server's HTML and until the page's script has taken over, then true. Buttons
 * that submit through the script wait for it: pressed earlier (a slow phone), the browser would
 * submit the form itself, reloading the page and losing what was typed.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
