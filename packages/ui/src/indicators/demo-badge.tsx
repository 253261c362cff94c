export function DemoBadge() {
  return (
    <span className="badge badge--demo" title="Datos de demostración, no son cifras oficiales">
      Demo
    </span>
  );
}
