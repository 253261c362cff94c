import { AUDIT_SOURCE_LABELS_ES, type TAuditEntryView } from "@lab/domain/audit";

// The audit trail as a table (read only), for an indicator's page and /admin/auditoria.

const DATE_TIME = new Intl.DateTimeFormat("es-CO", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "America/Bogota",
});

type TProps = { caption: string; entries: TAuditEntryView[]; showIndicator?: boolean };

export function AuditTable({ caption, entries, showIndicator = false }: TProps) {
  if (entries.length === 0) return <p>Aún no hay cambios registrados.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Fecha</th>
            <th scope="col">Persona</th>
            <th scope="col">Acción</th>
            {showIndicator ? <th scope="col">Indicador o elemento</th> : null}
            <th scope="col">Periodo / lugar</th>
            <th scope="col">Antes → después</th>
            <th scope="col">Origen</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.at.toISOString()}>{DATE_TIME.format(e.at)}</time>
              </td>
              <td>
                {e.actorName ?? "Cuenta eliminada"}
                {e.actorEmail ? <span className="muted"> ({e.actorEmail})</span> : null}
              </td>
              <td>{e.actionLabel}</td>
              {showIndicator ? <td>{e.indicator ?? ""}</td> : null}
              <td>{[e.period, e.geography].filter(Boolean).join(" · ")}</td>
              <td>{e.after !== null ? `${e.before ?? "—"} → ${e.after}` : ""}</td>
              <td>{e.source ? (AUDIT_SOURCE_LABELS_ES[e.source] ?? e.source) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
