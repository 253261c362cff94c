import { loginLimits } from "@lab/api/auth/login-limits";
import { interpolate } from "@lab/domain/locale";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getMessages } from "~/i18n/locale";
import { safeReturnPath } from "~/i18n/return-path";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).login.title };
}

type TProps = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function LoginPage({ searchParams }: TProps) {
  const { callbackUrl } = await searchParams;
  const t = (await getMessages()).login;
  const { lockMinutes } = loginLimits();
  // Only paths on this site, so the login page cannot be used to send people elsewhere.
  const target = callbackUrl ? safeReturnPath(callbackUrl, (await headers()).get("host")) : null;
  const signUp = target ? `/registro?callbackUrl=${encodeURIComponent(target)}` : "/registro";
  return (
    <section className="narrow">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <LoginForm
        callbackUrl={target}
        labels={{ ...t.form, locked: interpolate(t.form.locked, { minutes: lockMinutes }) }}
      />
      <p>
        {t.firstTime} <a href={signUp}>{t.signUp}</a>
      </p>
    </section>
  );
}
