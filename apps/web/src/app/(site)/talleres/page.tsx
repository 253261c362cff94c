import { WORKSHOP_STATUS_LABELS_ES } from "@lab/domain/workshop";
import type { Metadata } from "next";
import { formatDateEsCo } from "~/format";
import { publicApi } from "~/trpc/server";

export const metadata: Metadata = { title: "Talleres" };

export default async function WorkshopsPage() {
  const workshops = await (await publicApi()).workshops.list();
  return (
    <>
      <h1>Talleres de co-creación</h1>
      <p className="lead">
        Encuentros con universidades, centros de productividad, entidades y ciudadanía para
        construir el Laboratorio de Innovación Pública.
      </p>
      <ul className="plain-list">
        {workshops.map((w) => (
          <li key={w.slug}>
            <a href={`/talleres/${w.slug}`}>{w.title}</a>
            <br />
            <span className="muted">
              <time dateTime={w.startsAt.toISOString()}>{formatDateEsCo(w.startsAt)}</time> ·{" "}
              {WORKSHOP_STATUS_LABELS_ES[w.status]}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
