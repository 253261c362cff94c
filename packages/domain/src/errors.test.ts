import { describe, expect, it } from "vitest";
import { APP_ERROR_CODES, APP_ERROR_HTTP_STATUS, AppError, isAppError } from "./errors";

describe("AppError", () => {
  it("carries a code and a Spanish message, defaulting per code", () => {
    const custom = new AppError("NOT_FOUND", "No existe el indicador «tasa-x».");
    expect(custom.code).toBe("NOT_FOUND");
    expect(custom.message).toBe("No existe el indicador «tasa-x».");
    expect(custom.name).toBe("AppError");
    expect(custom).toBeInstanceOf(Error);
    expect(custom.fieldErrors).toBeUndefined();

    expect(new AppError("FORBIDDEN").message).toBe("No tiene permiso para realizar esta acción.");
    expect(new AppError("UNAUTHORIZED").message).toBe("Inicie sesión para continuar.");
  });

  it("keeps field errors and the cause", () => {
    const cause = new Error("unique constraint");
    const error = new AppError("CONFLICT", "Ya existe un valor para 2024-T1.", {
      fieldErrors: { period: ["Ya existe un valor para este periodo."] },
      cause,
    });
    expect(error.fieldErrors).toEqual({ period: ["Ya existe un valor para este periodo."] });
    expect(error.cause).toBe(cause);
  });

  it("builds a BAD_REQUEST from field errors", () => {
    const error = AppError.badRequest({ value: ["Escriba el valor."] });
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("Revise los campos marcados.");
    expect(error.fieldErrors?.value).toEqual(["Escriba el valor."]);
  });

  it("maps every code to an HTTP status", () => {
    expect(APP_ERROR_CODES.map((code) => APP_ERROR_HTTP_STATUS[code])).toEqual([
      404, 400, 409, 403, 401, 413, 429,
    ]);
  });
});

describe("isAppError", () => {
  it("recognizes AppErrors, also from another copy of the module", () => {
    expect(isAppError(new AppError("CONFLICT"))).toBe(true);
    const foreign = Object.assign(new Error("x"), { name: "AppError", code: "NOT_FOUND" });
    expect(isAppError(foreign)).toBe(true);
  });

  it("rejects other errors and values", () => {
    expect(isAppError(new Error("boom"))).toBe(false);
    expect(isAppError(Object.assign(new Error("x"), { name: "AppError", code: "TEAPOT" }))).toBe(
      false,
    );
    expect(isAppError({ name: "AppError", code: "NOT_FOUND", message: "x" })).toBe(false);
    expect(isAppError(null)).toBe(false);
  });
});
