"use client";

import { NEW_PASSWORD_MIN_LENGTH } from "@lab/domain/auth";
import { interpolate, type TLocale } from "@lab/domain/locale";
import {
  DATA_CONSENT_TEXT,
  DATA_CONSENT_VERSION,
  findInstitutionByName,
  ZParticipantSignupInput,
} from "@lab/domain/participant-signup";
import { INSTITUTION_TYPE_LABELS, INSTITUTION_TYPES } from "@lab/domain/workshop";
import type { TInstitutionOption } from "@lab/domain/workshop-admin-views";
import { configureSpanishErrors } from "@lab/domain/zod-es";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { type FormEvent, useRef, useState } from "react";
import { Field, isConflict } from "~/components/form-feedback";
import { CheckField, SelectField, TextField } from "~/components/form-fields";
import { FormShell } from "~/components/form-shell";
import { useFocusFirstError } from "~/components/live-checks";
import { useSaveState } from "~/components/save-state";
import type { TMessages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";

// The participant's sign-up, made for a phone: few fields, the keyboard and autofill each one
// expects, the institution searched among the registered ones (a native datalist) or typed as
// new with its type, and the consent with its whole text. Checked here with the domain's
// schema first, then by the server; messages beside the fields. Once created, it signs in
// with the password just typed and opens the page the person came from. Labels follow the
// reader's language; the consent is the Spanish legal text people agree to (kept as is with
// the account), and refusals, the domain's and the server's, are Spanish as elsewhere.

configureSpanishErrors();

type TValues = {
  name: string;
  email: string;
  password: string;
  institution: string;
  notListed: boolean;
  institutionType: string;
  consent: boolean;
};

const BLANK: TValues = {
  name: "",
  email: "",
  password: "",
  institution: "",
  notListed: false,
  institutionType: "",
  consent: false,
};

export function SignupForm({
  callbackUrl,
  loginHref,
  institutions,
  labels: t,
  locale,
}: {
  /** A path on this site, already checked by the page. */
  callbackUrl: string;
  loginHref: string;
  institutions: TInstitutionOption[];
  labels: TMessages["signup"]["form"];
  locale: TLocale;
}) {
  const es = locale === "es" ? undefined : "es";
  const typeOptions = INSTITUTION_TYPES.map((type) => ({
    value: type,
    label: INSTITUTION_TYPE_LABELS[locale][type],
  }));
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);
  const save = useSaveState();
  const mutation = useMutation(trpc.participants.register.mutationOptions());
  const [values, setValues] = useState<TValues>(BLANK);
  const [showPassword, setShowPassword] = useState(false);
  const [created, setCreated] = useState(false);
  const [signInFailed, setSignInFailed] = useState(false);
  const set = <K extends keyof TValues>(key: K, value: TValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (created) return;
    const chosen = findInstitutionByName(institutions, values.institution);
    const input = {
      name: values.name,
      email: values.email,
      password: values.password,
      institution: values.notListed
        ? { kind: "new" as const, name: values.institution, type: values.institutionType }
        : { kind: "existing" as const, id: chosen?.id ?? "" },
      consent: values.consent,
      consentVersion: DATA_CONSENT_VERSION,
    };
    const checked = save.check(ZParticipantSignupInput, input);
    if (!checked) {
      focusFirstError();
      return;
    }
    const account = await save.run(() => mutation.mutateAsync(checked), t.created);
    if (!account) {
      focusFirstError();
      return;
    }
    setCreated(true);
    const result = await signIn("credentials", {
      email: account.email,
      password: values.password,
      redirect: false,
    });
    if (!result || result.error) {
      setSignInFailed(true);
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  }

  const errors = save.errors;
  const institutionError =
    errors["institution.id"] ?? errors["institution.name"] ?? errors.institution;
  return (
    <FormShell
      formRef={form}
      label={t.label}
      onSubmit={onSubmit}
      outcome={save.outcome}
      submit={{
        label: t.submit,
        pendingLabel: t.submitting,
        pending: save.pending,
        disabled: created,
      }}
    >
      <TextField
        id="registro-nombre"
        label={t.name}
        autoComplete="name"
        value={values.name}
        onChange={(v) => set("name", v)}
        error={errors.name}
      />
      <TextField
        id="registro-correo"
        type="email"
        label={t.email}
        hint={t.emailHint}
        autoComplete="email"
        value={values.email}
        onChange={(v) => set("email", v)}
        error={errors.email}
      />
      {errors.email && isConflict(mutation.error) ? (
        <p>
          <a href={loginHref}>{t.emailInUse}</a>
        </p>
      ) : null}
      <Field
        id="registro-contrasena"
        label={t.password}
        hint={interpolate(t.passwordHint, { min: NEW_PASSWORD_MIN_LENGTH })}
        error={errors.password}
      >
        {(control) => (
          <input
            {...control}
            type={showPassword ? "text" : "password"}
            autoComplete="new-password"
            autoCapitalize="none"
            spellCheck={false}
            value={values.password}
            onChange={(e) => set("password", e.currentTarget.value)}
          />
        )}
      </Field>
      <CheckField
        id="registro-ver-contrasena"
        label={t.showPassword}
        checked={showPassword}
        onChange={setShowPassword}
      />
      <Field
        id="registro-institucion"
        label={t.institution}
        hint={values.notListed ? t.institutionNew : t.institutionSearch}
        error={institutionError}
      >
        {(control) => (
          <>
            <input
              {...control}
              type="text"
              list={values.notListed ? undefined : "registro-instituciones"}
              autoComplete="organization"
              value={values.institution}
              onChange={(e) => set("institution", e.currentTarget.value)}
            />
            <datalist id="registro-instituciones">
              {institutions.map((i) => (
                <option key={i.id} value={i.name} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <CheckField
        id="registro-no-esta"
        label={t.notListed}
        checked={values.notListed}
        onChange={(v) => set("notListed", v)}
      />
      {values.notListed ? (
        <SelectField
          id="registro-tipo"
          label={t.type}
          emptyLabel={t.chooseType}
          options={typeOptions}
          value={values.institutionType}
          onChange={(v) => set("institutionType", v)}
          error={errors["institution.type"]}
        />
      ) : null}
      <section className="notice" aria-labelledby="registro-autorizacion">
        <h2 id="registro-autorizacion">{t.consentTitle}</h2>
        {es ? <p>{t.consentSpanishOnly}</p> : null}
        <div lang={es}>
          {DATA_CONSENT_TEXT.split("\n\n").map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      </section>
      <CheckField
        id="registro-autorizo"
        label={t.consent}
        checked={values.consent}
        onChange={(v) => set("consent", v)}
        error={errors.consent ?? errors.consentVersion}
      />
      {signInFailed ? (
        <p role="alert" className="form-error">
          {t.signInFailed} <a href={loginHref}>{t.signInLink}</a>.
        </p>
      ) : null}
    </FormShell>
  );
}
