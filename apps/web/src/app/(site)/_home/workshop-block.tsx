import type { TLocale } from "@lab/domain/locale";
import type { TWorkshopListItem } from "@lab/domain/workshop-record";
import { DemoBadge } from "@lab/ui/indicators/demo-badge";
import { formatDate } from "~/format";
import { MESSAGES } from "~/i18n/messages";
import { publicApi } from "~/trpc/server";
import { KeyNumbers } from "../talleres/_results/key-numbers";
import "../talleres/talleres.css";

/**
 * The home page's workshops: the next one scheduled, and the latest whose results are
 * published, with its figures (or, before any results, the latest one held). From the public
 * workshop list (public cache); nothing is shown when there are no workshops.
 */
export async function WorkshopBlock({ locale }: { locale: TLocale }) {
  const workshops = await (await publicApi()).workshops.list();
  const now = new Date();
  const next = workshops
    .filter((w) => w.startsAt >= now && w.status !== "RESULTS_PUBLISHED")
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  const published = workshops
    .filter((w) => w.status === "RESULTS_PUBLISHED")
    .sort((a, b) => publishedAt(b) - publishedAt(a))[0];
  const lastHeld = workshops
    .filter((w) => w.startsAt < now)
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())[0];
  const latest = published ?? lastHeld;
  if (!next && !latest) return null;
  const t = MESSAGES[locale].workshops;
  return (
    <section aria-labelledby="talleres-inicio" className="notice workshop-block">
      <h2 id="talleres-inicio">{MESSAGES[locale].chrome.nav.workshops}</h2>
      {next ? <WorkshopLine heading={t.home.next} workshop={next} locale={locale} /> : null}
      {latest ? (
        <WorkshopLine
          heading={published ? t.home.latest : t.home.last}
          workshop={latest}
          locale={locale}
        />
      ) : null}
      <p>
        <a href="/talleres">{t.home.allWorkshops}</a>
      </p>
    </section>
  );
}

function publishedAt(w: TWorkshopListItem): number {
  return (w.resultsPublishedAt ?? w.startsAt).getTime();
}

function WorkshopLine({
  heading,
  workshop: w,
  locale,
}: {
  heading: string;
  workshop: TWorkshopListItem;
  locale: TLocale;
}) {
  const t = MESSAGES[locale].workshops;
  // Workshops are published in Spanish only.
  const es = locale === "es" ? undefined : "es";
  return (
    <div>
      <h3>{heading}</h3>
      <p>
        <a href={`/talleres/${w.slug}`} lang={es}>
          {w.title}
        </a>
        {w.isDemo ? <DemoBadge labels={t.demo} /> : null}
        <br />
        <span className="muted">
          <time dateTime={w.startsAt.toISOString()}>{formatDate(w.startsAt, locale)}</time>
        </span>
      </p>
      {w.numbers ? (
        <div className="workshop-block__numbers">
          <KeyNumbers numbers={w.numbers} locale={locale} />
          <p>
            <a href={`/talleres/${w.slug}#resultados`}>{t.seeResults}</a>
          </p>
        </div>
      ) : null}
    </div>
  );
}
