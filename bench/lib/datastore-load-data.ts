import { once } from "node:events";
import { createWriteStream } from "node:fs";

// The datastore bench's file: 1,000,000 rows × 11 columns (integers, decimals, dates, times,
// booleans, short and long text, a few nulls), about 90 MB. Two spellings of the same rows:
// "point" (",", decimal points, ISO dates: what PostgreSQL's own COPY reads, the reference) and
// "comma" (what Excel in Spanish saves: ";", decimal commas with "." thousands, dd/mm/aaaa,
// sí/no, in Windows-1252). Deterministic, so every run loads the same bytes.

export const BENCH_ROWS = 1_000_000;

export const BENCH_COLUMNS = [
  ["id", "bigint"],
  ["fecha", "date"],
  ["hora", "text"],
  ["comuna", "text"],
  ["categoria", "text"],
  ["cantidad", "bigint"],
  ["valor", "numeric"],
  ["porcentaje", "numeric"],
  ["activo", "boolean"],
  ["descripcion", "text"],
  ["codigo", "text"],
] as const;

const COMUNAS = [
  "Norte",
  "Nororiental",
  "Santander",
  "García Rovira",
  "La Concordia",
  "La Ciudadela",
  "Sur Occidente",
  "La Pedregosa",
  "Provenza",
  "Sur",
  "Mutis",
  "Occidental",
  "Oriental",
  "Morrorico",
  "Centro",
  "Lagos del Cacique",
  "Rural",
];
const CATEGORIAS = ["Taller", "Reunión", "Capacitación", "Asesoría", "Evento", "Encuesta"];
const WORDS =
  "datos abiertos innovación pública laboratorio participación ciudadana cultura del dato gobierno colaboración universidad alcaldía Bucaramanga proyecto indicador seguimiento".split(
    " ",
  );

/** A small fixed-seed generator (mulberry32): the same file every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

function thousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Writes the file; resolves with its size in bytes. */
export async function writeBenchCsv(
  path: string,
  style: "point" | "comma",
  rows = BENCH_ROWS,
): Promise<number> {
  const next = random(20241216);
  const out = createWriteStream(path);
  const sep = style === "point" ? "," : ";";
  const eol = style === "point" ? "\n" : "\r\n";
  const encoding = style === "point" ? "utf8" : "latin1";
  let bytes = 0;
  let buffer = `${BENCH_COLUMNS.map(([name]) => name).join(sep)}${eol}`;
  const start = Date.UTC(2015, 0, 1);
  for (let i = 1; i <= rows; i += 1) {
    const day = new Date(start + Math.floor(next() * 3650) * 86_400_000);
    const y = day.getUTCFullYear();
    const m = pad(day.getUTCMonth() + 1);
    const d = pad(day.getUTCDate());
    const hora = `${pad(Math.floor(next() * 24))}:${pad(Math.floor(next() * 60))}`;
    const fecha = style === "point" ? `${y}-${m}-${d}` : `${d}/${m}/${y}`;
    const comuna = COMUNAS[Math.floor(next() * COMUNAS.length)] as string;
    const categoria = CATEGORIAS[Math.floor(next() * CATEGORIAS.length)] as string;
    const cantidad = i % 53 === 0 ? "" : String(Math.floor(next() * 100_000));
    const cents = Math.floor(next() * 10_000_000);
    const whole = String(Math.floor(cents / 100));
    const fraction = pad(cents % 100);
    const valor =
      i % 47 === 0
        ? ""
        : style === "point"
          ? `${whole}.${fraction}`
          : `${thousands(whole, ".")},${fraction}`;
    const pct = (next() * 100).toFixed(2);
    const porcentaje = style === "point" ? pct : pct.replace(".", ",");
    const yes = next() < 0.5;
    const activo = style === "point" ? (yes ? "true" : "false") : yes ? "sí" : "no";
    let descripcion = "";
    if (i % 11 !== 0) {
      const words = 1 + Math.floor(next() * 4);
      const parts: string[] = [];
      for (let w = 0; w < words; w += 1)
        parts.push(WORDS[Math.floor(next() * WORDS.length)] as string);
      descripcion = parts.join(" ");
      // Some descriptions carry the separator, so they are quoted as a spreadsheet would.
      if (i % 7 === 0) descripcion = `"${descripcion}${sep} y más"`;
    }
    const codigo = `A-${String(i % 100_000).padStart(5, "0")}`;
    buffer += `${i}${sep}${fecha}${sep}${hora}${sep}${comuna}${sep}${categoria}${sep}${cantidad}${sep}${valor}${sep}${porcentaje}${sep}${activo}${sep}${descripcion}${sep}${codigo}${eol}`;
    if (buffer.length > 1 << 20) {
      const chunk = Buffer.from(buffer, encoding);
      bytes += chunk.length;
      if (!out.write(chunk)) await once(out, "drain");
      buffer = "";
    }
  }
  const chunk = Buffer.from(buffer, encoding);
  bytes += chunk.length;
  out.end(chunk);
  await once(out, "finish");
  return bytes;
}
