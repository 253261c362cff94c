import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import type { Metadata } from "next";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Espacio de trabajo" };

export default async function AdminHome() {
  const user = await currentUser();
  if (!user || !roleAllows(user.role, "indicators.editable")) {
    return (
      <>
        <h1>Indicadores</h1>
        <p>Su cuenta no administra indicadores.</p>
      </>
    );
  }
  // Only what this account may edit: an editor sees its offices' indicators.
  const indicators = await (await api()).indicators.editable();
  return (
    <>
      <h1>Indicadores</h1>
      {roleAllows(user.role, "audit.list") ? (
        <p>
          <a href="/admin/auditoria">Historial de cambios de toda la plataforma</a>
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
          <p>Elija un indicador para registrar o corregir un valor.</p>
          <ul className="plain-list">
            {indicators.map((i) => (
              <li key={i.slug}>
                <a href={`/admin/indicadores/${i.slug}`}>{i.name}</a>{" "}
                <span className="muted">
                  ({i.code}
                  {i.office ? ` · ${i.office}` : ""})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
