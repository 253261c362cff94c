"use client";

import { createContext, type ReactNode, useContext, useState } from "react";

// The workshop's revision, shared by the editor's forms: each save names the one the page
// holds and returns the next, so saving one section after another never trips over the
// page's own saves, while a save over someone else's is refused (CONFLICT).

type TRevision = { revision: number; saved: (next: number) => void };

const RevisionContext = createContext<TRevision | null>(null);

export function RevisionProvider({
  revision,
  children,
}: {
  revision: number;
  children: ReactNode;
}) {
  const [local, setLocal] = useState(revision);
  // Revisions only grow: the page's data, once refreshed, may be ahead of this state.
  const value = { revision: Math.max(local, revision), saved: setLocal };
  return <RevisionContext.Provider value={value}>{children}</RevisionContext.Provider>;
}

export function useRevision(): TRevision {
  const value = useContext(RevisionContext);
  if (!value) throw new Error("useRevision needs a RevisionProvider");
  return value;
}
