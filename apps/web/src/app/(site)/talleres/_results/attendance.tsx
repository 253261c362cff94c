import { interpolate, type TLocale } from "@lab/domain/locale";
import { formatNumber } from "@lab/domain/number";
import { INSTITUTION_TYPE_LABELS } from "@lab/domain/workshop";
import type { TWorkshopResults } from "@lab/domain/workshop-record";
import { DemoBadge } from "@lab/ui/indicators/demo-badge";
import { MESSAGES } from "~/i18n/messages";
import { InstitutionsByTypeChart } from "./institutions-chart";
import { KeyNumbers } from "./key-numbers";

/**
 * Attendance figures and the participating institutions by type: a chart for the eye and,
 * with the same numbers, a table (what screen readers and printers use), then the list.
 */
export function Attendance({ results, locale }: { results: TWorkshopResults; locale: TLocale }) {
  const m = MESSAGES[locale].workshops;
  const t = m.results;
  const es = locale === "es" ? undefined : "es";
  const { attendance } = results;
  const present = attendance.byType.filter((row) => row.count > 0);
  const points = present.map((row) => ({
    x: INSTITUTION_TYPE_LABELS[locale][row.type],
    y: row.count,
  }));
  const summary = interpolate(t.byTypeSummary, {
    count: formatNumber(attendance.institutions, 0, locale),
    types: present.length,
  });
  return (
    <>
      <h3 id="asistencia">{t.attendance}</h3>
      <KeyNumbers
        numbers={{
          attended: attendance.attended,
          institutions: attendance.institutions,
          contributions: results.contributions.length,
          alliances: results.alliances.length,
        }}
        registered={attendance.registered}
        locale={locale}
      />
      <p className="muted">{t.privacy}</p>

      <h3 id="instituciones">{t.byType}</h3>
      {present.length > 0 ? (
        <InstitutionsByTypeChart
          points={points}
          seriesLabel={t.byTypeSeries}
          summary={summary}
          locale={locale}
        />
      ) : null}
      <div className="table-wrap">
        <table className="data-table">
          <caption>{t.byType}</caption>
          <thead>
            <tr>
              <th scope="col">{t.type}</th>
              <th scope="col" className="num">
                {t.count}
              </th>
            </tr>
          </thead>
          <tbody>
            {attendance.byType.map((row) => (
              <tr key={row.type}>
                <th scope="row">{INSTITUTION_TYPE_LABELS[locale][row.type]}</th>
                <td className="num">{formatNumber(row.count, 0, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>{t.participants}</h4>
      {results.institutions.length > 0 ? (
        <ul>
          {results.institutions.map((i) => (
            <li key={i.name}>
              <span lang={es}>{i.name}</span>{" "}
              <span className="muted">({INSTITUTION_TYPE_LABELS[locale][i.type]})</span>
              {i.isDemo ? <DemoBadge labels={m.demo} /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t.none}</p>
      )}
    </>
  );
}
