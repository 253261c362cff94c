import { SiteChrome } from "~/components/site-chrome";

// Unmatched addresses render outside (site)/, so this page brings the frame itself.
export default function NotFound() {
  return (
    <SiteChrome>
      <section>
        <h1>No encontramos esta página</h1>
        <p>
          Puede que la dirección esté mal escrita o que el contenido ya no esté publicado.{" "}
          <a href="/">Volver al inicio</a> o <a href="/indicadores">ver los indicadores</a>.
        </p>
      </section>
    </SiteChrome>
  );
}
