import { describe, expect, it } from "vitest";
import {
  COMMON_PASSWORD_MESSAGE,
  isCommonPassword,
  passwordMatchesEmail,
  ZChangePasswordInput,
  ZCredentials,
  ZEmail,
  ZNewPassword,
} from "./auth";
import { COMMON_PASSWORDS } from "./common-passwords";

describe("ZCredentials", () => {
  it("trims and lowercases the email but keeps the password as typed", () => {
    expect(
      ZCredentials.parse({ email: "  Ana.Perez@Bucaramanga.GOV.co ", password: " secreta " }),
    ).toEqual({ email: "ana.perez@bucaramanga.gov.co", password: " secreta " });
  });

  it("explains invalid emails and missing passwords in Spanish", () => {
    const result = ZCredentials.safeParse({ email: "ana@", password: "" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["email", "Escriba un correo electrónico válido."],
      ["password", "Escriba su contraseña."],
    ]);
    for (const email of [
      undefined,
      "",
      "   ",
      "ana",
      "ana perez@x.co",
      `${"a".repeat(250)}@x.co`,
    ]) {
      expect(ZEmail.safeParse(email).error?.issues[0]?.message).toBe(
        "Escriba un correo electrónico válido.",
      );
    }
    expect(ZCredentials.safeParse({ email: "a@b.co" }).error?.issues[0]?.message).toBe(
      "Escriba su contraseña.",
    );
  });
});

describe("ZNewPassword", () => {
  it("requires at least 10 characters", () => {
    expect(ZNewPassword.parse("diez-letra")).toBe("diez-letra");
    expect(ZNewPassword.safeParse("corta").error?.issues[0]?.message).toBe(
      "La contraseña debe tener al menos 10 caracteres.",
    );
  });

  it("rejects overlong and blank passwords", () => {
    expect(ZNewPassword.safeParse("x".repeat(129)).error?.issues[0]?.message).toMatch(/128/);
    expect(ZNewPassword.safeParse(" ".repeat(12)).error?.issues[0]?.message).toBe(
      "La contraseña no puede ser solo espacios.",
    );
  });
});

describe("common passwords", () => {
  it("refuses listed passwords whatever their case, in Spanish", () => {
    for (const password of [
      "contraseña",
      "Bucaramanga",
      "COLOMBIA123",
      "123456789",
      "qwertyuiop",
      " Contraseña123 ",
    ]) {
      expect(ZNewPassword.safeParse(password).error?.issues.map((i) => i.message)).toContain(
        COMMON_PASSWORD_MESSAGE,
      );
    }
    expect(ZNewPassword.parse("bucaramanga-del-sur-77")).toBe("bucaramanga-del-sur-77");
  });

  it("keeps a short list, all lowercase", () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(100);
    expect(COMMON_PASSWORDS.size).toBeLessThanOrEqual(250);
    for (const password of COMMON_PASSWORDS) expect(password).toBe(password.toLowerCase());
    expect(isCommonPassword("Una frase larga y mía")).toBe(false);
  });
});

describe("passwordMatchesEmail", () => {
  it("matches the email or its local part followed by digits or symbols only", () => {
    const email = "ana.perez@bucaramanga.gov.co";
    expect(passwordMatchesEmail("Ana.Perez", email)).toBe(true);
    expect(passwordMatchesEmail("ana.perez2024!", email)).toBe(true);
    expect(passwordMatchesEmail("ANA.PEREZ@bucaramanga.gov.co", email)).toBe(true);
    expect(passwordMatchesEmail("ana.perez-y-su-gato", email)).toBe(false);
    expect(passwordMatchesEmail("demo-admin-2024", "admin@demo.bucaramanga.gov.co")).toBe(false);
  });
});

describe("ZChangePasswordInput", () => {
  it("asks for the current password and checks the new one", () => {
    const result = ZChangePasswordInput.safeParse({ currentPassword: "", newPassword: "corta" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["currentPassword", "Escriba su contraseña actual."],
      ["newPassword", "La contraseña debe tener al menos 10 caracteres."],
    ]);
  });
});
