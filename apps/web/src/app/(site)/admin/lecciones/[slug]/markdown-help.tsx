// The lesson dialect at a glance, beside the body field (a native disclosure: it opens with the
// keyboard and a screen reader announces its state without any script).

const ROWS: { what: string; write: string }[] = [
  { what: "Subtítulo (el título de la lección ya es el principal)", write: "## Subtítulo" },
  { what: "Subtítulo dentro de otro", write: "### Apartado" },
  { what: "Negrita y cursiva", write: "**importante** y *énfasis*" },
  { what: "Lista", write: "- primer punto\n- segundo punto" },
  { what: "Lista numerada", write: "1. primer paso\n2. segundo paso" },
  { what: "Enlace", write: "[texto del enlace](https://www.datos.gov.co)" },
  {
    what: "Imagen (el texto alternativo es obligatorio para publicar)",
    write: '![Qué muestra la imagen](/lecciones/imagenes/archivo.svg "Pie de foto opcional")',
  },
  { what: "Tabla", write: "| Año | Valor |\n| --- | ---: |\n| 2024 | 76 |" },
  { what: "Recuadro de nota", write: ":::nota\nTexto de la nota.\n:::" },
  {
    what: "Recuadro importante",
    write: ":::importante\nTexto que no se debe pasar por alto.\n:::",
  },
  { what: "Recuadro de ejemplo", write: ":::ejemplo\nUn caso concreto.\n:::" },
  {
    what: "Gráfico en vivo de un indicador publicado",
    write: '::indicador{slug="laboratorios-innovacion-publica-total"}',
  },
  {
    what: "Primeras filas de un conjunto de datos publicado",
    write: '::datos{slug="actividades-laboratorio-innovacion-publica"}',
  },
];

export function MarkdownHelp() {
  return (
    <details className="admin-lesson-help">
      <summary>Guía rápida de formato del contenido</summary>
      <p className="hint">
        El HTML escrito a mano no se muestra. Los enlaces pueden ser https, mailto o de este sitio;
        las imágenes, de /lecciones/imagenes/ o https. Los gráficos en vivo y las tablas de datos
        van solos en su línea.
      </p>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Cómo escribir cada elemento</caption>
          <thead>
            <tr>
              <th scope="col">Para</th>
              <th scope="col">Escriba</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.what}>
                <td>{row.what}</td>
                <td>
                  <pre className="admin-lesson-help__code">
                    <code>{row.write}</code>
                  </pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
