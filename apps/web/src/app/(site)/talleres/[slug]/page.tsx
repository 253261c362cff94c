import { INSTITUTION_TYPE_LABELS_ES, WORKSHOP_STATUS_LABELS_ES } from "@lab/domain/workshop";
import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDateEsCo } from "~/format";
import { publicApi } from "~/trpc/server";

type TProps = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  try {
    return await (await publicApi()).workshops.bySlug({ slug });
  } catch (error) {
    if (
      error instanceof TRPCError &&
      (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")
    ) {
      notFound();
    }
    throw error;
  }
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const workshop = await load((await params).slug);
  return { title: workshop.title, description: workshop.objective };
}

export default async function WorkshopPage({ params }: TProps) {
  const w = await load((await params).slug);
  return (
    <article className="prose">
      <p className="muted">
        <a href="/talleres">Talleres</a> › {WORKSHOP_STATUS_LABELS_ES[w.status]}
      </p>
      <h1>{w.title}</h1>
      <p className="lead">
        <time dateTime={w.startsAt.toISOString()}>{formatDateEsCo(w.startsAt)}</time>
        {w.place ? ` · ${w.place}` : ""}
      </p>

      <h2>Objetivo del taller</h2>
      <p>{w.objective}</p>
      <h2>Propósito</h2>
      <p>{w.purpose}</p>

      <h2>Agenda</h2>
      <ol>
        {w.agenda.map((item) => (
          <li key={item.order}>
            {item.title}
            {item.presenter ? <span className="muted"> — {item.presenter}</span> : null}
            {item.durationMinutes ? (
              <span className="muted"> ({item.durationMinutes} min)</span>
            ) : null}
          </li>
        ))}
      </ol>

      <h2>Reglas del taller</h2>
      <dl className="rules">
        {w.rules.map((rule) => (
          <div key={rule.order}>
            <dt>{rule.title}</dt>
            <dd>{rule.description}</dd>
          </div>
        ))}
      </dl>

      <h2>Quienes nos acompañan</h2>
      <ul className="plain-list">
        {w.facilitators.map((f, i) => (
          // Order is stable and names may be hidden, so the index is the key.
          <li key={i}>
            {f.personName ? <strong>{f.personName}</strong> : null}
            {f.personName ? " — " : ""}
            {f.role}, {f.institution.name}{" "}
            <span className="muted">({INSTITUTION_TYPE_LABELS_ES[f.institution.type]})</span>
          </li>
        ))}
      </ul>

      {w.background ? (
        <>
          <h2>Contexto</h2>
          {w.background.split("\n\n").map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </>
      ) : null}

      <h2>Objetivo general del proyecto</h2>
      <p>{w.projectObjective}</p>
      {w.diagnosticObjective ? (
        <>
          <h2>Diagnóstico: objetivo general</h2>
          <p>{w.diagnosticObjective}</p>
        </>
      ) : null}
      <h3>Objetivos específicos</h3>
      <ol>
        {w.specificObjectives.map((o) => (
          <li key={o.order}>{o.text}</li>
        ))}
      </ol>
    </article>
  );
}
