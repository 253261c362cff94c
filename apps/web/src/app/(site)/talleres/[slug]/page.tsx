import { interpolate } from "@lab/domain/locale";
import { INSTITUTION_TYPE_LABELS, WORKSHOP_STATUS_LABELS } from "@lab/domain/workshop";
import type { Metadata } from "next";
import { formatDate } from "~/format";
import { getLocale } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { orNotFound } from "~/or-not-found";
import { publicApi } from "~/trpc/server";

type TProps = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  return orNotFound((await publicApi()).workshops.bySlug({ slug }));
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const workshop = await load((await params).slug);
  return { title: workshop.title, description: workshop.objective };
}

export default async function WorkshopPage({ params }: TProps) {
  const w = await load((await params).slug);
  const locale = await getLocale();
  const m = MESSAGES[locale];
  const t = m.workshops;
  // Headings are interface, translated; the workshop's own text exists in Spanish only and
  // is marked lang="es" in English pages, so screen readers read it with Spanish rules.
  const es = locale === "es" ? undefined : "es";
  return (
    <article className="prose">
      <p className="muted">
        <a href="/talleres">{m.chrome.nav.workshops}</a> ›{" "}
        {WORKSHOP_STATUS_LABELS[locale][w.status]}
      </p>
      <h1 lang={es}>{w.title}</h1>
      <p className="lead">
        <time dateTime={w.startsAt.toISOString()}>{formatDate(w.startsAt, locale)}</time>
        {w.place ? " · " : ""}
        {w.place ? <span lang={es}>{w.place}</span> : null}
      </p>
      {es ? <p className="muted">{t.spanishOnly}</p> : null}

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
    </article>
  );
}
