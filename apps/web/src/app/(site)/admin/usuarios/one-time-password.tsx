"use client";

import { useEffect, useId, useRef, useState } from "react";

type TProps = {
  /** "Cuenta creada para Ana Pérez", "Nueva contraseña de Ana Pérez". */
  title: string;
  email: string;
  password: string;
  /** Hides it for good (the parent drops it from memory). */
  onDone: () => void;
};

/**
 * A generated password, shown once: it exists only in this tab's memory until the
 * administrator hides it or leaves the page. It is never stored in clear nor sent again.
 */
export function OneTimePassword({ title, email, password, onDone }: TProps) {
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  // Moves focus here so screen readers announce the password and its warning at once.
  useEffect(() => {
    panel.current?.focus();
  }, []);

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(password);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <section
      ref={panel}
      tabIndex={-1}
      aria-labelledby={titleId}
      className="notice notice--warning one-time-password"
    >
      <p id={titleId} className="one-time-password__title">
        {title}
      </p>
      <p>
        Contraseña para <span className="one-time-password__email">{email}</span>:
      </p>
      <p>
        <code className="one-time-password__value" translate="no" data-testid="generated-password">
          {password}
        </code>
      </p>
      <p>
        <strong>No se volverá a mostrar.</strong> Cópiela ahora y entréguesela a la persona por un
        canal seguro (no por correo abierto). Podrá cambiarla en «Mi cuenta» al ingresar.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void onCopy()}>
          Copiar contraseña
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Ya la entregué, ocultar
        </button>
      </div>
      <p role="status" className={copy === "failed" ? "form-error" : "form-success"}>
        {copy === "copied"
          ? "Contraseña copiada."
          : copy === "failed"
            ? "No se pudo copiar: selecciónela y cópiela a mano."
            : ""}
      </p>
    </section>
  );
}
