"use client";

import { roleAllows } from "@lab/api/permissions";
import { LOGIN_LOCKED_ERROR } from "@lab/domain/login-lock";
import { useRouter } from "next/navigation";
import { getSession, signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { useHydrated } from "~/components/use-hydrated";
import type { TMessages } from "~/i18n/messages";

/** Without a page to return to: staff go to their workspace, participants to the home page. */
async function landingPage(): Promise<string> {
  const role = (await getSession())?.user?.role;
  return role && roleAllows(role, "admin.access") ? "/admin" : "/";
}

export function LoginForm({
  callbackUrl,
  labels,
}: {
  /** A path on this site to go to once signed in; null: the account's landing page. */
  callbackUrl: string | null;
  labels: TMessages["login"]["form"];
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      // One message for unknown email and wrong password: no account enumeration. A lock
      // applies to unknown emails too, so its own message reveals nothing either.
      setError(result?.error === LOGIN_LOCKED_ERROR ? labels.locked : labels.error);
      return;
    }
    router.push(callbackUrl ?? (await landingPage()));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <div className="field">
        <label htmlFor="email">{labels.email}</label>
        <input id="email" name="email" type="email" autoComplete="email" required />
      </div>
      <div className="field">
        <label htmlFor="password">{labels.password}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={!hydrated || pending}>
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
