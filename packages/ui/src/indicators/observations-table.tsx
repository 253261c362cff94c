import { municipalSeries } from "@lab/domain/geography";
import type { TIndicatorView } from "@lab/domain/indicator-view";
import { formatValue } from "@lab/domain/number";
import { formatPeriod } from "@lab/domain/period";

/** The indicator's values as a real table: readable without JavaScript and by screen readers. */
export function ObservationsTable({ indicator }: { indicator: TIndicatorView }) {
  const series = municipalSeries(indicator.observations);
  if (series.length === 0) {
    return <p>Este indicador todavía no tiene valores publicados.</p>;
  }
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>Valores de «{indicator.name}» por periodo</caption>
        <thead>
          <tr>
            <th scope="col">Periodo</th>
            <th scope="col" className="num">
              Valor
            </th>
            <th scope="col">Nota</th>
          </tr>
        </thead>
        <tbody>
          {[...series].reverse().map((o) => (
            <tr key={o.period}>
              <th scope="row">{formatPeriod(indicator.periodicity, o.period)}</th>
              <td className="num">
                {formatValue(indicator.unit, o.value, indicator.decimals, indicator.unitLabel)}
                {o.provisional ? (
                  <span className="badge badge--provisional">provisional</span>
                ) : null}
              </td>
              <td>{o.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
