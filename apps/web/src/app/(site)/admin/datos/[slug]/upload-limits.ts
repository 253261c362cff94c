import { formatNumberEsCo } from "@lab/domain/number";

// The upload form's size rules, checked in the browser before anything is sent: a CSV may be
// as large as DATASET_UPLOAD_MAX_BYTES (the server streams it), an Excel workbook is read whole
// and has its own, smaller ceiling (XLSX_MAX_BYTES in packages/domain). Plain functions, so the
// wording is tested without a browser.

export type TUploadLimits = { csvBytes: number; xlsxBytes: number };

/** The workbook limit never exceeds the upload limit itself. */
export function uploadLimits(maxBytes: number, xlsxMaxBytes: number): TUploadLimits {
  return { csvBytes: maxBytes, xlsxBytes: Math.min(maxBytes, xlsxMaxBytes) };
}

const UNITS = [
  [1024 ** 3, "GB"],
  [1024 ** 2, "MB"],
  [1024, "kB"],
] as const;

/**
 * "1 GB", "50 MB", "60,4 MB": one decimal at most. A file's size is rounded up and a limit
 * down, so a file just over the limit never reads as equal to it.
 */
export function sizeText(bytes: number, round: "up" | "down" = "up"): string {
  const [unit, name] = UNITS.find(([size]) => bytes >= size) ?? UNITS[2];
  const tenths = (bytes / unit) * 10;
  const value = (round === "up" ? Math.ceil(tenths) : Math.floor(tenths)) / 10;
  return `${formatNumberEsCo(value)} ${name}`;
}

/** An Excel workbook, by the name or type the browser gives (the server checks the bytes). */
export function isWorkbook(file: { name: string; type: string }): boolean {
  return (
    /\.xlsx$/i.test(file.name.trim()) ||
    file.type === "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  );
}

/** Both limits, said before the publisher picks a file. */
export function limitsHint(limits: TUploadLimits): string {
  return `Tamaño máximo: ${sizeText(limits.csvBytes, "down")} por archivo CSV y ${sizeText(limits.xlsxBytes, "down")} por libro de Excel (.xlsx), que se lee completo.`;
}

/** Why the file cannot be sent, or null when its size is within its format's limit. */
export function sizeProblem(
  file: { name: string; type: string; size: number },
  limits: TUploadLimits,
): string | null {
  const csvLimit = sizeText(limits.csvBytes, "down");
  if (isWorkbook(file)) {
    if (file.size <= limits.xlsxBytes) return null;
    const advice =
      limits.csvBytes > limits.xlsxBytes
        ? `Guarde la hoja como «CSV UTF-8», que puede pesar hasta ${csvLimit}, o divídala.`
        : "Divídalo en archivos más pequeños.";
    return `El libro de Excel pesa ${sizeText(file.size)} y un archivo .xlsx puede pesar hasta ${sizeText(limits.xlsxBytes, "down")}. ${advice}`;
  }
  if (file.size <= limits.csvBytes) return null;
  return `El archivo pesa ${sizeText(file.size)} y el máximo es ${csvLimit}. Divídalo en archivos más pequeños.`;
}
