import { qualityLevel, type TDatasetQuality } from "@lab/domain/dataset-quality";

// The dataset's quality score with what to fix first (the checks that fail, heaviest first),
// then what is already right.

export function QualityPanel({ quality }: { quality: TDatasetQuality }) {
  const level = qualityLevel(quality.score);
  const failing = quality.checks.filter((c) => !c.passed).sort((a, b) => b.weight - a.weight);
  const passing = quality.checks.filter((c) => c.passed);
  return (
    <div className={`quality quality--${level.key}`}>
      <p className="quality__score">
        <strong>{quality.score}</strong> de 100 · {level.es}
      </p>
      {failing.length > 0 ? (
        <>
          <h3>Qué mejorar</h3>
          <ul className="quality__list">
            {failing.map((c) => (
              <li key={c.id} className="quality__check quality__check--fail">
                <span className="visually-hidden">Pendiente: </span>
                <strong>{c.label}</strong> <span className="muted">({c.weight} puntos)</span>
                <br />
                {c.fix}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Cumple todos los criterios de calidad.</p>
      )}
      {passing.length > 0 ? (
        <>
          <h3>Ya cumple</h3>
          <ul className="quality__list">
            {passing.map((c) => (
              <li key={c.id} className="quality__check quality__check--pass">
                <span className="visually-hidden">Cumple: </span>
                {c.label}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
