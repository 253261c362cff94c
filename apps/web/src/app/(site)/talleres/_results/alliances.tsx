import { interpolate, type TLocale } from "@lab/domain/locale";
import { ALLIANCE_STATUS_LABELS } from "@lab/domain/workshop";
import { labFunctionLabel, type TPublicAlliance } from "@lab/domain/workshop-record";
import { DemoBadge } from "@lab/ui/indicators/demo-badge";
import { formatDate, formatDay } from "~/format";
import { MESSAGES } from "~/i18n/messages";

/** The strategic alliances with their status, progress (the latest milestone) and milestones. */
export function Alliances({
  alliances,
  locale,
}: {
  alliances: TPublicAlliance[];
  locale: TLocale;
}) {
  const m = MESSAGES[locale].workshops;
  const t = m.alliances;
  const es = locale === "es" ? undefined : "es";
  return (
    <>
      <h3 id="alianzas">{t.heading}</h3>
      {alliances.length === 0 ? <p>{t.empty}</p> : null}
      <ul className="alliance-list">
        {alliances.map((a) => {
          const progressId = `avance-${a.id}`;
          return (
            <li key={a.id} className="alliance">
              <h4 lang={es}>
                {a.title}
                {a.isDemo ? <DemoBadge labels={m.demo} /> : null}
              </h4>
              <p lang={es}>{a.purpose}</p>
              <dl className="facts">
                <dt>{t.status}</dt>
                <dd>
                  {interpolate(t.statusSince, {
                    status: ALLIANCE_STATUS_LABELS[locale][a.status],
                    date: formatDate(a.statusChangedAt, locale),
                  })}
                </dd>
                <dt>{t.labFunction}</dt>
                <dd>{labFunctionLabel(a.labFunction, locale)}</dd>
                <dt>{t.institutions}</dt>
                <dd lang={es}>{a.institutions.map((i) => i.name).join(", ")}</dd>
              </dl>
              <div className="alliance__progress">
                <span id={progressId}>{t.progress}</span>
                <progress aria-labelledby={progressId} max={100} value={a.progress} />
                <strong>{interpolate(t.progressValue, { percent: a.progress })}</strong>
              </div>
              <h5>{t.milestones}</h5>
              {a.milestones.length === 0 ? (
                <p className="muted">{t.noMilestones}</p>
              ) : (
                <ol className="alliance__milestones">
                  {a.milestones.map((milestone) => (
                    <li key={`${milestone.date.toISOString()}-${milestone.note}`}>
                      <time dateTime={milestone.date.toISOString().slice(0, 10)}>
                        {formatDay(milestone.date, locale)}
                      </time>
                      : <span lang={es}>{milestone.note}</span> (
                      {interpolate(t.progressValue, { percent: milestone.percent })})
                    </li>
                  ))}
                </ol>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
