"use client";

import { useState } from "react";

// A destructive action in two steps: the first click asks, the second does it (no dialog, so
// it works the same with a keyboard, a screen reader and a phone).

export function ConfirmButton({
  label,
  confirmLabel,
  onConfirm,
  pending,
}: {
  /** Includes what it acts on, for screen readers: "Borrar el aporte 3". */
  label: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="button-row">
      <button
        type="button"
        className="button button--danger button--small"
        disabled={pending}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => setAsking(false)}
      >
        Cancelar
      </button>
    </span>
  );
}
