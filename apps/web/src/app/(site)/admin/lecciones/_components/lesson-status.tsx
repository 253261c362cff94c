import { MESSAGES } from "~/i18n/messages";

// A lesson's state as staff read it: a draft never published, published as saved, or published
// with saved changes the public does not see yet. The words carry it; the colour repeats it.

export type TLessonState = {
  status: "DRAFT" | "PUBLISHED";
  hasUnpublishedChanges: boolean;
};

export function lessonStateLabel(state: TLessonState): string {
  const t = MESSAGES.es.adminLessons.status;
  if (state.status === "DRAFT") return t.draft;
  return state.hasUnpublishedChanges ? t.publishedWithChanges : t.published;
}

export function LessonStatus({ state }: { state: TLessonState }) {
  const badge =
    state.status === "DRAFT"
      ? "badge--unpublished"
      : state.hasUnpublishedChanges
        ? "badge--changed"
        : "badge--clean";
  return <span className={`badge badge--state ${badge}`}>{lessonStateLabel(state)}</span>;
}
