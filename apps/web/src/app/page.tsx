import { DIMENSION_LABELS_ES, DIMENSIONS } from "@lab/domain/indicator";
import { IndicatorCard } from "@lab/ui/indicators/indicator-card";
import { formatDateEsCo } from "~/format";
import { publicApi } from "~/trpc/server";

export default async function HomePage() {
  const api = await publicApi();
  const [indicators, workshops] = await Promise.all([api.indicators.list(), api.workshops.list()]);
  const latestWorkshop = workshops[0];
  const lastUpdate = indicators.reduce<Date | null>(
    (latest, i) => (!latest || i.updatedAt > latest ? i.updatedAt : latest),
    null,
  );
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
      {DIMENSIONS.map((dimension) => {
        const inDimension = indicators.filter((i) => i.dimension === dimension);
        if (inDimension.length === 0) return null;
        return (
          <section key={dimension} aria-labelledby={`dim-${dimension}`} className="dimension">
            <h2 id={`dim-${dimension}`}>{DIMENSION_LABELS_ES[dimension]}</h2>
            <div className="card-grid">
              {inDimension.map((indicator) => (
                <IndicatorCard key={indicator.slug} indicator={indicator} />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}
