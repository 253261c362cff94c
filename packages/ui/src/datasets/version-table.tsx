export type TVersionRow = {
  number: number;
  /** Formatted for the reader, and as ISO for <time>. */
  published: string;
  publishedIso: string;
  rows: string;
  size: string;
  current: boolean;
  csvHref: string;
  jsonHref: string;
};

export type TVersionTableLabels = {
  caption: string;
  version: string;
  published: string;
  rows: string;
  size: string;
  downloads: string;
  current: string;
  /** "CSV de la versión {number}" */
  csvOf: string;
  jsonOf: string;
};

/** Every published version, newest first, each with its own downloads (earlier ones stay). */
export function VersionTable({
  versions,
  labels,
}: {
  versions: TVersionRow[];
  labels: TVersionTableLabels;
}) {
  const of = (template: string, n: number) => template.replace("{number}", String(n));
  return (
    <div className="table-wrap">
      <table className="data-table version-table">
        <caption>{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.version}</th>
            <th scope="col">{labels.published}</th>
            <th scope="col" className="num">
              {labels.rows}
            </th>
            <th scope="col" className="num">
              {labels.size}
            </th>
            <th scope="col">{labels.downloads}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.number} aria-current={v.current ? "true" : undefined}>
              <th scope="row">
                {v.number}
                {v.current ? <span className="badge badge--current">{labels.current}</span> : null}
              </th>
              <td>
                <time dateTime={v.publishedIso}>{v.published}</time>
              </td>
              <td className="num">{v.rows}</td>
              <td className="num">{v.size}</td>
              <td>
                <span className="version-table__downloads">
                  <a href={v.csvHref} aria-label={of(labels.csvOf, v.number)}>
                    CSV
                  </a>
                  <a href={v.jsonHref} aria-label={of(labels.jsonOf, v.number)}>
                    JSON
                  </a>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
