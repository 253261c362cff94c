import { LESSON_LEVEL_LABELS, type TLessonSource } from "@lab/domain/lesson";
import { interpolate } from "@lab/domain/locale";
import { LessonMarkdown } from "@lab/ui/lesson-markdown";
import type { Metadata } from "next";
import { cache } from "react";
import { formatDay } from "~/format";
import { getLocale } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { renderLessonEmbed } from "~/lessons/embeds";
import { LessonQuiz } from "~/lessons/lesson-quiz";
import { LessonProgressPanel } from "~/lessons/lesson-status";
import { LessonProgressProvider } from "~/lessons/progress-context";
import { loadReader } from "~/lessons/reader";
import { RelatedData } from "~/lessons/related-data";
import { orNotFound } from "~/or-not-found";
import { publicApi } from "~/trpc/server";
import "../lecciones.css";

type TProps = { params: Promise<{ slug: string }> };

/** The published lesson (public cache), or the site's 404 page. Once per request. */
const loadLesson = cache(async (slug: string) =>
  orNotFound((await publicApi()).lessons.bySlug({ slug })),
);

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const lesson = await loadLesson((await params).slug);
  return { title: lesson.title, description: lesson.summary };
}

export default async function LessonPage({ params }: TProps) {
  const [lesson, locale, reader] = await Promise.all([
    loadLesson((await params).slug),
    getLocale(),
    loadReader(),
  ]);
  const m = MESSAGES[locale];
  const t = m.lessons;
  // The lesson is written in Spanish only; headings and buttons follow the interface.
  const es = locale === "es" ? undefined : "es";
  return (
    <article className="lesson">
      <p className="muted lesson__crumbs">
        <a href="/lecciones">{m.chrome.nav.lessons}</a> ›{" "}
        <span lang={es}>{lesson.module.title}</span>
      </p>
      <h1 lang={es}>{lesson.title}</h1>
      <p className="lead" lang={es}>
        {lesson.summary}
      </p>
      <p className="muted lesson-meta">
        {LESSON_LEVEL_LABELS[locale][lesson.level]} ·{" "}
        {interpolate(t.readingMinutes, { minutes: lesson.readingMinutes })} ·{" "}
        <time dateTime={lesson.lastReviewedAt.toISOString()}>
          {interpolate(t.reviewed, { date: formatDay(lesson.lastReviewedAt, locale) })}
        </time>
      </p>
      {es ? <p className="muted">{t.spanishOnly}</p> : null}

      <LessonProgressProvider signedIn={reader.signedIn} initial={reader.progress}>
        {lesson.objectives.length > 0 ? (
          <section aria-labelledby="leccion-objetivos" className="notice lesson-objectives">
            <h2 id="leccion-objetivos">{t.objectives}</h2>
            <ul lang={es}>
              {lesson.objectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
          </section>
        ) : null}

        <div lang={es}>
          <LessonMarkdown
            body={lesson.body}
            renderEmbed={(embed) => renderLessonEmbed(embed, locale)}
            tocLabel={t.toc}
          />
        </div>

        {lesson.sources.length > 0 ? (
          <section aria-labelledby="leccion-fuentes" className="lesson-sources">
            <h2 id="leccion-fuentes">{t.sources}</h2>
            <ol lang={es}>
              {lesson.sources.map((source) => (
                <li key={`${source.title}-${source.url ?? ""}`}>
                  <Citation source={source} />
                </li>
              ))}
            </ol>
          </section>
        ) : null}

        <RelatedData
          indicators={lesson.relatedIndicators}
          datasets={lesson.relatedDatasets}
          heading={t.related}
          locale={locale}
        />

        {lesson.quiz.length > 0 ? (
          <section aria-labelledby="leccion-preguntas" className="lesson-quiz">
            <h2 id="leccion-preguntas">{t.quiz.heading}</h2>
            <p className="lesson-quiz__lead">{t.quiz.lead}</p>
            <div lang={es}>
              <LessonQuiz lessonSlug={lesson.slug} questions={lesson.quiz} labels={t.quiz} />
            </div>
          </section>
        ) : null}

        <section aria-labelledby="leccion-avance" className="lesson-progress-section">
          <h2 id="leccion-avance">{t.progress.heading}</h2>
          <LessonProgressPanel
            lessonSlug={lesson.slug}
            questionCount={lesson.quiz.length}
            labels={t.progress}
          />
        </section>
      </LessonProgressProvider>

      <nav aria-label={t.otherLessons} className="lesson-pager">
        <ul>
          {lesson.previous ? (
            <li className="lesson-pager__previous">
              <a href={`/lecciones/${lesson.previous.slug}`} rel="prev">
                <span className="lesson-pager__label">{t.previous}</span>
                <span lang={es}>{lesson.previous.title}</span>
              </a>
            </li>
          ) : null}
          {lesson.next ? (
            <li className="lesson-pager__next">
              <a href={`/lecciones/${lesson.next.slug}`} rel="next">
                <span className="lesson-pager__label">{t.next}</span>
                <span lang={es}>{lesson.next.title}</span>
              </a>
            </li>
          ) : null}
          <li className="lesson-pager__all">
            <a href="/lecciones">{t.backToList}</a>
          </li>
        </ul>
      </nav>
    </article>
  );
}

/** "Autor (año). Título." with the title linked when the source is online. */
function Citation({ source }: { source: TLessonSource }) {
  const lead = [source.author, source.year ? `(${source.year})` : ""].filter(Boolean).join(" ");
  return (
    <>
      {lead ? `${lead}. ` : ""}
      {source.url ? (
        <a href={source.url}>
          <cite>{source.title}</cite>
        </a>
      ) : (
        <cite>{source.title}</cite>
      )}
    </>
  );
}
