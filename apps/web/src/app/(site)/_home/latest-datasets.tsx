import { themeLabel } from "@lab/domain/dataset";
import type { TLocale } from "@lab/domain/locale";
import { DemoBadge } from "@lab/ui/indicators/demo-badge";
import { formatDate } from "~/format";
import { MESSAGES } from "~/i18n/messages";
import { publicApi } from "~/trpc/server";
import { DEFAULT_DATASET_PARAMS, datasetCatalogHref } from "../datos/search-params";

/** The home page shows this many datasets; the catalog, sorted the same way, has the rest. */
export const LATEST_DATASETS = 3;

/**
 * The home page's "latest datasets": the published datasets changed most recently, as the
 * catalog sorts them by last update (the public search, served from the public cache).
 * Nothing is shown while the catalog is empty.
 */
export async function LatestDatasets({ locale }: { locale: TLocale }) {
  const { results } = await (await publicApi()).datasets.search({
    sort: "modified",
    pageSize: LATEST_DATASETS,
  });
  if (results.length === 0) return null;
  const m = MESSAGES[locale];
  const t = m.home.latestDatasets;
  // Datasets are published in Spanish only.
  const contentLang = locale === "es" ? undefined : "es";
  return (
    <section aria-labelledby="ultimos-datos" className="latest-datasets">
      <h2 id="ultimos-datos">{t.title}</h2>
      <ul className="latest-datasets__list">
        {results.map((dataset) => (
          <li key={dataset.slug} className="latest-datasets__item">
            <span>
              <a
                href={`/datos/${dataset.slug}`}
                lang={contentLang}
                className="latest-datasets__title"
              >
                {dataset.title}
              </a>
              {dataset.isDemo ? (
                <>
                  {" "}
                  <DemoBadge labels={m.card.demo} />
                </>
              ) : null}
            </span>
            <span className="latest-datasets__meta muted">
              {themeLabel(dataset.theme, locale)} · {t.updated}{" "}
              <time dateTime={dataset.modifiedAt.toISOString()}>
                {formatDate(dataset.modifiedAt, locale)}
              </time>
            </span>
          </li>
        ))}
      </ul>
      <p className="dimension__more">
        <a href={datasetCatalogHref({ ...DEFAULT_DATASET_PARAMS, sort: "actualizacion" })}>
          {t.seeAll}
        </a>
      </p>
    </section>
  );
}
