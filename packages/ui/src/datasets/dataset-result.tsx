import { DemoBadge, type TDemoBadgeLabels } from "../indicators/demo-badge";

export type TDatasetResultLabels = {
  theme: string;
  office: string;
  updated: string;
  formats: string;
  demo: TDemoBadgeLabels;
};

export type TDatasetResult = {
  href: string;
  title: string;
  /** Plain text, already shortened. */
  excerpt: string;
  theme: string;
  office: string | null;
  /** The last update, formatted for the reader, and as an ISO date for <time>. */
  updated: string;
  updatedIso: string;
  formats: string[];
  isDemo: boolean;
};

/**
 * One search result: the title is the link; theme, office, date and formats follow as a
 * description list so screen readers announce each with its name. `contentLang` marks
 * Spanish content on an English page.
 */
export function DatasetResult({
  result,
  labels,
  headingLevel = 3,
  contentLang,
}: {
  result: TDatasetResult;
  labels: TDatasetResultLabels;
  headingLevel?: 2 | 3;
  contentLang?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="dataset-result">
      <Heading className="dataset-result__title">
        <a href={result.href} lang={contentLang}>
          {result.title}
        </a>
        {result.isDemo ? <DemoBadge labels={labels.demo} /> : null}
      </Heading>
      {result.excerpt ? (
        <p className="dataset-result__excerpt" lang={contentLang}>
          {result.excerpt}
        </p>
      ) : null}
      <dl className="dataset-result__meta">
        <div>
          <dt>{labels.theme}</dt>
          <dd>{result.theme}</dd>
        </div>
        {result.office ? (
          <div>
            <dt>{labels.office}</dt>
            <dd lang={contentLang}>{result.office}</dd>
          </div>
        ) : null}
        <div>
          <dt>{labels.updated}</dt>
          <dd>
            <time dateTime={result.updatedIso}>{result.updated}</time>
          </dd>
        </div>
        <div>
          <dt>{labels.formats}</dt>
          <dd className="dataset-result__formats">
            {result.formats.map((format) => (
              <span key={format} className="format-tag">
                {format}
              </span>
            ))}
          </dd>
        </div>
      </dl>
    </article>
  );
}
