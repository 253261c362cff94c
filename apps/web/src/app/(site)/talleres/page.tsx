import type { TLocale } from "@lab/domain/locale";
import { WORKSHOP_STATUS_LABELS } from "@lab/domain/workshop";
import type { TWorkshopListItem } from "@lab/domain/workshop-record";
import { DemoBadge } from "@lab/ui/indicators/demo-badge";
import type { Metadata } from "next";
import { formatDate } from "~/format";
import { getLocale, getMessages } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { publicApi } from "~/trpc/server";
import { KeyNumbers } from "./_results/key-numbers";
import "./talleres.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).chrome.nav.workshops };
}

/** Upcoming workshops (soonest first), then those held (latest first) with their figures. */
export default async function WorkshopsPage() {
  const [workshops, locale] = await Promise.all([
    (await publicApi()).workshops.list(),
    getLocale(),
  ]);
  const t = MESSAGES[locale].workshops;
  const now = new Date();
  const upcoming = workshops.filter((w) => w.startsAt >= now);
  const past = workshops.filter((w) => w.startsAt < now);
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="lead">{t.lead}</p>
      {locale === "es" ? null : <p className="muted">{t.spanishOnly}</p>}
      <section aria-labelledby="proximos">
        <h2 id="proximos">{t.upcoming}</h2>
        {upcoming.length === 0 ? <p>{t.noUpcoming}</p> : null}
        <WorkshopList workshops={upcoming} locale={locale} />
      </section>
      <section aria-labelledby="realizados">
        <h2 id="realizados">{t.past}</h2>
        {past.length === 0 ? <p>{t.noPast}</p> : null}
        <WorkshopList workshops={past} locale={locale} />
      </section>
    </>
  );
}

function WorkshopList({ workshops, locale }: { workshops: TWorkshopListItem[]; locale: TLocale }) {
  if (workshops.length === 0) return null;
  const t = MESSAGES[locale].workshops;
  // Workshops are published in Spanish only: their titles are marked so.
  const es = locale === "es" ? undefined : "es";
  return (
    <ul className="workshop-list">
      {workshops.map((w) => (
        <li key={w.slug} className="workshop-list__item">
          <h3>
            <a href={`/talleres/${w.slug}`} lang={es}>
              {w.title}
            </a>
            {w.isDemo ? <DemoBadge labels={t.demo} /> : null}
          </h3>
          <p className="muted">
            <time dateTime={w.startsAt.toISOString()}>{formatDate(w.startsAt, locale)}</time> ·{" "}
            {WORKSHOP_STATUS_LABELS[locale][w.status]}
            {w.place ? (
              <>
                {" · "}
                <span lang={es}>{w.place}</span>
              </>
            ) : null}
          </p>
          {w.numbers ? (
            <KeyNumbers numbers={w.numbers} locale={locale} />
          ) : w.startsAt < new Date() ? (
            <p>{t.resultsPending}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
