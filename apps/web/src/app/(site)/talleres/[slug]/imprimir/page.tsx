import { parseContributionSort } from "@lab/domain/workshop-record";
import type { Metadata } from "next";
import { formatDate } from "~/format";
import { getLocale } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { PrintButton } from "../../_results/print-button";
import { WorkshopResults } from "../../_results/results";
import { loadWorkshop } from "../../load";
import "../../talleres.css";

type TProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const workshop = await loadWorkshop((await params).slug);
  const locale = await getLocale();
  return { title: `${MESSAGES[locale].workshops.print.title}: ${workshop.title}` };
}

/**
 * The results alone, to print or save as PDF: the objective, then what the results section
 * of the workshop's page shows, without its sort switch and downloads. The print styles drop
 * the site's frame and buttons and keep tables whole (talleres.css).
 */
export default async function PrintableResultsPage({ params, searchParams }: TProps) {
  const [w, locale, query] = await Promise.all([
    loadWorkshop((await params).slug),
    getLocale(),
    searchParams,
  ]);
  const t = MESSAGES[locale].workshops;
  const es = locale === "es" ? undefined : "es";
  return (
    <article className="workshop-record workshop-record--print">
      <div className="print-actions no-print">
        <PrintButton label={t.print.button} />
        <a href={`/talleres/${w.slug}`}>{t.print.back}</a>
      </div>
      <p className="muted">{t.print.title}</p>
      <h1 lang={es}>{w.title}</h1>
      <p className="lead">
        <time dateTime={w.startsAt.toISOString()}>{formatDate(w.startsAt, locale)}</time>
        {w.place ? " · " : ""}
        {w.place ? <span lang={es}>{w.place}</span> : null}
      </p>
      <h2>{t.objective}</h2>
      <p lang={es}>{w.objective}</p>
      <WorkshopResults
        record={w}
        sort={parseContributionSort(query.orden)}
        locale={locale}
        printable
      />
    </article>
  );
}
