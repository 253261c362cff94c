import { loginLimits } from "@lab/api/auth/login-limits";
import { interpolate } from "@lab/domain/locale";
import type { Metadata } from "next";
import { getMessages } from "~/i18n/locale";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).login.title };
}

type TProps = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

/** Only same-site paths, so the login page cannot be used to send people elsewhere. */
function safeCallback(raw: string | undefined): string {
  if (!raw) return "/admin";
  try {
    const url = new URL(raw, "http://localhost");
    if (url.origin !== "http://localhost") return "/admin";
    return `${url.pathname}${url.search}`;
  } catch {
    return "/admin";
  }
}

export default async function LoginPage({ searchParams }: TProps) {
  const { callbackUrl } = await searchParams;
  const t = (await getMessages()).login;
  const { lockMinutes } = loginLimits();
  return (
    <section className="narrow">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <LoginForm
        callbackUrl={safeCallback(callbackUrl)}
        labels={{ ...t.form, locked: interpolate(t.form.locked, { minutes: lockMinutes }) }}
      />
    </section>
  );
}
