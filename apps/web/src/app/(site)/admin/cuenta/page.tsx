import { currentUser } from "@lab/api/auth/session";
import { NEW_PASSWORD_MIN_LENGTH } from "@lab/domain/auth";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Mi cuenta" };

export default async function AccountPage() {
  const user = await currentUser();
  if (!user) redirect("/ingresar?callbackUrl=/admin/cuenta");
  return (
    <>
      <h1>Mi cuenta</h1>
      <p>
        {user.name} · {user.email}
      </p>
      <h2>Cambiar contraseña</h2>
      <p>
        Use al menos {NEW_PASSWORD_MIN_LENGTH} caracteres; una frase fácil de recordar sirve. No se
        aceptan contraseñas muy comunes ni su correo.
      </p>
      <ChangePasswordForm />
    </>
  );
}
