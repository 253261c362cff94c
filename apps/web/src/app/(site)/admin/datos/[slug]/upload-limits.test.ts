import { XLSX_MAX_BYTES } from "@lab/domain/dataset";
import { describe, expect, it } from "vitest";
import { isWorkbook, limitsHint, sizeProblem, sizeText, uploadLimits } from "./upload-limits";

const MB = 1024 ** 2;
const GB = 1024 ** 3;
const limits = uploadLimits(GB, XLSX_MAX_BYTES);

const csv = (size: number) => ({ name: "datos.csv", type: "text/csv", size });
const xlsx = (size: number) => ({ name: "Libro1.XLSX", type: "", size });

describe("the upload form's size rules", () => {
  it("state both limits before a file is chosen", () => {
    expect(limitsHint(limits)).toBe(
      "Tamaño máximo: 1 GB por archivo CSV y 50 MB por libro de Excel (.xlsx), que se lee completo.",
    );
    // A configured limit below the workbook ceiling caps workbooks too.
    expect(limitsHint(uploadLimits(20 * MB, XLSX_MAX_BYTES))).toBe(
      "Tamaño máximo: 20 MB por archivo CSV y 20 MB por libro de Excel (.xlsx), que se lee completo.",
    );
  });

  it("refuse a workbook over 50 MB that a CSV of the same size would pass", () => {
    expect(sizeProblem(csv(60 * MB), limits)).toBeNull();
    expect(sizeProblem(xlsx(50 * MB), limits)).toBeNull();
    expect(sizeProblem(xlsx(60 * MB + 1), limits)).toBe(
      "El libro de Excel pesa 60,1 MB y un archivo .xlsx puede pesar hasta 50 MB. Guarde la hoja como «CSV UTF-8», que puede pesar hasta 1 GB, o divídala.",
    );
  });

  it("refuse a CSV over the configured limit, never reading as equal to it", () => {
    expect(sizeProblem(csv(GB), limits)).toBeNull();
    expect(sizeProblem(csv(GB + 1), limits)).toBe(
      "El archivo pesa 1,1 GB y el máximo es 1 GB. Divídalo en archivos más pequeños.",
    );
  });

  it("know a workbook by its name or its type", () => {
    expect(isWorkbook({ name: "a.xlsx", type: "" })).toBe(true);
    expect(
      isWorkbook({
        name: "sin-extension",
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      }),
    ).toBe(true);
    expect(isWorkbook({ name: "a.csv", type: "text/csv" })).toBe(false);
  });

  it("write sizes in es-CO with one decimal at most", () => {
    expect(sizeText(512)).toBe("0,5 kB");
    expect(sizeText(1536 * 1024)).toBe("1,5 MB");
    expect(sizeText(50 * MB, "down")).toBe("50 MB");
  });
});
