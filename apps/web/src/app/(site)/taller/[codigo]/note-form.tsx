"use client";

import { NOTE_MAX_LENGTH } from "@lab/domain/board";
import { CAPACITY_TYPE_LABELS, CAPACITY_TYPES, type TCapacityType } from "@lab/domain/indicator";
import { interpolate, type TLocale } from "@lab/domain/locale";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { fieldErrorsOf } from "~/components/form-feedback";
import { useHydrated } from "~/components/use-hydrated";
import type { TMessages } from "~/i18n/messages";
import { useTRPC } from "~/trpc/react";

// A sticky note on the current question. The server decides (limits of 1 note every 3 s and
// 30 per question, the session open, a question open) and its Spanish refusal is shown by the
// form (marked Spanish on a page in another language), which keeps the text so nothing typed
// is lost; a posted note clears it. The note itself appears on the board when its event comes
// back through the stream.

export function NoteForm({
  code,
  labels,
  locale,
}: {
  code: string;
  labels: TMessages["board"]["noteForm"];
  locale: TLocale;
}) {
  const hydrated = useHydrated();
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const [types, setTypes] = useState<TCapacityType[]>([]);
  const [posted, setPosted] = useState(false);
  const post = useMutation(trpc.board.postNote.mutationOptions());
  const textError = fieldErrorsOf(post.error)?.text?.join(" ");
  const problem = post.error ? (textError ?? post.error.message) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPosted(false);
    post.mutate(
      { code, text, capacityTypes: types },
      {
        onSuccess: () => {
          setText("");
          setTypes([]);
          setPosted(true);
        },
      },
    );
  }

  function toggle(type: TCapacityType, checked: boolean) {
    setTypes((current) => (checked ? [...current, type] : current.filter((t) => t !== type)));
  }

  return (
    <form className="form board-note-form" onSubmit={onSubmit} noValidate aria-label={labels.label}>
      <div className="field">
        <label htmlFor="idea-texto">{labels.idea}</label>
        <textarea
          id="idea-texto"
          name="text"
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setPosted(false);
          }}
          aria-describedby="idea-contador idea-problema"
          aria-invalid={textError ? true : undefined}
        />
        <p id="idea-contador" className="hint board-note-form__counter">
          {interpolate(labels.counter, { count: text.length, max: NOTE_MAX_LENGTH })}
        </p>
      </div>
      <fieldset className="checkbox-group">
        <legend>{labels.types}</legend>
        <div className="board-note-form__types">
          {CAPACITY_TYPES.map((type) => (
            <div key={type} className="field field--inline">
              <input
                type="checkbox"
                id={`idea-tipo-${type}`}
                checked={types.includes(type)}
                onChange={(e) => toggle(type, e.currentTarget.checked)}
              />
              <label htmlFor={`idea-tipo-${type}`}>{CAPACITY_TYPE_LABELS[locale][type]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div id="idea-problema">
        {problem ? (
          <p role="alert" className="form-error" lang={locale === "es" ? undefined : "es"}>
            {problem}
          </p>
        ) : null}
      </div>
      <p role="status" className="form-success">
        {posted ? labels.posted : ""}
      </p>
      <button type="submit" className="button" disabled={!hydrated || post.isPending}>
        {post.isPending ? labels.sending : labels.submit}
      </button>
    </form>
  );
}
