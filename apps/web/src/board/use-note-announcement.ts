"use client";

import type { TBoardNoteView } from "@lab/domain/board-state";
import { interpolate } from "@lab/domain/locale";
import { useEffect, useRef, useState } from "react";

// What a screen reader hears when ideas arrive: one polite sentence per burst (a second of
// quiet closes it), never one per event and never for votes. The viewer's own notes are left
// out (their form already says it was posted). The first burst after opening the page is the
// board as it stood, so it is worded as a count of what is there.

const QUIET_MS = 1000;

/** The sentences, in the interface's language (messages' `board.announce`). */
export type TNoteAnnouncementLabels = {
  newOne: string;
  newOther: string;
  openingOne: string;
  openingOther: string;
};

export function useNoteAnnouncement(
  notes: readonly TBoardNoteView[],
  viewerId: string | null,
  labels: TNoteAnnouncementLabels,
): string {
  const known = useRef(new Set<string>());
  const pending = useRef<TBoardNoteView[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const first = useRef(true);
  const [message, setMessage] = useState("");

  useEffect(() => {
    const fresh = notes.filter((note) => !known.current.has(note.id));
    for (const note of fresh) known.current.add(note.id);
    const others = fresh.filter((note) => note.authorId !== viewerId);
    if (others.length === 0) return;
    pending.current.push(...others);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const burst = pending.current;
      pending.current = [];
      const opening = first.current;
      first.current = false;
      const [single] = burst;
      if (single && burst.length === 1 && !opening) {
        setMessage(interpolate(labels.newOne, { name: single.authorName, text: single.text }));
      } else if (opening) {
        setMessage(
          burst.length === 1
            ? labels.openingOne
            : interpolate(labels.openingOther, { count: burst.length }),
        );
      } else {
        setMessage(interpolate(labels.newOther, { count: burst.length }));
      }
    }, QUIET_MS);
  }, [notes, viewerId, labels]);

  useEffect(() => () => clearTimeout(timer.current), []);
  return message;
}
