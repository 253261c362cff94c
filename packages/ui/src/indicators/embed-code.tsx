"use client";

import { useEffect, useState } from "react";

export type TEmbedCodeLabels = { label: string; copy: string; copied: string };
// Exported for tests only: a server component importing it from this client module gets a
// reference, not the strings, so apps/web keeps its own copy in its messages.
export const EMBED_CODE_LABELS_ES: TEmbedCodeLabels = {
  label: "Código para insertar el gráfico en otra página",
  copy: "Copiar código",
  copied: "Código copiado.",
};

/** The iframe snippet for an embed path; absolute once the browser knows its own origin. */
export function EmbedCode({
  path,
  title,
  labels = EMBED_CODE_LABELS_ES,
}: {
  path: string;
  title: string;
  labels?: TEmbedCodeLabels;
}) {
  const [origin, setOrigin] = useState("");
  const [copied, setCopied] = useState(false);
  useEffect(() => setOrigin(window.location.origin), []);
  const code = `<iframe src="${origin}${path}" title="${title.replace(/"/g, "&quot;")}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
  return (
    <div className="embed-code">
      <label htmlFor="embed-code">{labels.label}</label>
      <textarea
        id="embed-code"
        readOnly
        rows={3}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          navigator.clipboard.writeText(code).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {labels.copy}
      </button>
      <span role="status" className="form-success">
        {copied ? labels.copied : ""}
      </span>
    </div>
  );
}
