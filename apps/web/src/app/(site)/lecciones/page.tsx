import { LESSON_LEVEL_LABELS } from "@lab/domain/lesson";
import { interpolate } from "@lab/domain/locale";
import type { Metadata } from "next";
import { getLocale, getMessages } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { LessonStatus } from "~/lessons/lesson-status";
import { LessonProgressProvider } from "~/lessons/progress-context";
import { loadReader } from "~/lessons/reader";
import { publicApi } from "~/trpc/server";
import "./lecciones.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = (await getMessages()).lessons;
  return { title: t.heading, description: t.lead };
}

/** The modules in reading order, each lesson with what the reader has done of it. */
export default async function LessonsPage() {
  const [{ modules }, locale, reader] = await Promise.all([
    (await publicApi()).lessons.list(),
    getLocale(),
    loadReader(),
  ]);
  const t = MESSAGES[locale].lessons;
  // Lessons are written in Spanish only: marked so on the English interface.
  const es = locale === "es" ? undefined : "es";
  return (
    <div className="lessons-page">
      <h1>{t.heading}</h1>
      <p className="lead">{t.lead}</p>
      {es ? <p className="muted">{t.spanishOnly}</p> : null}
      <p className="muted">{t.privacy}</p>
      {modules.length === 0 ? <p>{t.empty}</p> : null}
      <LessonProgressProvider signedIn={reader.signedIn} initial={reader.progress}>
        {modules.map((module, index) => (
          <section
            key={module.slug}
            aria-labelledby={`modulo-${module.slug}`}
            className="lesson-module"
          >
            <p className="lesson-module__number">{interpolate(t.module, { order: index + 1 })}</p>
            <h2 id={`modulo-${module.slug}`} lang={es}>
              {module.title}
            </h2>
            {module.description ? <p lang={es}>{module.description}</p> : null}
            <ol className="lesson-list">
              {module.lessons.map((lesson) => (
                <li key={lesson.slug} className="lesson-list__item">
                  <h3>
                    <a href={`/lecciones/${lesson.slug}`} lang={es}>
                      {lesson.title}
                    </a>
                  </h3>
                  <p lang={es}>{lesson.summary}</p>
                  <p className="muted lesson-meta">
                    {LESSON_LEVEL_LABELS[locale][lesson.level]} ·{" "}
                    {interpolate(t.readingMinutes, { minutes: lesson.readingMinutes })}
                    {lesson.questionCount > 0
                      ? ` · ${interpolate(lesson.questionCount === 1 ? t.questionsOne : t.questionsOther, { count: lesson.questionCount })}`
                      : ""}
                  </p>
                  <LessonStatus
                    lessonSlug={lesson.slug}
                    questionCount={lesson.questionCount}
                    labels={t.progress}
                  />
                </li>
              ))}
            </ol>
          </section>
        ))}
      </LessonProgressProvider>
    </div>
  );
}
