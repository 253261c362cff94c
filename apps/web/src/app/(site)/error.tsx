"use client";

import { useClientMessages } from "~/i18n/client-messages";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useClientMessages().error;
  return (
    <section>
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" className="button" onClick={reset}>
        {t.retry}
      </button>
    </section>
  );
}
