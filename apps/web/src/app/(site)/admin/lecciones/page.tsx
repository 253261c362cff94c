import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import { interpolate } from "@lab/domain/locale";
import type { Metadata } from "next";
import { formatDateEsCo } from "~/format";
import { MESSAGES } from "~/i18n/messages";
import { api } from "~/trpc/server";
import { LessonStatus } from "./_components/lesson-status";
import { ModuleEditor } from "./module-editor";
import { ModuleForm } from "./module-form";
import { NewLessonForm } from "./new-lesson-form";
import "./lessons-admin.css";

export const metadata: Metadata = { title: "Lecciones" };

export default async function AdminLessonsPage() {
  const t = MESSAGES.es.adminLessons;
  const user = await currentUser();
  if (!user || !roleAllows(user.role, "lessonAdmin.list")) {
    return (
      <>
        <h1>{t.title}</h1>
        <p role="note">{t.staffOnly}</p>
      </>
    );
  }
  const { modules, lessons } = await (await api()).lessonAdmin.list();
  const nextModuleOrder = Math.max(0, ...modules.map((m) => m.order)) + 1;

  return (
    <>
      <p className="muted">
        <a href="/admin">{t.workspace}</a> › {t.title}
      </p>
      <h1>{t.title}</h1>
      <p>{t.lead}</p>
      <p className="button-row">
        {modules.length > 0 ? (
          <a className="button" href="#nueva-leccion">
            {t.newLesson}
          </a>
        ) : null}
        <a className="button button--secondary" href="#nuevo-modulo">
          {t.newModule}
        </a>
        <a href="/lecciones">Ver las lecciones como las ve el público</a>
      </p>

      <section aria-labelledby="modulos" className="dataset-section">
        <h2 id="modulos">{t.modules}</h2>
        {modules.length === 0 ? <p>{t.noModules}</p> : null}
        {modules.map((module) => {
          const own = lessons
            .filter((l) => l.moduleSlug === module.slug)
            .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, "es"));
          return (
            <section
              key={module.slug}
              aria-labelledby={`modulo-${module.slug}`}
              className="admin-lesson-module"
            >
              <h3 id={`modulo-${module.slug}`}>
                {module.order}. {module.title}
              </h3>
              {module.description ? <p className="muted">{module.description}</p> : null}
              <ModuleEditor
                slug={module.slug}
                initial={{
                  title: module.title,
                  description: module.description,
                  order: String(module.order),
                }}
              />
              {own.length === 0 ? (
                <p>{t.emptyModule}</p>
              ) : (
                <ol className="work-list admin-lesson-list">
                  {own.map((lesson) => (
                    <li key={lesson.slug} className="work-item">
                      <p className="work-item__title">
                        <a href={`/admin/lecciones/${lesson.slug}`}>{lesson.title}</a>
                      </p>
                      <p className="work-item__meta">
                        <LessonStatus state={lesson} />
                      </p>
                      <p className="work-item__updated">
                        {t.lastChange}{" "}
                        <time dateTime={lesson.updatedAt.toISOString()}>
                          {formatDateEsCo(lesson.updatedAt, true)}
                        </time>
                        {lesson.publishedAt
                          ? ` · ${interpolate(t.publishedOn, { date: formatDateEsCo(lesson.publishedAt, true) })}`
                          : ""}
                      </p>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </section>

      {modules.length > 0 ? (
        <section aria-labelledby="nueva-leccion" className="dataset-section">
          <h2 id="nueva-leccion">{t.newLesson}</h2>
          <p>{t.newLessonLead}</p>
          <NewLessonForm modules={modules.map((m) => ({ value: m.slug, label: m.title }))} />
        </section>
      ) : null}

      <section aria-labelledby="nuevo-modulo" className="dataset-section">
        <h2 id="nuevo-modulo">{t.newModule}</h2>
        <ModuleForm initial={{ title: "", description: "", order: String(nextModuleOrder) }} />
      </section>
    </>
  );
}
