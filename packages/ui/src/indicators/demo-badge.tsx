export type TDemoBadgeLabels = { text: string; title: string };
export const DEMO_BADGE_LABELS_ES: TDemoBadgeLabels = {
  text: "Demo",
  title: "Datos de demostración, no son cifras oficiales",
};

export function DemoBadge({ labels = DEMO_BADGE_LABELS_ES }: { labels?: TDemoBadgeLabels }) {
  return (
    <span className="badge badge--demo" title={labels.title}>
      {labels.text}
    </span>
  );
}
