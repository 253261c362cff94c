/**
 * The `points` attribute of a sparkline's SVG polyline: values spread evenly across `width`
 * and scaled from their own minimum to maximum into `height` (SVG y grows downwards, so the
 * largest value is at the top), keeping `padding` free on every side so the stroke is not
 * clipped. A flat series (or a single value) sits on the middle line, not on an edge. Figures
 * are rounded to two decimals to keep the HTML small.
 */
export function sparklinePoints(
  values: readonly number[],
  width: number,
  height: number,
  padding: number,
): string {
  if (values.length === 0) return "";
  const min = Math.min(...values);
  const max = Math.max(...values);
  const innerWidth = width - 2 * padding;
  const innerHeight = height - 2 * padding;
  const stepX = values.length > 1 ? innerWidth / (values.length - 1) : 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  return values
    .map((value, i) => {
      const x = values.length > 1 ? padding + i * stepX : width / 2;
      const y = max === min ? height / 2 : padding + ((max - value) / (max - min)) * innerHeight;
      return `${round(x)},${round(y)}`;
    })
    .join(" ");
}
