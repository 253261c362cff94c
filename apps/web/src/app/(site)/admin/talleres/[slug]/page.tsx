import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import { bogotaDateTimeInput } from "@lab/domain/workshop-admin";
import type { Metadata } from "next";
import { formatDateEsCo } from "~/format";
import { MESSAGES } from "~/i18n/messages";
import { orNotFound } from "~/or-not-found";
import { api } from "~/trpc/server";
import { RevisionProvider } from "../_components/revision";
import { AlliancesSection } from "./alliances-section";
import { CapacityMapForm, CapacityMapTable } from "./capacity-map-form";
import { ContributionsSection } from "./contributions-section";
import { DeletePanel } from "./delete-panel";
import {
  AgendaEditor,
  FacilitatorsEditor,
  ObjectivesEditor,
  QuestionsEditor,
  RulesEditor,
} from "./lists";
import { PublishPanel } from "./publish-panel";
import { RegisterSection } from "./register-section";
import { WorkshopDataForm } from "./workshop-data-form";

export const metadata: Metadata = { title: "Editar taller" };

type TProps = { params: Promise<{ slug: string }> };

const SECTIONS = [
  "datos",
  "objetivos",
  "agenda",
  "reglas",
  "preguntas",
  "facilitadores",
  "registro",
  "aportes",
  "mapa",
  "alianzas",
  "publicar",
  "borrar",
] as const;

export default async function AdminWorkshopPage({ params }: TProps) {
  const t = MESSAGES.es.adminWorkshops;
  const { slug } = await params;
  const user = await currentUser();
  if (!user || !roleAllows(user.role, "workshopAdmin.bySlug")) {
    return (
      <>
        <h1>{t.title}</h1>
        <p role="note">{t.staffOnly}</p>
      </>
    );
  }
  const workshop = await orNotFound((await api()).workshopAdmin.bySlug({ slug }));
  const titles: Record<(typeof SECTIONS)[number], string> = {
    datos: t.sections.data,
    objetivos: t.sections.objectives,
    agenda: t.sections.agenda,
    reglas: t.sections.rules,
    preguntas: t.sections.questions,
    facilitadores: t.sections.facilitators,
    registro: t.sections.register,
    aportes: t.sections.contributions,
    mapa: t.sections.capacityMap,
    alianzas: t.sections.alliances,
    publicar: t.sections.publish,
    borrar: t.sections.delete,
  };
  const section = (id: (typeof SECTIONS)[number]) => ({
    "aria-labelledby": id,
    className: "dataset-section",
  });

  return (
    <RevisionProvider revision={workshop.revision}>
      <p className="muted">
        <a href="/admin">{t.workspace}</a> › <a href="/admin/talleres">{t.title}</a> ›{" "}
        {workshop.title}
      </p>
      <h1>
        {workshop.title}
        {workshop.isDemo ? <span className="badge badge--demo">{t.demo}</span> : null}
      </h1>
      <p>
        <time dateTime={workshop.startsAt.toISOString()}>
          {formatDateEsCo(workshop.startsAt, true)}
        </time>{" "}
        · <a href={`/talleres/${workshop.slug}`}>{t.publicPage}</a> ·{" "}
        <a href={`/admin/talleres/${workshop.slug}/sala`}>Sala en vivo (tablero del taller)</a>
      </p>
      <nav aria-label={t.onThisPage} className="page-toc">
        <p className="page-toc__title">{t.onThisPage}</p>
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{titles[id]}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section {...section("datos")}>
        <h2 id="datos">{titles.datos}</h2>
        <WorkshopDataForm
          workshopId={workshop.id}
          initial={{
            title: workshop.title,
            startsAt: bogotaDateTimeInput(workshop.startsAt),
            endsAt: bogotaDateTimeInput(workshop.endsAt),
            place: workshop.place ?? "",
            onlineUrl: workshop.onlineUrl ?? "",
            objective: workshop.objective,
            purpose: workshop.purpose,
            projectObjective: workshop.projectObjective,
            diagnosticObjective: workshop.diagnosticObjective ?? "",
            background: workshop.background ?? "",
          }}
        />
      </section>

      <section {...section("objetivos")}>
        <h2 id="objetivos">{titles.objetivos}</h2>
        <p>
          Los objetivos específicos del proyecto o del diagnóstico a los que sirve el taller: la
          página pública los lista, en este orden, con el objetivo general.
        </p>
        <ObjectivesEditor workshop={workshop} />
      </section>

      <section {...section("agenda")}>
        <h2 id="agenda">{titles.agenda}</h2>
        <AgendaEditor workshop={workshop} />
      </section>

      <section {...section("reglas")}>
        <h2 id="reglas">{titles.reglas}</h2>
        <RulesEditor workshop={workshop} />
      </section>

      <section {...section("preguntas")}>
        <h2 id="preguntas">{titles.preguntas}</h2>
        <p>
          Cada participante interviene por turnos con un tiempo por intervención. Una pregunta con
          aportes no se puede quitar.
        </p>
        <QuestionsEditor workshop={workshop} />
      </section>

      <section {...section("facilitadores")}>
        <h2 id="facilitadores">{titles.facilitadores}</h2>
        <p>
          ¿Falta una institución? Regístrela en{" "}
          <a href="/admin/talleres/instituciones">{t.institutionsTitle}</a>.
        </p>
        <FacilitatorsEditor workshop={workshop} />
      </section>

      <section {...section("registro")}>
        <h2 id="registro">{titles.registro}</h2>
        <p className="notice">{t.personalData}</p>
        <RegisterSection
          workshopId={workshop.id}
          attendees={workshop.attendees}
          institutions={workshop.institutions}
        />
      </section>

      <section {...section("aportes")}>
        <h2 id="aportes">{titles.aportes}</h2>
        <ContributionsSection workshop={workshop} />
      </section>

      <section {...section("mapa")}>
        <h2 id="mapa">{titles.mapa}</h2>
        <p>
          Qué ofrece cada institución para el laboratorio, por tipo de capacidad (física, humana,
          tecnológica, económica y social).
        </p>
        <CapacityMapTable map={workshop.capacityMap} />
        <CapacityMapForm
          workshopId={workshop.id}
          map={workshop.capacityMap}
          institutions={workshop.institutions}
        />
      </section>

      <section {...section("alianzas")}>
        <h2 id="alianzas">{titles.alianzas}</h2>
        <AlliancesSection
          workshopId={workshop.id}
          alliances={workshop.alliances}
          institutions={workshop.institutions}
        />
      </section>

      <section {...section("publicar")}>
        <h2 id="publicar">{titles.publicar}</h2>
        <PublishPanel
          workshopId={workshop.id}
          slug={workshop.slug}
          status={workshop.status}
          publishedText={
            workshop.resultsPublishedAt ? formatDateEsCo(workshop.resultsPublishedAt, true) : null
          }
        />
      </section>

      <section {...section("borrar")}>
        <h2 id="borrar">{titles.borrar}</h2>
        <DeletePanel workshopId={workshop.id} title={workshop.title} />
      </section>
    </RevisionProvider>
  );
}
