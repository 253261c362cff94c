import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import type { Metadata } from "next";
import { api } from "~/trpc/server";
import { NewIndicatorForm } from "./new-indicator-form";

export const metadata: Metadata = { title: "Nuevo indicador" };

export default async function NewIndicatorPage() {
  const user = await currentUser();
  if (!user || !roleAllows(user.role, "indicators.create")) {
    return (
      <>
        <h1>Nuevo indicador</h1>
        <p role="note">Solo la administración puede crear indicadores.</p>
      </>
    );
  }
  const offices = await (await api()).offices.list();
  return (
    <>
      <p className="muted">
        <a href="/admin">Espacio de trabajo</a> › Nuevo indicador
      </p>
      <h1>Nuevo indicador</h1>
      <p>
        El indicador queda sin publicar hasta su primera publicación, que la administración hace
        desde su página de edición con «Publicar cambios», normalmente con sus primeros valores. El
        código, la dirección web, la unidad, la periodicidad y la desagregación geográfica no se
        podrán cambiar después.
      </p>
      {offices.length === 0 ? (
        <p role="note">
          Cada indicador pertenece a una dependencia y aún no hay ninguna: créela primero en{" "}
          <a href="/admin/usuarios">Usuarios y dependencias</a>.
        </p>
      ) : (
        <NewIndicatorForm offices={offices.map(({ slug, name }) => ({ slug, name }))} />
      )}
    </>
  );
}
