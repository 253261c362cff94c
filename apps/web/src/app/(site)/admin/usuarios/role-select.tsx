"use client";

import { ROLE_LABELS_ES, ROLES, type TRole } from "@lab/domain/role";
import { FieldError } from "./form-bits";

/** What each role may do, in a line, so the choice is informed. */
const ROLE_HINT =
  "Administrador: todo, incluidas las cuentas. Editor: los indicadores de sus dependencias. Publicador: los datos abiertos (Oficina TIC). Participante: talleres, sin acceso al espacio de trabajo.";

export function RoleSelect({
  id,
  value,
  onChange,
  messages,
}: {
  id: string;
  value: TRole;
  onChange: (role: TRole) => void;
  messages?: string[];
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Rol</label>
      <select
        id={id}
        name="role"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as TRole)}
        aria-describedby={`${id}-hint ${id}-error`}
        aria-invalid={messages?.length ? true : undefined}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS_ES[role]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="hint">
        {ROLE_HINT}
      </p>
      <FieldError id={`${id}-error`} messages={messages} />
    </div>
  );
}
