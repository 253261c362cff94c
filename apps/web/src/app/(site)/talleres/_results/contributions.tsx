import { CAPACITY_TYPE_LABELS } from "@lab/domain/indicator";
import { interpolate, type TLocale } from "@lab/domain/locale";
import { CONTRIBUTION_STATUS_LABELS, INSTITUTION_TYPE_LABELS } from "@lab/domain/workshop";
import {
  groupByCapacityType,
  sortContributions,
  type TContributionSort,
  type TPublicContribution,
  type TWorkshopRecord,
} from "@lab/domain/workshop-record";
import { DemoBadge } from "@lab/ui/indicators/demo-badge";
import { MESSAGES } from "~/i18n/messages";

type TProps = {
  record: TWorkshopRecord;
  contributions: TPublicContribution[];
  sort: TContributionSort;
  locale: TLocale;
  /** The printable page lists them without the sort switch. */
  sortable?: boolean;
};

/**
 * Each question with its contributions grouped by the capacity types they speak to. Sorting
 * is a pair of plain links (`?orden=votos`), so it works without JavaScript and can be shared.
 */
export function Contributions({ record, contributions, sort, locale, sortable = true }: TProps) {
  const m = MESSAGES[locale].workshops;
  const t = m.contributions;
  const sorted = sortContributions(contributions, sort);
  const sections = [
    ...record.questions.map((q) => ({
      key: `q${q.order}`,
      title: q.text,
      note: interpolate(m.secondsPerIntervention, { seconds: q.secondsPerIntervention }),
      list: sorted.filter((c) => c.questionOrder === q.order),
    })),
    {
      key: "none",
      title: t.noQuestion,
      note: null,
      list: sorted.filter((c) => c.questionOrder === null),
    },
  ].filter((s) => s.key !== "none" || s.list.length > 0);
  const base = `/talleres/${record.slug}`;
  return (
    <>
      <h3 id="aportes">{t.heading}</h3>
      <p>{t.intro}</p>
      {sortable ? (
        <nav className="contribution-sort" aria-labelledby="orden-aportes">
          <span id="orden-aportes">{t.sortLabel}</span>
          <ul>
            <li>
              <a href={`${base}#aportes`} aria-current={sort === "registro" ? "true" : undefined}>
                {t.sortRecord}
              </a>
            </li>
            <li>
              <a
                href={`${base}?orden=votos#aportes`}
                aria-current={sort === "votos" ? "true" : undefined}
              >
                {t.sortVotes}
              </a>
            </li>
          </ul>
        </nav>
      ) : null}
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`aportes-${section.key}`}>
          <h4
            id={`aportes-${section.key}`}
            lang={section.key === "none" || locale === "es" ? undefined : "es"}
          >
            {section.title}
          </h4>
          {section.note ? <p className="muted">{section.note}</p> : null}
          {section.list.length === 0 ? <p>{t.none}</p> : null}
          {groupByCapacityType(section.list).map((group) => {
            const label = group.capacityType
              ? CAPACITY_TYPE_LABELS[locale][group.capacityType]
              : t.noCapacity;
            return (
              <div key={group.capacityType ?? "none"}>
                <h5>
                  {label} ({group.contributions.length})
                </h5>
                <ol className="contribution-list">
                  {group.contributions.map((c) => (
                    <ContributionItem key={c.id} contribution={c} locale={locale} />
                  ))}
                </ol>
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}

function ContributionItem({
  contribution: c,
  locale,
}: {
  contribution: TPublicContribution;
  locale: TLocale;
}) {
  const m = MESSAGES[locale].workshops;
  const t = m.contributions;
  const es = locale === "es" ? undefined : "es";
  return (
    <li className="contribution" data-votes={c.votes}>
      <p className="contribution__text" lang={es}>
        {c.text}
      </p>
      <p className="contribution__meta">
        <span className="contribution__votes">
          {c.votes === 1 ? t.votesOne : interpolate(t.votesOther, { count: c.votes })}
        </span>
        {" · "}
        {CONTRIBUTION_STATUS_LABELS[locale][c.status]}
        {" · "}
        {c.institution ? (
          <>
            <span lang={es}>{c.institution.name}</span> (
            {INSTITUTION_TYPE_LABELS[locale][c.institution.type]})
          </>
        ) : (
          t.noInstitution
        )}
        {c.tags.length > 0 ? (
          <>
            {" · "}
            {t.tags} <span lang={es}>{c.tags.join(", ")}</span>
          </>
        ) : null}
        {c.isDemo ? <DemoBadge labels={m.demo} /> : null}
      </p>
    </li>
  );
}
