import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import { WORKSHOP_STATUS_LABELS_ES } from "@lab/domain/workshop";
import type { Metadata } from "next";
import { formatDateEsCo } from "~/format";
import { MESSAGES } from "~/i18n/messages";
import { api } from "~/trpc/server";

export const metadata: Metadata = { title: "Talleres" };

const STATUS_BADGE = {
  PLANNED: "badge--unpublished",
  LIVE: "badge--submitted",
  CLOSED: "badge--changed",
  RESULTS_PUBLISHED: "badge--clean",
} as const;

type TProps = { searchParams: Promise<{ borrado?: string | string[] }> };

export default async function AdminWorkshopsPage({ searchParams }: TProps) {
  const t = MESSAGES.es.adminWorkshops;
  const user = await currentUser();
  if (!user || !roleAllows(user.role, "workshopAdmin.list")) {
    return (
      <>
        <h1>{t.title}</h1>
        <p role="note">{t.staffOnly}</p>
      </>
    );
  }
  const workshops = await (await api()).workshopAdmin.list();
  // Set by the workshop page after a deletion (nothing of the URL is shown).
  const deleted = (await searchParams).borrado === "1";
  return (
    <>
      <p className="muted">
        <a href="/admin">{t.workspace}</a> › {t.title}
      </p>
      <h1>{t.title}</h1>
      <p role="status" className="form-success">
        {deleted ? t.deleted : ""}
      </p>
      <p>{t.lead}</p>
      <p className="button-row">
        <a className="button" href="/admin/talleres/nuevo">
          {t.newLink}
        </a>
        <a className="button button--secondary" href="/admin/talleres/instituciones">
          {t.institutionsLink}
        </a>
      </p>
      {workshops.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ul className="work-list" aria-label={t.listCaption}>
          {workshops.map((w) => (
            <li key={w.id} className="work-item">
              <h2 className="work-item__title">
                <a href={`/admin/talleres/${w.slug}`}>{w.title}</a>
                {w.isDemo ? <span className="badge badge--demo">{t.demo}</span> : null}
              </h2>
              <p className="work-item__meta">
                <time dateTime={w.startsAt.toISOString()}>{formatDateEsCo(w.startsAt, true)}</time>{" "}
                <span className={`badge badge--state ${STATUS_BADGE[w.status]}`}>
                  {WORKSHOP_STATUS_LABELS_ES[w.status]}
                </span>
              </p>
              <dl className="facts">
                <dt>{t.columns.attendees}</dt>
                <dd>{w.attendees}</dd>
                <dt>{t.columns.contributions}</dt>
                <dd>{w.contributions}</dd>
                <dt>{t.columns.institutions}</dt>
                <dd>{w.institutions}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
