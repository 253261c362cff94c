"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <section>
      <h1>Algo salió mal</h1>
      <p>No pudimos mostrar esta página. Intente de nuevo en unos minutos.</p>
      <button type="button" className="button" onClick={reset}>
        Intentar de nuevo
      </button>
    </section>
  );
}
