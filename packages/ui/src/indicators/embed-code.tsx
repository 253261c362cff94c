"use client";

import { useEffect, useState } from "react";

/** The iframe snippet for an embed path; absolute once the browser knows its own origin. */
export function EmbedCode({ path, title }: { path: string; title: string }) {
  const [origin, setOrigin] = useState("");
  const [copied, setCopied] = useState(false);
  useEffect(() => setOrigin(window.location.origin), []);
  const code = `<iframe src="${origin}${path}" title="${title.replace(/"/g, "&quot;")}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`;
  return (
    <div className="embed-code">
      <label htmlFor="embed-code">Código para insertar el gráfico en otra página</label>
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
        Copiar código
      </button>
      <span role="status" className="form-success">
        {copied ? "Código copiado." : ""}
      </span>
    </div>
  );
}
