import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import { ROLE_LABELS_ES } from "@lab/domain/role";
import type { Metadata } from "next";
import { api } from "~/trpc/server";
import { CreateOfficeForm } from "./create-office-form";
import { CreateUserForm } from "./create-user-form";
import { UserActions } from "./user-actions";

export const metadata: Metadata = { title: "Usuarios y dependencias" };

const DATE = new Intl.DateTimeFormat("es-CO", { dateStyle: "medium", timeZone: "America/Bogota" });

export default async function UsersPage() {
  const user = await currentUser();
  if (!user || !roleAllows(user.role, "users.list")) {
    return (
      <>
        <h1>Usuarios y dependencias</h1>
        <p role="note">Solo la administración gestiona las cuentas y las dependencias.</p>
      </>
    );
  }
  const caller = await api();
  const [users, offices] = await Promise.all([caller.users.list(), caller.offices.list()]);
  const officeOptions = offices.map(({ id, name }) => ({ id, name }));
  return (
    <>
      <p className="muted">
        <a href="/admin">Espacio de trabajo</a> › Usuarios y dependencias
      </p>
      <h1>Usuarios y dependencias</h1>
      <p>
        Cree las cuentas del equipo, asigne su rol y, a los editores, sus dependencias. Cada cambio
        queda en el <a href="/admin/auditoria">historial de cambios</a>.
      </p>

      <section aria-labelledby="nueva-cuenta">
        <h2 id="nueva-cuenta">Crear una cuenta</h2>
        <CreateUserForm offices={officeOptions} />
      </section>

      <section aria-labelledby="cuentas">
        <h2 id="cuentas">Cuentas ({users.length})</h2>
        <ul className="user-list">
          {users.map((u) => (
            <li key={u.id} className="user-card">
              <h3>
                {u.name}
                {u.active ? null : <span className="badge badge--inactive">Desactivada</span>}
              </h3>
              <dl className="facts">
                <dt>Correo</dt>
                <dd>{u.email}</dd>
                <dt>Rol</dt>
                <dd>{ROLE_LABELS_ES[u.role]}</dd>
                {u.role === "EDITOR" || u.offices.length > 0 ? (
                  <>
                    <dt>Dependencias</dt>
                    <dd>
                      {u.offices.length > 0
                        ? u.offices.map((o) => o.name).join(", ")
                        : "Ninguna: aún no puede editar indicadores."}
                    </dd>
                  </>
                ) : null}
                <dt>Estado</dt>
                <dd>{u.active ? "Activa" : "Desactivada: no puede ingresar"}</dd>
                <dt>Creada</dt>
                <dd>
                  <time dateTime={u.createdAt.toISOString()}>{DATE.format(u.createdAt)}</time>
                </dd>
              </dl>
              {u.id === user.id ? (
                <p className="muted">
                  Es su cuenta: otra persona administradora puede cambiar su rol o desactivarla. Su
                  contraseña se cambia en <a href="/admin/cuenta">Mi cuenta</a>.
                </p>
              ) : (
                <UserActions user={u} offices={officeOptions} />
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="dependencias">
        <h2 id="dependencias">Dependencias</h2>
        {offices.length === 0 ? (
          <p>Aún no hay dependencias.</p>
        ) : (
          <ul className="plain-list">
            {offices.map((o) => (
              <li key={o.id}>
                {o.name}{" "}
                <span className="muted">
                  ({o.members === 1 ? "1 cuenta" : `${o.members} cuentas`} ·{" "}
                  {o.indicators === 1 ? "1 indicador" : `${o.indicators} indicadores`})
                </span>
              </li>
            ))}
          </ul>
        )}
        <h3>Crear una dependencia</h3>
        <CreateOfficeForm />
      </section>
    </>
  );
}
