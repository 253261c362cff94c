import { interpolate, type TLocale } from "@lab/domain/locale";
import type { TContributionSort, TWorkshopRecord } from "@lab/domain/workshop-record";
import { formatDate } from "~/format";
import { MESSAGES } from "~/i18n/messages";
import { Alliances } from "./alliances";
import { Attendance } from "./attendance";
import { CapacityMap } from "./capacity-map";
import { Contributions } from "./contributions";
import { Downloads } from "./downloads";

/**
 * "Socialización de resultados": attendance, institutions by type, contributions per
 * question, the capacity map, the alliances and the downloads. Before results are published,
 * a sentence saying they will come.
 */
export function WorkshopResults({
  record,
  sort,
  locale,
  printable = false,
}: {
  record: TWorkshopRecord;
  sort: TContributionSort;
  locale: TLocale;
  /** The printable page: no sort switch, no downloads. */
  printable?: boolean;
}) {
  const m = MESSAGES[locale].workshops;
  const t = m.results;
  const { results } = record;
  return (
    <section className="workshop-results" aria-labelledby="resultados">
      <h2 id="resultados">{t.heading}</h2>
      {!results ? (
        <p>{t.notYet}</p>
      ) : (
        <>
          {results.publishedAt ? (
            <p className="muted">
              {interpolate(t.publishedOn, { date: formatDate(results.publishedAt, locale) })}
            </p>
          ) : null}
          {results.hasDemo ? (
            <p className="notice notice--warning" role="note">
              {m.demoNotice}
            </p>
          ) : null}
          <Attendance results={results} locale={locale} />
          <Contributions
            record={record}
            contributions={results.contributions}
            sort={sort}
            locale={locale}
            sortable={!printable}
          />
          <CapacityMap rows={results.capacityMap} locale={locale} />
          <Alliances alliances={results.alliances} locale={locale} />
          {printable ? null : <Downloads slug={record.slug} locale={locale} />}
        </>
      )}
    </section>
  );
}
