import { authOptions } from "@lab/api/auth/options";
import { currentUser } from "@lab/api/auth/session";
import { roleAllows } from "@lab/api/permissions";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AccountMenu } from "~/components/account-menu";
import { SessionKeepAlive } from "~/components/session-keep-alive";
import { getLocale } from "~/i18n/locale";
import { TRPCReactProvider } from "~/trpc/react";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/ingresar?callbackUrl=/admin");
  // The workspace is Spanish only for now: in an English frame, say so to screen readers.
  const lang = (await getLocale()) === "es" ? undefined : "es";
  if (!roleAllows(user.role, "admin.access")) {
    return (
      <section lang={lang}>
        <h1>Sin acceso</h1>
        <p>Su cuenta no tiene acceso al espacio de trabajo de la Alcaldía.</p>
      </section>
    );
  }
  return (
    <TRPCReactProvider>
      <div lang={lang}>
        <SessionKeepAlive everySeconds={authOptions().session?.updateAge ?? 300} />
        <div className="admin-bar">
          <span>Espacio de trabajo</span>
          <AccountMenu />
        </div>
        {children}
      </div>
    </TRPCReactProvider>
  );
}
