// Turns the chart on screen into a self-contained SVG or PNG with its title, source and date
// drawn in, so a downloaded image still says what it is and where it comes from.

export type TChartCaption = {
  title: string;
  source: string;
  date: string;
  /** The words before the source; Spanish by default. */
  sourceLabel?: string;
  /** Who publishes the chart, drawn before the date; the lab's Spanish name by default. */
  publisher?: string;
};

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Wraps lines at roughly `max` characters, on spaces. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function composeChartSvg(chart: SVGSVGElement, caption: TChartCaption): string {
  const width = Math.round(chart.getBoundingClientRect().width) || 640;
  const height = Math.round(chart.getBoundingClientRect().height) || 320;
  const titleLines = wrap(caption.title, Math.max(30, Math.floor(width / 10)));
  const top = 24 + titleLines.length * 24;
  const footer = 48;
  const inner = chart.cloneNode(true) as SVGSVGElement;
  inner.setAttribute("x", "0");
  inner.setAttribute("y", String(top));
  inner.setAttribute("width", String(width));
  inner.setAttribute("height", String(height));
  const title = titleLines
    .map(
      (line, i) =>
        `<text x="16" y="${32 + i * 24}" font-family="${FONT}" font-size="18" font-weight="700" fill="#004884">${escapeXml(line)}</text>`,
    )
    .join("");
  const total = top + height + footer;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    title,
    new XMLSerializer().serializeToString(inner),
    `<text x="16" y="${top + height + 20}" font-family="${FONT}" font-size="12" fill="#374151">${escapeXml(`${caption.sourceLabel ?? "Fuente"}: ${caption.source}`)}</text>`,
    `<text x="16" y="${top + height + 38}" font-family="${FONT}" font-size="12" fill="#374151">${escapeXml(`${caption.publisher ?? "Laboratorio de Innovación Pública de Bucaramanga"} · ${caption.date}`)}</text>`,
    "</svg>",
  ].join("");
}

export function svgToPngBlob(svg: string, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = image.width * scale;
      canvas.height = image.height * scale;
      const context = canvas.getContext("2d");
      if (!context) return reject(new Error("Canvas unavailable"));
      context.scale(scale, scale);
      context.drawImage(image, 0, 0);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("PNG failed"))),
        "image/png",
      );
    };
    image.onerror = () => reject(new Error("SVG could not be drawn"));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
