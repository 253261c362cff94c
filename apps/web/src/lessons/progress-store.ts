import type { TLessonProgress } from "@lab/domain/lesson-progress";

// Anonymous readers' progress lives in their browser only (no account, no tracking), under a
// versioned key: a future change of shape reads as "no progress" instead of breaking the page.

export const PROGRESS_STORAGE_KEY = "lab.lecciones.v1";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ITEM_ID = /^[a-z0-9-]{1,40}$/;

/** One stored record, or null when it is not one (edited by hand, older shape). */
function readRecord(raw: unknown): TLessonProgress | null {
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.lessonSlug !== "string" || !SLUG.test(r.lessonSlug)) return null;
  if (typeof r.completed !== "boolean") return null;
  if (typeof r.answers !== "object" || r.answers === null) return null;
  const answers: Record<string, boolean> = {};
  for (const [id, right] of Object.entries(r.answers)) {
    if (ITEM_ID.test(id) && typeof right === "boolean") answers[id] = right;
  }
  const updatedAt = new Date(typeof r.updatedAt === "string" ? r.updatedAt : Number.NaN);
  if (Number.isNaN(updatedAt.getTime())) return null;
  return { lessonSlug: r.lessonSlug, completed: r.completed, answers, updatedAt };
}

/** Parses what the browser stored; anything unreadable counts as no progress. */
export function parseStoredProgress(text: string | null): TLessonProgress[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((raw) => {
      const record = readRecord(raw);
      return record ? [record] : [];
    });
  } catch {
    return [];
  }
}

export function serializeProgress(progress: readonly TLessonProgress[]): string {
  return JSON.stringify(progress.map((p) => ({ ...p, updatedAt: p.updatedAt.toISOString() })));
}

// Storage can be missing or refuse writes (private modes, full quota): progress then lasts
// for the visit only, and the page still works.
function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function loadLocalProgress(): TLessonProgress[] {
  try {
    return parseStoredProgress(storage()?.getItem(PROGRESS_STORAGE_KEY) ?? null);
  } catch {
    return [];
  }
}

export function saveLocalProgress(progress: readonly TLessonProgress[]): void {
  try {
    storage()?.setItem(PROGRESS_STORAGE_KEY, serializeProgress(progress));
  } catch {
    // See storage().
  }
}

export function clearLocalProgress(): void {
  try {
    storage()?.removeItem(PROGRESS_STORAGE_KEY);
  } catch {
    // See storage().
  }
}
