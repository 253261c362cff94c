import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import type { Metadata } from "next";
import { MESSAGES } from "~/i18n/messages";
import { NewWorkshopForm } from "./new-workshop-form";

export const metadata: Metadata = { title: "Nuevo taller" };

export default async function NewWorkshopPage() {
  const t = MESSAGES.es.adminWorkshops;
  const user = await currentUser();
  if (!user || !roleAllows(user.role, "workshopAdmin.create")) {
    return (
      <>
        <h1>{t.newTitle}</h1>
        <p role="note">{t.staffOnly}</p>
      </>
    );
  }
  return (
    <>
      <p className="muted">
        <a href="/admin">{t.workspace}</a> › <a href="/admin/talleres">{t.title}</a> › {t.newTitle}
      </p>
      <h1>{t.newTitle}</h1>
      <p>{t.newLead}</p>
      <NewWorkshopForm />
    </>
  );
}
