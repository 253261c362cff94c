import { WORKSHOP_STATUS_LABELS } from "@lab/domain/workshop";
import type { Metadata } from "next";
import { formatDate } from "~/format";
import { getLocale, getMessages } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { publicApi } from "~/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).chrome.nav.workshops };
}

export default async function WorkshopsPage() {
  const [workshops, locale] = await Promise.all([
    (await publicApi()).workshops.list(),
    getLocale(),
  ]);
  const t = MESSAGES[locale].workshops;
  // Workshops are published in Spanish only: their titles are marked so.
  const contentLang = locale === "es" ? undefined : "es";
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="lead">{t.lead}</p>
      {contentLang ? <p className="muted">{t.spanishOnly}</p> : null}
      <ul className="plain-list">
        {workshops.map((w) => (
          <li key={w.slug}>
            <a href={`/talleres/${w.slug}`} lang={contentLang}>
              {w.title}
            </a>
            <br />
            <span className="muted">
              <time dateTime={w.startsAt.toISOString()}>{formatDate(w.startsAt, locale)}</time> ·{" "}
              {WORKSHOP_STATUS_LABELS[locale][w.status]}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
