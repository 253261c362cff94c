"use client";

/** Opens the browser's print dialog; hidden when printing (see talleres.css). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
