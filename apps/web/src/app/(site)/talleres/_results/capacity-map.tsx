import { CAPACITY_TYPE_LABELS, CAPACITY_TYPES } from "@lab/domain/indicator";
import type { TLocale } from "@lab/domain/locale";
import {
  CAPACITY_LEVEL_LABELS,
  CAPACITY_LEVELS,
  INSTITUTION_TYPE_LABELS,
  type TCapacityLevel,
} from "@lab/domain/workshop";
import type { TCapacityMapRow } from "@lab/domain/workshop-record";
import { DemoBadge } from "@lab/ui/indicators/demo-badge";
import { MESSAGES } from "~/i18n/messages";

const LEVEL_CLASS: Record<TCapacityLevel, string> = {
  NONE: "heat--none",
  SOME: "heat--some",
  STRONG: "heat--strong",
};

/**
 * The capacity map as an institution × capacity type table. Every cell says its level in
 * words first (and what the institution offers); the colour only repeats it.
 */
export function CapacityMap({ rows, locale }: { rows: TCapacityMapRow[]; locale: TLocale }) {
  const m = MESSAGES[locale].workshops;
  const t = m.capacityMap;
  const es = locale === "es" ? undefined : "es";
  return (
    <>
      <h3 id="mapa-de-capacidades">{t.heading}</h3>
      <p>{t.intro}</p>
      {rows.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <>
          {/* Scrolls sideways on a phone; focusable so keyboards can scroll it too. */}
          <section
            className="table-wrap"
            aria-labelledby="mapa-caption"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region keyboards must reach
            tabIndex={0}
          >
            <table className="heat-table">
              <caption id="mapa-caption">{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.institution}</th>
                  {CAPACITY_TYPES.map((type) => (
                    <th key={type} scope="col">
                      {CAPACITY_TYPE_LABELS[locale][type]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.institution.name}>
                    <th scope="row">
                      <span lang={es}>{row.institution.name}</span>
                      {row.institution.isDemo ? <DemoBadge labels={m.demo} /> : null}
                      <span className="heat-table__role">
                        {INSTITUTION_TYPE_LABELS[locale][row.institution.type]}
                      </span>
                      {row.potentialRole ? (
                        <span className="heat-table__role">
                          {t.role} <span lang={es}>{row.potentialRole}</span>
                        </span>
                      ) : null}
                    </th>
                    {row.cells.map((cell) => (
                      <td key={cell.capacityType} className={LEVEL_CLASS[cell.level]}>
                        <span className="heat-cell__level">
                          {CAPACITY_LEVEL_LABELS[locale][cell.level]}
                        </span>
                        {cell.description ? (
                          <span className="heat-cell__description" lang={es}>
                            {cell.description}
                          </span>
                        ) : null}
                        {cell.derived ? (
                          <span className="heat-cell__suggested">{t.suggested}</span>
                        ) : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <ul className="heat-legend" aria-hidden="true">
            {CAPACITY_LEVELS.map((level) => (
              <li key={level}>
                <span className={`heat-legend__swatch ${LEVEL_CLASS[level]}`} />
                {CAPACITY_LEVEL_LABELS[locale][level]}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
