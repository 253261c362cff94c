import { describe, expect, it } from "vitest";
import { ZCredentials, ZEmail, ZNewPassword } from "./auth";

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
