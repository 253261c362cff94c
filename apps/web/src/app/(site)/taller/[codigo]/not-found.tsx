import { getMessages } from "~/i18n/locale";
import { CodeForm } from "../code-form";
import "../taller.css";

// A code that names no live board (or cannot be one): say so, and let the person type it
// again right here.
export default async function BoardNotFound() {
  const t = (await getMessages()).board;
  return (
    <section className="narrow board-join">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <CodeForm labels={t.codeForm} />
      <p>
        <a href="/talleres">{t.notFound.all}</a>
      </p>
    </section>
  );
}
