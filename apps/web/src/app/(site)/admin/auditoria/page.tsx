import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import { ZAuditFilter } from "@lab/domain/audit";
import type { Metadata } from "next";
import { AuditTable } from "~/components/audit-table";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Historial de cambios" };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function AuditPage({ searchParams }: TProps) {
  const user = await currentUser();
  if (!user || !roleAllows(user.role, "audit.list")) {
    return (
      <>
        <h1>Historial de cambios</h1>
        <p role="note">Solo la administración puede ver el historial global.</p>
      </>
    );
  }
  const params = await searchParams;
  const form = {
    persona: one(params.persona),
    indicador: one(params.indicador),
    desde: one(params.desde),
    hasta: one(params.hasta),
    pagina: one(params.pagina),
  };
  const parsed = ZAuditFilter.safeParse({
    actorEmail: form.persona,
    indicatorSlug: form.indicador,
    from: form.desde,
    to: form.hasta,
    cursor: form.pagina || undefined,
  });
  const page = parsed.success ? await (await api()).audit.list(parsed.data) : null;
  const query = new URLSearchParams(
    Object.entries(form).filter(([k, v]) => v !== "" && k !== "pagina"),
  ).toString();
  const withQuery = (path: string, extra?: Record<string, string>) => {
    const q = new URLSearchParams(query);
    for (const [k, v] of Object.entries(extra ?? {})) q.set(k, v);
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
  return (
    <>
      <p className="muted">
        <a href="/admin">Espacio de trabajo</a> › Historial de cambios
      </p>
      <h1>Historial de cambios</h1>
      <p>
        Cada cambio queda registrado con quién lo hizo y cuándo. El historial no se puede editar ni
        borrar.
      </p>
      <form method="get" action="/admin/auditoria" aria-label="Filtrar el historial">
        <p>
          <label htmlFor="persona">Persona (correo)</label>
          <input id="persona" name="persona" type="search" defaultValue={form.persona} />
        </p>
        <p>
          <label htmlFor="indicador">Indicador (identificador)</label>
          <input id="indicador" name="indicador" type="search" defaultValue={form.indicador} />
        </p>
        <p>
          <label htmlFor="desde">Desde</label>
          <input id="desde" name="desde" type="date" defaultValue={form.desde} />
        </p>
        <p>
          <label htmlFor="hasta">Hasta</label>
          <input id="hasta" name="hasta" type="date" defaultValue={form.hasta} />
        </p>
        <button type="submit">Filtrar</button>
      </form>
      <p>
        <a href={withQuery("/api/admin/audit.csv")} download>
          Descargar CSV con estos filtros
        </a>
      </p>
      {page ? (
        <>
          <AuditTable
            caption="Cambios en la plataforma, del más reciente al más antiguo"
            entries={page.entries}
            showIndicator
          />
          {page.nextCursor ? (
            <p>
              <a href={withQuery("/admin/auditoria", { pagina: page.nextCursor })}>
                Ver cambios más antiguos
              </a>
            </p>
          ) : null}
        </>
      ) : (
        <p role="alert">Revise el filtro: las fechas deben tener el formato AAAA-MM-DD.</p>
      )}
    </>
  );
}
