import { interpolate } from "@lab/domain/locale";
import { INSTITUTION_TYPE_LABELS, WORKSHOP_STATUS_LABELS } from "@lab/domain/workshop";
import { parseContributionSort } from "@lab/domain/workshop-record";
import { DemoBadge } from "@lab/ui/indicators/demo-badge";
import type { Metadata } from "next";
import { formatDate } from "~/format";
import { getLocale } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { WorkshopResults } from "../_results/results";
import { loadWorkshop } from "../load";
import "../talleres.css";

type TProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const workshop = await loadWorkshop((await params).slug);
  return { title: workshop.title, description: workshop.objective };
}

export default async function WorkshopPage({ params, searchParams }: TProps) {
  const [w, locale, query] = await Promise.all([
    loadWorkshop((await params).slug),
    getLocale(),
    searchParams,
  ]);
  const m = MESSAGES[locale];
  const t = m.workshops;
  // Headings are interface, translated; the workshop's own text exists in Spanish only and
  // is marked lang="es" in English pages, so screen readers read it with Spanish rules.
  const es = locale === "es" ? undefined : "es";
  return (
    <article className="workshop-record">
      <p className="muted">
        <a href="/talleres">{m.chrome.nav.workshops}</a> ›{" "}
        {WORKSHOP_STATUS_LABELS[locale][w.status]}
      </p>
      <h1 lang={es}>
        {w.title}
        {w.isDemo ? <DemoBadge labels={t.demo} /> : null}
      </h1>
      <p className="lead">
        <time dateTime={w.startsAt.toISOString()}>{formatDate(w.startsAt, locale)}</time>
        {w.place ? " · " : ""}
        {w.place ? <span lang={es}>{w.place}</span> : null}
      </p>
      {w.onlineUrl ? (
        <p>
          <a href={w.onlineUrl} rel="noopener noreferrer">
            {t.joinLink}
          </a>
        </p>
      ) : null}
      {es ? <p className="muted">{t.spanishOnly}</p> : null}

      <div className="prose-block">
        <h2>{t.objective}</h2>
        <p lang={es}>{w.objective}</p>
        <h2>{t.purpose}</h2>
        <p lang={es}>{w.purpose}</p>

        <h2>{t.agenda}</h2>
        <ol lang={es}>
          {w.agenda.map((item) => (
            <li key={item.order}>
              {item.title}
              {item.presenter ? <span className="muted"> — {item.presenter}</span> : null}
              {item.durationMinutes ? (
                <span className="muted">
                  {" "}
                  {interpolate(t.minutes, { minutes: item.durationMinutes })}
                </span>
              ) : null}
            </li>
          ))}
        </ol>

        <h2>{t.rules}</h2>
        <dl className="rules" lang={es}>
          {w.rules.map((rule) => (
            <div key={rule.order}>
              <dt>{rule.title}</dt>
              <dd>{rule.description}</dd>
            </div>
          ))}
        </dl>

        <h2>{t.facilitators}</h2>
        <ul className="plain-list">
          {w.facilitators.map((f, i) => (
            // Order is stable and names may be hidden, so the index is the key.
            <li key={i}>
              {f.personName ? <strong>{f.personName}</strong> : null}
              {f.personName ? " — " : ""}
              <span lang={es}>
                {f.role}, {f.institution.name}
              </span>{" "}
              <span className="muted">({INSTITUTION_TYPE_LABELS[locale][f.institution.type]})</span>
            </li>
          ))}
        </ul>

        {w.questions.length > 0 ? (
          <>
            <h2>{t.questions}</h2>
            <ol>
              {w.questions.map((q) => (
                <li key={q.order}>
                  <span lang={es}>{q.text}</span>{" "}
                  <span className="muted">
                    ({interpolate(t.secondsPerIntervention, { seconds: q.secondsPerIntervention })})
                  </span>
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>

      <WorkshopResults record={w} sort={parseContributionSort(query.orden)} locale={locale} />

      <div className="prose-block">
        {w.background ? (
          <>
            <h2>{t.background}</h2>
            {w.background.split("\n\n").map((paragraph) => (
              <p key={paragraph} lang={es}>
                {paragraph}
              </p>
            ))}
          </>
        ) : null}

        <h2>{t.projectObjective}</h2>
        <p lang={es}>{w.projectObjective}</p>
        {w.diagnosticObjective ? (
          <>
            <h2>{t.diagnosticObjective}</h2>
            <p lang={es}>{w.diagnosticObjective}</p>
          </>
        ) : null}
        <h3>{t.specificObjectives}</h3>
        <ol lang={es}>
          {w.specificObjectives.map((o) => (
            <li key={o.order}>{o.text}</li>
          ))}
        </ol>
      </div>
    </article>
  );
}
