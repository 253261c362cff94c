"use client";

import { type ReactNode, useEffect, useRef } from "react";

const WIDE = "(min-width: 56rem)";

/**
 * The facets behind a disclosure: closed on phones (the results come first), opened on wide
 * screens, where they sit beside the results. Without JavaScript it stays a working native
 * <details>, closed, or open when a facet is chosen.
 */
export function FacetsDisclosure({
  summary,
  open,
  children,
}: {
  summary: string;
  open: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia(WIDE).matches) ref.current.open = true;
  }, []);
  return (
    <details ref={ref} className="dataset-facets" open={open}>
      <summary>{summary}</summary>
      <div className="dataset-facets__body">{children}</div>
    </details>
  );
}
