import { sparklinePoints } from "@lab/domain/sparkline";

// viewBox units; preserveAspectRatio="none" stretches it to the card's width while the
// non-scaling stroke stays 2 px. The height matches the rendered 40 px, so padding is in px.
const WIDTH = 200;
const HEIGHT = 40;
const PADDING = 4;

/**
 * A decorative trend line; the card states the values in text for screen readers. Plain SVG
 * rendered on the server: no chart library reaches the browser for it.
 */
export function Sparkline({ points }: { points: { period: string; value: number }[] }) {
  if (points.length < 2) return null;
  return (
    <div className="sparkline" aria-hidden="true">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        height={HEIGHT}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
        // Block, so the line box adds no gap under the 40 px.
        style={{ display: "block" }}
      >
        <polyline
          points={sparklinePoints(
            points.map((p) => p.value),
            WIDTH,
            HEIGHT,
            PADDING,
          )}
          fill="none"
          stroke="#3366CC"
          strokeWidth={2}
          strokeLinejoin="round"
          strokeLinecap="round"
          vectorEffect="non-scaling-stroke"
        />
      </svg>
    </div>
  );
}
