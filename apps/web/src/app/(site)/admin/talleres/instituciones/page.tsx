import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import type { Metadata } from "next";
import { MESSAGES } from "~/i18n/messages";
import { api } from "~/trpc/server";
import { InstitutionForm } from "./institution-form";
import { InstitutionList } from "./institution-list";

export const metadata: Metadata = { title: "Instituciones" };

export default async function InstitutionsPage() {
  const t = MESSAGES.es.adminWorkshops;
  const user = await currentUser();
  if (!user || !roleAllows(user.role, "workshopAdmin.institutions")) {
    return (
      <>
        <h1>{t.institutionsTitle}</h1>
        <p role="note">{t.staffOnly}</p>
      </>
    );
  }
  const institutions = await (await api()).workshopAdmin.institutions();
  return (
    <>
      <p className="muted">
        <a href="/admin">{t.workspace}</a> › <a href="/admin/talleres">{t.title}</a> ›{" "}
        {t.institutionsTitle}
      </p>
      <h1>{t.institutionsTitle}</h1>
      <p>{t.institutionsLead}</p>
      <section aria-labelledby="nueva-institucion">
        <h2 id="nueva-institucion">Registrar una institución</h2>
        <InstitutionForm
          editing={null}
          parents={institutions.map((i) => ({ value: i.id, label: i.name }))}
        />
      </section>
      <section aria-labelledby="registradas">
        <h2 id="registradas">Registradas ({institutions.length})</h2>
        <InstitutionList institutions={institutions} />
      </section>
    </>
  );
}
