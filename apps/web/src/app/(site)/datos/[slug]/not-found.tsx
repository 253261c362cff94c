import { getMessages } from "~/i18n/locale";

// An unknown (or unpublished) dataset: say so, and offer the search right here.
export default async function DatasetNotFound() {
  const m = await getMessages();
  const t = m.datasetNotFound;
  return (
    <section className="not-found">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <search>
        <form method="get" action="/datos" className="inline-search">
          <div className="field">
            <label htmlFor="no-encontrado-q">{t.search}</label>
            <input id="no-encontrado-q" name="q" type="search" maxLength={200} />
          </div>
          <button type="submit" className="button">
            {m.datasets.submit}
          </button>
        </form>
      </search>
      <p>
        <a href="/datos">{t.all}</a>
      </p>
    </section>
  );
}
