import { FieldError } from "~/components/form-feedback";
import type { TMessages } from "~/i18n/messages";

// The join code typed by hand. A plain GET form to /taller, which checks the code on the
// server (normalizeBoardCode: lower case, spaces and dashes are fine), so it works without
// JavaScript and on any phone.

export function CodeForm({
  labels,
  value = "",
  error,
}: {
  labels: TMessages["board"]["codeForm"];
  value?: string;
  error?: string | null;
}) {
  return (
    <form method="get" action="/taller" className="form board-code-form" aria-label={labels.label}>
      <div className="field">
        <label htmlFor="codigo">{labels.code}</label>
        <p id="codigo-hint" className="hint">
          {labels.hint}
        </p>
        <input
          id="codigo"
          name="codigo"
          type="text"
          defaultValue={value}
          maxLength={20}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby="codigo-hint codigo-error"
          aria-invalid={error ? true : undefined}
          className="board-code-form__input"
        />
        <FieldError id="codigo-error" messages={error ?? undefined} />
      </div>
      <button type="submit" className="button">
        {labels.submit}
      </button>
    </form>
  );
}
