import { closeSync, ftruncateSync, openSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { logIn, type TAccount } from "./workspace";

// The upload form states both size limits before a file is picked (a CSV up to the configured
// DATASET_UPLOAD_MAX_BYTES, 1 GB here; an Excel workbook up to 50 MB, since the server reads it
// whole), and refuses a workbook over its limit in the browser: nothing is sent.

const TIC: TAccount = { email: "tic@demo.bucaramanga.gov.co", password: "demo-tic-2024" };
const DEMO = "actividades-laboratorio-innovacion-publica";

test("the upload form states the CSV and XLSX limits and refuses a large workbook before sending it", async ({
  page,
}, testInfo) => {
  await logIn(page, TIC);
  await page.goto(`/admin/datos/${DEMO}`);
  const upload = page.getByRole("region", { name: "Cargar una versión nueva" });
  const fileInput = upload.getByLabel("Archivo (CSV o Excel .xlsx)");
  await expect(fileInput).toHaveAccessibleDescription(
    /Tamaño máximo: 1 GB por archivo CSV y 50 MB por libro de Excel \(\.xlsx\), que se lee completo\./,
  );

  // A 60 MB workbook (a sparse file: its size is all the form looks at).
  const path = testInfo.outputPath("libro-grande.xlsx");
  const fd = openSync(path, "w");
  ftruncateSync(fd, 60 * 1024 * 1024);
  closeSync(fd);

  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().includes("/versions"))
      sent.push(request.url());
  });
  await fileInput.setInputFiles(path);
  const alert = upload.getByRole("alert");
  await expect(alert).toHaveText(
    "El libro de Excel pesa 60 MB y un archivo .xlsx puede pesar hasta 50 MB. Guarde la hoja como «CSV UTF-8», que puede pesar hasta 1 GB, o divídala.",
  );
  await upload.getByRole("button", { name: "Cargar nueva versión" }).click();
  await expect(alert).toContainText("un archivo .xlsx puede pesar hasta 50 MB");
  expect(sent).toEqual([]);
});
