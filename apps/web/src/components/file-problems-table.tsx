import type { ReactNode } from "react";

/** One problem of an uploaded file: the row as the file numbers it, the column, what was read. */
export type TFileProblem = {
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
};

/**
 * The problems of an uploaded file (an indicator import, a workshop's register, a dataset
 * version), one row each: where, what was read and why it cannot be taken. On phones each
 * problem becomes a card (obs-grid), its cells named by their column.
 */
export function FileProblemsTable({
  caption,
  problems,
}: {
  caption: ReactNode;
  problems: readonly TFileProblem[];
}) {
  return (
    <div className="table-wrap">
      <table className="data-table obs-grid">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Fila</th>
            <th scope="col">Columna</th>
            <th scope="col">Valor</th>
            <th scope="col">Por qué</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={`${p.row}-${p.column}-${i}`}>
              <td data-label="Fila">{p.row ?? "—"}</td>
              <td data-label="Columna">{p.column ?? "(toda la fila)"}</td>
              <td data-label="Valor" className="problem-value">
                {p.value ?? "—"}
              </td>
              <td data-label="Por qué">{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
