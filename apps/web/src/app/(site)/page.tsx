import { DIMENSION_LABELS_ES, DIMENSIONS } from "@lab/domain/indicator";
import { catalogParamsToQuery } from "@lab/domain/indicator-catalog";
import { IndicatorCard } from "@lab/ui/indicators/indicator-card";
import { formatDateEsCo } from "~/format";
import { publicApi } from "~/trpc/server";

// A few headline cards per dimension keep the home short on a phone; the rest are one tap
// away in the catalog, filtered to that dimension.
const HEADLINES_PER_DIMENSION = 3;

export default async function HomePage() {
  const api = await publicApi();
  const [indicators, workshops] = await Promise.all([api.indicators.list(), api.workshops.list()]);
  const latestWorkshop = workshops[0];
  const lastUpdate = indicators.reduce<Date | null>(
    (latest, i) => (!latest || i.updatedAt > latest ? i.updatedAt : latest),
    null,
  );
  const dimensions = DIMENSIONS.map((dimension) => ({
    dimension,
    label: DIMENSION_LABELS_ES[dimension],
    href: `/indicadores?${catalogParamsToQuery({ dimension })}`,
    indicators: indicators.filter((i) => i.dimension === dimension),
  })).filter((d) => d.indicators.length > 0);
  return (
    <>
      <section className="hero">
        <h1>Laboratorio de Innovación Pública de Bucaramanga</h1>
        <p className="lead">
          Indicadores de innovación pública y participación ciudadana, datos abiertos y los
          resultados de los talleres de co-creación de la Alcaldía, en un solo lugar.
        </p>
        {lastUpdate ? (
          <p className="muted">
            Última actualización:{" "}
            <time dateTime={lastUpdate.toISOString()}>{formatDateEsCo(lastUpdate)}</time>
          </p>
        ) : null}
      </section>
      {latestWorkshop ? (
        <section aria-labelledby="taller" className="notice">
          <h2 id="taller">
            {latestWorkshop.startsAt > new Date() ? "Próximo taller" : "Último taller"}
          </h2>
          <p>
            <a href={`/talleres/${latestWorkshop.slug}`}>{latestWorkshop.title}</a>
            <br />
            <span className="muted">
              <time dateTime={latestWorkshop.startsAt.toISOString()}>
                {formatDateEsCo(latestWorkshop.startsAt)}
              </time>
            </span>
          </p>
        </section>
      ) : null}
      {dimensions.length > 0 ? (
        <nav aria-labelledby="dimensiones" className="dimension-nav">
          <h2 id="dimensiones">Indicadores por dimensión</h2>
          <ul>
            {dimensions.map((d) => (
              <li key={d.dimension}>
                <a href={d.href}>
                  {d.label}{" "}
                  <span className="dimension-nav__count">
                    ({d.indicators.length} {d.indicators.length === 1 ? "indicador" : "indicadores"}
                    )
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {dimensions.map((d) => (
        <section key={d.dimension} aria-labelledby={`dim-${d.dimension}`} className="dimension">
          <h2 id={`dim-${d.dimension}`}>{d.label}</h2>
          <ul className="card-grid">
            {d.indicators.slice(0, HEADLINES_PER_DIMENSION).map((indicator) => (
              <li key={indicator.slug}>
                <IndicatorCard indicator={indicator} />
              </li>
            ))}
          </ul>
          <p className="dimension__more">
            <a href={d.href}>Ver todos los indicadores de {d.label}</a>
          </p>
        </section>
      ))}
    </>
  );
}
