"use client";

import { mergeLessonProgress, type TLessonProgress } from "@lab/domain/lesson-progress";
import { useMutation } from "@tanstack/react-query";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { TRPCReactProvider, useTRPC } from "~/trpc/react";
import {
  clearLocalProgress,
  loadLocalProgress,
  PROGRESS_STORAGE_KEY,
  saveLocalProgress,
} from "./progress-store";

// The reader's progress through the lessons, shared by the list, the quiz and the "read"
// button. Anonymous readers: this browser's storage only. Signed-in readers: their account
// (the server's copy, given by the page); what this browser kept from before signing in is
// sent once and then forgotten here, so nothing is lost and nothing is kept twice.

type TProgressContext = {
  /** False until the browser's progress is read (the server-rendered HTML has none). */
  ready: boolean;
  signedIn: boolean;
  saveFailed: boolean;
  get: (slug: string) => TLessonProgress | undefined;
  /** Merges a change into the lesson's progress (an answer is right if it ever was). */
  record: (change: Omit<TLessonProgress, "updatedAt">) => Promise<TLessonProgress>;
};

const ProgressContext = createContext<TProgressContext | null>(null);

export function useLessonProgress(): TProgressContext {
  const context = useContext(ProgressContext);
  if (!context) throw new Error("useLessonProgress needs a LessonProgressProvider.");
  return context;
}

export function LessonProgressProvider(props: {
  signedIn: boolean;
  initial: TLessonProgress[];
  children: ReactNode;
}) {
  return (
    <TRPCReactProvider>
      <ProgressState {...props} />
    </TRPCReactProvider>
  );
}

function upsert(list: readonly TLessonProgress[], entry: TLessonProgress): TLessonProgress[] {
  return [...list.filter((p) => p.lessonSlug !== entry.lessonSlug), entry];
}

function ProgressState({
  signedIn,
  initial,
  children,
}: {
  signedIn: boolean;
  initial: TLessonProgress[];
  children: ReactNode;
}) {
  const trpc = useTRPC();
  const save = useMutation(trpc.lessons.saveProgress.mutationOptions());
  const [list, setList] = useState<TLessonProgress[] | null>(signedIn ? initial : null);
  const [saveFailed, setSaveFailed] = useState(false);
  // The latest list, for changes recorded between renders (two answers in a row).
  const current = useRef<TLessonProgress[]>(list ?? []);
  const { mutateAsync } = save;

  const replace = useCallback((next: TLessonProgress[]) => {
    current.current = next;
    setList(next);
  }, []);

  useEffect(() => {
    if (!signedIn) {
      replace(loadLocalProgress());
      // Another tab answered a question: show it here too.
      const onStorage = (event: StorageEvent) => {
        if (event.key === PROGRESS_STORAGE_KEY) replace(loadLocalProgress());
      };
      window.addEventListener("storage", onStorage);
      return () => window.removeEventListener("storage", onStorage);
    }
    const local = loadLocalProgress();
    if (local.length === 0) return;
    let active = true;
    mutateAsync({ progress: local })
      .then((merged) => {
        clearLocalProgress();
        if (active) replace(merged);
      })
      .catch(() => {
        if (active) setSaveFailed(true);
      });
    return () => {
      active = false;
    };
  }, [signedIn, mutateAsync, replace]);

  const record = useCallback(
    async (change: Omit<TLessonProgress, "updatedAt">) => {
      const entry = { ...change, updatedAt: new Date() };
      const previous = current.current.find((p) => p.lessonSlug === change.lessonSlug);
      const merged = previous ? mergeLessonProgress(previous, entry) : entry;
      const next = upsert(current.current, merged);
      replace(next);
      if (!signedIn) {
        saveLocalProgress(next);
      } else {
        mutateAsync({ progress: [merged] })
          .then((saved) => {
            setSaveFailed(false);
            replace(saved);
          })
          .catch(() => setSaveFailed(true));
      }
      return merged;
    },
    [signedIn, mutateAsync, replace],
  );

  const value = useMemo<TProgressContext>(
    () => ({
      ready: list !== null,
      signedIn,
      saveFailed,
      get: (slug) => list?.find((p) => p.lessonSlug === slug),
      record,
    }),
    [list, signedIn, saveFailed, record],
  );
  return <ProgressContext.Provider value={value}>{children}</ProgressContext.Provider>;
}
