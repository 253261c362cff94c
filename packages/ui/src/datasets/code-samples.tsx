export type TCodeSample = { id: string; label: string; code: string };

/**
 * Ready-to-run examples (curl, Python, R), one block per language under its own heading, so
 * each can be found, read and copied without JavaScript.
 */
export function CodeSamples({
  samples,
  headingLevel = 3,
}: {
  samples: TCodeSample[];
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="code-samples">
      {samples.map((sample) => (
        <section key={sample.id} className="code-sample" aria-labelledby={`codigo-${sample.id}`}>
          <Heading id={`codigo-${sample.id}`} className="code-sample__title">
            {sample.label}
          </Heading>
          {/* Focusable: a long line scrolls sideways, and keyboards must reach it. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region */}
          <pre className="code-sample__code" tabIndex={0}>
            <code>{sample.code}</code>
          </pre>
        </section>
      ))}
    </div>
  );
}
