import type { TDatasetColumnView } from "@lab/domain/dataset-view";

export type TColumnDictionaryLabels = {
  caption: string;
  name: string;
  field: string;
  type: string;
  description: string;
  nulls: string;
  min: string;
  max: string;
  noDescription: string;
  types: Record<TDatasetColumnView["type"], string>;
};

/**
 * The version's column dictionary (datos.gov.co's "diccionario de datos"): what each column
 * holds, its API field name and type (with the loader's note when a column that looked typed
 * stays text), how many cells are empty, and its range.
 */
export function ColumnDictionary({
  columns,
  labels,
  formatCount,
  contentLang,
}: {
  columns: TDatasetColumnView[];
  labels: TColumnDictionaryLabels;
  formatCount: (n: number) => string;
  contentLang?: string;
}) {
  return (
    <section
      className="table-wrap"
      aria-label={labels.caption}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region keyboards must reach
      tabIndex={0}
    >
      <table className="data-table column-dictionary">
        <caption>{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.name}</th>
            <th scope="col">{labels.field}</th>
            <th scope="col">{labels.type}</th>
            <th scope="col">{labels.description}</th>
            <th scope="col" className="num">
              {labels.nulls}
            </th>
            <th scope="col">{labels.min}</th>
            <th scope="col">{labels.max}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.field}>
              <th scope="row" lang={contentLang}>
                {column.name}
              </th>
              <td>
                <code>{column.field}</code>
              </td>
              <td>
                {labels.types[column.type]}
                {column.typeNote ? (
                  <p className="hint" lang={contentLang}>
                    {column.typeNote}
                  </p>
                ) : null}
              </td>
              <td lang={column.description ? contentLang : undefined}>
                {column.description || <span className="muted">{labels.noDescription}</span>}
              </td>
              <td className="num">{formatCount(column.nullCount)}</td>
              <td>{column.min ?? "—"}</td>
              <td>{column.max ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
