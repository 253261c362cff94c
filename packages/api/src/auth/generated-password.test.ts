import { ZNewPassword } from "@lab/domain/auth";
import { describe, expect, it } from "vitest";
import { generatePassword } from "./generated-password";

describe("generatePassword", () => {
  it("gives four groups of five unambiguous characters, accepted as a new password", () => {
    const password = generatePassword();
    expect(password).toMatch(/^[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}$/);
    expect(ZNewPassword.safeParse(password).success).toBe(true);
  });

  it("never repeats itself and uses the whole alphabet", () => {
    const passwords = Array.from({ length: 500 }, generatePassword);
    expect(new Set(passwords).size).toBe(passwords.length);
    const seen = new Set(passwords.join("").replaceAll("-", ""));
    expect(seen.size).toBe(31);
  });
});
