"use client";

import { useEffect, useState } from "react";

// What moderators share: the join code (read aloud, typed by hand), the participants' link
// (pasted in the meeting chat) and the projector view. Links are absolute once the browser
// knows its own address, so they work pasted anywhere.

export function JoinLinks({ code }: { code: string }) {
  const [origin, setOrigin] = useState("");
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => setOrigin(window.location.origin), []);
  const participantPath = `/taller/${code}`;
  const link = `${origin}${participantPath}`;

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <section aria-labelledby="sala-unirse" className="sala-panel sala-join">
      <h2 id="sala-unirse">Cómo se unen los participantes</h2>
      <div className="sala-join__code-box">
        <p className="sala-join__label">Código del taller</p>
        <p className="sala-join__code" translate="no">
          <span aria-hidden="true">{code}</span>
          {/* Read letter by letter, as it is typed. */}
          <span className="visually-hidden">{code.split("").join(" ")}</span>
        </p>
      </div>
      <div className="sala-join__links">
        <div className="field">
          <label htmlFor="sala-enlace">Enlace para participantes</label>
          <input
            id="sala-enlace"
            type="text"
            readOnly
            value={link}
            aria-describedby="sala-enlace-hint"
            onFocus={(e) => e.currentTarget.select()}
          />
          <p id="sala-enlace-hint" className="hint">
            Péguelo en el chat de la reunión. Quien no tenga cuenta podrá crearla desde ahí.
          </p>
        </div>
        <p className="button-row">
          <button type="button" className="button" onClick={() => void onCopy()}>
            Copiar enlace
          </button>
          <a
            className="button button--secondary"
            href={`/taller/${code}/proyector`}
            target="_blank"
            rel="noopener"
          >
            Abrir la vista para proyectar
            <span className="visually-hidden"> (se abre en otra pestaña)</span>
          </a>
        </p>
        <p role="status" className={copy === "failed" ? "form-error" : "form-success"}>
          {copy === "copied"
            ? "Enlace copiado."
            : copy === "failed"
              ? "No se pudo copiar: seleccione el enlace y cópielo a mano."
              : ""}
        </p>
      </div>
    </section>
  );
}
