import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import type { Metadata } from "next";
import { MESSAGES } from "~/i18n/messages";
import { orNotFound } from "~/or-not-found";
import { api } from "~/trpc/server";
import { LessonEditor } from "./lesson-editor";
import "../lessons-admin.css";

export const metadata: Metadata = { title: "Editar lección" };

type TProps = { params: Promise<{ slug: string }> };

// The catalog is small (tens of datasets): its first pages are every choice the editor needs.
const DATASET_PAGE_SIZE = 50;

export default async function AdminLessonPage({ params }: TProps) {
  const t = MESSAGES.es.adminLessons;
  const { slug } = await params;
  const user = await currentUser();
  if (!user || !roleAllows(user.role, "lessonAdmin.bySlug")) {
    return (
      <>
        <h1>{t.editorTitle}</h1>
        <p role="note">{t.staffOnly}</p>
      </>
    );
  }
  const trpc = await api();
  const lesson = await orNotFound(trpc.lessonAdmin.bySlug({ slug }));
  const [list, indicators, datasets] = await Promise.all([
    trpc.lessonAdmin.list(),
    trpc.indicators.list(),
    trpc.datasets.search({ pageSize: DATASET_PAGE_SIZE }),
  ]);

  return (
    <>
      <p className="muted">
        <a href="/admin">{t.workspace}</a> › <a href="/admin/lecciones">{t.title}</a> ›{" "}
        {lesson.content.title}
      </p>
      <h1>
        <span className="visually-hidden">{t.editorTitle}: </span>
        {lesson.content.title}
      </h1>
      <LessonEditor
        // A new lesson (after a reload) starts a new form; refreshes of this one keep it.
        key={slug}
        slug={slug}
        lesson={lesson}
        publication={{
          status: lesson.status,
          hasUnpublishedChanges: lesson.hasUnpublishedChanges,
          publishedAt: lesson.publishedAt,
        }}
        modules={list.modules.map((m) => ({ value: m.slug, label: m.title }))}
        indicators={indicators.map((i) => ({ value: i.slug, label: `${i.name} (${i.slug})` }))}
        datasets={datasets.results.map((d) => ({ value: d.slug, label: `${d.title} (${d.slug})` }))}
      />
    </>
  );
}
