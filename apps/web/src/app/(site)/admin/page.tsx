import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import { DraftStatus } from "@lab/ui/indicators/draft-status";
import type { Metadata } from "next";
import { formatDateEsCo } from "~/format";
import { MESSAGES } from "~/i18n/messages";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Espacio de trabajo" };

type TProps = { searchParams: Promise<{ estado?: string | string[] }> };

export default async function AdminHome({ searchParams }: TProps) {
  const user = await currentUser();
  // The open-data catalog's publishers (the TIC office) and admins.
  const datasetsLink =
    user && roleAllows(user.role, "datasets.mine") ? (
      <p>
        <a href="/admin/datos">Conjuntos de datos abiertos</a>
      </p>
    ) : null;
  // Workshops and their outcomes: every staff role.
  const workshopsLink =
    user && roleAllows(user.role, "workshopAdmin.list") ? (
      <p>
        <a href="/admin/talleres">{MESSAGES.es.adminWorkshops.navLink}</a>
      </p>
    ) : null;
  // Data-culture lessons: every staff role.
  const lessonsLink =
    user && roleAllows(user.role, "lessonAdmin.list") ? (
      <p>
        <a href="/admin/lecciones">{MESSAGES.es.adminLessons.navLink}</a>
      </p>
    ) : null;
  if (!user || !roleAllows(user.role, "indicators.editable")) {
    return datasetsLink || workshopsLink || lessonsLink ? (
      <>
        <h1>Espacio de trabajo</h1>
        {datasetsLink}
        {workshopsLink}
        {lessonsLink}
        <p>Su cuenta no administra indicadores.</p>
      </>
    ) : (
      <>
        <h1>Indicadores</h1>
        <p>Su cuenta no administra indicadores.</p>
      </>
    );
  }
  // Only what this account may edit: an editor sees its offices' indicators.
  const indicators = await (await api()).indicators.editable();
  // Admins review what editors submit: those come first, and a filter shows them alone.
  const reviewer = roleAllows(user.role, "indicators.publish");
  const toReview = indicators.filter((i) => i.state === "SUBMITTED");
  const onlyToReview = reviewer && [(await searchParams).estado].flat()[0] === "por-revisar";
  const shown = onlyToReview
    ? toReview
    : reviewer
      ? [...toReview, ...indicators.filter((i) => i.state !== "SUBMITTED")]
      : indicators;
  return (
    <>
      <h1>Indicadores</h1>
      {roleAllows(user.role, "indicators.create") ? (
        <p>
          <a href="/admin/indicadores/nuevo">Nuevo indicador</a>
        </p>
      ) : null}
      {datasetsLink}
      {workshopsLink}
      {lessonsLink}
      {roleAllows(user.role, "audit.list") ? (
        <p>
          <a href="/admin/auditoria">Historial de cambios de toda la plataforma</a>
        </p>
      ) : null}
      {roleAllows(user.role, "users.list") ? (
        <p>
          <a href="/admin/usuarios">Usuarios y dependencias</a>
        </p>
      ) : null}
      {indicators.length === 0 ? (
        <p>
          {user.role === "EDITOR"
            ? "Su cuenta no pertenece a ninguna dependencia con indicadores, así que aún no puede editar ninguno. Pida a la administración que la asigne a su dependencia."
            : "Aún no hay indicadores publicados."}
        </p>
      ) : (
        <>
          <p>
            Elija un indicador para registrar o corregir valores, editar su ficha
            {reviewer ? " o revisar y publicar sus cambios" : " o enviar sus cambios a revisión"}.
          </p>
          {reviewer ? (
            <nav aria-label="Filtrar indicadores" className="filter-links">
              <ul>
                <li>
                  <a href="/admin" aria-current={onlyToReview ? undefined : "page"}>
                    Todos ({indicators.length})
                  </a>
                </li>
                <li>
                  <a
                    href="/admin?estado=por-revisar"
                    aria-current={onlyToReview ? "page" : undefined}
                  >
                    Por revisar ({toReview.length})
                  </a>
                </li>
              </ul>
            </nav>
          ) : null}
          {shown.length === 0 ? (
            <p>No hay indicadores enviados a revisión.</p>
          ) : (
            <ul className="work-list">
              {shown.map((i) => (
                <li key={i.slug} className="work-item">
                  <h2 className="work-item__title">
                    <a href={`/admin/indicadores/${i.slug}`}>{i.name}</a>
                  </h2>
                  <p className="work-item__meta">
                    {i.code}
                    {i.office ? ` · ${i.office}` : ""}
                  </p>
                  <p className="work-item__status">
                    <DraftStatus state={i.state} everPublished={i.everPublished} />
                  </p>
                  <p className="work-item__updated">
                    Última actualización:{" "}
                    <time dateTime={i.lastUpdate.toISOString()}>
                      {formatDateEsCo(i.lastUpdate, true)}
                    </time>
                    {i.lastUpdatedBy ? `, por ${i.lastUpdatedBy}` : ""}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
