import { currentUser } from "@lab/api/auth/session";
import { interpolate } from "@lab/domain/locale";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getMessages } from "~/i18n/locale";
import { MESSAGES } from "~/i18n/messages";
import { safeReturnPath } from "~/i18n/return-path";
import { TRPCReactProvider } from "~/trpc/react";
import { publicApi } from "~/trpc/server";
import { SignupForm } from "./signup-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).signup.title };
}

type TProps = { searchParams: Promise<{ callbackUrl?: string }> };

/**
 * A workshop participant creates their account (role PARTICIPANT), then is signed in and sent
 * back to where they came from (`callbackUrl`: a path on this site, else the home page). In the
 * reader's language, except the consent text it stores, which is the Spanish legal text.
 */
export default async function SignupPage({ searchParams }: TProps) {
  const { callbackUrl } = await searchParams;
  const target = safeReturnPath(callbackUrl, (await headers()).get("host"));
  const [institutions, user, locale] = await Promise.all([
    (await publicApi()).participants.institutions(),
    currentUser(),
    getLocale(),
  ]);
  const login = callbackUrl ? `/ingresar?callbackUrl=${encodeURIComponent(target)}` : "/ingresar";
  const t = MESSAGES[locale].signup;
  return (
    <section className="narrow">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {user ? (
        <p className="notice">
          {interpolate(t.signedInAs, { name: user.name })} <a href={target}>{t.continue}</a>
        </p>
      ) : (
        <p>
          {t.haveAccount} <a href={login}>{t.signIn}</a>
        </p>
      )}
      <TRPCReactProvider>
        <SignupForm
          callbackUrl={target}
          loginHref={login}
          institutions={institutions}
          labels={t.form}
          locale={locale}
        />
      </TRPCReactProvider>
    </section>
  );
}
